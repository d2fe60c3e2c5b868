"""Invariants of studying under random answers, undos, waits and deck edits, on a real store."""

from __future__ import annotations

import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.model.cards import Deck
from quizgen.model.plain import as_plain
from quizgen.study import SchedulerSettings, Session, Store
from quizgen.study.scheduler import ItemState, from_micros, make_scheduler, review, to_micros

T0 = datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)
STUDY = SchedulerSettings(fuzz=False, new_per_day=3)
SCHEDULER = make_scheduler(STUDY)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CARDS = 4

KINDS = ["answer"] * 6 + ["undo", "wait", "wait", "edit", "remove", "restore", "restart"]
WAITS = [1, 5, 11, 60, 60 * 24, 60 * 24 * 9, 60 * 24 * 90]
operations = st.lists(st.tuples(st.sampled_from(KINDS), st.integers(0, 419)), min_size=20, max_size=80)
"""Steps of a study history; the number picks the rating (1-4), the wait or the card."""


def build_deck(versions: list[int], removed: set[int]) -> Deck:
    cards: list[dict[str, Any]] = [
        {"id": "c0", "type": "basic", "front": "Capital of Kazakhstan?", "back": f"Astana v{versions[0]}"},
        {"id": "c1", "type": "typed", "question": "Largest lake?", "answer": f"Caspian v{versions[1]}"},
        {"id": "c2", "type": "cloze", "text": f"{{{{c1::Amu}}}} and {{{{c2::Syr}}}} v{versions[2]}"},
        {"id": "c3", "type": "choice", "question": "Q?", "choices": ["a", f"b{versions[3]}"], "answer": "a"},
    ]
    kept = [card for i, card in enumerate(cards) if i not in removed] or [cards[0]]
    return Deck.model_validate({"id": "geo", "title": "Geo", "cards": kept})


def snapshot(store: Store) -> tuple[list[Any], list[Any]]:
    conn = store.connection
    return (
        conn.execute("SELECT * FROM items ORDER BY id").fetchall(),
        conn.execute("SELECT * FROM reviews ORDER BY id").fetchall(),
    )


def state_of(store: Store, item_id: int) -> ItemState:
    row = store.connection.execute(
        "SELECT state, step, stability, difficulty, due, last_review FROM items WHERE id = ?", (item_id,)
    ).fetchone()
    return ItemState.from_row(row)


@SETTINGS
@given(operations)
def test_random_study_keeps_every_invariant(ops: list[tuple[str, int]]) -> None:
    clock = [T0]
    versions, removed = [0] * CARDS, set()
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "p.sqlite3") as store:
        deck = build_deck(versions, removed)
        session = Session.open(store, [deck], settings=STUDY, now=lambda: clock[0])
        undo_stack: list[tuple[list[Any], list[Any]]] = []
        committed = 0  # answers recorded minus answers undone
        for op, number in ops:
            arg = {"answer": 1 + number % 4, "wait": WAITS[number % len(WAITS)]}.get(op, number % CARDS)
            if op == "answer":
                item = session.next()
                if item is None:
                    continue
                assert item.card in [as_plain(card) for card in deck.cards]
                before = state_of(store, item.item_id)
                tables = snapshot(store)
                session.answer(item, arg)
                after = state_of(store, item.item_id)
                undo_stack.append(tables)
                committed += 1
                # Store -> load is the identity: what was saved is what fsrs computed.
                assert after == review(SCHEDULER, before, arg, clock[0], item.item_id)
                # Every due date is at or after its review.
                assert after.last_review == clock[0] and after.due is not None and after.due >= clock[0]
                # Again never schedules later than Good from the same state.
                again = review(SCHEDULER, before, 1, clock[0])
                good = review(SCHEDULER, before, 3, clock[0])
                assert again.due is not None and good.due is not None and again.due <= good.due
            elif op == "undo":
                undone = session.undo()
                if undo_stack:
                    assert undone is not None and snapshot(store) == undo_stack.pop()
                    committed -= 1
                    assert session.next() == undone
                else:
                    assert undone is None
            elif op == "wait":
                clock[0] += timedelta(minutes=arg)
            else:
                if op == "edit":
                    versions[arg] += 1
                elif op == "remove":
                    removed.add(arg)
                elif op == "restore":
                    removed.discard(arg)
                deck = build_deck(versions, removed)
                session = Session.open(store, [deck], settings=STUDY, now=lambda: clock[0])
                undo_stack.clear()
                shown_uids = {card.uid for card in deck.cards}
                live = store.connection.execute("SELECT DISTINCT card_uid FROM items WHERE removed = 0").fetchall()
                assert {uid for (uid,) in live} == shown_uids
        rows = store.connection.execute("SELECT due, last_review FROM items WHERE state IS NOT NULL").fetchall()
        assert all(due >= last for due, last in rows)
        (reviews,) = store.connection.execute("SELECT COUNT(*) FROM reviews").fetchone()
        assert reviews == committed


