"""A closing adjunct cut off when it holds the card's only unresolved reference.

'Boeing lost a $23bn government contract after a Pentagon inquiry into the case': 'the case' leans on the
sentence before, but only the closing 'after ...' phrase says it. Cut there, the claim stands alone ('Boeing lost
a $23bn government contract.') and needs no context, whose own fact (the nine-month sentence the sentence before
tells) a context card would show and so silence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizgen.generate.candidates import Fact
from quizgen.generate.edits import apply_edits
from quizgen.generate.referred import referred_in

OPENERS = frozenset("after before following amid during as when while despite".split())
"""Words that open a closing adjunct: the claim is whole without what follows them."""
MIN_WORDS = 5
"""The claim kept must have at least this many words."""


def without_tail(fact: Fact, reason: str) -> Fact | None:
    """The fact with its closing adjunct cut, when the reference the gate quotes in `reason` lies only there and
    the answer before it; None otherwise."""
    referred = referred_in(reason)
    if referred is None or fact.context:
        return None
    text = fact.row.sentence.text
    at = text.find(referred.phrase)
    if at < 0 or text.find(referred.phrase, at + 1) >= 0:
        return None
    tokens = fact.row.tokens
    opener = next(
        (
            t
            for t in tokens
            if t.end <= at and t.start >= fact.mention.end and t.text.casefold() in OPENERS and t.tag in ("IN", "RB")
        ),
        None,
    )
    if opener is None or re.search(r"[,;:]", text[fact.mention.end : opener.start]):
        return None  # a clause boundary between the answer and the adjunct: the cut would take more than it
    end = len(text.rstrip(".!? "))
    if re.search(r"[,;:(\"“]", text[opener.start : end]):
        return None  # the adjunct runs on past a second clause or a quotation
    cut = (opener.start - 1 if text[opener.start - 1 : opener.start] == " " else opener.start, end, "")
    if any(a < cut[1] and cut[0] < b for a, b, _ in fact.edits):
        return None
    edits = sorted([*fact.edits, cut])
    kept = apply_edits(text, edits)
    if len(kept.split()) < MIN_WORDS:
        return None
    return replace(fact, text=kept, edits=edits)


def closing_cut(text: str, start: int, end: int) -> bool:
    """Whether the cut `text[start:end]` is a closing adjunct `without_tail` made."""
    words = text[start:end].split()
    return bool(words) and words[0].casefold() in OPENERS and not text[end:].strip(" .!?")
