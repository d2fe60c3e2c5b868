"""Analyse a whole article: tag every sentence, find its mentions, and link names across sentences."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from quizgen.generate.entities import Mention, sentence_mentions
from quizgen.generate.split import Sentence
from quizgen.generate.tokens import Token, tag


@dataclass
class Analysed:
    """One sentence with its tokens and mentions."""

    sentence: Sentence
    tokens: list[Token]
    mentions: list[Mention]


@dataclass
class ArticleIndex:
    """What the article names, how often, and under which spellings."""

    sentences: list[Analysed]
    counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    """How often each (kind, key) is mentioned."""
    surfaces: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    """Every spelling of each (kind, key), first seen first."""
    _by_kind: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def of_kind(self, kind: str) -> list[tuple[str, str]]:
        """The distinct (kind, key) things of one kind, most mentioned first, then first seen."""
        if kind not in self._by_kind:
            keys = [k for k in self.surfaces if k[0] == kind]
            self._by_kind[kind] = sorted(keys, key=lambda k: -self.counts[k])
        return self._by_kind[kind]

    def aliases(self, kind: str, key: str) -> list[str]:
        """Every spelling of a thing in the article."""
        return self.surfaces.get((kind, key), [])

    def display(self, kind: str, key: str) -> str:
        """The fullest spelling of a thing: a person's full name, a country's name."""
        spellings = self.aliases(kind, key)
        return max(spellings, key=len) if spellings else key


def analyse(sentences: list[Sentence]) -> ArticleIndex:
    """Tag every sentence, find its mentions and link surnames to full names."""
    rows = []
    for s in sentences:
        tokens = tag(s.text)
        rows.append(Analysed(s, tokens, sentence_mentions(s.text, tokens)))
    link_people(rows)
    index = ArticleIndex(rows)
    for row in rows:
        for m in row.mentions:
            index.counts[(m.kind, m.key)] += 1
            spellings = index.surfaces.setdefault((m.kind, m.key), [])
            if m.text not in spellings:
                spellings.append(m.text)
    return index


def link_people(rows: list[Analysed]) -> None:
    """Make 'Blair' and 'Mr Blair' mentions of 'Tony Blair' when the article names him in full."""
    surnames: dict[str, set[str]] = {}
    for row in rows:
        for m in row.mentions:
            if m.kind == "person" and " " in m.text.strip():
                surnames.setdefault(m.text.split()[-1], set()).add(m.key)
    for row in rows:
        linked = []
        for m in row.mentions:
            full = surnames.get(m.text)
            if m.kind in ("person", "name") and " " not in m.text and full and len(full) == 1:
                m = replace(m, kind="person", key=next(iter(full)))
            elif m.kind == "name" and m.title:
                m = replace(m, kind="person")
            linked.append(m)
        row.mentions = linked
