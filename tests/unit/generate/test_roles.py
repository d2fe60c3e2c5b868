"""Role questions: 'Who was the US Treasury Secretary in 2004?' only with the country the paragraph gives and
the year its sentence gives."""

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


def test_an_office_with_its_country_and_year_is_asked_in_the_past() -> None:
    text = "The US economy grew by 3% in 2004. In 2004, US Treasury Secretary John Snow said the dollar was strong.\n"
    assert roles_of(text) == ["Who was the US Treasury Secretary in 2004?"]


def test_an_office_with_no_year_is_not_asked_in_the_present() -> None:
    text = "The US economy grew by 3% last year. US Treasury Secretary John Snow said the dollar would stay strong.\n"
    assert roles_of(text) == []  # 'Who is the US Treasury Secretary?' has another answer once the article is old


def test_a_founder_is_asked_without_a_year() -> None:
    text = "Acme Rockets makes engines. Acme Rockets founder Jane Doe said the company would grow.\n"
    assert roles_of(text) == ["Who is the Acme Rockets founder?"]
