"""Gates on answers reviewers call trivial whatever the sentence: a continent or an ocean ('the Atlantic coast of
[Africa]', 'societies in [Europe]'), which general knowledge fills; a road's name in an article about a place
('[Sierra Freeway]', 'along the [West Road]'), a side detail of it, as is a sentence about a road's course;
a name in another language given in parentheses ('(Portuguese: [Floresta Amazônica] ...)'); the length of a
debate or of talks ('[three] days of detailed deliberation'); the age band of a statistic ('[65] years of age or
older'); a trivial count ('the knot sum of [two] knots'); the span of a record ('the first ... in [25] years');
and a game's clock, a distance to another place or the date a source spoke.

Each gate takes a `gates.Candidate` and returns why the card fails, or None; `gates.GATES` runs them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.generate import gazetteer
from quizgen.generate.sidedetails import subject_of
from quizgen.generate.small_counts import DURATION, TRIVIAL, trivial_count

if TYPE_CHECKING:
    from quizgen.generate.gates import Candidate


_ROAD = re.compile(
    r"(?:\b(?:Road|Street|Freeway|Avenue|Boulevard|Highway|Lane|Motorway|Expressway|Parkway|Turnpike)"
    r"|\b(?:State Route|Route|Interstate|US Route|Highway)\s+\d+[A-Z]?|\bI-\d+)$"
)
_ROAD_SUBJECT = re.compile(r"\b(?:road|street|freeway|avenue|boulevard|highway|route|motorway|lane)s?\b", re.I)


def broad_region(c: Candidate) -> str | None:
    """'the Canarian islands off the Atlantic coast of [Africa]': a continent or an ocean is general knowledge, as is
    an age of history ('Medical knowledge had stagnated during the [Middle Ages]')."""
    name = c.fact.mention.text.removeprefix("the ").removeprefix("The ")
    if c.fact.mention.kind in ("place", "name", "country", "org") and name in gazetteer.BROAD_REGIONS:
        return f"'{name}' is a continent or an ocean, filled from the map"
    if name in gazetteer.BROAD_ERAS:
        return f"'{name}' is an age of history, filled from the timeline"
    return None


_SEATS = frozenset(("Downing Street", "Wall Street", "Fleet Street"))
"""Streets that name the power seated there ('Downing Street said ...'), not a road."""


def road_of_a_place(c: Candidate) -> str | None:
    """'State Route 168, the [Sierra Freeway], heads east': a road's name is a side detail of the place an article
    is about, unless the article is about roads."""
    name = c.fact.mention.text.rstrip(",.")
    if name in _SEATS or not _ROAD.search(name):
        return None
    if c.subject and any(_ROAD_SUBJECT.search(word) for word in c.subject):
        return None
    return "a road's name, a side detail of the place"


def course_of_a_road(c: Candidate) -> str | None:
    """'[State Route 168], the Sierra Freeway, heads east to the city of Clovis and [Huntington Lake]', 'Kearney
    Boulevard is lined with tall palm trees': a sentence about a road's course or look, in an article about a place,
    is a side detail of it whatever its card asks."""
    if c.subject and any(_ROAD_SUBJECT.search(word) for word in c.subject):
        return None
    row = c.fact.row
    opening = [m for m in row.mentions if m.start <= _OPENING or subject_of(row, m)]  # 'heads' may read as a noun
    roads = [m for m in opening if _ROAD.search(m.text.rstrip(",.")) and m.text not in _SEATS]
    return "the sentence tells a road's course, a side detail of the place" if roads else None


_OPENING = 4
"""A mention starting this near the sentence's start is its subject ('The M6 ...', 'State Route 168, ...')."""


_PROCEDURE = re.compile(
    r"^\s*(?:days?|weeks?|hours?|months?)\s+of\s+(?:[a-z]+\s+)?(?:deliberations?|debates?|talks|negotiations?|"
    r"hearings?|discussions?|consultations?|meetings?|questioning|scrutiny)\b"
)


def length_of_a_procedure(c: Candidate) -> str | None:
    """'Peers begin [three] days of detailed deliberation on the bill': how long a debate or talks last is a
    detail of the procedure, not a point of the story."""
    m = c.fact.mention
    if m.kind == "number" and _PROCEDURE.match(c.fact.row.sentence.text[m.end :]):
        return "the length of a debate or of talks, a detail of the procedure"
    return None


