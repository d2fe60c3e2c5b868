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
    p.add_argument(
        "--with-progress",
        action="store_true",
        help="also write your study progress: each card's state, due date, interval and FSRS memory state, and "
        "every review as Anki's review log (import the package in Anki with 'Import any learning progress')",
    )
    p.add_argument(
        "--store", metavar="PATH", help="the progress database (default: $QUIZGEN_STORE or the user data dir)"
    )
    p.add_argument("--force", action="store_true", help="replace the package if it exists")
    add_flag(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    import os

    from quizgen.atomic import check_output
    from quizgen.deckio.loader import deck_files
    from quizgen.deckio.media import load_with_media
    from quizgen.errors import ExportError, UsageError
    from quizgen.exchange.anki.export import export_decks
    from quizgen.visible import visible

    if args.store and not args.with_progress:
        raise UsageError("--store reads study progress: give it with --with-progress")
    files = deck_files(args.decks)
    if not files:
        raise ExportError(f"{' '.join(args.decks)}: no deck files (*.yaml, *.yml) found")
    store_path = None
    if args.with_progress:
        from quizgen.study.paths import default_store_path

        store_path = args.store or str(default_store_path())
    check_output(args.output, force=args.force, inputs=[*files, *([store_path] if store_path else [])])
    decks = only_reviewed([load_with_media(path) for path in files], [str(f) for f in files], args.reviewed_only)
    folders = [os.path.dirname(os.path.abspath(path)) for path in files]
    progress, steps = None, None
    if args.with_progress:
        from quizgen.cli.progress_import import anki_steps
        from quizgen.study.history import read_progress
        from quizgen.study.store import Store

        steps = anki_steps()
        with Store.open(store_path, create=False) as store:
            progress = read_progress(store, [deck.id for deck in decks])
    summary = export_decks(
        decks,
        args.output,
        include_imported=args.include_imported,
        progress=progress,
        steps=steps,
        folders=folders,
    )
    print(visible(str(summary), line=True))
    return 0
