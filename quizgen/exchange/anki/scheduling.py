"""Study progress in an Anki collection: cards' scheduling and the review log, and reading them
(`export_progress` writes them).

Anki keeps each card's scheduling in its `cards` row: `type` (0 new, 1 learning, 2 review,
3 relearning), `queue`, `due` (for a review card a day number counted from the collection's
creation day `crt`, for a learning card a Unix time in seconds), `ivl` in days, `factor` (SM-2's
ease in permille), `reps`, `lapses`, `left` (learning steps left), and in `data` the FSRS memory
state as JSON: `{"s": stability, "d": difficulty, "dr": desired retention, "lrt": last review}`.
Each answer is a `revlog` row whose id is its time in milliseconds, with `ease` (the rating),
`ivl` and `lastIvl` (days, or negative seconds for a learning step), `time` (milliseconds taken)
and `type` (0 learning, 1 review, 2 relearning, 3 filtered deck, 4 manual, 5 rescheduled).

A study day starts at the collection's rollover hour (4 a.m. by default) in the user's time
zone, and Anki numbers days from the calendar date of `crt`, so a day number is a local date.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from quizgen.errors import ImportFormatError
from quizgen.model.progress import LEARNING, RELEARNING, REVIEW, ItemProgress, ReviewRecord, day_start_of

NEW_TYPE, LEARN_TYPE, REVIEW_TYPE, RELEARN_TYPE = 0, 1, 2, 3
"""Anki's `cards.type`."""
LEARN_QUEUE, REVIEW_QUEUE, DAY_LEARN_QUEUE = 1, 2, 3
"""Anki's `cards.queue` for learning cards due today, review cards, and learning cards due on a later day."""
REVLOG_LEARN, REVLOG_REVIEW, REVLOG_RELEARN, REVLOG_FILTERED = 0, 1, 2, 3
"""Anki's `revlog.type` of answers (4 manual and 5 rescheduled are changes, not answers)."""
STARTING_EASE = 2500
"""SM-2's starting ease in permille, which Anki gives a card that leaves learning."""

MAX_REVIEWS = 5_000_000
"""The longest review log an import reads (decades of heavy study; about 1 GB of memory at most)."""
_LAST_MS = 253_402_300_799_999
"""The last millisecond of the year 9999: no review log time can be later."""
_FIRST_TIMESTAMP = 1_000_000_000
"""A learning card's `due` at least this large is a Unix time; below, a day number."""
TYPE_OF_STATE = {LEARNING: LEARN_TYPE, REVIEW: REVIEW_TYPE, RELEARNING: RELEARN_TYPE}
"""Anki's card type of each of quizgen's states."""
_STATE_OF_TYPE = {LEARN_TYPE: LEARNING, REVIEW_TYPE: REVIEW, RELEARN_TYPE: RELEARNING}


class DamagedScheduling(ValueError):
    """A card's scheduling that cannot be read: the message says what is wrong with it."""


@dataclass(frozen=True)
class Steps:
    """What a package's learning cards need of the study settings."""

    learning: int = 2
    """How many learning steps a new card goes through."""
    relearning: int = 1
    """How many relearning steps a lapsed card goes through."""
    desired_retention: float = 0.9
    day_start_hour: int = 4


def item_ordinal(ord_: int, is_cloze: bool) -> int:
    """The study item of Anki card template `ord_`: a cloze card's ord is its cloze number - 1."""
    return ord_ + 1 if is_cloze else ord_


@dataclass(frozen=True)
class AnkiCard:
    """One `cards` row's scheduling."""

    id: int
    note_id: int
    ord: int
    type: int
    queue: int
    due: int
    ivl: int
    factor: int
    left: int
    odue: int
    odid: int
    data: str


@dataclass(frozen=True)
class RevlogEntry:
    """One `revlog` row."""

    id: int
    card_id: int
    ease: int
    ivl: int
    factor: int
    time: int
    type: int


@dataclass
class Scheduling:
    """The scheduling a collection holds: its cards, each card's review log (oldest first), its creation time
    and its rollover hour."""

    cards: list[AnkiCard]
    revlog: dict[int, list[RevlogEntry]]
    crt: int
    rollover: int = 4


