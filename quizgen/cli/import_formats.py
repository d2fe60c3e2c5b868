"""`quizgen import anki` and `quizgen import csv`: other tools' files to YAML decks."""

from __future__ import annotations

import argparse
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from quizgen.errors import UsageError
from quizgen.visible import excerpt, visible


def register(subparsers: Any) -> None:
    """Add `quizgen import anki` and `quizgen import csv`."""
    p = subparsers.add_parser(
        "anki",
        help="turn an Anki package (.apkg) into YAML decks",
        description="Turn the notes of an Anki package (any format: collection.anki2, .anki21 or .anki21b) "
        "into YAML decks, one per Anki deck. Each note becomes the card it is in Anki: basic (reversed ones "
        "with reverse: true), typed, cloze, or the quizgen card it was exported from. Card ids keep the note "
        "GUIDs; quizgen export anki updates only notes quizgen wrote and import left unchanged.",
    )
    p.add_argument("file", metavar="FILE.apkg", help="the Anki package")
    p.add_argument("-o", "--output", metavar="OUT", help="a .yaml file (one deck) or a folder (default: beside FILE)")
    p.add_argument("--force", action="store_true", help="replace deck files that exist")
    p.add_argument(
        "--with-progress",
        action="store_true",
        help="also bring the cards' study progress into the progress database: each card's state, due date and "
        "FSRS memory state (computed from the review log when Anki kept none), and the full review log",
    )
    p.add_argument(
        "--store", metavar="PATH", help="the progress database (default: $QUIZGEN_STORE or the user data dir)"
    )
    p.set_defaults(run=run_anki)

    p = subparsers.add_parser(
        "csv",
        help="turn a CSV/TSV file (front, back; or Anki's notes in plain text) into YAML decks",
        description="Turn a CSV or TSV file with two columns, front and back (as Quizlet and spreadsheets "
        "write), into a deck of basic cards; the delimiter and a header row are detected. A file of Anki's "
        "'Notes in Plain Text' export (its #header lines) gives each note the card it is in Anki, and one "
        "deck per Anki deck with its #deck column.",
    )
    p.add_argument("file", metavar="FILE", help="the CSV or TSV file")
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="the deck file to write (default: FILE with .yaml); a folder when FILE holds several decks "
        "(default: beside FILE)",
    )
    p.add_argument("--title", help="the deck's title (default: from the file name)")
    p.add_argument("--id", dest="deck_id", help="the deck's id (default: from the file name)")
    p.add_argument("--force", action="store_true", help="replace deck files that exist")
    p.set_defaults(run=run_csv)


def _cards(count: int) -> str:
    return f"{count} card" if count == 1 else f"{count} cards"


def _warn(problems: list[Any]) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)  # a Problem prints as one line, its text made visible


def run_anki(args: argparse.Namespace) -> int:
    import os

    from quizgen.atomic import check_output
    from quizgen.deckio.dump import save_decks
    from quizgen.errors import ImportFormatError, Problem
    from quizgen.exchange.anki.import_apkg import import_package, output_paths

    if args.store and not args.with_progress:
        raise UsageError("--store is where imported progress goes: give it with --with-progress")
    inputs = [args.file]
    if args.with_progress:
        from quizgen.study.paths import default_store_path

        inputs.append(args.store or str(default_store_path()))
    if args.output and args.output.endswith((".yaml", ".yml")):
        check_output(args.output, force=args.force, inputs=inputs)  # before the package is read
    result = import_package(args.file, with_scheduling=args.with_progress)
    _warn(result.warnings)
    for line in result.mappings:
        print(visible(f"{args.file}: {line}", line=True), file=sys.stderr)
    if not result.decks:
        raise ImportFormatError(f"{args.file}: holds no note quizgen can import")
    paths = output_paths(result.decks, args.output, args.file)
    for path in paths:  # every one, before any is written
        check_output(path, force=args.force, inputs=inputs)
    media, folder = result.media, os.path.dirname(os.path.abspath(paths[0]))
    copied = 0
    with ExitStack() as stack:
        apply = None
        if args.with_progress:
            from quizgen.cli.progress_import import progress_import

            apply = stack.enter_context(progress_import(result, args.store))
        if media is not None:
            _warn([Problem(args.file, line, severity="warning") for line in media.warnings()])
            media.check_targets(folder, args.force)
            copied = media.extract(folder, args.force)  # before the decks that link to them
        save_decks(result.decks, paths)
        for deck, path in zip(result.decks, paths, strict=True):
            print(visible(f"wrote {path}: {_cards(len(deck.cards))} ('{excerpt(deck.title, 60)}')", line=True))
        if media is not None and media.used:
            where = os.path.join(folder, "media")
            print(
                visible(
                    f"wrote {copied} of {len(media.used)} media files into {where} (the rest were there)", line=True
                )
            )
        _report_from_anki(result.from_anki)
        if apply is not None:
            print(visible(apply(), line=True))
    return 0


def run_csv(args: argparse.Namespace) -> int:
    from quizgen.atomic import check_output
    from quizgen.deckio.dump import save_decks
    from quizgen.exchange.anki.import_apkg import output_paths
    from quizgen.exchange.csv_import import DELIMITERS, import_csv

    if args.output and args.output.endswith((".yaml", ".yml")):
        check_output(args.output, force=args.force, inputs=[args.file])  # before the file is read
    result = import_csv(args.file, title=args.title, deck_id=args.deck_id)
    _warn(result.warnings)
    for line in result.mappings:
        print(visible(f"{args.file}: {line}", line=True), file=sys.stderr)
    if len(result.decks) == 1:
        paths = [args.output or str(Path(args.file).with_suffix(".yaml"))]
    else:
        paths = output_paths(result.decks, args.output, args.file)
    for path in paths:  # every one, before any is written
        check_output(path, force=args.force, inputs=[args.file])
    save_decks(result.decks, paths)
    header = ", header row skipped" if result.header else ""
    sep = DELIMITERS.get(result.delimiter, repr(result.delimiter))
    for deck, path in zip(result.decks, paths, strict=True):
        title = excerpt(deck.title, 60)
        print(visible(f"wrote {path}: {_cards(len(deck.cards))} ('{title}', separated by {sep}{header})", line=True))
    _report_from_anki(result.from_anki)
    return 0


def _report_from_anki(count: int) -> None:
    if count:
        print(
            f"{_cards(count)} came from Anki notes that quizgen does not write back (other note types, "
            "or formatting flattened): quizgen export anki leaves them out unless --include-imported"
        )
