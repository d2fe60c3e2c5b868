"""Edits to a sentence's text: how references are resolved and answers blanked or swapped."""

from __future__ import annotations

Edit = tuple[int, int, str]
"""Replace sentence text [start, end) with a string."""


def apply_edits(text: str, edits: list[Edit]) -> str:
    """`text` with non-overlapping edits applied."""
    out = []
    at = 0
    for start, end, replacement in sorted(edits):
        if start < at:
            continue
        out.append(text[at:start])
        out.append(replacement)
        at = end
    out.append(text[at:])
    return "".join(out)


def without_overlap(cuts: list[Edit], edits: list[Edit]) -> list[Edit]:
    """The cuts that overlap none of `edits`."""
    return [cut for cut in cuts if not any(cut[0] < b and a < cut[1] for a, b, _ in edits)]
