"""Find the main clause of a sentence: intro, subject, verb group and the rest."""

from __future__ import annotations

from dataclasses import dataclass, replace

from quizgen.generate.edits import Edit
from quizgen.generate.tokens import Token

FINITE = ("VBD", "VBZ", "VBP", "MD")
AUX = {
    "is",
    "are",
    "was",
    "were",
    "am",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "shall",
    "should",
    "must",
    "does",
    "do",
    "did",
}
BE = {"is", "are", "was", "were", "am"}
_DISCOURSE = {
    "in particular",
    "however",
    "meanwhile",
    "in addition",
    "instead",
    "also",
    "but",
    "and",
    "so",
    "indeed",
    "still",
    "yet",
    "moreover",
    "furthermore",
    "in fact",
    "overall",
    "now",
    "then",
}
_INTRO_WORDS = {
    "in",
    "as",
    "with",
    "after",
    "before",
    "during",
    "despite",
    "since",
    "while",
    "when",
    "although",
    "on",
    "at",
    "for",
    "by",
    "under",
    "over",
    "following",
    "earlier",
    "later",
    "last",
    "this",
    "until",
    "from",
    "amid",
}
_END = {".", "!", "?", '"', "”", "’", "'", ")"}
_SPEECH = {"reported", "said", "says", "added", "reports", "say", "told", "noted"}


@dataclass
class Clause:
    """The parts of a main clause; each part is a list of tokens."""

    intro: list[Token]
    subject: list[Token]
    verb: list[Token]
    rest: list[Token]


def substitute(tokens: list[Token], edits: list[Edit]) -> list[Token]:
    """Tokens with edited spans replaced by one token holding the replacement text."""
    out: list[Token] = []
    for tok in tokens:
        edit = next((e for e in edits if e[0] <= tok.start < e[1]), None)
        if edit is None:
            out.append(tok)
        elif not edit[2]:
            continue  # a removed reporting frame
        elif tok.start == edit[0] or not out or out[-1].start < edit[0]:
            out.append(replace(tok, text=edit[2], end=edit[1], tag="NNP", chunk="B-NP"))
    return out


def strip_attribution(tokens: list[Token]) -> list[Token]:
    """Tokens without final punctuation, 'According to X,' and ', X reported.'"""
    toks = list(tokens)
    while toks and toks[-1].text in _END:
        toks.pop()
    low = [t.text.lower() for t in toks]
    if low[:2] == ["according", "to"] and "," in low:
        toks = toks[low.index(",") + 1 :]
        low = low[low.index(",") + 1 :]
    for i in range(len(toks) - 1, 0, -1):
        if low[i] == ",":
            tail = low[i + 1 :]
            if tail[:2] == ["according", "to"] or (tail and tail[-1] in _SPEECH and len(tail) <= 5):
                return toks[:i]
            break
    return toks


def split_clause(tokens: list[Token]) -> Clause | None:
    """The main clause of a sentence, or None when it has no clear subject and verb."""
    toks = strip_attribution(tokens)
    intro: list[Token] = []
    if toks and toks[0].text.lower() in _INTRO_WORDS | _DISCOURSE:
        comma = next((i for i, t in enumerate(toks[:14]) if t.text == ","), None)
        if comma is None:
            return None
        intro, toks = toks[:comma], toks[comma + 1 :]
    elif toks and toks[0].text.lower() in _DISCOURSE:
        toks = toks[1:]
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.text == "," and i + 1 < len(toks) and toks[i + 1].text.lower() in ("which", "who", "whose", "where"):
            close = next((j for j in range(i + 1, len(toks)) if toks[j].text == ","), None)
            if close is None:
                return None
            i = close + 1
            continue
        if tok.chunk.endswith("VP") and (tok.tag in FINITE or tok.text.lower() in AUX):
            break
        if tok.chunk == "B-VP" and tok.tag == "VBN" and i > 0 and toks[i - 1].tag.startswith(("NN", "CD")):
            toks[i] = replace(tok, tag="VBD")  # a past tense the tagger read as a participle
            break
        if tok.tag in ("WDT", "WP", "IN") and i > 0 and tok.text.lower() in ("that", "which", "who", "because", "if"):
            return None
        i += 1
    if i == 0 or i >= len(toks):
        return None
    subject = toks[:i]
    j = i
    while j < len(toks) and (
        toks[j].chunk == "I-VP" or j == i or (toks[j].tag == "RB" and toks[j].chunk.endswith("VP"))
    ):
        j += 1
    if subject[-1].text == ",":
        return None
    return Clause(intro, subject, toks[i:j], toks[j:])


def join(tokens: list[Token]) -> str:
    """Text of tokens, spaced as in the sentence (a space wherever something was removed)."""
    out = ""
    prev: Token | None = None
    for tok in tokens:
        if prev is not None and (tok.start != prev.end or tok.start == prev.start):
            out += " "
        out += tok.text
        prev = tok
    return out
