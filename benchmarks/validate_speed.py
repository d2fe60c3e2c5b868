"""Validating a 10,000-card deck against libyaml's bare parse of the same file (target: 1.5x)."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.decks import write_big_deck  # noqa: E402
from benchmarks.timing import best_times, ratio_row  # noqa: E402
from quizgen.gcpause import paused_gc  # noqa: E402
from quizgen.loader import check_file  # noqa: E402

TARGET = 1.5


def libyaml_parse(path: Path) -> object:
    with open(path, "rb") as f:
        return yaml.load(f.read().decode("utf-8"), Loader=yaml.CSafeLoader)


def libyaml_parse_gc_paused(path: Path) -> object:
    with paused_gc():
        return libyaml_parse(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a smaller run for CI")
    args = parser.parse_args(argv)
    # 100,000 cards make a file over the 10 MB limit, so the largest point is 30,000.
    sizes = [1_000] if args.quick else [1_000, 10_000, 30_000]
    rounds = 2 if args.quick else 5
    with tempfile.TemporaryDirectory() as tmp:
        for cards in sizes:
            path = write_big_deck(Path(tmp), cards)
            assert check_file(path).deck is not None
            times = best_times(
                {
                    "validate": lambda p=path: check_file(p),
                    "libyaml": lambda p=path: libyaml_parse(p),
                    "libyaml-gc-paused": lambda p=path: libyaml_parse_gc_paused(p),
                },
                rounds=rounds if cards <= 10_000 else 2,
            )
            size = f"{cards:,} cards ({path.stat().st_size / 1e6:.1f} MB)"
            print(ratio_row(f"validate {size} vs yaml.load", times["validate"], times["libyaml"], TARGET))
            print(ratio_row(f"validate {size} vs gc-paused", times["validate"], times["libyaml-gc-paused"], TARGET))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
