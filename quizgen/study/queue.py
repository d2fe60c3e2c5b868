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
_AWAKE = "(buried_until IS NULL OR buried_until <= ?)"
"""Not buried, or buried until a time now past (the parameter is now)."""
REVIEWS_SQL = (
    f"SELECT {_COLUMNS} FROM items WHERE deck_id = ? AND state = {int(State.Review)} AND due < ?"
    f" AND removed = 0 AND {_AWAKE} ORDER BY due LIMIT ?"
)
LEARNING_SQL = (
    f"SELECT {_COLUMNS} FROM items WHERE deck_id = ? AND state IN ({int(State.Learning)}, {int(State.Relearning)})"
    " AND due < ? AND removed = 0 ORDER BY due"
)
NEW_SQL = (
    f"SELECT {_COLUMNS} FROM items WHERE deck_id = ? AND state IS NULL AND removed = 0 AND {_AWAKE}"
    " ORDER BY position, ordinal LIMIT ?"
)
CRAM_SQL = f"SELECT {_COLUMNS} FROM items WHERE deck_id = ? AND removed = 0 ORDER BY position, ordinal"
INTRODUCED_SQL = "SELECT COUNT(*) FROM items WHERE deck_id = ? AND introduced >= ?"
REVIEWED_SQL = (
    f"SELECT COUNT(*) FROM reviews WHERE deck_id = ? AND reviewed_at >= ? AND state_before = {int(State.Review)}"
)

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


def review_limit(conn: sqlite3.Connection, deck_id: str, now: datetime, settings: SchedulerSettings) -> int:
    """How many more due reviews `deck_id` may show today (-1, SQLite's "no limit", when it has no limit)."""
    if settings.reviews_per_day is None:
        return -1
    start = to_micros(day_start(now, settings))
    (reviewed,) = conn.execute(REVIEWED_SQL, (deck_id, start)).fetchone()
    return max(0, settings.reviews_per_day - int(reviewed))


def build_queue(conn: sqlite3.Connection, deck_ids: Sequence[str], now: datetime, settings: SchedulerSettings) -> Queue:
    """Today's queue of `deck_ids`: items due before the study day ends (up to each deck's review limit),
    and today's new items; buried items wait until the time they are buried to."""
    end = to_micros(day_start(now, settings, offset=1))
    moment = to_micros(now)
    queue = Queue()
    for deck_id in deck_ids:
        reviews = review_limit(conn, deck_id, now, settings)
        if reviews:
            queue.reviews += conn.execute(REVIEWS_SQL, (deck_id, end, moment, reviews)).fetchall()
        queue.learning += conn.execute(LEARNING_SQL, (deck_id, end)).fetchall()
        limit = new_limit(conn, deck_id, now, settings)
        if limit:
            queue.new += conn.execute(NEW_SQL, (deck_id, moment, limit)).fetchall()
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
    end, moment = to_micros(day_start(now, settings, offset=1)), to_micros(now)
    count = "SELECT COUNT(*) FROM (SELECT 1 FROM items WHERE deck_id = ? AND state {} AND due < ? AND removed = 0 {})"
    (due,) = conn.execute(
        count.format(f"= {int(State.Review)}", f"AND {_AWAKE} LIMIT ?"),
        (deck_id, end, moment, review_limit(conn, deck_id, now, settings)),
    ).fetchone()
    (learning,) = conn.execute(
        count.format(f"IN ({int(State.Learning)}, {int(State.Relearning)})", ""), (deck_id, end)
    ).fetchone()
    limit = new_limit(conn, deck_id, now, settings)
    (new,) = conn.execute(
        "SELECT COUNT(*) FROM (SELECT 1 FROM items WHERE deck_id = ? AND state IS NULL AND removed = 0"
        f" AND {_AWAKE} LIMIT ?)",
        (deck_id, moment, limit),
    ).fetchone()
    (last,) = conn.execute("SELECT MAX(last_review) FROM items WHERE deck_id = ?", (deck_id,)).fetchone()
    return DeckCounts(int(new), int(learning), int(due), None if last is None else from_micros(last))


def next_card_at(
    conn: sqlite3.Connection, deck_ids: Sequence[str], now: datetime, settings: SchedulerSettings
) -> datetime | None:
    """When `deck_ids` next have an item to show, None when they have none at all.

    A learning item can be shown from its due time less the learn-ahead limit; a review from the
    start of the study day it is due in; a new item once the day's new limit allows it. An item
    waits until the time it is buried to, and items over a day's limit until the next day.
    """
    tomorrow = day_start(now, settings, offset=1)
    found: list[datetime] = []
    for deck_id in deck_ids:
        learning, review, new = conn.execute(
            "SELECT MIN(CASE WHEN state IN (?, ?) THEN due END),"
            " MIN(CASE WHEN state = ? THEN MAX(due, COALESCE(buried_until, 0)) END),"
            " MIN(CASE WHEN state IS NULL THEN COALESCE(buried_until, 0) END)"
            " FROM items WHERE deck_id = ? AND removed = 0",
            (int(State.Learning), int(State.Relearning), int(State.Review), deck_id),
        ).fetchone()
        if learning is not None:
            found.append(from_micros(learning) - settings.learn_ahead)
        if review is not None:
            at = day_start(from_micros(review), settings)
            if at < tomorrow and review_limit(conn, deck_id, now, settings) == 0:
                at = tomorrow
            found.append(at)
        if new is not None:
            at = from_micros(new)
            if at < tomorrow and new_limit(conn, deck_id, now, settings) == 0:
                at = tomorrow
            found.append(at)
    return max(now, min(found)) if found else None
