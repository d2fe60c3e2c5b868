"""Trim what a card does not need from its sentence: who reported it, an opening connective, a conversion of
money or of units, a cross-reference.

Each trim is a named rule returning edits (start, end, replacement) on the sentence. A trim only
removes words whose removal leaves a full sentence with the same claim, so it is always safe; the
removed words can no longer be an answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quizgen.generate.edits import Edit

_SOURCE = (
    r"(?:[A-Z][\w.&'’-]*(?:\s+(?:of|the|[A-Z][\w.&'’-]*))*|(?:the|a)\s+(?:report|study|survey)[^,]{0,40}"
    r"|the\s+(?:newspaper|paper|magazine|agency|broadcaster))"
)
_REPORT_VERBS = r"(?:reported|reports|said|says|reported on \w+|told \w+|according to \w+)"

_LEADING_ACCORDING = re.compile(rf"^(?:According to|As reported by|Citing)\s+{_SOURCE},\s+")
_TRAILING_ACCORDING = re.compile(
    rf",\s+(?:according to|as reported by|citing)\s+(?:a report from\s+)?{_SOURCE}(?=[.!]?\s*$)"
)
_TRAILING_REPORTED = re.compile(rf",\s+{_SOURCE}\s+{_REPORT_VERBS}(?=[.!]?\s*$)")
_CONNECTIVES = (  # not "Instead": what it replaces is in the sentence before (gates.unresolved_opener)
    "However|Meanwhile|Moreover|Furthermore|Nevertheless|Nonetheless|Therefore|Thus|Hence|Consequently|"
    "Indeed|Still|Also|Additionally|In addition|In particular|In contrast|By contrast|"
    "On the other hand|As a result|For example|For instance|In fact|Similarly|Likewise|Meantime|"
    "Nearby|Elsewhere|Then|Now|Yet|Overall|Separately|Notably|Importantly|Ultimately"
)
_LEADING_CONNECTIVE = re.compile(rf"^(?:But|And|So)?\s*(?:{_CONNECTIVES}),\s+(?=\S)")
_CONVERSION = re.compile(r"\s*\((?:[^()]*?(?:[£$€¥]|dollars?|pounds?|euros?|yen|US\$)[^()]*?)\)")
UNIT = (  # a unit of measure, written out or abbreviated ('square miles', 'km2')
    r"(?:sq(?:uare)?\.?\s+|cubic\s+)?(?:km|kilomet(?:re|er)s?|mi|miles?|m|met(?:re|er)s?|ft|feet|foot|in|inch(?:es)?|"
    r"cm|mm|yd|yards?|kg|kilograms?|lbs?|oz|g|grams?|t|tonnes?|tons?|acres?|ha|hectares?|°\s?[CF]|[CF]°|L|litres?|"
    r"liters?|gal|gallons?|mph|km/h|kph|knots?|nmi)(?:2|²|3|³)?(?:\s+(?:per|a|an)\s+[a-z]+)?"
)
_AMOUNT = r"(?:about\s+|approximately\s+|around\s+|c\.\s?|~)?\d[\d,.]*(?:\s?(?:million|billion))?"
_MEASURE = rf"{_AMOUNT}(?:\s*(?:to|–|-)\s*{_AMOUNT})?\s*{UNIT}"
_UNIT_CONVERSION = re.compile(
    rf"(?<=\d)(?P<unit>\s*(?:[A-Za-z°²³/.]+\s*){{1,3}}?)\s*\(\s*{_MEASURE}(?:\s*(?:;|,|or)\s*{_MEASURE})*\s*\)"
)
""" '7,000,000 square kilometres (2,700,000 sq mi)': a measure, then the same measure in other units."""


def _leading_according(text: str) -> list[Edit]:
    """'According to AsiaNews, experts suggest ...' → 'Experts suggest ...'."""
    m = _LEADING_ACCORDING.match(text)
    return [(0, m.end(), "")] if m else []


def _trailing_according(text: str) -> list[Edit]:
    """'..., according to a report from AsiaNews.' → '...'."""
    m = _TRAILING_ACCORDING.search(text)
    return [(m.start(), m.end(), "")] if m else []


def _trailing_reported(text: str) -> list[Edit]:
    """'..., AsiaNews reported.' → '...'."""
    m = _TRAILING_REPORTED.search(text)
    return [(m.start(), m.end(), "")] if m else []


def _leading_connective(text: str) -> list[Edit]:
    """'However, the court ruled ...' → 'The court ruled ...': the connective points to a sentence the card lacks."""
    m = _LEADING_CONNECTIVE.match(text)
    return [(0, m.end(), "")] if m else []


_SEQUENCE_ADVERB = re.compile(r"(?<=[a-z]) (?:thereafter|subsequently)(?= [a-z])|,\s+however,(?=\s)")


def _sequence_adverbs(text: str) -> list[Edit]:
    """'The family thereafter attained ...' → 'The family attained ...'; 'The court, however, ruled' → 'The
    court ruled': the word points to a sentence the card lacks, and the claim stands without it. Between two
    clauses ('Model C was abolished, however, the term continues') it contrasts them, and stays: '; however,'."""
    edits = []
    for m in _SEQUENCE_ADVERB.finditer(text):
        joins = m.group(0).startswith(",") and _CLAUSE_BEFORE.search(text[: m.start()]) is not None
        edits.append((m.start(), m.end(), "; however," if joins else ""))
    return edits


_INNER_EXAMPLE = re.compile(r",\s+(?:for instance|for example|e\.g\.)\s*,(?=\s)", re.IGNORECASE)


def _inner_examples(text: str) -> list[Edit]:
    """'Rhazes (865–915), for instance, acted to promote ...' → 'Rhazes (865–915) acted to promote ...': the
    example is of a sentence the card lacks, and the claim stands without it."""
    return [(m.start(), m.end(), "") for m in _INNER_EXAMPLE.finditer(text)]


_CLAUSE_BEFORE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could)\b\s+\w+")
"""A verb before ', however,': a clause ends there, so 'however' opens the next one."""


def _conversions(text: str) -> list[Edit]:
    """'900 rupees (dollars 20.40; pounds 10.50)' → '900 rupees': a conversion is no fact to learn."""
    return [(m.start(), m.end(), "") for m in _CONVERSION.finditer(text)]


def _unit_conversions(text: str) -> list[Edit]:
    """'73 miles (117 km)' → '73 miles': the same length in other units is no fact to learn, and beside a
    gap it would give the answer away."""
    edits = []
    for m in _UNIT_CONVERSION.finditer(text):
        if re.fullmatch(rf"\s*{UNIT}\s*", m.group("unit")):
            edits.append((m.start("unit") + len(m.group("unit").rstrip()), m.end(), ""))
    return edits


_CITATION = re.compile(r"\s*\[(?:citation needed|clarification needed|update|\d+|[a-z])\]")


def _citation_marks(text: str) -> list[Edit]:
    """'[citation needed]', '[12]', 'As of 2016[update]': an encyclopedia's marks, not the sentence's words."""
    return [(m.start(), m.end(), "") for m in _CITATION.finditer(text)]


_SEE = re.compile(r"\s*\((?:see also|see|cf\.?)\s[^()]*\)|\s*[;,]\s*(?:see also|see)\s[^()]*?(?=\))", re.IGNORECASE)


def _cross_references(text: str) -> list[Edit]:
    """'(see oxygen isotope ratio cycle)', '(see also ...)': an encyclopedia's pointer to another article."""
    return [(m.start(), m.end(), "") for m in _SEE.finditer(text)]


