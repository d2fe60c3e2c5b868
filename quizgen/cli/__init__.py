"""The quizgen command line: a thin layer that parses, calls the library, and prints."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import Any

from quizgen import __version__
from quizgen.errors import QuizgenError, UsageError
from quizgen.visible import visible

COMMAND_MODULES = [
    "validate",
    "schema",
    "new",
    "show",
    "export",
    "imports",
    "study",
    "review",
    "stats",
    "optimize",
    "generate",
]
"""Modules under quizgen.cli whose `register(subparsers)` adds their commands."""


def command_group(subparsers: Any, name: str, summary: str, modules: list[str]) -> None:
    """Add `quizgen NAME FORMAT`, whose formats come from `modules` under quizgen.cli."""
    parser = subparsers.add_parser(name, help=summary, description=summary[0].upper() + summary[1:] + ".")
    formats = parser.add_subparsers(dest="format", metavar="FORMAT", required=True)
    for module in modules:
        importlib.import_module(f"quizgen.cli.{module}").register(formats)


def build_parser() -> argparse.ArgumentParser:
    """The parser of every command."""
    parser = argparse.ArgumentParser(
        prog="quizgen",
        description="Turn articles into decks of questions, and learn them with spaced repetition.",
    )
    parser.add_argument("--version", action="version", version=f"quizgen {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(f"quizgen.cli.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 bad input, 2 usage)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except UsageError as exc:
        print(visible(f"{parser.prog} {args.command}: error: {exc}", line=True), file=sys.stderr)
        return 2
    except QuizgenError as exc:
        print(visible(f"quizgen: {exc}", line=True), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("quizgen: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
