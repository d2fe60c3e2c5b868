"""The `quizgen import FORMAT` command group."""

from __future__ import annotations

from typing import Any

IMPORT_MODULES: list[str] = ["import_formats"]
"""Modules under quizgen.cli whose `register(subparsers)` adds an import format."""


def register(subparsers: Any) -> None:
    """Add `quizgen import` and its formats."""
    from quizgen.cli import command_group

    command_group(subparsers, "import", "turn other tools' files into YAML decks", IMPORT_MODULES)
