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
