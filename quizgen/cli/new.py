"""`quizgen new`: write a commented starter deck."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    """Add the `new` command."""
    p = subparsers.add_parser(
        "new",
        help="write a commented starter deck",
        description="Write a starter deck that shows every card type, with comments that teach the format.",
    )
    p.add_argument("path", metavar="PATH", help="the deck file to create")
    p.add_argument("--title", required=True, help="the deck's title")
    p.add_argument("--id", dest="deck_id", help="the deck's id (default: from the file name)")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from quizgen.deckio.starter import write_starter
    from quizgen.visible import visible

    write_starter(args.path, args.title, args.deck_id, force=args.force)
    print(visible(f"wrote {args.path}; edit it, then run: quizgen validate {args.path}", line=True))
    return 0
