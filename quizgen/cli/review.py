"""The `quizgen review` command: opens the review screen on one deck."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    """Add `quizgen review`."""
    p = subparsers.add_parser(
        "review",
        help="read a deck card by card: keep, drop, edit or retype each card, then save",
        description="Open the review screen on a deck file: each card as the learner sees it, its answer, its "
        "source sentence in its paragraph (when the article is at hand) and the validator's warnings. k keeps, "
        "d drops, e edits, t changes the card type, u undoes, q saves and quits. The deck remembers the "
        "decisions: a dropped card never comes back when the deck is generated again, an edited one keeps "
        "its text, and --reviewed-only (study, export) leaves out generated cards no one has reviewed.",
    )
    p.add_argument("deck", metavar="DECK", help="the deck file (.yaml)")
    p.set_defaults(run=run_review)


def run_review(args: argparse.Namespace) -> int:
    from quizgen.deckio.review import Review

    review = Review(args.deck)  # a deck with errors stops here, with its file:line problems

    from tui.review_app import ReviewApp

    ReviewApp(review).run()
    return 0
