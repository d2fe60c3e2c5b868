"""The clause of a long sentence that introduces what a reference means, shown as a card's context alone.

'Britain has offered to send a company of 120 Gurkhas to assist with the tsunami relief effort in Indonesia,
Downing Street said.' is too long to show before 'the assistance offer'; its main clause, up to the word that
introduces the offer and on to the first clause boundary after it, is not: 'Britain has offered to send ...
in Indonesia […]'. The tail cut is a reported-speech tail (', Downing Street said'), an aside or a trailing
clause (', which ...', ', while ...', '; ...'). A clause that does not read as a sentence (no verb of its own
before the word, a quotation left open) or leans on another sentence in turn ('The offer ...') gives none.
"""

from __future__ import annotations

import re

from quizgen.generate.quotes import QUOTES
from quizgen.generate.tokens import Token

MIN_CLAUSE_WORDS = 6
_BOUNDARY = re.compile(
    r"\s*(?:[;:]|\s[-–—]\s|,\s+(?:which|who|whom|whose|while|whereas|but|although|though|as|after|before|since|"
    r"because|saying|adding|according|with|including|where|when|and|amid|despite|following|in|on|at)\b|,\s+[A-Z]"
    r"|\s+(?:which|who|while|whereas|amid)\s)"
)
"""Where a trailing clause, an aside or a reported-speech tail begins (', Downing Street said')."""
_FINITE = frozenset(("VBD", "VBZ", "VBP", "MD"))
_POINTING = re.compile(
    r"\b(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ss]uch)\s+[a-z]+|^The\s+[a-z]+\s+(?:is|was|has|had|will)\b"
)


def clause_end(text: str, tokens: list[Token], anchor: int) -> int | None:
    """Where the clause of sentence `text` (its `tokens`) that holds the word at offset `anchor` (the verb or noun
    that introduces a reference's noun) ends: the first boundary after the word; None when nothing would be cut,
    or the clause, from the sentence's start, does not read as a sentence on its own."""
    if _BOUNDARY.search(text[:anchor]):
        return None  # the word is in an aside or a later clause, not the main one
    cut = _BOUNDARY.search(text, anchor)
    if cut is None:
        return None
    clause = text[: cut.start()].rstrip(" ,")
    kept = [t for t in tokens if t.end <= len(clause)]
    if len(kept) < MIN_CLAUSE_WORDS or not clause[:1].isupper():
        return None
    if not any(t.tag in _FINITE and t.start <= anchor for t in kept):
        return None  # no verb of its own before the word: 'Britain's offer to send ...' is no sentence
    if sum(clause.count(q) for q in QUOTES) % 2 or clause.count("(") != clause.count(")"):
        return None
    return len(clause)


def stands_alone(clause: str) -> bool:
    """Whether a clause shown alone leans on no other sentence in turn ('The offer was ...', 'this idea')."""
    return _POINTING.search(clause) is None
