"""The order of a session: siblings kept apart and buried when nothing else is left, daily limits,
and a study day that rolls over at its start hour while the session goes on."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from study_support import utc_timezone

from quizgen.model.cards import Deck
from quizgen.study import SchedulerSettings, Session, Store

T0 = datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)
SETTINGS = SchedulerSettings(fuzz=False)


class Clock:
    def __init__(self, moment: datetime = T0) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


def deck_of(cards: list[dict[str, Any]], deck_id: str = "d") -> Deck:
    return Deck.model_validate({"id": deck_id, "title": deck_id.upper(), "cards": cards})


def basic(i: int, sentence: str | None = None) -> dict[str, Any]:
    card: dict[str, Any] = {"id": f"c{i}", "type": "basic", "front": f"Question {i}?", "back": f"Answer {i}"}
    if sentence:
        card["source"] = {"sentence": sentence}
    return card


def cloze(card_id: str, numbers: int) -> dict[str, Any]:
    text = " and ".join(f"{{{{c{n}::part {n}}}}}" for n in range(1, numbers + 1))
    return {"id": card_id, "type": "cloze", "text": text}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with utc_timezone(), Store.open(tmp_path / "progress.sqlite3") as opened:
        yield opened


def shown(session: Session, rating: int = 4, clock: Clock | None = None) -> list[str]:
    """Answer every item the session shows with `rating`; the items shown, as 'card/ordinal'."""
    seen = []
    while (item := session.next()) is not None:
        seen.append(f"{item.card.uid}/{item.ordinal}")
        session.answer(item, rating)
        if clock is not None:
            clock.advance(seconds=10)
        assert len(seen) < 1000
    return seen


def test_cloze_numbers_of_one_card_never_follow_each_other(store: Store) -> None:
    deck = deck_of([cloze("a", 3), cloze("b", 2), basic(1)])
    order = shown(Session.open(store, [deck], settings=SETTINGS, now=Clock()))
    assert sorted(order) == ["a/1", "a/2", "a/3", "b/1", "b/2", "c1/0"]
    for before, after in zip(order, order[1:], strict=False):
        assert before.split("/")[0] != after.split("/")[0], order


def test_cards_from_one_source_sentence_are_spread(store: Store) -> None:
    sentence = "The Amu Darya flows into the Aral Sea."
    deck = deck_of([basic(1, sentence), basic(2, "  the amu darya flows into the ARAL sea. "), basic(3), basic(4)])
    assert shown(Session.open(store, [deck], settings=SETTINGS, now=Clock())) == ["c1/0", "c3/0", "c2/0", "c4/0"]


def test_siblings_with_nothing_else_left_are_buried_until_the_next_day(store: Store) -> None:
    clock = Clock()
    deck = deck_of([cloze("a", 2)])
    session = Session.open(store, [deck], settings=SETTINGS, now=clock)
    assert shown(session, clock=clock) == ["a/1"]  # Easy: a/1 graduates; a/2 alone is left
    assert session.remaining() == 0
    buried = store.connection.execute("SELECT ordinal, buried_until FROM items WHERE buried_until IS NOT NULL")
    assert [row[0] for row in buried] == [2]
    later = Session.open(store, [deck], settings=SETTINGS, now=clock)  # the burial is saved
    assert later.next() is None and later.counts("d").new == 0
    clock.moment = datetime(2024, 5, 2, 4, 0, tzinfo=timezone.utc)  # the next study day (UTC, 4 a.m.)
    assert shown(Session.open(store, [deck], settings=SETTINGS, now=clock)) == ["a/2"]


def test_a_sibling_in_its_learning_steps_is_shown_not_buried(store: Store) -> None:
    clock = Clock()
    session = Session.open(store, [deck_of([cloze("a", 2)])], settings=SETTINGS, now=clock)
    first = session.next()
    assert first is not None and first.ordinal == 1
    session.answer(first, 1)  # Again: a/1 is learning, due in a minute; a/2 is its new sibling
    second = session.next()
    assert second is not None and second.ordinal == 1  # within learn-ahead, a/1 again, not its sibling
    session.answer(second, 3)
    clock.advance(minutes=11)
    third = session.next()
    assert third is not None and third.ordinal == 1  # a/1's last learning step
    assert store.connection.execute("SELECT COUNT(*) FROM items WHERE buried_until IS NOT NULL").fetchone() == (0,)
    session.answer(third, 3)  # a/1 graduates: only its new sibling is left, and is buried
    assert session.next() is None
    assert store.connection.execute("SELECT ordinal FROM items WHERE buried_until IS NOT NULL").fetchall() == [(2,)]


def test_cramming_spreads_siblings_but_buries_none(store: Store) -> None:
    deck = deck_of([cloze("a", 2), basic(1)])
    session = Session.open(store, [deck], settings=SETTINGS, cram=True, now=Clock())
    assert shown(session, rating=3) == ["a/1", "c1/0", "a/2"]
    cram = Session.open(store, [deck_of([cloze("a", 2)])], settings=SETTINGS, cram=True, now=Clock())
    assert shown(cram, rating=3) == ["a/1", "a/2"]
    assert store.connection.execute("SELECT COUNT(*) FROM items WHERE buried_until IS NOT NULL").fetchone() == (0,)


def graduate(store: Store, deck: Deck, clock: Clock, settings: SchedulerSettings) -> None:
    """Answer every new item Easy, then move a year on, so that every item is a due review."""
    shown(Session.open(store, [deck], settings=settings, now=clock), clock=clock)
    clock.advance(days=365)


def test_daily_reviews_are_unlimited_by_default_and_limited_per_deck_when_asked(store: Store) -> None:
    clock = Clock()
    a, b = deck_of([basic(i) for i in range(6)], "a"), deck_of([basic(i) for i in range(6)], "b")
    graduate(store, a, clock, SchedulerSettings(fuzz=False, new_per_day=6))
    graduate(store, b, clock, SchedulerSettings(fuzz=False, new_per_day=6))
    assert Session.open(store, [a, b], settings=SETTINGS, now=clock).remaining() == 12
    limited = SchedulerSettings(fuzz=False, reviews_per_day=4)
    session = Session.open(store, [a, b], settings=limited, now=clock)
    assert session.remaining_counts() == (0, 0, 8) and session.counts("a").due == 4
    assert len(shown(session, rating=3, clock=clock)) == 8
    again = Session.open(store, [a, b], settings=limited, now=clock)
    assert again.remaining() == 0 and again.counts("a").due == 0
    tomorrow = datetime(2026, 5, 2, 4, 0, tzinfo=timezone.utc)  # two years after T0, at the day start hour
    assert again.next_card_at() == tomorrow
    clock.moment = tomorrow + timedelta(hours=1)
    assert Session.open(store, [a, b], settings=limited, now=clock).remaining() == 4  # two left in each deck


def test_the_study_day_rolls_over_at_4_am_in_the_middle_of_a_session(store: Store) -> None:
    clock = Clock(datetime(2024, 5, 2, 3, 50, tzinfo=timezone.utc))  # 10 minutes before the day starts
    deck = deck_of([basic(i) for i in range(6)])
    settings = SchedulerSettings(fuzz=False, new_per_day=2)
    session = Session.open(store, [deck], settings=settings, now=clock)
    assert shown(session, clock=clock) == ["c0/0", "c1/0"]  # the day's two new cards
    assert session.next() is None
    clock.moment = datetime(2024, 5, 2, 4, 0, 1, tzinfo=timezone.utc)
    assert session.remaining_counts() == (2, 0, 0)  # a new day: two more, without opening a new session
    assert shown(session, clock=clock) == ["c2/0", "c3/0"]


def test_an_undone_item_stays_first_across_the_roll_over(store: Store) -> None:
    clock = Clock(datetime(2024, 5, 2, 3, 59, tzinfo=timezone.utc))
    deck = deck_of([basic(i) for i in range(4)])
    session = Session.open(store, [deck], settings=SchedulerSettings(fuzz=False, new_per_day=1), now=clock)
    first = session.next()
    assert first is not None
    session.answer(first, 4)
    assert session.undo() == first
    clock.advance(minutes=2)
    # The undone c0 is the new day's one new card (it was never introduced): counted once, shown once.
    assert session.remaining_counts() == (1, 0, 0)
    assert shown(session, clock=clock) == ["c0/0"]


def test_a_session_opened_again_the_same_day_keeps_apart_from_the_item_answered_last(store: Store) -> None:
    clock = Clock()
    deck = deck_of([cloze("a", 2), basic(1)])
    first = Session.open(store, [deck], settings=SETTINGS, now=clock)
    item = first.next()
    assert item is not None and item.ordinal == 1
    first.answer(item, 4)
    clock.advance(minutes=1)
    again = Session.open(store, [deck], settings=SETTINGS, now=clock)  # quit and start again
    assert [f"{i.card.uid}/{i.ordinal}" for i in iter(again.next, None) if not again.answer(i, 4)] == ["c1/0", "a/2"]


def test_undoing_the_answer_that_left_a_sibling_buried_unburies_it(store: Store) -> None:
    clock = Clock()
    deck = deck_of([cloze("a", 2)])
    session = Session.open(store, [deck], settings=SETTINGS, now=clock)
    items = store.connection.execute("SELECT * FROM items ORDER BY id").fetchall()
    first = session.next()
    assert first is not None
    session.answer(first, 4)
    assert session.next() is None  # a/2 is buried
    assert store.connection.execute("SELECT COUNT(*) FROM items WHERE buried_until IS NOT NULL").fetchone() == (1,)
    assert session.undo() == first
    assert store.connection.execute("SELECT * FROM items ORDER BY id").fetchall() == items
    assert session.remaining_counts() == (2, 0, 0)  # a/1 again, and a/2 back in the queue
    assert session.next() == first
    session.answer(first, 4)
    assert session.next() is None  # a/2 never follows a/1: buried again


def test_undo_unburies_a_sibling_buried_again_on_the_next_day(store: Store) -> None:
    clock = Clock()
    session = Session.open(store, [deck_of([cloze("a", 2)])], settings=SETTINGS, now=clock)
    first = session.next()
    assert first is not None
    session.answer(first, 4)
    assert session.next() is None  # a/2 buried until tomorrow...
    clock.advance(days=1)
    assert session.next() is None  # ... and, a/1 being still the last answer, buried again the next day
    assert session.undo() == first
    assert store.connection.execute("SELECT buried_until FROM items ORDER BY id").fetchall() == [(None,), (None,)]
