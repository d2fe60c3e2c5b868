"""Ids made of names, and made unique."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from quizgen.model.cards import ID_PATTERN
from quizgen.model.ids import slug, unique_id


def test_slug() -> None:
    assert slug("Languages::Spanish — Basics") == "languages-spanish-basics"
    assert slug("Қазақ тілі") == "deck"
    assert len(slug("a" * 100)) == 64


@given(st.text())
def test_every_slug_is_a_valid_id(name: str) -> None:
    assert re.match(ID_PATTERN, slug(name))


def test_unique_id_counts_up_and_remembers() -> None:
    taken: set[str] = set()
    assert [unique_id("card", taken) for _ in range(3)] == ["card", "card-2", "card-3"]
    assert taken == {"card", "card-2", "card-3"}


@given(st.lists(st.text(alphabet="ab-", min_size=1, max_size=64), max_size=30))
def test_unique_ids_stay_unique_and_valid_length(candidates: list[str]) -> None:
    taken: set[str] = set()
    made = [unique_id(c, taken) for c in candidates]
    assert len(set(made)) == len(made)
    assert all(len(m) <= 64 for m in made)
