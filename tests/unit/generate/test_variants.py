"""Typed answers accept a surname, digits for number words and words for digits."""

from __future__ import annotations

import pytest

from quizgen.generate.variants import answer_variants


@pytest.mark.parametrize(
    ("answer", "kind", "expected"),
    [
        ("Kasym-Žomart Tokaev", "person", ["Tokaev"]),
        ("Madonna", "person", []),
        ("five", "number", ["5"]),
        ("twenty-one", "number", ["21"]),
        ("12", "number", ["twelve"]),
        ("3 million", "number", ["three million", "3m"]),
        ("1997", "year", []),
    ],
)
def test_variants(answer: str, kind: str, expected: list[str]) -> None:
    assert answer_variants(answer, kind) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Conservatives", {"Tories", "Conservative Party"}),
        ("Tories", {"Conservatives"}),
        ("Lib Dems", {"Liberal Democrats"}),
        ("the BBC", {"BBC"}),
    ],
)
def test_a_party_is_accepted_by_its_other_names(answer: str, expected: set[str]) -> None:
    found = answer_variants(answer, "org")
    assert expected <= set(found) and answer not in found


def test_an_organisation_without_other_names_has_none() -> None:
    assert answer_variants("Boeing", "org") == []
