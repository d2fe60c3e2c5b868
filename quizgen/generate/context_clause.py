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
    r"because|saying|adding|according|with|including|where|when|amid|despite|following|in|on|at)\b"
    r"|,\s+and\s+(?:he|she|it|they|we|the|a|an|its|their|his|her|this|that|there)\b"
    r"|,\s+(?:[A-Z][\w.'’-]*\s+){1,5}(?:said|says|reported|reports|announced|added|told|confirmed)\b"
    r"|,\s+(?:he|she|they|it|officials|police|sources)\s+(?:said|says|added)\b"
    r"|\s+(?:which|who|while|whereas|amid)\s)"
)
"""Where a trailing clause, an aside or a reported-speech tail begins (', Downing Street said')."""
_FRAME = re.compile(
    r"(?:On|In|At|By|After|Before|During|Between|From|Since|Until|Under|Following|Despite|Currently|Today|Later|"
    r"Meanwhile|However|Rather|Also|Now|Then|Last|This|Earlier)\b[^,;:\"“”]{0,40},\s+"
)
"""A leading frame ('On 8 February 2007, '): the main clause begins after it, and the clause shown keeps it."""
_FINITE = frozenset(("VBD", "VBZ", "VBP", "MD"))
_DEMONSTRATIVES = frozenset(("this", "that", "these", "those", "such"))


def clause_end(text: str, tokens: list[Token], anchor: int) -> int | None:
    """Where the clause of sentence `text` (its `tokens`) that holds the word at offset `anchor` (the verb or noun
    that introduces a reference's noun) ends: the first boundary after the word; None when nothing would be cut,
    or the clause, from the sentence's start, does not read as a sentence on its own."""
    frame = _FRAME.match(text)
    if _BOUNDARY.search(text[frame.end() if frame else 0 : anchor]):
        return None  # the word is in an aside or a later clause, not the main one
    cut = _BOUNDARY.search(text, anchor)
    if cut is None:
        return None
    clause = text[: cut.start()].rstrip(" ,")
    kept = [t for t in tokens if t.end <= len(clause)]
    if len(kept) < MIN_CLAUSE_WORDS or not clause[:1].isupper():
        return None
    if not any(_finite(kept, k) and t.start <= anchor for k, t in enumerate(kept)):
        return None  # no verb of its own before the word: 'Britain's offer to send ...' is no sentence
    if sum(clause.count(q) for q in QUOTES) % 2 or clause.count("(") != clause.count(")"):
        return None
    return len(clause)


def _finite(tokens: list[Token], k: int) -> bool:
    """Token `k` is a verb with a tense: 'has', 'offered' after its subject ('Norway offered', tagged VBN)."""
    tag = tokens[k].tag
    return tag in _FINITE or (tag == "VBN" and k > 0 and tokens[k - 1].tag.startswith(("NN", "PRP")))


def stands_alone(tokens: list[Token]) -> bool:
    """Whether a clause (its `tokens`) leans on no other sentence in turn: no 'this idea', 'such plans', and no
    opening 'The offer was ...' (a common noun that says not which)."""
    for a, b in zip(tokens, tokens[1:], strict=False):
        if a.text.lower() in _DEMONSTRATIVES and a.tag in ("DT", "PDT", "JJ") and b.tag.startswith("NN"):
            return False
    k = 1
    while k < len(tokens) and tokens[k].tag in ("JJ", "NN", "NNS") and not tokens[k].text[:1].isupper():
        k += 1
    opens_plain = len(tokens) > 2 and tokens[0].text == "The" and k > 1 and tokens[k - 1].tag.startswith("NN")
    return not (opens_plain and k < len(tokens) and tokens[k].tag.startswith(("VB", "MD")))
