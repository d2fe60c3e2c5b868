"""Deck authoring commands: validate, schema, new, show."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def register(subparsers: Any) -> None:
    """Add the deck authoring commands."""
    p = subparsers.add_parser(
        "validate",
        help="check deck files and explain every mistake as file:line",
        description="Check deck files (or folders of *.yaml/*.yml) and print every problem as "
        "PATH:LINE:COL: [card ID] message. Exit 0 when all are valid, 1 when any is not.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="deck files or folders")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--strict", action="store_true", help="treat warnings as errors")
    p.set_defaults(run=run_validate)

    p = subparsers.add_parser(
        "schema",
        help="print the deck JSON Schema (draft 2020-12)",
        description="Print the JSON Schema of the deck format, for editor autocompletion.",
    )
    p.set_defaults(run=run_schema)

    p = subparsers.add_parser(
        "new",
        help="write a commented starter deck",
        description="Write a starter deck that shows every card type, with comments that teach the format.",
    )
    p.add_argument("path", metavar="PATH", help="the deck file to create")
    p.add_argument("--title", required=True, help="the deck's title")
    p.add_argument("--id", dest="deck_id", help="the deck's id (default: from the file name)")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(run=run_new)

    p = subparsers.add_parser(
        "show",
        help="preview a deck's cards in the terminal",
        description="Preview every card of a deck, text shown literally.",
    )
    p.add_argument("deck", metavar="DECK", help="the deck file")
    p.set_defaults(run=run_show)


def run_validate(args: argparse.Namespace) -> int:
    from quizgen.validate import validate_paths

    report = validate_paths(args.paths, strict=args.strict)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        for problem in report.problems:
            print(problem)
        summary = f"{report.valid} of {len(report.files)} deck files valid"
        if report.counts["warning"]:
            summary += f", {report.counts['warning']} warnings"
        print(summary, file=sys.stderr)
    return 0 if report.ok else 1


def run_schema(args: argparse.Namespace) -> int:
    from quizgen.schema import schema_json

    print(schema_json(), end="")
    return 0


def run_new(args: argparse.Namespace) -> int:
    from quizgen.starter import write_starter

    write_starter(args.path, args.title, args.deck_id, force=args.force)
    print(f"wrote {args.path}; edit it, then run: quizgen validate {args.path}")
    return 0


def run_show(args: argparse.Namespace) -> int:
    from quizgen.loader import load_deck
    from quizgen.preview import print_deck

    print_deck(load_deck(args.deck))
    return 0
