"""The queries of item progress: logging answers, saving a state, and putting an item back as it was."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from fsrs import Rating

from quizgen.model.cards import Deck
from quizgen.study import SchedulerSettings, Store, progress
from quizgen.study.scheduler import make_scheduler, review
from quizgen.study.sync import sync_deck

T0 = datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    deck = Deck.model_validate(
        {"id": "d", "title": "D", "cards": [{"id": "c1", "type": "basic", "front": "Q", "back": "A"}]}
    )
    with Store.open(tmp_path / "progress.sqlite3") as opened:
        sync_deck(opened, deck, T0)
        yield opened


def test_an_answer_is_logged_saved_and_undone_exactly(store: Store) -> None:
    with store.read() as conn:
        item_id = progress.find_item(conn, "d", "c1", 0)
        assert item_id is not None and progress.find_item(conn, "d", "c2", 0) is None
        before = progress.snapshot(conn, item_id)
        assert progress.item_flags(conn, item_id) == (True, False)
        assert progress.next_due(conn, ["d"]) is None
    state = review(make_scheduler(SchedulerSettings(fuzz=False)), before.item_state, Rating.Good, T0)
    answer = progress.Answer(item_id, "d", T0, Rating.Good, "A", True, 2.5)
    with store.write() as conn:
        log_id = progress.log_review(conn, answer, before.state)
        progress.save_review(conn, item_id, state, T0)
    with store.read() as conn:
        after = progress.snapshot(conn, item_id)
        assert after.item_state == state and after.introduced is not None
        assert progress.item_flags(conn, item_id) == (False, False)
        assert progress.next_due(conn, ["d"]) == state.due
    row = store.connection.execute("SELECT rating, given, auto, duration FROM reviews WHERE id = ?", (log_id,))
    assert row.fetchone() == (3, "A", 1, 2.5)
    with store.write() as conn:
        progress.delete_review(conn, log_id)
        progress.restore(conn, item_id, before)
    with store.read() as conn:
        assert progress.snapshot(conn, item_id) == before
    assert store.connection.execute("SELECT COUNT(*) FROM reviews").fetchone() == (0,)


def test_practice_is_logged_apart_from_the_schedule(store: Store) -> None:
    with store.read() as conn:
        item_id = progress.find_item(conn, "d", "c1", 0)
        assert item_id is not None
        before = progress.snapshot(conn, item_id)
    answer = progress.Answer(item_id, "d", T0 + timedelta(minutes=1), Rating.Again, None, False, 0.0)
    with store.write() as conn:
        log_id = progress.log_practice(conn, answer)
    with store.read() as conn:
        assert progress.snapshot(conn, item_id) == before
    assert store.connection.execute("SELECT rating FROM practice").fetchall() == [(1,)]
    with store.write() as conn:
        progress.delete_practice(conn, log_id)
    assert store.connection.execute("SELECT COUNT(*) FROM practice").fetchone() == (0,)


def test_a_missing_item_has_no_snapshot(store: Store) -> None:
    with store.read() as conn, pytest.raises(KeyError):
        progress.snapshot(conn, 999)
