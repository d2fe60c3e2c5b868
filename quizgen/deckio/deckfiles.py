"""Deck files: finding them, their size limit, and the outcome of checking one.

Kept apart from the loader, so that code which only finds deck files and passes
outcomes around (the deck cache, the study app) does not import the YAML machinery.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.errors import Problem

if TYPE_CHECKING:
    from quizgen.model.cards import Deck

MAX_BYTES = 10 * 1024 * 1024
"""Deck files above this size are refused."""


@dataclass
class Checked:
    """The outcome of checking one deck file: the deck when it loaded, and every problem."""

    path: str
    deck: Deck | None
    problems: list[Problem] = field(default_factory=list)
    digest: str | None = None
    """SHA-256 of the file's bytes, when known (the deck cache knows it)."""

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]


def deck_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The deck files named by `paths`: files as given, folders searched for *.yaml and *.yml."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()))
        else:
            found.append(path)
    return found
