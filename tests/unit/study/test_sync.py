"""Syncing a deck into the store: a reversed basic card is two items, and switching `reverse` keeps progress."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest

from quizgen.model.cards import Deck
from quizgen.study import Store
from quizgen.study.sync import sync_deck

NOW = datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "progress.sqlite3") as opened:
        yield opened


def deck(reverse: bool) -> Deck:
    card = {"id": "hund", "type": "basic", "front": "der Hund", "back": "the dog", "reverse": reverse}
    return Deck.model_validate({"id": "de", "title": "German", "cards": [card]})


def items(store: Store) -> list[tuple[str, int, str, str, int]]:
    sql = "SELECT card_uid, ordinal, prompt, content_hash, removed FROM items ORDER BY ordinal"
    return store.connection.execute(sql).fetchall()


def test_a_reversed_card_is_one_item_per_direction(store: Store) -> None:
    result = sync_deck(store, deck(reverse=True), NOW)
    assert result.added == 2
    rows = items(store)
    assert [(uid, ordinal, prompt, removed) for uid, ordinal, prompt, _, removed in rows] == [
        ("hund", 0, "der Hund", 0),
        ("hund", 1, "the dog", 0),
    ]


def test_switching_reverse_off_and_on_hides_and_restores_the_second_item_only(store: Store) -> None:
    sync_deck(store, deck(reverse=False), NOW)
    [forward] = items(store)
    result = sync_deck(store, deck(reverse=True), NOW)
    assert (result.added, result.edited) == (1, 0)
    assert items(store)[0] == forward, "the front-to-back item is untouched"
    result = sync_deck(store, deck(reverse=False), NOW)
    assert (result.removed, result.edited) == (1, 0)
    assert [row[4] for row in items(store)] == [0, 1]
    assert sync_deck(store, deck(reverse=True), NOW).restored == 1
