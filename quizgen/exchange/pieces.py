"""A cloze text cut into plain runs and deletions, for outputs that draw their own blanks."""

from __future__ import annotations

from quizgen.model import cloze
from quizgen.model.cloze import Deletion


def cloze_pieces(text: str) -> list[str | Deletion]:
    """The text as alternating plain strings and deletions, in order; "" runs are dropped."""
    parts: list[str | Deletion] = []
    at = 0
    for deletion in cloze.deletions(text):
        if deletion.start > at:
            parts.append(text[at : deletion.start])
        parts.append(deletion)
        at = deletion.end
    if at < len(text):
        parts.append(text[at:])
    return parts


def blank_labels(text: str) -> dict[int, str]:
    """Letters for the blanks of a cloze text, by position of the deletion: '', or 'a', 'b', ..."""
    found = cloze.deletions(text)
    if len(found) < 2:
        return {d.start: "" for d in found}
    return {d.start: letters(i) for i, d in enumerate(found)}


def letters(index: int) -> str:
    """a, b, ..., z, aa, ab, ...: a label for the `index`-th blank."""
    label = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        label = chr(ord("a") + rest) + label
    return label
