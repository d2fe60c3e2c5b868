"""Small counts beside a sentence's point: 'a conjunction of three planets caused a pestilence' is about the
cause, not how many planets. Such a count, in a phrase after a preposition or a participle ('of three
planets', 'involving five princes'), ranks below the sentence's other answer; a count the verb takes ('met
five presidents', 'has won four titles') is the sentence's point and keeps its rank. A trivial count ('two' of
a pair, the number of items the sentence lists itself) ranks below any other answer and alone gives no card.
An office asked beside a person of its claim ('the last [Prime Minister] of the GDR, Lothar de Maizière, is a
descendant of a Huguenot family') gives no card: the sentence is about the person."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.generate.offices import OFFICES

if TYPE_CHECKING:
    from quizgen.generate.candidates import Fact
    from quizgen.generate.entities import Mention
    from quizgen.generate.index import Analysed

SMALLEST, LARGEST = 1, 10
BELOW = 0.9
"""A small count's score is at most this share of the weakest answer that carries its claim: a gate may drop
the best one, and the count must still yield to the next."""
CARRIERS = frozenset({"person", "org", "place", "country", "name", "year", "period", "date", "decade", "concept"})
"""Answers that carry a claim: a name, a date or a term."""
_MEASURE = re.compile(
    r"^(?:per\s?cent|percent|%|[a-z]*metres?|[a-z]*meters?|miles?|feet|foot|inches?|kilograms?|kg|km|tonnes?|tons?|pounds?|"
    r"dollars?|euros?|yen)$",
    re.IGNORECASE,
)
"""Units, shares and money: a figure with one of these is a measurement, not a count of things. Years and
days are counted like things: 'spread for two years' asks a count beside the spread."""
BESIDE_TAGS = frozenset({"IN", "VBG"})
DURATION = re.compile(r"^(?:years?|months?|weeks?|days?|hours?|decades?|centuries)$", re.IGNORECASE)
"""A span of time: 'two years' of a reign is no pair, and a year beside it asks the same fact."""
_SPAN_WORDS = frozenset(("next", "past", "last", "first", "following", "previous", "coming"))
"""'the next', 'the past' before a count of time: the span it measures belongs to the phrase's preposition."""
_HYPHENED_SPAN = re.compile(r"-(?:year|month|week|day|hour|decade|century)s?\b", re.IGNORECASE)
"""'a two-year ban': a length of time written into the noun, no pair."""
_LISTED = re.compile(r"[^:,.;]{0,30}?:\s*([^.;:]+)")
TRIVIAL = "a trivial count ('two' of a pair, or the number of items the sentence lists)"


def small_count(m: Mention) -> bool:
    """A whole number from one to ten counting things ('three planets'), not measuring them."""
    if m.kind != "number" or m.value is None or not m.unit or m.value != int(m.value):
        return False
    return SMALLEST <= m.value <= LARGEST and not _MEASURE.match(m.unit)


def trivial_count(row: Analysed, m: Mention) -> bool:
    """'two' of a pair ('two different teams'), or a count of the items listed after it ('three ports: A, B
    and C'): the sentence answers it itself. Two years of a reign are no pair."""
    if not small_count(m) or m.value is None:
        return False
    listed = sum(1 for o in row.mentions if o.in_list and o.start >= m.end)
    pair = m.value <= 2 and not DURATION.match(m.unit) and not _HYPHENED_SPAN.match(row.sentence.text[m.end :])
    return pair or listed == m.value or _colon_items(row.sentence.text, m) == m.value


def beside_the_point(row: Analysed, m: Mention) -> bool:
    """A small count that is trivial, or that follows a preposition or participle: not the sentence's point."""
    return small_count(m) and (trivial_count(row, m) or beside(row, m))


def an_office(m: Mention) -> bool:
    """An office named as the answer ('Prime Minister', 'Prime Minister of Freedonia'), not its holder."""
    words = tuple(m.text.lower().split())
    return m.kind in ("name", "concept") and any(
        words[: len(office)] == office and words[len(office) : len(office) + 1] in ((), ("of",)) for office in OFFICES
    )


def weigh_counts(facts: list[Fact]) -> list[Fact]:
    """Rank each small count beside the point below every other answer of its claim that carries the claim
    (a name, date or term that is not a side detail, outside the count's own phrase); drop a trivial count that
    has no such answer beside it, and an office named beside a person."""
    kept = []
    for fact in facts:
        m = fact.mention
        if an_office(m) and any(_holder(fact, g) for g in facts):
            continue  # the holder is the point: 'the last [Prime Minister] of the GDR, Lothar de Maizière, ...'
        if not beside_the_point(fact.row, m):
            kept.append(fact)
            continue
        carriers = [g.score for g in facts if g is not fact and _carries(g, fact)]
        if carriers:
            fact.score = min(fact.score, BELOW * min(carriers))
            kept.append(fact)
        elif not trivial_count(fact.row, m):
            kept.append(fact)
    return kept


def beside(row: Analysed, m: Mention) -> bool:
    """The count follows a preposition or a participle ('of three planets', 'involving five princes', 'over the
    next two years'): it qualifies something else the sentence says, rather than being what the verb takes."""
    before = [t for t in row.tokens if t.end <= m.start]
    if len(before) > 2 and before[-1].text.lower() in _SPAN_WORDS and before[-2].tag == "DT":
        before = before[:-2]  # 'over the next [two] years': the preposition before 'the next'
    return bool(before) and before[-1].tag in BESIDE_TAGS


def _carries(other: Fact, count: Fact) -> bool:
    m, c = other.mention, count.mention
    phrase_end = c.unit_end if c.unit_end is not None else c.end
    return (
        other.claim == count.claim and m.kind in CARRIERS and not other.side and not (c.start <= m.start < phrase_end)
    )


def _colon_items(text: str, m: Mention) -> int:
    """How many items a colon right after the counted phrase introduces ('three ports: A, B and C' gives 3);
    0 without such a colon."""
    found = _LISTED.match(text, m.unit_end if m.unit_end is not None else m.end)
    if found is None:
        return 0
    return len([item for item in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", found.group(1)) if item.strip()])


def _holder(office: Fact, other: Fact) -> bool:
    """A person of the sentence, or a name set after the office by a comma ('Prime Minister of the GDR, Lothar
    de Maizière'), which the tagger may not know for a person."""
    m, o = other.mention, office.mention
    if m.kind == "person":
        return True
    text = office.row.sentence.text
    return m.kind == "name" and m.start > o.end and text[: m.start].rstrip().endswith(",")
