"""`quizgen validate`: check deck files and print every problem as file:line."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(subparsers: Any) -> None:
    """Add the `validate` command."""
    p = subparsers.add_parser(
        "validate",
        help="check deck files and explain every mistake as file:line",
        description="Check deck files (or folders of *.yaml/*.yml) and print every problem as "
        "PATH:LINE:COL: [card ID] message. Exit 0 when all are valid, 1 when any is not.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="deck files or folders")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--strict", action="store_true", help="treat warnings as errors")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from quizgen.deckio.validate import validate_paths
    from quizgen.visible import visible_json

    report = validate_paths(args.paths, strict=args.strict)
    if args.json:
        print(visible_json(report.to_dict()))
    else:
        for problem in report.problems:
            print(problem)
        summary = f"{report.valid} of {len(report.files)} deck files valid"
        if report.counts["warning"]:
            summary += f", {report.counts['warning']} warnings"
        print(summary, file=sys.stderr)
    return 0 if report.ok else 1
