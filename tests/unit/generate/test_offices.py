"""An office named without its holder ('the chancellor') is the one person the article gives it to."""

from __future__ import annotations

from quizgen.generate import unnamed_gates
from quizgen.generate.coref import resolve
from quizgen.generate.edits import apply_edits
from quizgen.generate.index import analyse
from quizgen.generate.split import split_article
from quizgen.generate.text import article_from_text
from tests.unit.generate.test_gates import candidate

ONE_HOLDER = (
    "The budget was set out by Chancellor Gordon Brown in London on Tuesday.\n\n"
    "Mr Hale turned to face the chancellor, nodding, at the rally in 2005.\n"
)
TWO_HOLDERS = (
    "The budget was set out by Chancellor Gordon Brown and Chancellor Angela Merkel.\n\n"
    "Mr Hale turned to face the chancellor, nodding, at the rally in 2005.\n"
)
NO_HOLDER = "Mr Hale turned to face the chancellor, nodding, at the rally in 2005.\n"


def resolved(text: str, number: int) -> str:
    sentences, _ = split_article(article_from_text(text))
    result = resolve(analyse(sentences), number)
    return apply_edits(sentences[number].text, result.edits)


def test_the_office_is_the_one_person_the_article_gives_it() -> None:
    assert resolved(ONE_HOLDER, 1) == "Mr Hale turned to face Gordon Brown, nodding, at the rally in 2005."


def test_an_office_given_to_two_people_stays_and_its_card_is_dropped() -> None:
    assert "the chancellor" in resolved(TWO_HOLDERS, 1)
    assert unnamed_gates.unnamed_office_holder(candidate(TWO_HOLDERS, "2005"))


def test_an_office_given_to_no_one_drops_the_card() -> None:
    assert unnamed_gates.unnamed_office_holder(candidate(NO_HOLDER, "2005"))


def test_an_office_that_says_whose_passes() -> None:
    text = "Mr Hale turned to face the chancellor of Germany at the rally in 2005.\n"
    assert unnamed_gates.unnamed_office_holder(candidate(text, "2005")) is None
    named = "Mr Hale turned to face the chancellor, Gordon Brown, at the rally in 2005.\n"
    assert unnamed_gates.unnamed_office_holder(candidate(named, "2005")) is None
