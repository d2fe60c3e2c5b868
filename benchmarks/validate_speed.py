"""Validating large decks against libyaml's bare parse of the same files (target: 1.5x).

The floor is libyaml's C loader (CSafeLoader) parsing the same files with the cyclic garbage
collector paused, as quizgen's loader does: a plain `yaml.load` pays for collections that grow
faster than the file, which would flatter the ratio.

    .venv/bin/python benchmarks/validate_speed.py [--quick] [--cards N ...]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.decks import write_deck_files  # noqa: E402
from benchmarks.rows import FULL_SCALES, QUICK_SCALES, Row, table  # noqa: E402
from benchmarks.timing import best_times  # noqa: E402
from quizgen.deckio.gcpause import paused_gc  # noqa: E402
from quizgen.deckio.loader import check_file  # noqa: E402

TARGET = 1.5
BENCH = "validate vs libyaml parse"


def libyaml_parse(path: Path) -> object:
    """The floor: libyaml's C loader on the file, garbage collector paused."""
    with paused_gc(), open(path, "rb") as f:
        return yaml.load(f.read().decode("utf-8"), Loader=yaml.CSafeLoader)


def validate(paths: list[Path]) -> None:
    for path in paths:
        checked = check_file(path)
        assert checked.deck is not None, checked.problems[:3]


def measure(sizes: tuple[int, ...] = FULL_SCALES, rounds: int = 5) -> list[Row]:
    """Rows of validating decks of each size in cards, next to libyaml parsing the same files."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for cards in sizes:
            folder = Path(tmp) / str(cards)
            folder.mkdir()
            paths = write_deck_files(folder, cards)
            times = best_times(
                {"validate": lambda p=paths: validate(p), "floor": lambda p=paths: [libyaml_parse(f) for f in p]},
                rounds=rounds if cards <= 10_000 else 2,
            )
            megabytes = sum(p.stat().st_size for p in paths) / 1e6
            note = f"{megabytes:.1f} MB"
            if len(paths) > 1:
                note += f" in {len(paths)} files (one file would be over the 10 MB deck-file limit)"
            rows.append(Row(BENCH, cards, "cards", times["validate"], times["floor"], TARGET, note))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small decks, for CI")
    parser.add_argument("--cards", type=int, nargs="+", help="deck sizes (default: 1,000 10,000 100,000)")
    args = parser.parse_args(argv)
    sizes = tuple(args.cards or (QUICK_SCALES if args.quick else FULL_SCALES))
    print(table(measure(sizes, rounds=2 if args.quick else 5)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
