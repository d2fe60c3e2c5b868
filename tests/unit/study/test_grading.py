"""Automatic grading: normalisation, aliases, near misses and the card kinds."""

from __future__ import annotations

import pytest

from quizgen.model.cards import Deck
from quizgen.study.grading import allowed_typos, check, grade_text, normalise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  The Caspian Sea. ", "caspian sea"),
        ("Bichkek", "bichkek"),
        ("Bişkek", "biskek"),
        ("AN apple!", "apple"),
        ("the", "the"),
        ("Ulan-Bator", "ulan bator"),
        ("  ", ""),
    ],
)
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("given", "verdict"),
    [
        ("Kyrgyzstan", "right"),
        ("kyrgyzstan!", "right"),
        ("  KYRGYZSTAN ", "right"),
        ("Kyrgystan", "almost"),  # one letter missing in a long word
        ("Kyrgzystan", "almost"),  # two letters swapped
        ("Kazakhstan", "wrong"),
        ("", "wrong"),
        ("the Kirghiz Republic", "right"),  # an accepted alias
    ],
)
def test_typed_answers(given: str, verdict: str) -> None:
    assert grade_text(given, "Kyrgyzstan", ["Kirghiz Republic"]) == verdict


def test_short_answers_allow_no_typo() -> None:
    assert allowed_typos("Rome") == 0
    assert grade_text("Roma", "Rome") == "wrong"
    assert grade_text("Pariss", "Paris") == "almost"


def test_numbers_must_match_exactly() -> None:
    assert grade_text("1946", "1945") == "wrong"
    assert grade_text("in 1945", "In 1945.") == "right"


def test_punctuation_only_answers_compare_as_typed() -> None:
    assert grade_text("?", "?") == "right"
    assert grade_text("!", "?") == "wrong"


def _deck() -> Deck:
    return Deck.model_validate(
        {
            "id": "g",
            "title": "G",
            "cards": [
                {
                    "id": "ch",
                    "type": "choice",
                    "question": "Q?",
                    "choices": ["Tashkent", "Bukhara"],
                    "answer": "Tashkent",
                },
                {"id": "tf", "type": "truefalse", "statement": "S.", "answer": True},
                {"id": "ty", "type": "typed", "question": "Q?", "answer": "Issyk-Kul", "accept": ["Ysyk-Köl"]},
                {"id": "cz", "type": "cloze", "text": "{{c1::Amu Darya}} and {{c1::Syr Darya}} feed the {{c2::Aral}}"},
            ],
        }
    )


def test_each_kind_of_card() -> None:
    choice, truefalse, typed, cloze_card = _deck().cards
    assert check(choice, 0, "Tashkent").rating == 3
    assert check(choice, 0, "Bukhara").rating == 1
    assert check(truefalse, 0, True).verdict == "right"
    assert check(truefalse, 0, "false").verdict == "wrong"
    assert check(truefalse, 0, "yes").verdict == "right"
    assert check(typed, 0, "ysyk kol").verdict == "right"
    assert check(typed, 0, "Isyk-Kul").verdict == "almost"
    result = check(cloze_card, 1, "Amu Darya; Syr Darya")
    assert (result.verdict, result.expected) == ("right", "Amu Darya; Syr Darya")
    assert check(cloze_card, 2, "aral").verdict == "right"
    assert check(cloze_card, 1, "Amu Darya").verdict == "wrong"
    with pytest.raises(TypeError):
        check(typed, 0, True)
