"""Tokens with offsets, part-of-speech tags and chunks (textblob's offline pattern tagger)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_TOKEN = re.compile(
    r"\d+\+\d+(?!\w)"  # 5+1
    r"|[£$€¥]?\d+(?:[.,:/]\d+)*(?:%|bn|m|k|s|st|nd|rd|th)?(?![\w])"  # numbers, money, 9/11, 1990s
    r"|(?:[A-Za-z]\.){2,}"  # U.S., U.K.
    r"|\bO['’] [A-Z][a-z]+"  # O' Neill, written with a space
    r"|\w+(?=n['’]t\b)|n['’]t\b"  # do + n't
    r"|['’](?:s|re|ve|ll|d|m)\b"  # clitics and possessives
    r"|[^\W_]+(?:(?:[-&]|\.(?=[^\W_]))[^\W_]+|['’](?!(?:s|re|ve|ll|d|m)\b)[^\W_]+)*"  # words, O'Neill, AT&T
    r"|\S"
)
_NORMAL = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-"})


@dataclass(frozen=True)
class Token:
    """A word or mark of a sentence, with its tag and chunk label."""

    text: str
    start: int
    end: int
    tag: str
    chunk: str
    """IOB chunk label such as B-NP, I-VP or O."""

    @property
    def capitalised(self) -> bool:
        """True when the word starts with a capital letter."""
        return self.text[:1].isupper()


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Words and marks of `text` with their offsets."""
    return [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def tag(text: str) -> list[Token]:
    """Tokens of one sentence with part-of-speech tags and chunks."""
    raw = tokenize(text)
    if not raw:
        return []
    words = tuple(w.translate(_NORMAL) for w, _, _ in raw)
    tagged = _tag_words(words)
    return [Token(w, a, b, t, c) for (w, a, b), (t, c) in zip(raw, tagged, strict=True)]


@lru_cache(maxsize=4096)
def _tag_words(words: tuple[str, ...]) -> list[tuple[str, str]]:
    from textblob.en import parse

    escaped = " ".join(w.replace(" ", "_") for w in words)
    parsed = parse(escaped, tokenize=False, tags=True, chunks=True, relations=False, lemmata=False)
    flat = [tok for sentence in parsed.split() for tok in sentence]
    if len(flat) != len(words):  # the tagger re-split a token: fall back to tags alone
        return [("NN", "O") for _ in words]
    return _plural_subjects([(tok[1], tok[2]) for tok in flat], words)


_PLURAL_VERBS = frozenset(("VBP", "VBD", "MD"))
_AUXILIARIES = frozenset(("has", "is", "was", "does", "says"))


def _plural_subjects(tagged: list[tuple[str, str]], words: tuple[str, ...]) -> list[tuple[str, str]]:
    """'the terror suspects are detained': a noun in '-s' after a noun, read as a verb although a plural verb
    follows it, is the plural head of the noun phrase."""
    fixed = list(tagged)
    for k in range(1, len(words) - 1):
        (before, chunk), (tag_, _), (after, _) = fixed[k - 1], fixed[k], fixed[k + 1]
        word = words[k].casefold()
        noun_before = before in ("NN", "JJ") and chunk.endswith("NP")
        if tag_ == "VBZ" and word.endswith("s") and word not in _AUXILIARIES and noun_before and after in _PLURAL_VERBS:
            fixed[k] = ("NNS", "I-NP")
    return fixed
