"""Analyse a whole article: tag every sentence, find its mentions, and link names across sentences."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from quizgen.generate.entities import Mention, sentence_mentions
from quizgen.generate.kinds import place_named_as_person
from quizgen.generate.split import Sentence
from quizgen.generate.subject import Subject
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
    _roles: dict[str, frozenset[str]] | None = None
    subject: Subject | None = None
    """What the article is about, when its title names it (`subject.find_subject`)."""
    headline: str = ""
    """The article's title or headline, as `deck.title_of` found it."""
    terms: list[str] | None = None
    """The article's terms, once `concepts.article_terms` has found them."""
    words: dict[str, list[int]] | None = None
    """Each lower-case word of the article → the sentences that hold it, once `concepts` has needed them."""
    classes: tuple[dict[str, str], dict[str, frozenset[str]]] | None = None
    """Each class noun 'the NOUN' stands for a name by ('network' → 'ABC'), and each name → the class nouns the
    article gives it, once `class_nouns` has needed them."""
    doubtful_spellings: dict[str, str] | None = None
    """Each name the article also spells another way as often or more → that spelling, once `source_gates` has
    needed them."""

    def of_kind(self, kind: str) -> list[tuple[str, str]]:
        """The distinct (kind, key) things of one kind, most mentioned first, then first seen."""
        if kind not in self._by_kind:
            keys = [k for k in self.surfaces if k[0] == kind]
            self._by_kind[kind] = sorted(keys, key=lambda k: -self.counts[k])
        return self._by_kind[kind]

    def roles(self, key: str) -> frozenset[str]:
        """A person's roles in the article: the last word of each title written before the name ('president')."""
        if self._roles is None:
            found: dict[str, set[str]] = {}
            for row in self.sentences:
                for m in row.mentions:
                    if m.kind == "person" and m.title:
                        found.setdefault(m.key, set()).add(m.title.split()[-1].casefold())
            self._roles = {k: frozenset(v) for k, v in found.items()}
        return self._roles.get(key, frozenset())

    def aliases(self, kind: str, key: str) -> list[str]:
        """Every spelling of a thing in the article."""
        return self.surfaces.get((kind, key), [])

    def display(self, kind: str, key: str) -> str:
        """The fullest spelling of a thing: a person's full name, a country's name (never, for a person, the
        name of a fort or a bridge that bears it: 'Fort Duquesne' for Governor Duquesne)."""
        spellings = self.aliases(kind, key)
        if kind == "person":
            spellings = [s for s in spellings if not place_named_as_person(s)] or spellings
        return max(spellings, key=len) if spellings else key


def analyse(sentences: list[Sentence]) -> ArticleIndex:
    """Tag every sentence, find its mentions and link surnames to full names."""
    rows = []
    for s in sentences:
        tokens = tag(s.text)
        rows.append(Analysed(s, tokens, sentence_mentions(s.text, tokens)))
    link_people(rows)
    companies_named_like_people(rows)
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


_COMPANY_CONTEXT = re.compile(
    r"^(?:,\s*which\b|['’]s\s+(?:shares|share price|profits?|sales|losses|board|chairman|chief executive)\b"
    r"|\s+(?:was|were)\s+founded\b|\s+shares\b)"
)


def companies_named_like_people(rows: list[Analysed]) -> None:
    """'Laura Ashley, which ...', 'Laura Ashley's shares': a company with a person's name is an organisation."""
    companies = {
        m.key
        for row in rows
        for m in row.mentions
        if m.kind == "person" and not m.title and _COMPANY_CONTEXT.match(row.sentence.text[m.end :])
    }
    if not companies:
        return
    for row in rows:
        row.mentions = [
            replace(m, kind="org") if m.kind == "person" and m.key in companies else m for m in row.mentions
        ]
