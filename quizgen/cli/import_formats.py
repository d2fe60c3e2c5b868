"""`quizgen import anki` and `quizgen import csv`: other tools' files to YAML decks."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from quizgen.visible import excerpt, visible


def register(subparsers: Any) -> None:
    """Add `quizgen import anki` and `quizgen import csv`."""
    p = subparsers.add_parser(
        "anki",
        help="turn an Anki package (.apkg) into YAML decks",
        description="Turn the notes of an Anki package (any format: collection.anki2, .anki21 or .anki21b) "
        "into YAML decks, one per Anki deck. Basic and cloze notes keep their kind; other note types "
        "become basic cards. Card ids keep the note GUIDs, so exporting again updates the same notes.",
    )
    p.add_argument("file", metavar="FILE.apkg", help="the Anki package")
    p.add_argument("-o", "--output", metavar="OUT", help="a .yaml file (one deck) or a folder (default: beside FILE)")
    p.add_argument("--force", action="store_true", help="replace deck files that exist")
    p.set_defaults(run=run_anki)

    p = subparsers.add_parser(
        "csv",
        help="turn a two-column CSV/TSV file (front, back) into a YAML deck",
        description="Turn a CSV or TSV file with two columns, front and back (as Quizlet and Anki's "
        "plain-text export write), into a deck of basic cards. The delimiter and a header row are detected.",
    )
    p.add_argument("file", metavar="FILE", help="the CSV or TSV file")
    p.add_argument("-o", "--output", metavar="OUT", help="the deck file to write (default: FILE with .yaml)")
    p.add_argument("--title", help="the deck's title (default: from the file name)")
    p.add_argument("--id", dest="deck_id", help="the deck's id (default: from the file name)")
    p.add_argument("--force", action="store_true", help="replace the deck file if it exists")
    p.set_defaults(run=run_csv)


def _cards(count: int) -> str:
    return f"{count} card" if count == 1 else f"{count} cards"


def _warn(problems: list[Any]) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)  # a Problem prints as one line, its text made visible


def run_anki(args: argparse.Namespace) -> int:
    from quizgen.atomic import check_output
    from quizgen.deckio.dump import save_decks
    from quizgen.errors import ImportFormatError
    from quizgen.exchange.anki.import_apkg import import_package, output_paths

    if args.output and args.output.endswith((".yaml", ".yml")):
        check_output(args.output, force=args.force, inputs=[args.file])  # before the package is read
    result = import_package(args.file)
    _warn(result.warnings)
    for line in result.mappings:
        print(visible(f"{args.file}: {line}", line=True), file=sys.stderr)
    if not result.decks:
        raise ImportFormatError(f"{args.file}: holds no note quizgen can import")
    paths = output_paths(result.decks, args.output, args.file)
    for path in paths:  # every one, before any is written
        check_output(path, force=args.force, inputs=[args.file])
    save_decks(result.decks, paths)
    for deck, path in zip(result.decks, paths, strict=True):
        print(visible(f"wrote {path}: {_cards(len(deck.cards))} ('{excerpt(deck.title, 60)}')", line=True))
    return 0


def run_csv(args: argparse.Namespace) -> int:
    from quizgen.atomic import check_output
    from quizgen.deckio.dump import save_decks
    from quizgen.exchange.csv_import import DELIMITERS, import_csv

    out = args.output or str(Path(args.file).with_suffix(".yaml"))
    check_output(out, force=args.force, inputs=[args.file])
    result = import_csv(args.file, title=args.title, deck_id=args.deck_id)
    _warn(result.warnings)
    save_decks([result.deck], [out])
    header = ", header row skipped" if result.header else ""
    sep = DELIMITERS.get(result.delimiter, repr(result.delimiter))
    print(visible(f"wrote {out}: {_cards(len(result.deck.cards))} (separated by {sep}{header})", line=True))
    return 0
