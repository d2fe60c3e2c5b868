"""The one error hierarchy quizgen reports to a person."""

from __future__ import annotations

from dataclasses import dataclass

from quizgen.visible import visible


@dataclass(frozen=True)
class Problem:
    """One mistake (or warning) found in a file, with where it is."""

    path: str
    message: str
    line: int | None = None
    col: int | None = None
    card: str | None = None
    severity: str = "error"

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.col is not None:
                where += f":{self.col}"
        card = f"[card {self.card}] " if self.card else ""
        prefix = "warning: " if self.severity == "warning" else ""
        return visible(f"{where}: {prefix}{card}{self.message}", line=True)

    def to_dict(self) -> dict[str, object]:
        """The problem as a JSON-ready mapping."""
        return {
            "path": self.path,
            "line": self.line,
            "col": self.col,
            "card": self.card,
            "severity": self.severity,
            "message": self.message,
        }


class QuizgenError(Exception):
    """Base of every error quizgen raises for bad input; its text is for a person."""


class DeckError(QuizgenError):
    """A deck file could not be loaded; `problems` lists every mistake found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        errors = [p for p in problems if p.severity == "error"] or problems
        first = str(errors[0])
        if len(errors) > 1:
            first += f" (and {len(errors) - 1} more; run 'quizgen validate {errors[0].path}')"
        super().__init__(first)


class UsageError(QuizgenError):
    """A command line that asks for something impossible; the CLI exits 2, like for any usage mistake."""


class StoreError(QuizgenError):
    """The progress store cannot be opened or written."""


class ImportFormatError(QuizgenError):
    """An import file (Anki package, CSV) is not what it claims to be."""


class ExportError(QuizgenError):
    """Decks cannot be exported as asked (clashing decks, an unwritable output)."""


class GenerateError(QuizgenError):
    """An article yields no deck."""
