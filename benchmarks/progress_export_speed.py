"""Exporting decks to Anki with their study progress, against the same export without it (target: 2x).

Both sides do what `quizgen export anki DECK -o OUT.apkg` does: load the deck file and write the
package. The progress side (`--with-progress`) also reads every item's state and review log from
the store and writes them as the cards' scheduling and Anki's review log. Ten reviews a card:
10,000 cards carry 100,000 reviews.

    .venv/bin/python benchmarks/progress_export_speed.py [--quick] [--cards N ...] [--rounds R]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.decks import write_big_deck  # noqa: E402
from benchmarks.rows import Row, table  # noqa: E402
from benchmarks.timing import best_times  # noqa: E402
from quizgen.deckio.loader import load_deck  # noqa: E402
from quizgen.exchange.anki.export import export_decks  # noqa: E402
from quizgen.model.cards import Deck  # noqa: E402
from quizgen.model.progress import REVIEW, ItemProgress, ReviewRecord  # noqa: E402
from quizgen.study.history import apply_progress, read_progress  # noqa: E402
from quizgen.study.settings import SchedulerSettings  # noqa: E402
from quizgen.study.store import Store  # noqa: E402
from quizgen.study.sync import deck_items, sync_deck  # noqa: E402

TARGET = 2.0
BENCH = "export anki --with-progress vs without"
REVIEWS_PER_CARD = 10
SCALES = (1_000, 10_000)
QUICK = (500, 2_000)
START = datetime(2025, 1, 6, 9, 0, tzinfo=timezone.utc)


def studied(deck: Deck) -> list[ItemProgress]:
    """Every item of `deck` in review, with `REVIEWS_PER_CARD` answers a card, spread over its items."""
    items = list(deck_items(deck))
    total = REVIEWS_PER_CARD * len(deck.cards)
    found = []
    for n, (card, ordinal, _position) in enumerate(items):
        at = START + timedelta(minutes=n)
        count = total // len(items) + (n < total % len(items))
        reviews = [
            ReviewRecord.of(at + timedelta(days=2**k - 1), 3 if k % 4 else 1, None if k == 0 else REVIEW, 6.5)
            for k in range(count)
        ]
        last = reviews[-1].at
        found.append(
            ItemProgress(deck.id, card.uid, ordinal, REVIEW, None, 30.0, 5.0, last + timedelta(days=30), last, reviews)
        )
    return found


def measure(sizes: tuple[int, ...] = SCALES, rounds: int = 3) -> list[Row]:
    """Rows of exporting decks of each size with and without progress."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for cards in sizes:
            deck_file = write_big_deck(Path(tmp), cards)
            deck = load_deck(deck_file)
            path = Path(tmp) / f"{cards}.sqlite3"
            with Store.open(path) as store:
                sync_deck(store, deck, START)
                apply_progress(store, studied(deck), SchedulerSettings())
                reviews = store.connection.execute("SELECT count(*) FROM reviews").fetchone()[0]

            def without(f: Path = deck_file) -> None:
                export_decks([load_deck(f)], Path(tmp) / "without.apkg")

            def with_progress(f: Path = deck_file, p: Path = path) -> None:
                loaded = load_deck(f)
                with Store.open(p, create=False) as store:
                    progress = read_progress(store, [loaded.id])
                export_decks([loaded], Path(tmp) / "with.apkg", progress=progress)

            times = best_times({"without": without, "with": with_progress}, rounds=rounds)
            rows.append(Row(BENCH, cards, "cards", times["with"], times["without"], TARGET, f"{reviews:,} reviews"))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small decks, for CI")
    parser.add_argument("--cards", type=int, nargs="+", help="deck sizes (default: 1,000 10,000)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    sizes = tuple(args.cards or (QUICK if args.quick else SCALES))
    print(table(measure(sizes, rounds=2 if args.quick else args.rounds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
