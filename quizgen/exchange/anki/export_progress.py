"""Study progress written into the collection of an exported package: the cards' scheduling and Anki's review log.

See `scheduling` for what Anki keeps where. The package's collection is given a creation time
(`crt`) at the day start of the first answer's study day, so that each review card's day number
is the study day it is due in the user's time zone.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timezone
from operator import itemgetter

from quizgen.exchange.anki import identity
from quizgen.exchange.anki.scheduling import (
    LEARN_QUEUE,
    LEARN_TYPE,
    RELEARN_TYPE,
    REVIEW_QUEUE,
    REVIEW_TYPE,
    REVLOG_LEARN,
    REVLOG_RELEARN,
    REVLOG_REVIEW,
    STARTING_EASE,
    TYPE_OF_STATE,
    Steps,
    item_ordinal,
)
from quizgen.model.progress import LEARNING, RELEARNING, REVIEW, ItemProgress, ReviewRecord, day_start_of, study_date


@dataclass
class WrittenProgress:
    """What an export wrote of progress: cards given their scheduling, and answers in the review log."""

    cards: int = 0
    reviews: int = 0


def write_progress(
    cursor: sqlite3.Cursor,
    progress: Mapping[tuple[str, str, int], ItemProgress],
    cloze_models: set[int],
    now: datetime,
    steps: Steps,
) -> WrittenProgress:
    """Give the cards of a collection written by genanki the scheduling and review log of `progress`."""
    written = WrittenProgress()
    first_ms = min((item.reviews[0].at_ms for item in progress.values() if item.reviews), default=None)
    first = now if first_ms is None else ReviewRecord(first_ms, 0, None).at
    created = study_date(min(first, now), steps.day_start_hour)
    crt = int(day_start_of(created, steps.day_start_hour).timestamp())
    (conf,) = cursor.execute("SELECT conf FROM col").fetchone()
    settings = json.loads(conf)
    # The creation and current offsets (minutes west of UTC) make Anki count days from the local date of `crt`.
    settings.update(
        schedVer=2,
        rollover=steps.day_start_hour,
        creationOffset=_minutes_west(datetime.fromtimestamp(crt, timezone.utc)),
        localOffset=_minutes_west(now),
    )
    cursor.execute("UPDATE col SET crt = ?, conf = ?", (crt, json.dumps(settings)))
    rows = cursor.execute("SELECT c.id, c.ord, n.guid, n.mid FROM cards c JOIN notes n ON n.id = c.nid").fetchall()
    card_updates: list[tuple[object, ...]] = []
    revlog: list[tuple[int, ...]] = []
    for card_id, ord_, guid, mid in rows:
        own = identity.parse_guid(guid)
        item = None if own is None else progress.get((*own, item_ordinal(ord_, mid in cloze_models)))
        if item is None or (item.state is None and not item.reviews):
            continue
        lapses = _revlog_rows(card_id, item, revlog)
        if item.state is not None:
            card_updates.append((*_card_columns(item, created, steps, lapses), card_id))
        written.cards += 1
        written.reviews += len(item.reviews)
    cursor.executemany(
        "UPDATE cards SET type = ?, queue = ?, due = ?, ivl = ?, factor = ?, reps = ?, lapses = ?, left = ?,"
        " data = ? WHERE id = ?",
        card_updates,
    )
    # Indexing the review log once it is written is quicker than keeping its indexes up to date row by row.
    indexes = cursor.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'revlog' AND sql IS NOT NULL"
    ).fetchall()
    for name, _sql in indexes:
        cursor.execute(f'DROP INDEX "{name}"')
    cursor.executemany("INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)", _unique_ids(revlog))
    for _name, sql in indexes:
        cursor.execute(sql)
    return written


CardColumns = tuple[int, int, int, int, int, int, int, int, str]
"""(type, queue, due, ivl, factor, reps, lapses, left, data) of a `cards` row."""


def _minutes_west(moment: datetime) -> int:
    offset = moment.astimezone().utcoffset()
    return 0 if offset is None else -int(offset.total_seconds() // 60)


def _card_columns(item: ItemProgress, created: date, steps: Steps, lapses: int) -> CardColumns:
    """(type, queue, due, ivl, factor, reps, lapses, left, data) of a reviewed item."""
    due = item.due or item.last_review or datetime.now(timezone.utc)
    last = item.last_review or due
    due_day = study_date(due, steps.day_start_hour)
    interval = max(1, (due_day - study_date(last, steps.day_start_hour)).days)
    # Written by hand, as json.dumps would (a float's repr is JSON), and quicker; s and d are exact.
    memory = ""
    if item.stability is not None and item.difficulty is not None:
        memory = f'"s":{float(item.stability)!r},"d":{float(item.difficulty)!r},'
    data = f'{{{memory}"dr":{float(steps.desired_retention)!r},"lrt":{int(last.timestamp())}}}'
    kind = TYPE_OF_STATE.get(item.state or LEARNING, LEARN_TYPE)
    if kind == REVIEW_TYPE:
        day = (due_day - created).days
        return kind, REVIEW_QUEUE, day, interval, STARTING_EASE, len(item.reviews), lapses, 0, data
    total = steps.learning if kind == LEARN_TYPE else steps.relearning
    left = max(1, total - (item.step or 0))
    factor = STARTING_EASE if kind == RELEARN_TYPE else 0
    ivl = interval if kind == RELEARN_TYPE else 0
    return kind, LEARN_QUEUE, int(due.timestamp()), ivl, factor, len(item.reviews), lapses, left, data


def _revlog_rows(card_id: int, item: ItemProgress, rows: list[tuple[int, ...]]) -> int:
    """Add the review log rows of `item`'s answers to `rows` (their ids the answers' times in milliseconds);
    returns how many lapses (Again on a card in review) they hold."""
    reviews = item.reviews
    end = int(item.due.timestamp() * 1000) if item.due is not None else -1
    lapses = last = 0
    count = len(reviews)
    for i, (at, rating, before, seconds) in enumerate(reviews):
        following = reviews[i + 1][0] if i + 1 < count else end
        # the interval: whole days, or negative seconds when shorter than a day (0 when the end is unknown)
        gap = 0 if following < 0 else max(0, (following - at) // 1000)
        ivl = gap // 86400 if gap >= 86400 else -gap
        if before is None or before == LEARNING:
            rows.append((at, card_id, rating, ivl, last, 0, round(seconds * 1000), REVLOG_LEARN))
        else:
            kind = REVLOG_RELEARN if before == RELEARNING else REVLOG_REVIEW
            lapses += rating == 1 and before == REVIEW
            rows.append((at, card_id, rating, ivl, last, STARTING_EASE, round(seconds * 1000), kind))
        last = ivl
    return lapses


def _unique_ids(rows: list[tuple[int, ...]]) -> list[tuple[int, ...]]:
    """`rows` in id order, an id already taken moved on by a millisecond (Anki's revlog ids are unique)."""
    rows.sort(key=itemgetter(0))
    previous = None
    for i, row in enumerate(rows):
        if previous is not None and row[0] <= previous:
            row = rows[i] = (previous + 1, *row[1:])
        previous = row[0]
    return rows
