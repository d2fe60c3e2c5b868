"""Today's queue and a deck's counts, read from the store with indexed queries.

A queue row is a plain tuple `(item_id, deck_id, card_uid, ordinal, due)`, straight from an
index range scan, so that building the queue of a large store costs little more than selecting it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from operator import itemgetter

from fsrs import State

from quizgen.study.scheduler import from_micros, to_micros
from quizgen.study.settings import SchedulerSettings, day_start

Row = tuple[int, str, str, int, int | None]
"""(item_id, deck_id, card_uid, ordinal, due in microseconds or None)."""

_COLUMNS = "id, deck_id, card_uid, ordinal, due"
REVIEWS_SQL = (
    f"SELECT {_COLUMNS} FROM items WHERE deck_id = ? AND state = {int(State.Review)} AND due < ?"
    " AND removed = 0 ORDER BY due"
)
LEARNING_SQL = (
    f"SELECT {_COLUMNS} FROM items WHERE deck_id = ? AND state IN ({int(State.Learning)}, {int(State.Relearning)})"
    " AND due < ? AND removed = 0 ORDER BY due"
)
NEW_SQL = (
    f"SELECT {_COLUMNS} FROM items WHERE deck_id = ? AND state IS NULL AND removed = 0"
    " ORDER BY position, ordinal LIMIT ?"
)
CRAM_SQL = f"SELECT {_COLUMNS} FROM items WHERE deck_id = ? AND removed = 0 ORDER BY position, ordinal"
INTRODUCED_SQL = "SELECT COUNT(*) FROM items WHERE deck_id = ? AND introduced >= ?"

_by_due = itemgetter(4)


@dataclass
class Queue:
    """Today's items of some decks: due reviews (most overdue first), learning items, new items in deck order."""

    reviews: list[Row] = field(default_factory=list)
    learning: list[Row] = field(default_factory=list)
    new: list[Row] = field(default_factory=list)


def new_limit(conn: sqlite3.Connection, deck_id: str, now: datetime, settings: SchedulerSettings) -> int:
    """How many more new items `deck_id` may introduce today."""
    start = to_micros(day_start(now, settings))
    (introduced,) = conn.execute(INTRODUCED_SQL, (deck_id, start)).fetchone()
    return max(0, settings.new_per_day - int(introduced))


def build_queue(conn: sqlite3.Connection, deck_ids: Sequence[str], now: datetime, settings: SchedulerSettings) -> Queue:
    """Today's queue of `deck_ids`: items due before the study day ends, and today's new items."""
    end = to_micros(day_start(now, settings, offset=1))
    queue = Queue()
    for deck_id in deck_ids:
        queue.reviews += conn.execute(REVIEWS_SQL, (deck_id, end)).fetchall()
        queue.learning += conn.execute(LEARNING_SQL, (deck_id, end)).fetchall()
        limit = new_limit(conn, deck_id, now, settings)
        if limit:
            queue.new += conn.execute(NEW_SQL, (deck_id, limit)).fetchall()
    if len(deck_ids) > 1:
        # Each deck's rows are already in due order; merging sorted runs is close to linear.
        queue.reviews.sort(key=_by_due)
        queue.learning.sort(key=_by_due)
    return queue


def cram_queue(conn: sqlite3.Connection, deck_ids: Sequence[str]) -> list[Row]:
    """Every item of `deck_ids` still in its deck, in deck order, for cramming."""
    rows: list[Row] = []
    for deck_id in deck_ids:
        rows += conn.execute(CRAM_SQL, (deck_id,)).fetchall()
    return rows


@dataclass(frozen=True)
class DeckCounts:
    """What a deck has for today."""

    new: int
    """New items that may still be introduced today."""
    learning: int
    """Items in (re)learning steps due today."""
    due: int
    """Reviews due today."""
    last_studied: datetime | None
    """When the deck was last reviewed, or None if never."""


def deck_counts(conn: sqlite3.Connection, deck_id: str, now: datetime, settings: SchedulerSettings) -> DeckCounts:
    """The counts of `deck_id` for the study day of `now`."""
    end = to_micros(day_start(now, settings, offset=1))
    count = "SELECT COUNT(*) FROM items WHERE deck_id = ? AND state {} AND due < ? AND removed = 0"
    (due,) = conn.execute(count.format(f"= {int(State.Review)}"), (deck_id, end)).fetchone()
    (learning,) = conn.execute(
        count.format(f"IN ({int(State.Learning)}, {int(State.Relearning)})"), (deck_id, end)
    ).fetchone()
    limit = new_limit(conn, deck_id, now, settings)
    (new,) = conn.execute(
        "SELECT COUNT(*) FROM (SELECT 1 FROM items WHERE deck_id = ? AND state IS NULL AND removed = 0 LIMIT ?)",
        (deck_id, limit),
    ).fetchone()
    (last,) = conn.execute("SELECT MAX(last_review) FROM items WHERE deck_id = ?", (deck_id,)).fetchone()
    return DeckCounts(int(new), int(learning), int(due), None if last is None else from_micros(last))