def read_scheduling(conn: sqlite3.Connection, rollover: int, name: str = "") -> Scheduling:
    """The cards' scheduling and the review log of an open collection (the package `name`);
    ImportFormatError when the log is longer than `MAX_REVIEWS`, so memory stays bounded."""
    (count,) = conn.execute("SELECT COUNT(*) FROM revlog").fetchone()
    if count > MAX_REVIEWS:
        raise ImportFormatError(
            f"{name}: its review log holds {count:,} entries, more than the {MAX_REVIEWS:,} one import may read; "
            "export fewer decks from Anki at a time"
        )
    (crt,) = conn.execute("SELECT crt FROM col").fetchone()
    cards = []
    for row in conn.execute(
        "SELECT id, nid, ord, type, queue, due, ivl, factor, left, odue, odid, data FROM cards ORDER BY id"
    ):
        cid, nid, ord_, kind, queue, due, ivl, factor, left, odue, odid = _ints(row[:-1])
        data = row[-1] if isinstance(row[-1], str) else ""
        cards.append(AnkiCard(cid, nid, ord_, kind, queue, due, ivl, factor, left, odue, odid, data))
    revlog: dict[int, list[RevlogEntry]] = {}
    for row in conn.execute("SELECT id, cid, ease, ivl, factor, time, type FROM revlog ORDER BY cid, id"):
        rid, cid, ease, ivl, factor, taken, kind = _ints(row)
        entry = RevlogEntry(rid, cid, ease, ivl, factor, taken, kind)
        revlog.setdefault(entry.card_id, []).append(entry)
    return Scheduling(cards, revlog, _ints([crt])[0], rollover)


def _ints(values: Iterable[object]) -> list[int]:
    """`values` as integers; TypeError (a damaged collection) for a value of another type."""
    found = []
    for value in values:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"expected an integer, found {type(value).__name__}")
        found.append(value)
    return found


def is_answer(entry: RevlogEntry) -> bool:
    """Whether a review log row is an answer that changed the schedule (not a manual change, a reschedule,
    or a preview in a filtered deck, which Anki logs with factor 0)."""
    if not 1 <= entry.ease <= 4 or entry.type > REVLOG_FILTERED:
        return False
    return not (entry.type == REVLOG_FILTERED and entry.factor == 0)


def item_progress(
    card: AnkiCard, key: tuple[str, str, int], scheduling: Scheduling, steps: Steps
) -> tuple[ItemProgress, tuple[float, float] | None]:
    """The progress of one Anki card, and its SM-2 (ease, interval in days) when it has them."""
    entries = [e for e in scheduling.revlog.get(card.id, []) if is_answer(e)]
    if any(not 0 <= e.id <= _LAST_MS for e in entries):
        raise DamagedScheduling("a time in its review log is out of range")
    reviews = []
    state_before: int | None = None
    for entry in entries:
        reviews.append(ReviewRecord(entry.id, entry.ease, _state_before(entry, state_before), entry.time / 1000))
        state_before = LEARNING
    deck_id, uid, ordinal = key
    item = ItemProgress(deck_id, uid, ordinal, reviews=reviews)
    state = _STATE_OF_TYPE.get(card.type)
    if state is None:
        return item, None
    data = _card_data(card.data)
    created = datetime.fromtimestamp(scheduling.crt).astimezone().date()
    item.state = state
    item.due = _due(card, created, scheduling.rollover)
    if state != REVIEW:
        total = steps.learning if state == LEARNING else steps.relearning
        item.step = min(max(0, total - card.left % 1000), max(0, total - 1))
    stability, difficulty, reviewed = data.get("s"), data.get("d"), data.get("lrt")
    if isinstance(stability, int | float) and isinstance(difficulty, int | float):
        item.stability, item.difficulty = float(stability), float(difficulty)
    if reviews:
        item.last_review = reviews[-1].at
    elif isinstance(reviewed, int):
        item.last_review = datetime.fromtimestamp(reviewed, timezone.utc)
    elif item.due is not None:
        item.last_review = item.due - timedelta(days=max(0, card.ivl))
    sm2 = (card.factor / 1000, float(card.ivl)) if card.factor > 0 and card.ivl > 0 else None
    return item, sm2


def _state_before(entry: RevlogEntry, previous: int | None) -> int | None:
    if entry.type == REVLOG_LEARN:
        return previous  # None for the first answer of a new card
    if entry.type == REVLOG_RELEARN:
        return RELEARNING
    return REVIEW


def _due(card: AnkiCard, created: date, rollover: int) -> datetime | None:
    due = card.odue if card.odid else card.due
    if card.type == REVIEW_TYPE or card.queue in (REVIEW_QUEUE, DAY_LEARN_QUEUE) or 0 <= due < _FIRST_TIMESTAMP:
        # a day number (a suspended or buried learning card keeps one of either kind)
        return day_start_of(created + timedelta(days=due), rollover)
    return datetime.fromtimestamp(due, timezone.utc)


def _card_data(raw: str) -> dict[str, object]:
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}
