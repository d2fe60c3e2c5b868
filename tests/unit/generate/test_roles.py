"""Role questions: 'Who is the Treasury Secretary?' only with the country the paragraph gives."""

from __future__ import annotations

from quizgen.generate.index import analyse
from quizgen.generate.roles import article_roles
from quizgen.generate.split import split_article
from quizgen.generate.text import article_from_text


def roles_of(text: str) -> list[str]:
    sentences, _ = split_article(article_from_text(text, "t.txt"))
    return sorted(article_roles(analyse(sentences)).values())


def test_an_office_without_the_country_the_paragraph_gives_is_not_asked() -> None:
    text = "The US economy grew by 3% last year. Treasury Secretary John Snow said the dollar would stay strong.\n"
    assert roles_of(text) == []


def test_an_office_with_its_country_is_asked() -> None:
    text = "The US economy grew by 3% last year. US Treasury Secretary John Snow said the dollar would stay strong.\n"
    assert roles_of(text) == ["Who is the US Treasury Secretary?"]
