"""When decks next have something to show: learning steps, reviews, new cards over the daily limit, buried items."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from study_support import utc_timezone

from quizgen.model.cards import Deck
from quizgen.study import SchedulerSettings, Session, Store
from quizgen.study.queue import next_card_at
from quizgen.study.scheduler import to_micros

T0 = datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)
SETTINGS = SchedulerSettings(fuzz=False, new_per_day=1)
TOMORROW = datetime(2024, 5, 2, 4, 0, tzinfo=timezone.utc)


def deck_of(count: int) -> Deck:
    cards = [{"id": f"c{i}", "type": "basic", "front": f"Q{i}?", "back": f"A{i}"} for i in range(count)]
    return Deck.model_validate({"id": "d", "title": "D", "cards": cards})


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with utc_timezone(), Store.open(tmp_path / "progress.sqlite3") as opened:
        yield opened


def when(store: Store, now: datetime = T0, settings: SchedulerSettings = SETTINGS) -> datetime | None:
    with store.read() as conn:
        return next_card_at(conn, ["d"], now, settings)


def answer_first(store: Store, deck: Deck, rating: int, now: datetime = T0) -> None:
    session = Session.open(store, [deck], settings=SETTINGS, now=now)
    item = session.next()
    assert item is not None
    session.answer(item, rating)


def test_a_deck_with_nothing_scheduled_and_nothing_new_has_no_next_card(store: Store) -> None:
    Session.open(store, [deck_of(1)], settings=SETTINGS, now=T0)
    assert when(store) == T0  # its new card can be shown now
    answer_first(store, deck_of(1), 4)  # Easy: due in days
    store.connection.execute("UPDATE items SET removed = 1")
    assert when(store) is None


def test_new_cards_over_the_daily_limit_come_at_the_next_day_start(store: Store) -> None:
    answer_first(store, deck_of(3), 4)
    assert when(store) == TOMORROW  # one new card a day: the next one tomorrow at 4 a.m.
    assert when(store, settings=SchedulerSettings(new_per_day=2)) == T0


def test_a_learning_step_comes_within_the_learn_ahead_limit(store: Store) -> None:
    settings = SchedulerSettings(fuzz=False, new_per_day=1, learning_steps=(timedelta(hours=2),))
    session = Session.open(store, [deck_of(1)], settings=settings, now=T0)
    session.answer(session.next(), 1)  # type: ignore[arg-type]
    assert when(store, settings=settings) == T0 + timedelta(hours=2) - settings.learn_ahead


def test_a_review_comes_at_the_start_of_the_study_day_it_is_due_in(store: Store) -> None:
    answer_first(store, deck_of(1), 4)
    (due,) = store.connection.execute("SELECT due FROM items").fetchone()
    due_at = datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(microseconds=due)
    assert due_at.hour == 12 and when(store) == due_at.replace(hour=4)


def test_a_buried_item_waits_until_it_is_unburied(store: Store) -> None:
    Session.open(store, [deck_of(1)], settings=SETTINGS, now=T0)
    store.connection.execute("UPDATE items SET buried_until = ?", (to_micros(TOMORROW),))
    assert when(store) == TOMORROW
    assert Session.open(store, [deck_of(1)], settings=SETTINGS, now=T0).next() is None
    assert Session.open(store, [deck_of(1)], settings=SETTINGS, now=TOMORROW).next() is not None
