"""Study progress out of the store and into it, as `ItemProgress` (for Anki packages and other tools).

`read_progress` gives each item's state and full review log. `apply_progress` brings progress made
elsewhere into the store: it adds the answers the store lacks (an answer is the same one when it
is at the same millisecond, so applying the same progress twice adds nothing), and takes the
state of an item unless the store's last answer to it is as recent as the imported one, or more. Items it is not given
are never touched; progress for items the store does not have is counted, not written.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from fsrs import State

from quizgen.model.progress import ItemProgress, ReviewRecord
from quizgen.study import parameters
from quizgen.study.fsrs_items import Answer, memory_state
from quizgen.study.scheduler import from_micros, to_micros
from quizgen.study.settings import SchedulerSettings
from quizgen.study.store import Store

_ITEMS_SQL = (
    "SELECT id, deck_id, card_uid, ordinal, state, step, stability, difficulty, due, last_review FROM items"
    " WHERE deck_id = ? AND removed = 0 ORDER BY position, ordinal"
)
_REVIEWS_SQL = (
    # in the order of the reviews_item index, so SQLite need not sort
    "SELECT item_id, reviewed_at / 1000, rating, state_before, COALESCE(duration, 0.0) FROM reviews"
    " WHERE item_id IN (SELECT id FROM items WHERE deck_id = ? AND removed = 0) ORDER BY item_id, reviewed_at"
)


def read_progress(store: Store, deck_ids: Iterable[str]) -> dict[tuple[str, str, int], ItemProgress]:
    """The progress of every item of `deck_ids` still in its deck, by (deck id, card id, ordinal)."""
    found: dict[tuple[str, str, int], ItemProgress] = {}
    with store.read() as conn:
        for deck_id in deck_ids:
            by_id: dict[int, ItemProgress] = {}
            for item_id, deck, uid, ordinal, state, step, stability, difficulty, due, last in conn.execute(
                _ITEMS_SQL, (deck_id,)
            ):
                item = ItemProgress(
                    deck,
                    uid,
                    ordinal,
                    state,
                    step,
                    stability,
                    difficulty,
                    None if due is None else from_micros(due),
                    None if last is None else from_micros(last),
                )
                by_id[item_id] = found[item.key] = item
            current, log = None, []
            for item_id, at, rating, before, seconds in conn.execute(_REVIEWS_SQL, (deck_id,)):
                if item_id != current:
                    current, log = item_id, by_id[item_id].reviews
                log.append(ReviewRecord(at, rating, before, seconds))
    return found


@dataclass
class ApplyReport:
    """What `apply_progress` changed."""

    items: int = 0
    """Items whose state was taken from the imported progress."""
    reviews: int = 0
    """Answers added to the review log."""
    kept: int = 0
    """Items left as they were, the store's last answer to them being as recent as the imported one, or more."""
    computed: int = 0
    """Items whose memory state was computed from their answers (the source kept none)."""
    missing: int = 0
    """Items of the imported progress that the store does not have (their cards are not in the decks)."""


def apply_progress(
    store: Store,
    items: Sequence[ItemProgress],
    settings: SchedulerSettings,
    sm2: dict[tuple[str, str, int], tuple[float, float]] | None = None,
) -> ApplyReport:
    """Bring `items` into the store in one transaction (see the module's docstring).

    A reviewed item without a memory state gets one computed from its answers as Anki computes it,
    with the deck's parameters; `sm2` gives an item's SM-2 (ease, interval in days) for that.
    """
    report = ApplyReport()
    with store.write() as conn:
        for item in items:
            row = conn.execute(
                "SELECT id, last_review FROM items WHERE deck_id = ? AND card_uid = ? AND ordinal = ?", item.key
            ).fetchone()
            if row is None:
                report.missing += 1
                continue
            item_id, stored_last = row
            report.reviews += _add_reviews(conn, item_id, item)
            if item.state is None:
                continue
            imported_last = None if item.last_review is None else to_micros(item.last_review) // 1000
            if stored_last is not None and imported_last is not None and stored_last // 1000 >= imported_last:
                report.kept += 1
                continue
            stability, difficulty = item.stability, item.difficulty
            if stability is None or difficulty is None:
                computed = _memory(conn, item, settings, (sm2 or {}).get(item.key))
                if computed is None:
                    continue
                stability, difficulty = computed
                report.computed += 1
            _save_state(conn, item_id, item, stability, difficulty)
            report.items += 1
    return report


def _add_reviews(conn: sqlite3.Connection, item_id: int, item: ItemProgress) -> int:
    """Add the answers of `item` that the log of `item_id` lacks (the same millisecond is the same answer)."""
    have = {at // 1000 for (at,) in conn.execute("SELECT reviewed_at FROM reviews WHERE item_id = ?", (item_id,))}
    rows = []
    for review in item.reviews:
        if review.at_ms in have:
            continue
        have.add(review.at_ms)
        at = review.at_ms * 1000
        rows.append((item_id, item.deck_id, at, review.rating, review.state_before, review.seconds))
    conn.executemany(
        "INSERT INTO reviews (item_id, deck_id, reviewed_at, rating, state_before, given, auto, duration)"
        " VALUES (?, ?, ?, ?, ?, NULL, 0, ?)",
        rows,
    )
    return len(rows)


def _memory(
    conn: sqlite3.Connection, item: ItemProgress, settings: SchedulerSettings, sm2: tuple[float, float] | None
) -> tuple[float, float] | None:
    answers = [Answer(r.at, r.rating) for r in item.reviews]
    if answers and item.reviews[0].state_before is not None:
        answers = []  # the log does not start at the first answer: start from the SM-2 state, as Anki does
        sm2 = sm2 or (2.5, 1.0)
    return memory_state(answers, settings, parameters.for_deck(conn, item.deck_id), sm2)


def _save_state(
    conn: sqlite3.Connection, item_id: int, item: ItemProgress, stability: float, difficulty: float
) -> None:
    step = item.step if item.state in (int(State.Learning), int(State.Relearning)) else None
    if item.state != int(State.Review) and step is None:
        step = 0
    first = min((r.at for r in item.reviews), default=item.last_review)
    conn.execute(
        "UPDATE items SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?, last_review = ?,"
        " introduced = COALESCE(introduced, ?), reviewed_hash = content_hash WHERE id = ?",
        (
            item.state,
            step,
            stability,
            difficulty,
            None if item.due is None else to_micros(item.due),
            None if item.last_review is None else to_micros(item.last_review),
            None if first is None else to_micros(first),
            item_id,
        ),
    )
