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


def deck_files(paths: Iterable[str | os.PathLike[str]], outside: list[Path] | None = None) -> list[Path]:
    """The deck files named by `paths`: files as given, folders searched for *.yaml and *.yml.

    In a folder, a link is followed only when it points to a regular file inside that folder:
    links out of it (to `/etc/shadow`, or to a folder elsewhere) are left out, and added to
    `outside` when it is given. Files named in `paths` are taken as given, links or not.
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(_in_folder(path, outside))
        else:
            found.append(path)
    return found


def _in_folder(folder: Path, outside: list[Path] | None) -> list[Path]:
    root = folder.resolve()
    kept = []
    for where, dirs, files in os.walk(folder):  # links to folders are not descended into
        for name in [*files, *dirs]:
            path = Path(where) / name
            if path.suffix not in (".yaml", ".yml"):
                continue
            if path.is_symlink():
                if not path.resolve().is_relative_to(root):
                    if outside is not None:
                        outside.append(path)
                    continue
            if path.is_file():
                kept.append(path)
    return sorted(kept)
