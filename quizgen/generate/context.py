"""The sentence before as a card's context, when a reference points back to it ("The deployment would ...").

A sentence that leans on the one before cannot stand alone, and a rewrite of its reference is not always
certain. Shown after the sentence before, it reads as the article reads: the card carries that sentence
as its first line, resolved in turn, when the reference's head noun is there ('deployment' after
'deploy') or, for a pronoun, when the sentence before is the nearest thing it can mean.
"""

from __future__ import annotations

import re
from functools import lru_cache

from quizgen.generate.coref import EVENT, Resolution, resolve
from quizgen.generate.edits import Edit, apply_edits
from quizgen.generate.index import ArticleIndex
from quizgen.generate.lemmas import get_lemma
from quizgen.generate.quotes import QUOTES
from quizgen.generate.trim import trims

MAX_WORDS = 55
"""The two sentences together: a longer card loses the student before it asks."""
MIN_WORDS = 6
_TIME_HEADS = frozenset("time period year years era decade century stage point date dates".split())
_PLACE_HEADS = frozenset("region area territory basin zone district valley land".split())
"""Words for a stretch of land: 'this region' may mean the basin the sentence before tells of."""
_ENDS = re.compile(r"[.!]['\"”’]?$")


def context_edit(index: ArticleIndex, number: int, resolution: Resolution) -> Edit | None:
    """An edit that puts the sentence before, resolved, ahead of sentence `number`, or None when that sentence
    cannot hold what the references of `resolution.back` mean, or cannot stand alone itself."""
    if not resolution.back:
        return None
    found = context_for(index, number)
    if found is None or not all(not head or holds(found[1], head[0]) for head in resolution.back):
        return None
    return found[0]


def context_for(index: ArticleIndex, number: int) -> tuple[Edit, str] | None:
    """The edit that puts the sentence before, resolved, ahead of sentence `number`, and that sentence as
    shown; None when there is none, it cannot stand alone, or the two together are too long for a card."""
    if number == 0:
        return None
    before = index.sentences[number - 1]
    text = before.sentence.text.strip()
    words = len(text.split())
    if words < MIN_WORDS or not _ENDS.search(text) or sum(text.count(q) for q in QUOTES) % 2:
        return None
    if words + len(index.sentences[number].sentence.text.split()) > MAX_WORDS:
        return None
    own = resolve(index, number - 1)
    if own.problem is not None:
        return None  # a chain of references: the sentence before leans on another
    edits = own.edits + [cut for cut in trims(text) if not any(cut[0] < b and a < cut[1] for a, b, _ in own.edits)]
    shown = apply_edits(before.sentence.text, edits).strip()
    shown = shown[:1].upper() + shown[1:]
    return (0, 0, shown + " "), shown


_DATED = re.compile(
    r"\b(?:1[0-9]{3}|20[0-9]{2}|[0-9]{4}s|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|century)\b"
)


def dated(text: str) -> bool:
    """Whether `text` names a time: a year, a decade, a month or a century."""
    return _DATED.search(text) is not None


def holds(text: str, noun: str) -> bool:
    """Whether `text` can be what a reference with this head noun means: 'this time' needs a date there;
    'the deployment' needs a word of its stem ('deployed')."""
    if noun == EVENT:
        return True  # 'The deployment': what the sentence before tells
    if noun in _TIME_HEADS:
        return dated(text)
    if noun in _PLACE_HEADS and any(w in _PLACE_HEADS for w in re.findall(r"[a-z]+", text.casefold())):
        return True  # 'This region' after 'The Amazon basin encompasses ...'
    stem = _stem(noun)
    return any(
        _prefix(w).startswith(stem) or stem.startswith(_prefix(w)) for w in re.findall(r"[a-z]+", text.casefold())
    )


@lru_cache(maxsize=4096)
def _stem(word: str) -> str:
    """The first five letters of the word's lemma: 'deployment' → 'deplo'."""
    lemmas = get_lemma(word, "NOUN")
    return _prefix(lemmas[0] if lemmas else word)


def _prefix(word: str) -> str:
    """The first five letters ('deployed' → 'deplo'); a short word stands whole."""
    return word[:5] if len(word) >= 4 else "\0" + word
