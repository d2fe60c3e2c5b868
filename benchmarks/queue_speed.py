"""Today's queue, a study session and `stats` on large progress stores, next to bare SELECTs.

Builds stores of 10 decks with 1,000, 10,000 and 100,000 study items in all, and ten reviews
per item (1,000,000 at the largest), then times, side by side in one run and best of several rounds:

- building the day's queue of all ten decks (`quizgen.study.queue.build_queue`) against the
  floor: a bare SQLite SELECT of the same due rows on the same store (target: 2x or less);
- opening a study session on the ten decks (syncing every card, then building the queue),
  next to a bare SELECT of every item row of the decks (for information);
- the statistics of `quizgen stats` for the whole store, next to a bare SELECT of every
  review row (for information).

    .venv/bin/python benchmarks/queue_speed.py [--quick] [--items N ...] [--rounds R] [--keep PATH]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.rows import FULL_SCALES, QUICK_SCALES, Row, table  # noqa: E402
from benchmarks.timing import best_times  # noqa: E402
from quizgen.model.cards import Deck  # noqa: E402
from quizgen.study import SchedulerSettings, Session, Store  # noqa: E402
from quizgen.study.queue import build_queue  # noqa: E402
from quizgen.study.scheduler import to_micros  # noqa: E402
from quizgen.study.settings import day_start  # noqa: E402
from quizgen.study.stats import compute  # noqa: E402
from quizgen.study.sync import deck_items, display_prompt  # noqa: E402

TARGET = 2.0
NOW = datetime(2025, 3, 1, 12, 0, tzinfo=timezone.utc)
SETTINGS = SchedulerSettings(fuzz=False)
DAY_US = 86_400_000_000
QUEUE = "queue build vs bare SELECT"
SESSION = "study session open vs SELECT items"
STATS = "stats vs SELECT reviews"


def make_decks(decks: int, cards: int) -> list[Deck]:
    """`decks` decks of `cards` basic cards each."""
    return [
        Deck.model_validate(
            {
                "id": f"deck-{d}",
                "title": f"Deck {d}",
                "cards": [
                    {"id": f"c{i}", "type": "basic", "front": f"Deck {d}, question {i}?", "back": f"Answer {i}"}
                    for i in range(cards)
                ],
            }
        )
        for d in range(decks)
    ]


def fill(path: Path, decks: list[Deck], reviews: int, seed: int = 1) -> None:
    """Items for every card (80% in review, 5% learning, 15% new) and `reviews` review rows."""
    rng = random.Random(seed)
    now = to_micros(NOW)
    items = []
    for deck in decks:
        for card, ordinal, position in deck_items(deck):
            roll = rng.random()
            digest = card.content_hash()
            base = (deck.id, card.uid, ordinal, position, card.type, display_prompt(card, ordinal), digest)
            if roll < 0.15:
                items.append((*base, None, None, None, None, None, None, None))
                continue
            last = now - rng.randrange(1, 300) * DAY_US
            if roll < 0.20:
                state, step, due = 1, 0, now + rng.randrange(-3600, 3600) * 1_000_000
            else:
                state, step, due = 2, None, now + rng.randrange(-30, 300) * DAY_US + rng.randrange(DAY_US)
            stability, difficulty = rng.uniform(0.5, 400), rng.uniform(1, 10)
            items.append((*base, digest, state, step, stability, difficulty, due, last))
    with Store.open(path):
        pass  # the schema, as quizgen creates it
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO items (deck_id, card_uid, ordinal, position, card_type, prompt, content_hash,"
        " reviewed_hash, state, step, stability, difficulty, due, last_review)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        items,
    )
    conn.executemany("INSERT INTO decks VALUES (?, ?, ?)", [(deck.id, deck.title, now) for deck in decks])
    studied = conn.execute("SELECT id, deck_id FROM items WHERE state IS NOT NULL").fetchall()
    start = now - 730 * DAY_US
    conn.executemany(
        "INSERT INTO reviews (item_id, deck_id, reviewed_at, rating, state_before, given, auto, duration)"
        " VALUES (?, ?, ?, ?, ?, NULL, 0, ?)",
        (
            (
                *rng.choice(studied),
                start + rng.randrange(730 * DAY_US),
                rng.choice((1, 3, 3, 3, 4, 2)),
                rng.choice((None, 1, 2, 2, 2, 2, 3)),
                5.0,
            )
            for _ in range(reviews)
        ),
    )
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()


def bare_select(conn: sqlite3.Connection, deck_ids: list[str], end: int) -> list[tuple]:  # type: ignore[type-arg]
    """The floor: the rows due today (reviews and learning) of the decks, as plain SQLite returns them."""
    rows: list[tuple] = []  # type: ignore[type-arg]
    for deck_id in deck_ids:
        rows += conn.execute(
            "SELECT id, deck_id, card_uid, ordinal, due FROM items"
            " WHERE deck_id = ? AND state IN (1, 2, 3) AND due < ? AND removed = 0",
            (deck_id, end),
        ).fetchall()
    return rows


def all_items(conn: sqlite3.Connection, deck_ids: list[str]) -> list[tuple]:  # type: ignore[type-arg]
    """Session floor: every item row of the decks, as a sync must read them."""
    rows: list[tuple] = []  # type: ignore[type-arg]
    for deck_id in deck_ids:
        rows += conn.execute(
            "SELECT card_uid, ordinal, position, card_type, prompt, content_hash, removed FROM items WHERE deck_id = ?",
            (deck_id,),
        ).fetchall()
    return rows


def all_reviews(conn: sqlite3.Connection) -> list[tuple]:  # type: ignore[type-arg]
    """Stats floor: every review row, as plain SQLite returns them."""
    return conn.execute("SELECT item_id, reviewed_at, rating, state_before FROM reviews").fetchall()


def measure_store(path: Path, items: int, rounds: int = 5) -> list[Row]:
    """Rows of one store of 10 decks holding `items` items in all and ten reviews per item."""
    decks = make_decks(10, items // 10)
    fill(path, decks, 10 * items)
    deck_ids = [deck.id for deck in decks]
    end = to_micros(day_start(NOW, SETTINGS, offset=1))
    rows = []
    with Store.open(path) as store:
        conn = store.connection
        queue = build_queue(conn, deck_ids, NOW, SETTINGS)
        due = len(bare_select(conn, deck_ids, end))
        assert len(queue.reviews) + len(queue.learning) == due, (len(queue.reviews), due)
        times = best_times(
            {
                "floor": lambda: bare_select(conn, deck_ids, end),
                "queue": lambda: build_queue(conn, deck_ids, NOW, SETTINGS),
                "items": lambda: all_items(conn, deck_ids),
                "session": lambda: Session.open(store, decks, settings=SETTINGS, now=NOW),
                "reviews": lambda: all_reviews(conn),
                "stats": lambda: compute(store, now=NOW, settings=SETTINGS),
            },
            rounds=rounds if items <= 10_000 else 2,
        )
    note = f"{due:,} due of {items:,} items, {10 * items:,} reviews"
    rows.append(Row(QUEUE, items, "items", times["queue"], times["floor"], TARGET, note))
    rows.append(Row(SESSION, items, "items", times["session"], times["items"]))
    rows.append(Row(STATS, items, "items", times["stats"], times["reviews"]))
    return rows


def measure(sizes: tuple[int, ...] = FULL_SCALES, rounds: int = 5, keep: Path | None = None) -> list[Row]:
    """Rows of a store of each size in items (10 decks, ten reviews per item)."""
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as folder:
        for items in sizes:
            path = Path(folder) / f"progress-{items}.sqlite3"
            if keep is not None and items == max(sizes):
                path = keep
                path.unlink(missing_ok=True)
            rows += measure_store(path, items, rounds)
    order = [QUEUE, SESSION, STATS]
    return sorted(rows, key=lambda row: order.index(row.bench))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small stores, for CI")
    parser.add_argument("--items", type=int, nargs="+", help="store sizes (default: 1,000 10,000 100,000)")
    parser.add_argument("--rounds", type=int, default=5, help="timing rounds (best is kept)")
    parser.add_argument("--keep", metavar="PATH", type=Path, help="build the largest store here and keep it")
    args = parser.parse_args(argv)
    sizes = tuple(args.items or (QUICK_SCALES if args.quick else FULL_SCALES))
    print(table(measure(sizes, rounds=2 if args.quick else args.rounds, keep=args.keep)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
