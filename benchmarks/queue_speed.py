"""Today's queue and `stats` on a large progress store, next to a bare SELECT of the due rows.

Builds a store of 100,000 study items (10 decks of 10,000 cards) and 1,000,000 reviews,
then times, side by side in one run and best of several rounds:

- building the day's queue of all ten decks (`quizgen.study.queue.build_queue`) against the
  floor: a bare SQLite SELECT of the same due rows on the same store (target: 2x or less);
- opening a study session on the ten decks (syncing 100,000 cards, then building the queue);
- the statistics of `quizgen stats`, for the whole store and for one deck.

    .venv/bin/python benchmarks/queue_speed.py [--quick] [--rounds R] [--keep PATH]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.timing import best_times, ratio_row  # noqa: E402
from quizgen.model import Deck  # noqa: E402
from quizgen.study import SchedulerSettings, Session, Store  # noqa: E402
from quizgen.study.queue import build_queue, deck_counts  # noqa: E402
from quizgen.study.scheduler import to_micros  # noqa: E402
from quizgen.study.stats import compute  # noqa: E402
from quizgen.study.sync import deck_items, display_prompt  # noqa: E402

TARGET = 2.0
NOW = datetime(2025, 3, 1, 12, 0, tzinfo=timezone.utc)
SETTINGS = SchedulerSettings(fuzz=False)
DAY_US = 86_400_000_000


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10,000 items and 100,000 reviews")
    parser.add_argument("--rounds", type=int, default=5, help="timing rounds (best is kept)")
    parser.add_argument("--keep", metavar="PATH", help="build the store here and keep it")
    args = parser.parse_args()
    per_deck, reviews = (1_000, 100_000) if args.quick else (10_000, 1_000_000)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(args.keep) if args.keep else Path(folder) / "progress.sqlite3"
        if path.exists():
            path.unlink()
        started = time.perf_counter()
        decks = make_decks(10, per_deck)
        fill(path, decks, reviews)
        print(f"store: {10 * per_deck:,} items, {reviews:,} reviews, built in {time.perf_counter() - started:.1f} s")
        deck_ids = [deck.id for deck in decks]
        from quizgen.study.settings import day_start

        end = to_micros(day_start(NOW, SETTINGS, offset=1))
        with Store.open(path) as store:
            conn = store.connection
            due = len(bare_select(conn, deck_ids, end))
            queue = build_queue(conn, deck_ids, NOW, SETTINGS)
            assert len(queue.reviews) + len(queue.learning) == due, (len(queue.reviews), due)
            print(
                f"queue: {len(queue.reviews):,} due reviews, {len(queue.learning):,} learning, {len(queue.new):,} new"
            )
            times = best_times(
                {
                    "floor": lambda: bare_select(conn, deck_ids, end),
                    "queue": lambda: build_queue(conn, deck_ids, NOW, SETTINGS),
                },
                rounds=args.rounds,
            )
            print(ratio_row("build today's queue (10 decks)", times["queue"], times["floor"], TARGET))
            one = best_times(
                {
                    "floor": lambda: bare_select(conn, deck_ids[:1], end),
                    "queue": lambda: build_queue(conn, deck_ids[:1], NOW, SETTINGS),
                },
                rounds=args.rounds,
            )
            print(ratio_row("build today's queue (1 deck)", one["queue"], one["floor"], TARGET))
            others = best_times(
                {
                    "counts": lambda: deck_counts(conn, deck_ids[0], NOW, SETTINGS),
                    "stats": lambda: compute(store, now=NOW, settings=SETTINGS),
                    "stats --deck": lambda: compute(store, deck_ids[:1], now=NOW, settings=SETTINGS),
                    "session": lambda: Session(store, decks, settings=SETTINGS, now=NOW),
                },
                rounds=max(1, args.rounds // 2),
            )
            for label, seconds in others.items():
                print(f"{label:<46} {seconds * 1000:9.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
