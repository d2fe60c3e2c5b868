"""The `quizgen export FORMAT` command group."""

from __future__ import annotations

import importlib
from typing import Any

EXPORT_MODULES: list[str] = ["export_teacher", "export_anki"]
"""Modules under quizgen.cli whose `register(subparsers)` adds an export format."""


def register(subparsers: Any) -> None:
    """Add `quizgen export` and its formats."""
    p = subparsers.add_parser(
        "export",
        help="export decks to other tools and formats",
        description="Export decks to other tools and formats.",
    )
    formats = p.add_subparsers(dest="format", metavar="FORMAT", required=True)
    for name in EXPORT_MODULES:
        importlib.import_module(f"quizgen.cli.{name}").register(formats)
