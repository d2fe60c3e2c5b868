"""quizgen's study history → .apkg with progress → a fresh store gives the same store state, for any history,
up to what Anki keeps: times to the millisecond (a learning card's due to the second), a review card's due
to its study day, and no record of what was typed."""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.deckio.loader import loads_deck
from quizgen.exchange.anki.export import export_decks
from quizgen.exchange.anki.import_apkg import import_package
from quizgen.exchange.anki.import_progress import package_progress
from quizgen.exchange.anki.scheduling import Steps
from quizgen.model.progress import study_date
from quizgen.study import SchedulerSettings, Session, Store
from quizgen.study.history import apply_progress, read_progress
from quizgen.study.scheduler import from_micros
from quizgen.study.sync import sync_deck

DECK = loads_deck(
    """\
id: trip
title: Round trip
cards:
  - {id: a, type: basic, front: A?, back: a, reverse: true}
  - {id: c, type: cloze, text: "{{c1::one}} and {{c2::two}}"}
  - {id: t, type: typed, question: T?, answer: t}
""",
    "trip.yaml",
)
STUDY = SchedulerSettings(fuzz=False)
T0 = datetime(2025, 3, 1, 9, 30, 15, 123456, tzinfo=timezone.utc)
WAITS = [0.5, 1.7, 11, 60 * 5, 60 * 24, 60 * 24 * 3, 60 * 24 * 20]
"""Minutes between answers."""
history = st.lists(st.tuples(st.integers(1, 4), st.sampled_from(WAITS), st.floats(0, 90)), min_size=1, max_size=40)
"""(rating, minutes waited before the next answer, seconds the answer took) of each answer."""


def dump(store_path: Path) -> list[tuple[Any, ...]]:
    """What the store holds of each item, as Anki keeps it."""
    with Store.open(store_path) as store:
        progress = read_progress(store, ["trip"])
    rows = []
    for key, item in sorted(progress.items()):
        due: Any = item.due
        if due is not None:
            due = study_date(due) if item.state == 2 else int(due.timestamp())
        stamps = [(r.at_ms, r.rating, r.state_before, round(r.seconds, 3)) for r in item.reviews]
        last = None if item.last_review is None else int(item.last_review.timestamp() * 1000)
        rows.append((key, item.state, item.step, item.stability, item.difficulty, due, last, stamps))
    return rows


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(history)
def test_history_exported_and_imported_gives_the_same_store_state(answers: list[tuple[int, float, float]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        clock = [T0]
        with Store.open(here / "a.sqlite3") as store:
            session = Session.open(store, [DECK], settings=STUDY, now=lambda: clock[0])
            for rating, wait, seconds in answers:
                item = session.next()
                if item is None:
                    clock[0] += timedelta(days=1)
                    session = Session.open(store, [DECK], settings=STUDY, now=lambda: clock[0])
                    item = session.next()
                    if item is None:
                        continue
                session.answer(item, rating, duration=round(seconds, 3))  # type: ignore[arg-type]
                clock[0] += timedelta(minutes=wait)
            progress = read_progress(store, ["trip"])
        export_decks([DECK], here / "trip.apkg", timestamp=clock[0].timestamp(), progress=progress, steps=Steps())
        result = import_package(here / "trip.apkg", with_scheduling=True)
        assert [c.uid for c in result.decks[0].cards] == [c.uid for c in DECK.cards]
        found = package_progress(result, Steps())
        with Store.open(here / "b.sqlite3") as store:
            sync_deck(store, result.decks[0], from_micros(0))
            report = apply_progress(store, found.items, STUDY, found.sm2)
        assert report.missing == 0 and report.computed == 0
        assert dump(here / "b.sqlite3") == dump(here / "a.sqlite3")
        # importing into the store the history came from changes nothing
        before = raw(here / "a.sqlite3")
        with Store.open(here / "a.sqlite3") as store:
            again = apply_progress(store, found.items, STUDY, found.sm2)
        assert again.reviews == again.items == 0
        assert raw(here / "a.sqlite3") == before


def raw(store_path: Path) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Every row of the items and reviews tables."""
    conn = sqlite3.connect(store_path)
    try:
        return conn.execute("SELECT * FROM items").fetchall(), conn.execute("SELECT * FROM reviews").fetchall()
    finally:
        conn.close()