_CLOCK = re.compile(r"^\s*(?:seconds?|minutes?)\s+(?:left|remaining|to\s+go)\b")
_BEARING = re.compile(
    r"^\s*(?:[a-z]+\s+)?\(?(?:miles?|kilomet(?:re|er)s?|km|mi)\)?(?:\s*\([^()]*\))?\s+"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)"
    r"(?:ward)?\s+of\b"
)
_REPORTED_IN = re.compile(
    r"\b(?:reported|said|announced|stated|wrote|claimed|revealed|estimated|found)\s+(?:in|on)\s+(?:early\s+|late\s+)?$"
)


def clock_or_bearing(c: Candidate) -> str | None:
    """'with [17] seconds left', 'about [340] miles north of Miami', 'The Daily Mail reported in [2012] that ...': the
    clock of a game, a distance to another place and the date a source spoke are details beside the claim."""
    m, text = c.fact.mention, c.fact.row.sentence.text
    after, before = text[m.end :], text[: m.start]
    if m.kind == "number" and _CLOCK.match(after):
        return "the time left on a game's clock, a detail of its play"
    if m.kind == "number" and _BEARING.match(after):
        return "a distance to another place, a detail of the map"
    if m.kind in ("year", "date") and _REPORTED_IN.search(before):
        return "when a source said it, a detail beside what it said"
    return None


_AGE_BAND = re.compile(r"^\s*years?\s+(?:of\s+age|old)\s+(?:or|and)\s+(?:older|over)\b")


def age_band(c: Candidate) -> str | None:
    """'12,344 (7.8%) had someone living alone who was [65] years of age or older': the age band of a statistic is
    the statistic's convention, not a fact of the place."""
    m, text = c.fact.mention, c.fact.row.sentence.text
    if m.kind == "number" and _AGE_BAND.match(text[m.end :]):
        return "the age band of a statistic, its convention"
    return None


_FIRST_IN = re.compile(
    r"\b(?:first|only|biggest|largest|highest|lowest|worst|best)\b[^.;]{0,60}"
    r"\bin\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+)?$"
)


_SAMPLE_OF = re.compile(
    r"\b(?:examination|examinations|analysis|analyses|study|studies|survey|surveys|sample|poll|test|tests)\s+of\s+"
    r"(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|around\s+)?$",
    re.IGNORECASE,
)


def sample_size(c: Candidate) -> str | None:
    """'an examination of [25] bodies', 'a survey of [2,000] adults': how many a study looked at is its method;
    what it found is the fact."""
    m, text = c.fact.mention, c.fact.row.sentence.text
    if m.kind == "number" and _SAMPLE_OF.search(text[: m.start]):
        return "the size of a study's sample, its method rather than its finding"
    return None


def first_in_a_span(c: Candidate) -> str | None:
    """'the first South African feature in [25] years', 'for the first time in [two] decades': the span of a record
    is a figure of speech, not a fact of the story."""
    m, text = c.fact.mention, c.fact.row.sentence.text
    if m.kind == "number" and DURATION.match(m.unit) and _FIRST_IN.search(text[: m.start]):
        return "the span of a 'first in N years', a figure of speech"
    return None


def trivial_count_asked(c: Candidate) -> str | None:
    """'the knot sum of [two] nontrivial knots', 'three ports: A, B and C': a pair's 'two', or the number of items
    the sentence lists, is answered by the sentence itself, whatever else its other answers' gates left."""
    return TRIVIAL if trivial_count(c.fact.row, c.fact.mention) else None


_GLOSS = re.compile(r"\(\s*(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[a-z]+\.?):\s[^()]*$")
"""Inside '(Portuguese: ...' or '(Chinese: ...', '(lit. ...': a gloss of the name before the parenthesis."""


def name_in_another_language(c: Candidate) -> str | None:
    """'The Amazon rainforest (Portuguese: [Floresta Amazônica] or Amazônia ...)': the name in another language
    is a gloss, not a fact to learn."""
    before = c.fact.row.sentence.text[: c.fact.mention.start]
    return "a name in another language, given as a gloss" if _GLOSS.search(before) else None
