"""Anki's type-in comparison: what was typed against the answer, character by character.

The typed text is split into runs that match the answer and runs that do not (typed wrongly,
or typed but not in the answer); the answer into runs that were typed and runs that were
missed. Letter case does not count as a difference, as it does not in grading.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

Kind = Literal["same", "wrong", "missing"]
"""same: in both; wrong: typed, not in the answer there; missing: in the answer, not typed."""


@dataclass(frozen=True)
class Run:
    """A stretch of text that is all of one kind."""

    text: str
    kind: Kind


@dataclass(frozen=True)
class Comparison:
    """The typed text and the answer, each as runs."""

    typed: tuple[Run, ...]
    answer: tuple[Run, ...]

    @property
    def differs(self) -> bool:
        """Whether anything was typed wrongly or missed."""
        return any(run.kind != "same" for run in (*self.typed, *self.answer))


def compare(typed: str, answer: str) -> Comparison:
    """Compare `typed` with `answer` character by character (case aside)."""
    matcher = SequenceMatcher(None, _keys(typed), _keys(answer), autojunk=False)
    left: list[Run] = []
    right: list[Run] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        same = op == "equal"
        _add(left, typed[i1:i2], "same" if same else "wrong")
        _add(right, answer[j1:j2], "same" if same else "missing")
    return Comparison(tuple(left), tuple(right))


def closest(typed: str, answers: Sequence[str]) -> str:
    """The answer among `answers` that `typed` is nearest to (the first on a tie)."""
    keys = _keys(typed)
    return max(answers, key=lambda answer: SequenceMatcher(None, keys, _keys(answer), autojunk=False).ratio())


def _keys(text: str) -> list[str]:
    """One comparison key per character, so that runs map back to the text as written."""
    return [ch.casefold() for ch in text]


def _add(runs: list[Run], text: str, kind: Kind) -> None:
    if not text:
        return
    if runs and runs[-1].kind == kind:
        runs[-1] = Run(runs[-1].text + text, kind)
    else:
        runs.append(Run(text, kind))
