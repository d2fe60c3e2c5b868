"""The `quizgen import FORMAT` command group."""

from __future__ import annotations

import importlib
from typing import Any

IMPORT_MODULES: list[str] = ["import_formats"]
"""Modules under quizgen.cli whose `register(subparsers)` adds an import format."""


def register(subparsers: Any) -> None:
    """Add `quizgen import` and its formats."""
    p = subparsers.add_parser(
        "import",
        help="turn other tools' files into YAML decks",
        description="Turn other tools' files into YAML decks.",
    )
    formats = p.add_subparsers(dest="format", metavar="FORMAT", required=True)
    for name in IMPORT_MODULES:
        importlib.import_module(f"quizgen.cli.{name}").register(formats)
