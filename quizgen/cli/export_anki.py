"""`quizgen export anki`: decks to an Anki package."""

from __future__ import annotations

import argparse
from typing import Any

from quizgen.cli.reviewed import add_flag, only_reviewed


def register(subparsers: Any) -> None:
    """Add `quizgen export anki`."""
    p = subparsers.add_parser(
        "anki",
        help="write decks to an Anki package (.apkg)",
        description="Write decks to one Anki package. Each deck becomes an Anki deck named after its title "
        "('::' nests it); exporting again updates the same notes instead of adding new ones. Cards imported "
        "from Anki notes that quizgen does not write back are left out unless --include-imported.",
    )
    p.add_argument("decks", nargs="+", metavar="DECK", help="deck files, or folders of *.yaml/*.yml")
    p.add_argument("-o", "--output", required=True, metavar="OUT.apkg", help="the package to write")
    p.add_argument(
        "--include-imported",
        action="store_true",
        help="also write cards imported from Anki notes quizgen does not write back (ids anki-...), as new notes "
        "beside the originals; by default they are left out, since their notes are in Anki already",
    )
    p.add_argument("--force", action="store_true", help="replace the package if it exists")
    add_flag(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    import os

    from quizgen.atomic import check_output
    from quizgen.deckio.loader import deck_files
    from quizgen.deckio.media import load_with_media
    from quizgen.errors import ExportError
    from quizgen.exchange.anki.export import export_decks
    from quizgen.visible import visible

    files = deck_files(args.decks)
    if not files:
        raise ExportError(f"{' '.join(args.decks)}: no deck files (*.yaml, *.yml) found")
    check_output(args.output, force=args.force, inputs=files)
    paths = [str(f) for f in files]
    decks = only_reviewed([load_with_media(path) for path in files], paths, args.reviewed_only)
    folders = [os.path.dirname(os.path.abspath(path)) for path in files]
    summary = export_decks(decks, args.output, include_imported=args.include_imported, folders=folders)
    print(visible(str(summary), line=True))
    return 0
