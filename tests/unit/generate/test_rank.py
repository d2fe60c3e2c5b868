"""Choosing cards: one person is not asked twice under two spellings."""

from __future__ import annotations

from quizgen.generate.cards import Draft
from quizgen.generate.rank import Option, Selection


def person_card(sentence: int, question: str, answer: str) -> Option:
    card = Draft("typed", f"typed-{sentence}", {"question": question, "answer": answer}, ["person"])
    return Option(card, sentence, answer, 1.0, question)


def test_one_person_under_two_spellings_is_asked_once() -> None:
    selection = Selection(10)
    selection.take(person_card(0, "Who is the lord chancellor?", "Lord Falconer"))
    assert not selection.fits(person_card(3, "Who told peers the bill would pass in March?", "Falconer"))
    assert selection.fits(person_card(4, "Who told peers the bill would fail in March?", "Lord Goldsmith"))
