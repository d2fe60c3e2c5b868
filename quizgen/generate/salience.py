"""Salience: which sentences carry the article's story or subject, and which are asides.

A sentence is central when it shares the words the article keeps returning to (its repeated
nouns and names, counting what its references stand for: 'the conflict' written out as 'the war in
Ukraine'), the title's words, or when it leads the article. The least central part of a
long article's sentences is left out when it is also far below the typical sentence: an aside is
not a fact worth a card.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from quizgen.generate.index import ArticleIndex

ASIDE_SHARE = 0.15
"""The share of a long article's candidate sentences, the least central, that gives no card."""
FAR = 0.25
"""An aside is also far from the story: less central than this share of the median candidate sentence (a sentence
that names the article's people and things is not one, though it ranks last)."""
MIN_SENTENCES = 8
"""Articles with fewer candidate sentences keep them all."""
LEAD = 3
"""The first sentences of an article: its lead, central by position."""


def _nouns(index: ArticleIndex, number: int) -> set[str]:
    row = index.sentences[number]
    return {t.text.casefold() for t in row.tokens if t.tag.startswith("NN") and len(t.text) > 2}


def centrality(
    index: ArticleIndex, subject: frozenset[str], referents: dict[int, set[str]] | None = None
) -> dict[int, float]:
    """Sentence number → how central it is to the article; `referents` holds, for a sentence, the words of what
    its references stand for ('Its shares' → 'Laura Ashley'), which count as its own nouns."""
    counts: Counter[str] = Counter()
    for n in range(len(index.sentences)):
        counts.update(_nouns(index, n))
    scores = {}
    for n in range(len(index.sentences)):
        nouns = _nouns(index, n) | {w for w in (referents or {}).get(n, set()) if w in counts}
        repeated = math.fsum(math.log(counts[w]) for w in nouns if counts[w] > 1)  # exact, so in any set order
        titled = 2.0 * len(nouns & subject)
        lead = 3.0 if n < LEAD else 0.0
        scores[n] = (repeated + titled) / math.sqrt(1 + len(nouns)) + lead
    return scores


def asides(
    index: ArticleIndex, subject: frozenset[str], candidates: set[int], referents: dict[int, set[str]] | None = None
) -> set[int]:
    """The candidate sentences too far from the article's story to give a card."""
    if len(candidates) < MIN_SENTENCES:
        return set()
    scores = centrality(index, subject, referents)
    ranked = sorted(candidates, key=lambda n: (scores[n], -n))
    median = scores[ranked[len(ranked) // 2]]
    return {n for n in ranked[: int(len(ranked) * ASIDE_SHARE)] if scores[n] < FAR * median}


def referent_words(replacements: list[str]) -> set[str]:
    """The lower-case words of the names a sentence's references were written out as ('the war in Ukraine' →
    {'war', 'ukraine'})."""
    return {w.casefold() for text in replacements for w in re.findall(r"[A-Za-z]{3,}", text)}
