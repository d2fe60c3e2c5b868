"""The `quizgen export FORMAT` command group."""

from __future__ import annotations

from typing import Any

EXPORT_MODULES: list[str] = ["export_teacher", "export_anki"]
"""Modules under quizgen.cli whose `register(subparsers)` adds an export format."""


def register(subparsers: Any) -> None:
    """Add `quizgen export` and its formats."""
    from quizgen.cli import command_group

    command_group(subparsers, "export", "export decks to other tools and formats", EXPORT_MODULES)
