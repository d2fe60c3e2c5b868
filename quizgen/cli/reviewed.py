"""`--reviewed-only` for the commands that study or export decks: generated cards no one reviewed stay out."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizgen.model.cards import Deck

HELP = "leave out generated cards no one has reviewed (kept or edited with quizgen review)"


def add_flag(parser: argparse.ArgumentParser) -> None:
    """Add `--reviewed-only` to a command."""
    parser.add_argument("--reviewed-only", action="store_true", help=HELP)


def only_reviewed(decks: list[Deck], paths: list[str], on: bool) -> list[Deck]:
    """`decks` (loaded from `paths`) without their unreviewed generated cards when `on`;
    QuizgenError naming the deck file when one is left with no card."""
    if not on:
        return decks
    from quizgen.errors import QuizgenError
    from quizgen.model.review import reviewed_only

    kept = []
    for deck, path in zip(decks, paths, strict=True):
        left = reviewed_only(deck)
        if not left.cards:
            raise QuizgenError(
                f"{path}: no card of deck '{deck.id}' is reviewed; review it with 'quizgen review {path}' first"
            )
        kept.append(left)
    return kept