_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_PRESENT_SINCE = re.compile(rf"\b(?:is|are)\s+(?:[\w'’-]+\s+){{1,8}}?since\s+(?:{_MONTH_NAMES}\b|(?:1[5-9]|20)\d\d\b)")
"""'is the chair of the IPCC since October 8, 2015': a present tense with 'since' a date."""
_SUPERLATIVE = re.compile(r"\b(?:\w+est|most|least|first|only|lowest|highest|best|worst)\b", re.IGNORECASE)
"""'is the highest since 1990': a comparison with the past, which the present tense says well."""


def present_since(text: str) -> re.Match[str] | None:
    """'is the chair of the IPCC since October 8, 2015': a present tense with 'since' a date, not a comparison."""
    since = _PRESENT_SINCE.search(text)
    return since if since and not _SUPERLATIVE.search(since.group(0)) else None


def _since_tense(text: str) -> list[Edit]:
    """'Hoesung Lee is the chair of the IPCC since October 8, 2015' → '... has been the chair ...': the
    source's present tense with 'since' a date, in the perfect it wants."""
    since = present_since(text)
    if since is None:
        return []
    verb = since.group(0).split()[0]
    return [(since.start(), since.start() + len(verb), "has been" if verb == "is" else "have been")]


RULES: tuple[Callable[[str], list[Edit]], ...] = (
    _leading_according,
    _trailing_according,
    _trailing_reported,
    _leading_connective,
    _sequence_adverbs,
    _inner_examples,
    _conversions,
    _unit_conversions,
    _citation_marks,
    _cross_references,
    _since_tense,
)
"""The trims, each tried on the sentence as written."""


def trims(text: str) -> list[Edit]:
    """Every trim of `text` that applies, without overlaps, in sentence order."""
    found: list[Edit] = []
    for rule in RULES:
        for edit in rule(text):
            if not any(edit[0] < b and a < edit[1] for a, b, _ in found):
                found.append(edit)
    return sorted(found)


def trim_names(text: str) -> list[str]:
    """The names of the trims that apply, for --explain."""
    return [rule.__name__.lstrip("_") for rule in RULES if rule(text)]
