"""The `quizgen stats` command: what the progress store says about your studying."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    """Add `quizgen stats`."""
    p = subparsers.add_parser(
        "stats",
        help="show reviews, due cards, true retention and the hardest cards",
        description="Report from the progress store: total reviews and reviews per day (last 30 days), "
        "cards studied, cards due today, tomorrow and within 7 days, true retention (the pass rate of "
        "reviews of cards in review state), the average FSRS difficulty and the 10 hardest cards.",
    )
    p.add_argument(
        "--store", metavar="PATH", help="the progress database (default: $QUIZGEN_STORE or the user data dir)"
    )
    p.add_argument("--deck", dest="decks", action="append", metavar="ID", help="only this deck id (repeat for several)")
    p.add_argument("--json", action="store_true", help="print the statistics as JSON")
    p.set_defaults(run=run_stats)


def run_stats(args: argparse.Namespace) -> int:
    from quizgen.study.stats import compute, render
    from quizgen.study.store import Store
    from quizgen.visible import visible, visible_json

    with Store.open_read_only(args.store) as store:
        stats = compute(store, args.decks)
    if args.json:
        print(visible_json({"store": str(store.path), **stats.to_dict()}))
    else:
        print(visible(f"store:            {store.path}", line=True))
        print(render(stats))  # every text from the store is made visible there
    return 0
