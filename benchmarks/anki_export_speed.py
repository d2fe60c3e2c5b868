"""Exporting large decks to Anki, against the floor, side by side in one run (target: 1.5x).

The floor is what no exporter can avoid: libyaml (CSafeLoader) parsing the same deck files, plus
bare genanki writing the same number of notes, both with the cyclic garbage collector paused as
quizgen does (with it running, both grow faster than linearly).
A second row compares writing the package alone with bare genanki (for information: quizgen's
notes have more fields, cloze cards and escaping).

    .venv/bin/python benchmarks/anki_export_speed.py [--quick] [--cards N ...] [--rounds R]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import genanki

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.decks import write_deck_files  # noqa: E402
from benchmarks.rows import FULL_SCALES, QUICK_SCALES, Row, table  # noqa: E402
from benchmarks.timing import best_times  # noqa: E402
from benchmarks.validate_speed import libyaml_parse  # noqa: E402
from quizgen.deckio.gcpause import paused_gc  # noqa: E402
from quizgen.deckio.loader import load_deck  # noqa: E402
from quizgen.exchange.anki.export import export_decks  # noqa: E402

TARGET = 1.5
EXPORT = "export anki vs libyaml + genanki"
WRITE = "anki package writing vs genanki"
FLOOR_MODEL = genanki.Model(
    1_600_000_001,
    "Floor",
    fields=[{"name": "Front"}, {"name": "Back"}],
    templates=[{"name": "Card 1", "qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}],
)


def bare_genanki(count: int, out: Path) -> None:
    """The floor's second half: genanki alone writing `count` two-field notes (garbage collector paused)."""
    with paused_gc():
        _bare_genanki(count, out)


def _bare_genanki(count: int, out: Path) -> None:
    deck = genanki.Deck(2_000_000_001, "Floor")
    for i in range(count):
        deck.add_note(genanki.Note(model=FLOOR_MODEL, fields=[f"Front {i}", f"Back {i}"], guid=f"floor-{i}"))
    genanki.Package(deck).write_to_file(str(out))


def measure(sizes: tuple[int, ...] = FULL_SCALES, rounds: int = 5) -> list[Row]:
    """Rows of exporting decks of each size in cards (load, validate, export), and of the writing alone."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for cards in sizes:
            work = Path(tmp) / str(cards)
            work.mkdir()
            paths = write_deck_files(work, cards)
            loaded = [load_deck(p) for p in paths]
            times = best_times(
                {
                    "libyaml": lambda p=paths: [libyaml_parse(f) for f in p],
                    "genanki": lambda n=cards, w=work: bare_genanki(n, w / "floor.apkg"),
                    "export": lambda p=paths, w=work: export_decks([load_deck(f) for f in p], w / "quizgen.apkg"),
                    "write": lambda d=loaded, w=work: export_decks(d, w / "write-only.apkg"),
                },
                rounds=rounds if cards <= 10_000 else 2,
            )
            note = f"{len(paths)} decks in one package (one file would be over 10 MB)" if len(paths) > 1 else ""
            floor = times["libyaml"] + times["genanki"]
            rows.append(Row(EXPORT, cards, "cards", times["export"], floor, TARGET, note))
            rows.append(Row(WRITE, cards, "cards", times["write"], times["genanki"]))
    return sorted(rows, key=lambda row: row.bench != EXPORT)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small decks, for CI")
    parser.add_argument("--cards", type=int, nargs="+", help="deck sizes (default: 1,000 10,000 100,000)")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    sizes = tuple(args.cards or (QUICK_SCALES if args.quick else FULL_SCALES))
    print(table(measure(sizes, rounds=2 if args.quick else args.rounds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
