"""Validate many deck files at once, including rules across files."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from quizgen.deckio.loader import Checked, check_file, deck_files
from quizgen.deckio.locate import position
from quizgen.deckio.media import media_problems
from quizgen.errors import Problem


@dataclass
class Report:
    """Every problem of every file checked."""

    files: list[Checked] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        errors = sum(p.severity == "error" for p in self.problems)
        return {"error": errors, "warning": len(self.problems) - errors}

    @property
    def ok(self) -> bool:
        return self.counts["error"] == 0 and bool(self.files)

    @property
    def valid(self) -> int:
        bad = {p.path for p in self.problems if p.severity == "error"}
        return sum(c.path not in bad for c in self.files)

    def to_dict(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "files": [
                {
                    "path": c.path,
                    "valid": not any(p.path == c.path and p.severity == "error" for p in self.problems),
                    "cards": len(c.deck.cards) if c.deck else None,
                }
                for c in self.files
            ],
            "errors": self.counts["error"],
            "warnings": self.counts["warning"],
            "problems": [p.to_dict() for p in self.problems],
        }


def validate_paths(paths: Iterable[str | os.PathLike[str]], strict: bool = False) -> Report:
    """Check every deck file under `paths`; with `strict`, warnings count as errors."""
    report = Report()
    named = list(paths)
    outside: list[Path] = []
    files = deck_files(named, outside)
    for link in outside:
        message = "is a link to somewhere outside the folder, so it was not read; name it to check it"
        report.problems.append(Problem(str(link), message, severity="warning"))
    for raw in named:
        if os.path.isdir(raw) and not any(str(f).startswith(os.fspath(raw)) for f in files):
            report.problems.append(Problem(os.fspath(raw), "holds no deck files (*.yaml, *.yml)"))
    owners: dict[str, str] = {}
    for path in files:
        checked = check_file(path)
        report.files.append(checked)
        report.problems.extend(checked.problems)
        if checked.deck is not None:
            report.problems.extend(media_problems(checked.deck, checked.path))
        if checked.deck is not None:
            deck_id = checked.deck.id
            if deck_id in owners:
                line, col = _id_position(checked.path)
                report.problems.append(
                    Problem(
                        checked.path,
                        f"deck id '{deck_id}' is also used by {owners[deck_id]}; give each deck its own id",
                        line,
                        col,
                    )
                )
            owners.setdefault(deck_id, checked.path)
    if strict:
        report.problems = [Problem(p.path, p.message, p.line, p.col, p.card, "error") for p in report.problems]
    return report


def _id_position(path: str) -> tuple[int, int]:
    from quizgen.deckio import yamlio
    from quizgen.deckio.loader import read_text

    return position(yamlio.compose(read_text(path)), ("id",))
