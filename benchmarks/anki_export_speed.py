"""Exporting a 10,000-card deck to Anki, against the floor, side by side in one run (target: 1.5x).

The floor is what no exporter can avoid: libyaml (CSafeLoader) parsing the same
deck file, plus bare genanki writing the same number of notes.

    .venv/bin/python benchmarks/anki_export_speed.py [--cards N] [--rounds R]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import genanki
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.decks import write_big_deck  # noqa: E402
from benchmarks.timing import best_times, ratio_row  # noqa: E402
from quizgen.anki.export import export_decks  # noqa: E402
from quizgen.loader import load_deck  # noqa: E402

TARGET = 1.5
FLOOR_MODEL = genanki.Model(
    1_600_000_001,
    "Floor",
    fields=[{"name": "Front"}, {"name": "Back"}],
    templates=[{"name": "Card 1", "qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}],
)


def libyaml_parse(path: Path) -> object:
    with open(path, "rb") as f:
        return yaml.load(f.read().decode("utf-8"), Loader=yaml.CSafeLoader)


def bare_genanki(count: int, out: Path) -> None:
    deck = genanki.Deck(2_000_000_001, "Floor")
    for i in range(count):
        deck.add_note(genanki.Note(model=FLOOR_MODEL, fields=[f"Front {i}", f"Back {i}"], guid=f"floor-{i}"))
    genanki.Package(deck).write_to_file(str(out))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        path = write_big_deck(work, args.cards)
        loaded = load_deck(path)
        times = best_times(
            {
                "libyaml": lambda: libyaml_parse(path),
                "genanki": lambda: bare_genanki(args.cards, work / "floor.apkg"),
                "export": lambda: export_decks([load_deck(path)], work / "quizgen.apkg"),
                "write": lambda: export_decks([loaded], work / "write-only.apkg"),
            },
            rounds=args.rounds,
        )
        size = path.stat().st_size / 1e6
    floor = times["libyaml"] + times["genanki"]
    print(f"{args.cards} cards, {size:.1f} MB of YAML, best of {args.rounds} rounds")
    print(f"floor: libyaml parse {times['libyaml'] * 1000:.1f} ms + bare genanki {times['genanki'] * 1000:.1f} ms")
    print(ratio_row("quizgen export anki (load, validate, export)", times["export"], floor, TARGET))
    # For information: the package writing alone, against bare genanki (more fields, cloze cards, escaping).
    write, bare = times["write"] * 1000, times["genanki"] * 1000
    print(f"  of which writing the package: {write:.1f} ms, {write / bare:.2f}x bare genanki (no target)")
    return 0 if times["export"] <= TARGET * floor else 1


if __name__ == "__main__":
    sys.exit(main())
