"""What a study session reads and writes of item progress: one function per query.

Each function runs on a connection inside a transaction opened by `Store.read()` or
`Store.write()`, so that the statements of one answer, or of one undo, commit together.
Times are stored as integer microseconds since the Unix epoch, ratings as their numbers.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from fsrs import Rating

from quizgen.study.scheduler import ItemState, from_micros, to_micros

_SNAPSHOT_SQL = (
    "SELECT state, step, stability, difficulty, due, last_review, introduced, reviewed_hash FROM items WHERE id = ?"
)


class Snapshot(NamedTuple):
    """An item's saved scheduling columns: what an answer changes, and what undoing it puts back."""

    state: int | None
    step: int | None
    stability: float | None
    difficulty: float | None
    due: int | None
    last_review: int | None
    introduced: int | None
    """When the item was first answered."""
    reviewed_hash: str | None
    """The content hash of its card when the item was last answered."""

    @property
    def item_state(self) -> ItemState:
        """The FSRS state held in these columns."""
        return ItemState.from_row(self[:6])


@dataclass(frozen=True)
class Answer:
    """One answer to log: the item, when, its rating, what was given, and how long it took."""

    item_id: int
    deck_id: str
    at: datetime
    rating: Rating
    given: str | None
    """What the learner typed or chose, None when they graded themselves."""
    auto: bool
    """Whether the rating was given by automatic grading."""
    seconds: float


def snapshot(conn: sqlite3.Connection, item_id: int) -> Snapshot:
    """The saved scheduling columns of item `item_id`; KeyError when there is no such item."""
    row = conn.execute(_SNAPSHOT_SQL, (item_id,)).fetchone()
    if row is None:
        raise KeyError(item_id)
    return Snapshot(*row)


def item_flags(conn: sqlite3.Connection, item_id: int) -> tuple[bool, bool]:
    """Whether item `item_id` was never reviewed, and whether its card changed since it was last reviewed."""
    row = conn.execute(
        "SELECT state IS NULL, reviewed_hash IS NOT NULL AND reviewed_hash != content_hash FROM items WHERE id = ?",
        (item_id,),
    ).fetchone()
    is_new, edited = row or (1, 0)
    return bool(is_new), bool(edited)


def find_item(conn: sqlite3.Connection, deck_id: str, card_uid: str, ordinal: int) -> int | None:
    """The id of the item of card `card_uid`, number `ordinal`, in deck `deck_id`; None when it is not stored."""
    row = conn.execute(
        "SELECT id FROM items WHERE deck_id = ? AND card_uid = ? AND ordinal = ?", (deck_id, card_uid, ordinal)
    ).fetchone()
    return None if row is None else int(row[0])


def log_review(conn: sqlite3.Connection, answer: Answer, state_before: int | None) -> int:
    """Add `answer` to the review log; returns its id."""
    cursor = conn.execute(
        "INSERT INTO reviews (item_id, deck_id, reviewed_at, rating, state_before, given, auto, duration)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            answer.item_id,
            answer.deck_id,
            to_micros(answer.at),
            int(answer.rating),
            state_before,
            answer.given,
            int(answer.auto),
            answer.seconds,
        ),
    )
    return int(cursor.lastrowid or 0)


def log_practice(conn: sqlite3.Connection, answer: Answer) -> int:
    """Add `answer`, given while cramming, to the practice log (the schedule is left alone); returns its id."""
    cursor = conn.execute(
        "INSERT INTO practice (item_id, deck_id, reviewed_at, rating, given, auto, duration)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            answer.item_id,
            answer.deck_id,
            to_micros(answer.at),
            int(answer.rating),
            answer.given,
            int(answer.auto),
            answer.seconds,
        ),
    )
    return int(cursor.lastrowid or 0)


def save_review(conn: sqlite3.Connection, item_id: int, state: ItemState, at: datetime) -> None:
    """Save `state` as item `item_id`'s state after an answer at `at`, and mark its card's content as reviewed."""
    conn.execute(
        "UPDATE items SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?, last_review = ?,"
        " introduced = COALESCE(introduced, ?), reviewed_hash = content_hash WHERE id = ?",
        (*state.to_row(), to_micros(at), item_id),
    )


def restore(conn: sqlite3.Connection, item_id: int, saved: Snapshot) -> None:
    """Put back the scheduling columns of item `item_id` as they were in `saved`."""
    conn.execute(
        "UPDATE items SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?, last_review = ?,"
        " introduced = ?, reviewed_hash = ? WHERE id = ?",
        (*saved, item_id),
    )


def delete_review(conn: sqlite3.Connection, log_id: int) -> None:
    """Remove review `log_id` from the review log."""
    conn.execute("DELETE FROM reviews WHERE id = ?", (log_id,))


def delete_practice(conn: sqlite3.Connection, log_id: int) -> None:
    """Remove answer `log_id` from the practice log."""
    conn.execute("DELETE FROM practice WHERE id = ?", (log_id,))


def last_reviewed(
    conn: sqlite3.Connection, deck_ids: Sequence[str], since: datetime
) -> tuple[int, str, str, int, None] | None:
    """The item of `deck_ids` reviewed last, if it was reviewed at or after `since` and is still in its deck,
    as a queue row (item_id, deck_id, card_uid, ordinal, None)."""
    found = None
    for deck_id in deck_ids:
        row = conn.execute(
            "SELECT r.reviewed_at, i.id, i.deck_id, i.card_uid, i.ordinal FROM reviews r"
            " JOIN items i ON i.id = r.item_id WHERE r.deck_id = ? AND r.reviewed_at >= ? AND i.removed = 0"
            " ORDER BY r.reviewed_at DESC LIMIT 1",
            (deck_id, to_micros(since)),
        ).fetchone()
        if row is not None and (found is None or row[0] > found[0]):
            found = row
    return None if found is None else (int(found[1]), str(found[2]), str(found[3]), int(found[4]), None)


def bury(conn: sqlite3.Connection, item_ids: Sequence[int], until: datetime) -> list[tuple[int, int | None]]:
    """Keep items `item_ids` out of every queue until `until` (siblings buried until the next study day).

    Returns each item's (id, buried_until) as it was, for `unbury`.
    """
    before = [
        (int(item_id), conn.execute("SELECT buried_until FROM items WHERE id = ?", (item_id,)).fetchone()[0])
        for item_id in item_ids
    ]
    conn.executemany("UPDATE items SET buried_until = ? WHERE id = ?", [(to_micros(until), i) for i in item_ids])
    return before


def unbury(conn: sqlite3.Connection, before: Sequence[tuple[int, int | None]]) -> None:
    """Put back the buried_until of items as `bury` found them; `before` holds what one or more `bury` calls
    returned, oldest first, so an item buried twice gets back the value it had before the first."""
    conn.executemany("UPDATE items SET buried_until = ? WHERE id = ?", [(until, i) for i, until in reversed(before)])


def next_due(conn: sqlite3.Connection, deck_ids: Sequence[str]) -> datetime | None:
    """When the next item of `deck_ids` comes due, or None when none is scheduled."""
    marks = ",".join("?" * len(deck_ids))
    (due,) = conn.execute(
        f"SELECT MIN(due) FROM items WHERE deck_id IN ({marks}) AND state IS NOT NULL AND removed = 0",
        list(deck_ids),
    ).fetchone()
    return None if due is None else from_micros(due)
