"""The `quizgen study` command: opens the study app."""

from __future__ import annotations

import argparse
from typing import Any

from quizgen.cli.reviewed import add_flag


def register(subparsers: Any) -> None:
    """Add `quizgen study`."""
    p = subparsers.add_parser(
        "study",
        help="study decks with spaced repetition in the terminal",
        description="Open the study app on deck files or folders. With no PATH it studies ./decks when "
        "present, else the decks that come with quizgen; with one deck file it starts that deck at once. "
        "Progress is saved after every answer.",
    )
    p.add_argument(
        "paths", nargs="*", metavar="PATH", help="deck files or folders (default: ./decks or the bundled decks)"
    )
    p.add_argument(
        "--store", metavar="PATH", help="the progress database (default: $QUIZGEN_STORE or the user data dir)"
    )
    p.add_argument("--cram", action="store_true", help="practise every card now without changing the schedule")
    p.add_argument("--new", type=_count, metavar="N", help="new cards per deck per day (default: 20)")
    p.add_argument(
        "--reviews", type=_count, metavar="N", help="due reviews per deck per day (default: no limit, every due card)"
    )
    add_flag(p)
    p.set_defaults(run=run_study)


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def run_study(args: argparse.Namespace) -> int:
    from pathlib import Path

    from quizgen.deckio.bundled import default_deck_paths
    from quizgen.errors import QuizgenError

    paths = [Path(p) for p in args.paths] or default_deck_paths()
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise QuizgenError(f"{missing[0]}: no such file or folder; give deck files (.yaml) or folders of them")

    from tui.app import StudyApp

    StudyApp(
        paths,
        store_path=args.store,
        cram=args.cram,
        new_per_day=args.new,
        reviews_per_day=args.reviews,
        reviewed_only=args.reviewed_only,
    ).run()
    return 0
