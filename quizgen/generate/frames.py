"""A place a paragraph sets for the sentence after it.

'In the UK the role of a PhT has grown ... A pharmacy technician once qualified has to register on the GPhC
register.': the second sentence speaks of the UK too, and a card of it alone states a rule of one country as if
it held everywhere. `carried_frame` finds such a frame, so the card can say it ('In the UK, a pharmacy technician
...').
"""

from __future__ import annotations

import re

from quizgen.generate.edits import Edit
from quizgen.generate.index import ArticleIndex

_PLACES = frozenset(("country", "place"))
_OPENING = re.compile(r"^In\s+(?:the\s+)?$")
_OWN_FRAME = re.compile(r"^(?:In|At|Across|Throughout|Outside|Within)\s")


def carried_frame(index: ArticleIndex, number: int) -> str | None:
    """'In the UK' when the sentence before, in the same paragraph, opens with it and this sentence names no place,
    people or frame of its own; None otherwise."""
    if number == 0:
        return None
    row, before = index.sentences[number], index.sentences[number - 1]
    if before.sentence.paragraph != row.sentence.paragraph or _OWN_FRAME.match(row.sentence.text):
        return None
    if any(m.kind in (*_PLACES, "nationality") for m in row.mentions):
        return None
    text = before.sentence.text
    opening = next((m for m in before.mentions if m.kind in _PLACES and _OPENING.match(text[: m.start])), None)
    if opening is None or not re.match(r"[\s,]", text[opening.end : opening.end + 1]):
        return None
    return text[: opening.end]


def frame_edit(index: ArticleIndex, number: int, edits: list[Edit]) -> Edit | None:
    """The edit that puts the carried frame before the sentence's first word ('In the UK, a pharmacy technician'),
    or None when there is none or another edit already changes that word."""
    frame = carried_frame(index, number)
    tokens = index.sentences[number].tokens
    if frame is None or not tokens:
        return None
    first = tokens[0]
    if any(a < first.end and first.start < b or a == b == first.start for a, b, _ in edits):
        return None
    word = first.text if first.tag.startswith("NNP") or first.text == "I" else first.text[:1].lower() + first.text[1:]
    return (first.start, first.end, f"{frame}, {word}")