finite_days = st.floats(min_value=0.001, max_value=36500, allow_nan=False)


@SETTINGS
@given(
    state_step=st.one_of(
        st.tuples(st.sampled_from([1, 3]), st.integers(0, 3)),
        st.tuples(st.just(2), st.none()),
    ),
    stability=finite_days,
    difficulty=st.floats(min_value=1, max_value=10),
    due=st.integers(0, 4_000_000_000_000_000),
    last=st.one_of(st.none(), st.integers(0, 4_000_000_000_000_000)),
)
def test_item_states_round_trip_through_rows_and_fsrs_cards(
    state_step: tuple[int, int | None], stability: float, difficulty: float, due: int, last: int | None
) -> None:
    state, step = state_step
    original = ItemState.from_row((state, step, stability, difficulty, due, last))
    assert ItemState.from_row(original.to_row()) == original
    assert original.to_row() == (state, step, stability, difficulty, due, last)
    assert ItemState.from_card(original.to_card(1, from_micros(due))) == original
    assert to_micros(from_micros(due)) == due


history = st.lists(st.tuples(st.integers(1, 4), st.sampled_from(WAITS)), max_size=8)


@SETTINGS
@given(history, st.integers(1, 4), st.integers(1, 4), st.floats(0, 120), st.booleans())
def test_the_intervals_previewed_are_the_intervals_applied(
    past: list[tuple[int, int]], rating: int, regrade: int, delay: float, fuzz: bool
) -> None:
    clock = [T0]
    settings_ = SchedulerSettings(fuzz=fuzz)  # fuzzed intervals too: the preview is what is applied
    deck = build_deck([0] * CARDS, set())
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "p.sqlite3") as store:
        session = Session.open(store, [deck], settings=settings_, now=lambda: clock[0])
        item = session.next()
        assert item is not None
        for grade, wait in past:  # bring the first item to some state: learning, review or relearning
            session.answer(item, grade)
            clock[0] += timedelta(minutes=wait)
        saved, before = state_of(store, item.item_id), snapshot(store)
        shown = session.preview(item)
        assert set(shown) == {1, 2, 3, 4} and all(interval > timedelta(0) for interval in shown.values())
        assert snapshot(store) == before  # a preview saves nothing
        clock[0] += timedelta(seconds=delay)  # the learner reads the intervals, then grades
        session.answer(item, rating)
        after = state_of(store, item.item_id)
        assert after.due is not None and after.due - clock[0] == shown[rating]
        # Undoing and grading again (as changing an automatic grade does) applies the preview as well.
        session.undo()
        assert snapshot(store) == before
        session.answer(item, regrade)
        again = state_of(store, item.item_id)
        assert again.due is not None and again.due - clock[0] == shown[regrade]
        if not fuzz and delay == 0:
            # And the preview is the scheduler's own review of the saved state.
            assert again == review(SCHEDULER, saved, regrade, clock[0], item.item_id)
