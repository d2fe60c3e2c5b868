"""Run every benchmark and print one table: each step's time next to its floor's, at growing sizes.

    .venv/bin/python -m benchmarks [--quick] [--only NAME ...] [--json PATH] [--install-size]

Each row is a ratio measured side by side in one run against its floor, with the target where
the project set one. The growth column is how the time grew since the previous size: log(time
ratio) / log(size ratio), 1.0 for linear; the floor's own growth is shown next to it, and a row
growing clearly faster than linear (and than its floor) is flagged SUPERLINEAR.
With --install-size, the size of a fresh install of the project is measured too (a minute or more).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import (  # noqa: E402
    anki_export_speed,
    extract_speed,
    generate_speed,
    generator_eval,
    keypress,
    media_startup,
    progress_export_speed,
    queue_speed,
    review_speed,
    study_startup,
    teacher_exports,
    validate_speed,
)
from benchmarks.rows import FULL_SCALES, QUICK_SCALES, Row, table  # noqa: E402

Measure = Callable[[bool], list[Row]]

BENCHMARKS: dict[str, Measure] = {
    "validate": lambda quick: validate_speed.measure(QUICK_SCALES if quick else FULL_SCALES, rounds=2 if quick else 5),
    "export": lambda quick: anki_export_speed.measure(QUICK_SCALES if quick else FULL_SCALES, rounds=2 if quick else 3),
    "progress": lambda quick: progress_export_speed.measure(
        progress_export_speed.QUICK if quick else progress_export_speed.SCALES, rounds=2 if quick else 3
    ),
    "study": lambda quick: study_startup.measure(
        QUICK_SCALES[:1] if quick else FULL_SCALES, runs=1 if quick else study_startup.RUNS
    ),
    "keypress": lambda quick: keypress.measure(5 if quick else keypress.PRESSES),
    "media": lambda quick: media_startup.measure(runs=1 if quick else media_startup.RUNS),
    "review": lambda quick: review_speed.measure(
        review_speed.CARDS, runs=1 if quick else review_speed.RUNS, presses=5 if quick else review_speed.PRESSES
    ),
    "queue": lambda quick: queue_speed.measure(QUICK_SCALES if quick else FULL_SCALES, rounds=2 if quick else 5),
    "generator": lambda quick: generator_eval.measure(QUICK_SCALES if quick else FULL_SCALES, rounds=1 if quick else 3),
    "teacher": lambda quick: teacher_exports.measure(QUICK_SCALES if quick else FULL_SCALES, rounds=1 if quick else 3),
    "generate": lambda quick: generate_speed.measure(rounds=3 if quick else 7),
    "extract": lambda quick: extract_speed.measure(quick),
}
"""Every benchmark, by the name --only takes, in the order of the report."""


def collect(quick: bool = False, only: list[str] | None = None) -> list[Row]:
    """The rows of the chosen benchmarks (all by default), each run in turn."""
    rows: list[Row] = []
    for name, run in BENCHMARKS.items():
        if not only or name in only:
            rows += run(quick)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description=__doc__.split("\n\n")[0] if __doc__ else None,
    )
    parser.add_argument("--quick", action="store_true", help="small sizes and few rounds (well under a minute)")
    parser.add_argument("--only", nargs="+", choices=list(BENCHMARKS), metavar="NAME", help="run only these")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the rows as JSON here")
    parser.add_argument(
        "--install-size", action="store_true", help="also measure a fresh install's size (a minute or more)"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    rows = collect(args.quick, args.only)
    mode = "quick" if args.quick else "full"
    print(f"quizgen benchmarks ({mode}, {time.perf_counter() - started:.0f} s)")
    print("growth: log(time ratio) / log(size ratio) since the previous size; 1.00 is linear\n")
    print(table(rows))
    if args.install_size:
        base = generate_speed.install_size()
        print(generate_speed.install_line(base))
        for extra in generate_speed.EXTRAS:
            print(generate_speed.extra_line(extra, generate_speed.install_size(extras=extra), base))
    if args.json:
        args.json.write_text(json.dumps([row.to_dict() for row in rows], indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
