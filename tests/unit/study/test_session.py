"""Study sessions on a real store: queue order, limits, learning steps, undo, cram, deck edits."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from study_support import utc_timezone

from quizgen.errors import QuizgenError
from quizgen.model.cards import Deck
from quizgen.study import Item, SchedulerSettings, Session, Store
from quizgen.study.scheduler import from_micros
from quizgen.study.settings import day_start

T0 = datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)
SETTINGS = SchedulerSettings(fuzz=False)


class Clock:
    """A fixed time that the test moves on."""

    def __init__(self, moment: datetime = T0) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


def basic(i: int, **extra: Any) -> dict[str, Any]:
    return {"id": f"c{i}", "type": "basic", "front": f"Question {i}?", "back": f"Answer {i}", **extra}


def make_deck(cards: list[dict[str, Any]], deck_id: str = "d") -> Deck:
    return Deck.model_validate({"id": deck_id, "title": deck_id.upper(), "cards": cards})


@pytest.fixture
def store(tmp_path: Path) -> Any:
    with Store.open(tmp_path / "progress.sqlite3") as opened:
        yield opened


def drain(session: Session, rating: int = 4, clock: Clock | None = None) -> list[tuple[str, str, int]]:
    """Answer every item the session shows with `rating`; the (deck, card, ordinal) shown, in order."""
    seen = []
    while (item := session.next()) is not None:
        seen.append((item.deck_id, item.card.uid, item.ordinal))
        session.answer(item, rating)
        if clock:
            clock.advance(seconds=10)
        assert len(seen) < 10_000
    return seen


def table(store: Store, name: str) -> list[tuple[Any, ...]]:
    return store.connection.execute(f"SELECT * FROM {name} ORDER BY id").fetchall()


def test_new_items_come_in_deck_order_one_per_cloze_number_siblings_apart(store: Store) -> None:
    deck = make_deck(
        [
            basic(1),
            {"id": "cz", "type": "cloze", "text": "{{c2::Astana}} is the capital of {{c1::Kazakhstan}}"},
            {"id": "ty", "type": "typed", "question": "Largest planet?", "answer": "Jupiter"},
        ]
    )
    session = Session.open(store, [deck], settings=SETTINGS, now=Clock())
    assert session.remaining() == 4
    # cz's second number waits one card: shown at once, its text would give away the first's answer.
    assert drain(session) == [("d", "c1", 0), ("d", "cz", 1), ("d", "ty", 0), ("d", "cz", 2)]
    assert session.remaining() == 0 and session.next() is None


def test_new_items_are_limited_per_deck_per_day(store: Store) -> None:
    clock = Clock()
    deck = make_deck([basic(i) for i in range(30)])
    settings = SchedulerSettings(fuzz=False, new_per_day=5)
    first = drain(Session.open(store, [deck], settings=settings, now=clock), clock=clock)
    assert [uid for _, uid, _ in first] == [f"c{i}" for i in range(5)]
    later_today = Session.open(store, [deck], settings=settings, now=clock)
    assert later_today.next() is None
    assert later_today.counts("d").new == 0
    clock.moment = day_start(T0, settings, offset=1) + timedelta(hours=1)
    tomorrow = Session.open(store, [deck], settings=settings, now=clock)
    assert tomorrow.counts("d").new == 5
    shown = drain(tomorrow, clock=clock)
    assert [uid for _, uid, _ in shown] == [f"c{i}" for i in range(5, 10)]


def test_several_decks_each_have_their_own_limit(store: Store) -> None:
    settings = SchedulerSettings(fuzz=False, new_per_day=2)
    a = make_deck([basic(i) for i in range(4)], "a")
    b = make_deck([basic(i) for i in range(4)], "b")
    shown = drain(Session.open(store, [a, b], settings=settings, now=Clock()))
    assert shown == [("a", "c0", 0), ("a", "c1", 0), ("b", "c0", 0), ("b", "c1", 0)]


def test_due_reviews_come_first_most_overdue_first(store: Store) -> None:
    with utc_timezone():  # the six hours of graduation stay inside one study day
        clock = Clock()
        deck = make_deck([basic(i) for i in range(8)])
        settings = SchedulerSettings(fuzz=False, new_per_day=6)
        session = Session.open(store, [deck], settings=settings, now=clock)
        for rating in (4, 3, 4, 2, 4, 3):  # graduate six items with different intervals
            item = session.next()
            assert item is not None
            session.answer(item, rating)
            clock.advance(hours=1)
        drain(session, rating=4, clock=clock)
        clock.advance(days=400)
        later = Session.open(store, [deck], settings=settings, now=clock)
        dues = dict(store.connection.execute("SELECT card_uid, due FROM items WHERE state = 2").fetchall())
        shown = [uid for _, uid, _ in drain(later, rating=3, clock=clock)]
        reviews = shown[: len(dues)]
        assert reviews == sorted(dues, key=lambda uid: dues[uid])
        assert len(set(reviews)) == 6
        assert shown[len(dues) :][:2] == ["c6", "c7"]  # then the new ones, in deck order


def test_a_failed_item_returns_after_its_learning_step(store: Store) -> None:
    clock = Clock()
    session = Session.open(store, [make_deck([basic(1), basic(2), basic(3)])], settings=SETTINGS, now=clock)
    first = session.next()
    assert first is not None and first.card.uid == "c1"
    session.answer(first, 1)
    assert session.next().card.uid == "c2"  # type: ignore[union-attr]
    clock.advance(minutes=2)  # c1's first learning step (1 minute) has passed
    again = session.next()
    assert again is not None and again.card.uid == "c1" and not again.is_new


def test_learning_items_due_later_end_the_session_until_then(store: Store) -> None:
    clock = Clock()
    settings = SchedulerSettings(fuzz=False, learning_steps=(timedelta(hours=1),))
    session = Session.open(store, [make_deck([basic(1)])], settings=settings, now=clock)
    item = session.next()
    assert item is not None
    session.answer(item, 1)
    assert session.next() is None and session.remaining() == 0
    clock.advance(minutes=50)  # within the 20-minute learn-ahead window
    assert session.next() == item.__class__("d", item.card, 0, False, False)


def test_each_answer_is_committed_before_answer_returns(store: Store) -> None:
    other = sqlite3.connect(store.path)
    session = Session.open(store, [make_deck([basic(i) for i in range(3)])], settings=SETTINGS, now=Clock())
    for n in range(1, 4):
        item = session.next()
        assert item is not None
        session.answer(item, 3, given="typed text", auto=True, duration=2.5)
        assert other.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == n
    row = other.execute("SELECT rating, given, auto, duration, state_before FROM reviews ORDER BY id").fetchone()
    assert row == (3, "typed text", 1, 2.5, None)
    other.close()


def test_undo_restores_state_and_log_exactly(store: Store) -> None:
    clock = Clock()
    session = Session.open(store, [make_deck([basic(1), basic(2)])], settings=SETTINGS, now=clock)
    first = session.next()
    assert first is not None
    session.answer(first, 3)
    clock.advance(minutes=1)
    items, reviews = table(store, "items"), table(store, "reviews")
    second = session.next()
    assert second is not None and second.card.uid == "c2"
    session.answer(second, 1)
    assert table(store, "items") != items
    assert session.undo() == second
    assert table(store, "items") == items and table(store, "reviews") == reviews
    assert session.next() == second
    assert session.undo() == first  # undo again: both come back, last undone first
    assert len(table(store, "reviews")) == 0
    assert [session.next()] == [first]
    session.answer(first, 4)
    assert session.next() == second
    assert session.summary().answered == 1


def test_undo_with_nothing_to_undo(store: Store) -> None:
    session = Session.open(store, [make_deck([basic(1)])], settings=SETTINGS, now=Clock())
    assert session.undo() is None


def test_cram_practises_without_touching_the_schedule(store: Store) -> None:
    clock = Clock()
    deck = make_deck([basic(i) for i in range(4)])
    drain(Session.open(store, [deck], settings=SETTINGS, now=clock), clock=clock)
    items, reviews = table(store, "items"), table(store, "reviews")
    cram = Session.open(store, [deck], settings=SETTINGS, cram=True, now=clock)
    assert cram.remaining() == 4
    ratings = iter([1, 3, 3, 3, 3])  # the first is failed once and comes back at the end
    shown = []
    while (item := cram.next()) is not None:
        shown.append(item.card.uid)
        cram.answer(item, next(ratings))
    assert shown == ["c0", "c1", "c2", "c3", "c0"]
    assert table(store, "items") == items and table(store, "reviews") == reviews
    assert len(table(store, "practice")) == 5
    assert cram.undo() is not None and len(table(store, "practice")) == 4


def test_an_edited_card_keeps_its_progress_and_says_so(store: Store) -> None:
    clock = Clock()
    drain(Session.open(store, [make_deck([basic(1)])], settings=SETTINGS, now=clock), clock=clock)
    state = store.connection.execute("SELECT state, stability, due FROM items").fetchone()
    clock.advance(days=365)
    edited = make_deck([basic(1, back="A better answer")])
    session = Session.open(store, [edited], settings=SETTINGS, now=clock)
    item = session.next()
    assert item is not None and item.edited and not item.is_new
    assert store.connection.execute("SELECT state, stability, due FROM items").fetchone() == state
    session.answer(item, 3)
    clock.advance(days=3650)
    again = Session.open(store, [edited], settings=SETTINGS, now=clock).next()
    assert again is not None and not again.edited


def test_a_removed_card_keeps_history_but_is_not_shown(store: Store) -> None:
    clock = Clock()
    drain(Session.open(store, [make_deck([basic(1), basic(2)])], settings=SETTINGS, now=clock), clock=clock)
    reviews = table(store, "reviews")
    clock.advance(days=3650)
    shown = drain(Session.open(store, [make_deck([basic(2), basic(3)])], settings=SETTINGS, now=clock), clock=clock)
    assert ("d", "c1", 0) not in shown and ("d", "c3", 0) in shown
    assert store.connection.execute("SELECT removed FROM items WHERE card_uid = 'c1'").fetchone() == (1,)
    assert set(table(store, "reviews")) >= set(reviews)
    clock.advance(days=3650)
    back = Session.open(store, [make_deck([basic(1)])], settings=SETTINGS, now=clock).next()
    assert back is not None and back.card.uid == "c1" and not back.is_new


def test_a_cloze_number_removed_from_the_text_is_hidden(store: Store) -> None:
    clock = Clock()
    two = make_deck([{"id": "cz", "type": "cloze", "text": "{{c1::A}} and {{c2::B}} are letters"}])
    drain(Session.open(store, [two], settings=SETTINGS, now=clock), clock=clock)
    one = make_deck([{"id": "cz", "type": "cloze", "text": "{{c1::A}} and B are letters"}])
    clock.advance(days=3650)
    assert drain(Session.open(store, [one], settings=SETTINGS, now=clock), clock=clock) == [("d", "cz", 1)]


def test_check_grades_without_committing(store: Store) -> None:
    deck = make_deck(
        [
            {"id": "ch", "type": "choice", "question": "Capital?", "choices": ["Astana", "Almaty"], "answer": "Astana"},
            {"id": "tf", "type": "truefalse", "statement": "Almaty is the capital.", "answer": False},
            {"id": "ty", "type": "typed", "question": "Largest lake?", "answer": "the Caspian Sea"},
        ]
    )
    session = Session.open(store, [deck], settings=SETTINGS, now=Clock())
    choice, truefalse, typed = (Item("d", card, 0, False, True) for card in deck.cards)
    assert session.check(choice, "Astana").rating == 3 and session.check(choice, "Almaty").rating == 1
    assert session.check(truefalse, False).verdict == "right" and session.check(truefalse, True).rating == 1
    feedback = session.check(typed, "caspian see")
    assert (feedback.rating, feedback.verdict, feedback.expected) == (2, "almost", "the Caspian Sea")
    assert len(table(store, "reviews")) == 0


def test_an_item_built_by_the_caller_can_be_answered(store: Store) -> None:
    deck = make_deck([basic(1)])
    session = Session.open(store, [deck], settings=SETTINGS, now=Clock())
    session.answer(Item("d", deck.cards[0], 0, False, True), 3)
    assert store.connection.execute("SELECT COUNT(*) FROM reviews").fetchone() == (1,)
    with pytest.raises(ValueError, match="not part of this session"):
        session.answer(Item("other", deck.cards[0], 0, False, True), 3)
    with pytest.raises(ValueError, match="rating"):
        session.answer(Item("d", deck.cards[0], 0, False, True), 5)


def test_summary_counts_answers_time_and_next_due(store: Store) -> None:
    clock = Clock()
    session = Session.open(store, [make_deck([basic(1), basic(2), basic(3)])], settings=SETTINGS, now=clock)
    item = session.next()
    clock.advance(seconds=7)  # measured: shown, then answered 7 s later
    session.answer(item, 1)  # type: ignore[arg-type]
    session.answer(session.next(), 4, duration=3)  # type: ignore[arg-type]
    session.answer(session.next(), 2, duration=500)  # type: ignore[arg-type]
    summary = session.summary()
    assert (summary.answered, summary.correct, summary.seconds) == (3, 2, 510.0)
    (due,) = store.connection.execute("SELECT MIN(due) FROM items").fetchone()
    assert due is not None and from_micros(due) == T0 + timedelta(seconds=7, minutes=1)  # c1's learning step
    assert summary.next_due == clock.moment  # ... within the learn-ahead limit: the next card is now
    clock.advance(hours=1)
    session.answer(session.next(), 4)  # type: ignore[arg-type]
    session.answer(session.next(), 4)  # type: ignore[arg-type]
    assert session.next() is None
    (due,) = store.connection.execute("SELECT MIN(due) FROM items").fetchone()
    assert session.summary().next_due == day_start(from_micros(due), SETTINGS)


def test_counts_report_new_learning_due_and_last_studied(store: Store) -> None:
    clock = Clock()
    deck = make_deck([basic(i) for i in range(5)])
    session = Session.open(store, [deck], settings=SchedulerSettings(fuzz=False, new_per_day=4), now=clock)
    assert session.counts("d") == session.counts("d").__class__(new=4, learning=0, due=0, last_studied=None)
    session.answer(session.next(), 1)  # type: ignore[arg-type]
    session.answer(session.next(), 4)  # type: ignore[arg-type]
    counts = session.counts("d")
    assert (counts.new, counts.learning, counts.due, counts.last_studied) == (2, 1, 0, T0)


def test_two_decks_with_one_id_are_refused(store: Store) -> None:
    with pytest.raises(QuizgenError, match="two decks have the id 'd'"):
        Session.open(store, [make_deck([basic(1)]), make_deck([basic(2)])], settings=SETTINGS, now=Clock())


def test_answers_build_on_the_latest_saved_state(store: Store, tmp_path: Path) -> None:
    from quizgen.study.scheduler import ItemState, make_scheduler, review

    clock = Clock()
    deck = make_deck([basic(1)])
    mine = Session.open(store, [deck], settings=SETTINGS, now=clock)
    with Store.open(store.path) as other_store:
        theirs = Session.open(other_store, [deck], settings=SETTINGS, now=clock)
        item = theirs.next()
        assert item is not None
        theirs.answer(item, 3)  # another program answers first
    clock.advance(minutes=30)
    mine.answer(mine.next(), 1)  # type: ignore[arg-type]
    scheduler = make_scheduler(SETTINGS)
    expected = review(scheduler, review(scheduler, ItemState(), 3, T0), 1, clock())
    row = store.connection.execute("SELECT state, step, stability, difficulty, due, last_review FROM items").fetchone()
    assert ItemState.from_row(row) == expected
    assert [r[0] for r in store.connection.execute("SELECT rating FROM reviews ORDER BY id")] == [3, 1]


def test_remaining_counts_split_new_learning_and_due(store: Store) -> None:
    clock = Clock()
    deck = make_deck([basic(i) for i in range(3)])
    first = Session.open(store, [deck], settings=SETTINGS, now=clock)
    assert first.remaining_counts() == (3, 0, 0)
    item = first.next()
    assert item is not None
    first.answer(item, 1)  # Again: back in a minute, within the learn-ahead window
    assert first.remaining_counts() == (2, 1, 0)
    assert sum(first.remaining_counts()) == first.remaining()
    first.undo()
    assert first.remaining_counts() == (3, 0, 0)
    for _ in range(3):
        step = first.next()
        assert step is not None
        first.answer(step, 4)  # Easy: graduates straight to review
    clock.advance(days=60)
    later = Session.open(store, [deck], settings=SETTINGS, now=clock)
    assert later.remaining_counts() == (0, 0, 3)


def test_only_opening_a_session_syncs_its_decks(store: Store) -> None:
    deck = make_deck([basic(1), basic(2)])
    idle = Session(store, [deck], settings=SETTINGS, now=Clock())
    assert table(store, "items") == [] and idle.remaining() == 0 and idle.next() is None
    opened = Session.open(store, [deck], settings=SETTINGS, now=Clock())
    assert len(table(store, "items")) == 2 and opened.remaining() == 2


def test_a_measured_answer_time_is_capped() -> None:
    from quizgen.study.session import MAX_ANSWER_SECONDS, answer_seconds

    assert answer_seconds(T0, T0 + timedelta(seconds=7.5)) == 7.5
    assert answer_seconds(T0, T0 + timedelta(minutes=30)) == MAX_ANSWER_SECONDS
    assert answer_seconds(T0, T0 - timedelta(seconds=1)) == 0.0


def test_redo_puts_back_the_undone_answer_exactly(store: Store) -> None:
    clock = Clock()
    session = Session.open(store, [make_deck([basic(1), basic(2)])], settings=SETTINGS, now=clock)
    first = session.next()
    assert first is not None and session.last_answer() is None and session.redoable() is None
    session.answer(first, 3, given=None, duration=4.0)
    after_items, after_reviews = table(store, "items"), table(store, "reviews")
    assert session.last_answer() == (first, 3)
    clock.advance(minutes=5)
    assert session.undo() == first and session.redoable() == (first, 3) and session.last_answer() is None
    assert session.next() == first
    assert session.redo() == first
    assert table(store, "items") == after_items
    assert [row[1:] for row in table(store, "reviews")] == [row[1:] for row in after_reviews]  # a new row id only
    assert session.redoable() is None and session.last_answer() == (first, 3)
    second = session.next()
    assert second is not None and second.card.uid == "c2"
    assert session.summary().answered == 1 and session.remaining() == 2  # c1 is back in its learning steps


def test_an_answer_after_an_undo_ends_what_can_be_redone(store: Store) -> None:
    session = Session.open(store, [make_deck([basic(1), basic(2)])], settings=SETTINGS, now=Clock())
    first = session.next()
    assert first is not None
    session.answer(first, 3)
    session.undo()
    session.answer(first, 1)
    assert session.redoable() is None and session.redo() is None
    assert [row[0] for row in store.connection.execute("SELECT rating FROM reviews")] == [1]


def test_redo_of_an_item_answered_elsewhere_since_changes_nothing(store: Store, tmp_path: Path) -> None:
    clock = Clock()
    deck = make_deck([basic(1)])
    session = Session.open(store, [deck], settings=SETTINGS, now=clock)
    item = session.next()
    assert item is not None
    session.answer(item, 3)
    session.undo()
    with Store.open(store.path) as other_store:
        other = Session.open(other_store, [deck], settings=SETTINGS, now=clock)
        other.answer(other.next(), 4)  # type: ignore[arg-type]
    items = table(store, "items")
    assert session.redo() is None and table(store, "items") == items
    assert [row[0] for row in store.connection.execute("SELECT rating FROM reviews")] == [4]


def test_redo_in_cram_logs_the_practice_again(store: Store) -> None:
    session = Session.open(store, [make_deck([basic(1), basic(2)])], settings=SETTINGS, cram=True, now=Clock())
    item = session.next()
    assert item is not None and session.preview(item) == {}  # cramming changes no interval
    session.answer(item, 1)
    session.undo()
    assert table(store, "practice") == []
    assert session.redo() == item
    assert [row[4] for row in table(store, "practice")] == [1]
    assert [i.card.uid for i in iter(session.next, None) if not session.answer(i, 3)] == ["c2", "c1"]
