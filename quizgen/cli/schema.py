"""`quizgen schema`: print the deck format's JSON Schema."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    """Add the `schema` command."""
    p = subparsers.add_parser(
        "schema",
        help="print the deck JSON Schema (draft 2020-12)",
        description="Print the JSON Schema of the deck format, for editor autocompletion.",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from quizgen.deckio.schema import schema_json

    print(schema_json(), end="")
    return 0
