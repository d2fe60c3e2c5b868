"""Gates on the figures of a card: one worked out from its neighbours, a hedged figure among choices, a setting
asked while the sentence's figure stays in sight, a vague count or a unit as the answer.

Each gate takes a `gates.Candidate` and returns why the card fails, or None; `gates.GATES` runs them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.generate.entities import CURRENCY_BEFORE, Mention
from quizgen.generate.quotes import in_quoted_phrase
from quizgen.generate.small_counts import DURATION, beside_the_point, small_count
from quizgen.generate.trim import UNIT

if TYPE_CHECKING:
    from quizgen.generate.gates import Candidate

_HEDGES = re.compile(
    r"(?:more than|over|almost|nearly|about|around|roughly|some|at least|at most|less than|fewer than|under|"
    r"up to|no less than|no more than|approximately|an estimated|estimated|just over|just under|"
    r"as many as|as much as|as few as|as little as|as high as|as low as)\s+"
    rf"{CURRENCY_BEFORE}$",
    re.IGNORECASE,
)
_COMPARED = re.compile(
    r"(?<![\w-])(?:from|than|compared|against|up|down|rose|fell|increase|decrease|close to|lower|higher|more|less|to)"
    r"(?![\w-])",
    re.IGNORECASE,
)
"""A word that compares two figures; 'free-to-air' holds none."""
_COMPARED_JUST_BEFORE = re.compile(
    r"(?<![\w-])(?:from|than|compared with|compared to|against|up|down|rose|fell|by|to)\s+(?:about\s+)?"
    rf"{CURRENCY_BEFORE}$",
    re.IGNORECASE,
)
"""'up 10% on [...]', 'rose 7,000 ...': a comparing word right before the first of two figures ('subject to a court
appeal within 14 days' compares nothing)."""


_PERCENTS = re.compile(r"\d%|\bper ?cent\b", re.I)
"""Shares however written ('60%', 'Sixty percent'): three in a sentence add up to a whole."""
_SEASON_PAIR = re.compile(
    r"\b(?:late|early|mid)[- ]?\d{4}\s+(?:and|to|until|through|–|-)\s+(?:early|late|mid)[- ]?$", re.I
)


_DECADE_BEFORE = re.compile(r"\b\d{3}0s\s*(?:and|to|through|or|-|–)\s*(?:the\s+)?(?:early\s+|late\s+|mid-)?$")
"""A decade just before the answer decade: the next one in a run ('the 1960s and [1970s]')."""


def neighbouring_value_reveals(c: Candidate) -> str | None:
    """Other figures of the same kind in the card's claim let the answer be worked out (60% + 10% → 30%)."""
    m = c.fact.mention
    text = c.fact.row.sentence.text
    if m.kind == "year" and _SEASON_PAIR.search(text[: m.start]):
        return "neighbouring values reveal the answer"  # 'in late 1961 and early [1962]'
    if m.kind == "decade" and _DECADE_BEFORE.search(text[: m.start]):
        return "neighbouring values reveal the answer"  # 'the 1960s and [1970s]'
    removed = [(a, b) for a, b, r in c.fact.edits if not r]
    if _a_year_and_span_give(c, m, removed):
        return "neighbouring values reveal the answer"  # 'November 1347 ... over the next two years ... [1349]'
    if m.kind not in ("percent", "money", "number"):
        return None
    if _years_a_span_gives(c, m, removed):
        return "neighbouring values reveal the answer"  # 'ruled for only [two] years, from 1321 to 1323'
    alike = ("percent", "share") if m.kind == "percent" else (m.kind,)  # 'Sixty percent ..., 30% ... and 10%'
    others = [o for o in _shown_beside(c, m, removed) if o.kind in alike]
    for o in others:
        between = text[min(m.end, o.end) : max(m.start, o.start)]
        before = text[max(0, min(m.start, o.start) - 25) : min(m.start, o.start)]
        if _endpoint_asked(c, others, o):
            continue
        if _counts_other_things(c, m, o):
            continue  # 'seven interceptions ... 88 tackles': one figure tells nothing of the other
        if len(others) == 1 and _change_and_level(text, m, o):
            continue  # 'rose 7,000 in November to [4.464 million]': without the level before, neither tells the other
        if _plain_contrast(c, m, o, removed):
            continue  # '[1,160,000] square miles, compared to 734,000 square miles in 2005': no direction to reveal
        if len(between.split()) <= 8 and (_COMPARED.search(between) or _COMPARED_JUST_BEFORE.search(before)):
            return "neighbouring values reveal the answer"  # 'rose from 4% to [...]', 'up 10% on [...]'
    converted = re.match(r"\s*(?:[a-z]+\s+){0,3}(\()\s*(?:about\s+|approximately\s+|c\.\s*)?[\d$£€]", text[m.end :])
    converting = re.search(r"\d[\d,.]*\s*(?:[a-z]+\s+){0,3}(\()\s*$", text[: m.start])
    brackets = [m.end + converted.start(1)] if converted else []
    brackets += [converting.start(1)] if converting else []  # a bracket a trim removed converts nothing now
    if any(not any(a <= at < b for a, b in removed) for at in brackets):
        return "a conversion reveals the answer"  # '73 miles (117 km)', '7,000,000 square kilometres (2,700,000 sq mi)'
    if _converted_by_or(text, m.start, m.end):
        return "a conversion reveals the answer"  # '19,018 km2 or [7,343] sq mi'
    if m.kind == "percent" and (len(others) >= 2 or len(_PERCENTS.findall(text)) >= 3):
        return "neighbouring values reveal the answer"  # shares that add up to 100%
    return None


_FROM_TO = re.compile(r"\bfrom\s+$")
_OR_CONVERTED_BEFORE = re.compile(rf"\d[\d,.]*\s*{UNIT}\s+or\s+$")
_OR_CONVERTED_AFTER = re.compile(rf"\s*{UNIT}\s+or\s+(?:about\s+)?\d")
_UNIT_AFTER = re.compile(rf"\s*{UNIT}(?![\w])")


def _converted_by_or(text: str, start: int, end: int) -> bool:
    """'19,018 km2 or [7,343] sq mi', '[22,392] km2 or 8,646 sq mi': the same measure in other units beside it."""
    if _OR_CONVERTED_BEFORE.search(text[:start]) and _UNIT_AFTER.match(text[end:]):
        return True
    return _OR_CONVERTED_AFTER.match(text[end:]) is not None


_PLAIN_CONTRAST = re.compile(r"(?:\s*\S+){0,5}?\s*,?\s+compared (?:to|with)\s+(?:about\s+|approximately\s+)?$")


def _years_a_span_gives(c: Candidate, m: Mention, removed: list[tuple[int, int]]) -> bool:
    """A count of years that the span of years shown beside it gives ('two years, from 1321 to 1323'; 'three
    years (1998-2001)'), one year either way."""
    if m.kind != "number" or m.value is None or m.unit not in ("year", "years"):
        return False
    shown = _shown_beside(c, m, removed)
    ends = [tuple(float(y) for y in o.key.split("-")) for o in shown if o.kind == "period" and o.key.count("-") == 1]
    years = sorted(o.value for o in shown if o.kind == "year" and o.value is not None)
    ends += [(years[0], years[-1])] if len(years) == 2 else []
    return any(abs((last - first) - m.value) <= 1 for first, last in ends)


def _shown_beside(c: Candidate, m: Mention, removed: list[tuple[int, int]]) -> list[Mention]:
    """The other mentions of the card's sentence that its edits leave in sight."""
    return [o for o in c.fact.row.mentions if o is not m and not any(a <= o.start < b for a, b in removed)]


def _a_year_and_span_give(c: Candidate, m: Mention, removed: list[tuple[int, int]]) -> bool:
    """A year that another year shown beside it and a count of years give, one year either way ('entered in
    November 1347 and spread over the next two years, reaching England in the spring of [1349]')."""
    answer = _year_of(m)
    if answer is None:
        return False
    shown = _shown_beside(c, m, removed)
    years = [y for o in shown if (y := _year_of(o)) is not None]
    spans = [o.value for o in shown if o.kind == "number" and o.value is not None and o.unit in ("year", "years")]
    return any(abs(abs(answer - y) - n) <= 1 for y in years for n in spans)


def _year_of(m: Mention) -> float | None:
    """The year a mention names: a year, a date's year ('November 1347'), or a bare number that reads as one."""
    if m.kind == "year":
        return m.value
    if m.kind == "date":
        found = re.search(r"\b(1\d{3}|20\d{2})\b", m.text)
        return float(found.group(1)) if found else None
    if m.kind == "number" and not m.unit and m.value is not None and re.fullmatch(r"1\d{3}|20\d{2}", m.text):
        return m.value
    return None


_CHANGE = re.compile(
    r"(?<![\w-])(?:rose|fell|grew|climbed|dropped|jumped|slipped|increased|decreased|declined)\s+(?:by\s+)?$",
    re.IGNORECASE,
)
_TO_LEVEL = re.compile(r"^[^\d(),;]{0,40}?(?<![\w-])to\s+(?:about\s+)?$", re.IGNORECASE)


def _change_and_level(text: str, m: Mention, o: Mention) -> bool:
    """'rose 7,000 in November to 4.464 million': a change and the level it reached, with no level before it (no
    'from'): neither figure can be worked out from the other."""
    first, second = (m, o) if m.end <= o.start else (o, m)
    if not _CHANGE.search(text[max(0, first.start - 20) : first.start]):
        return False
    between = text[first.end : second.start]
    return _TO_LEVEL.match(between) is not None and not re.search(r"\bfrom\b", text[: first.start], re.IGNORECASE)


def _plain_contrast(c: Candidate, m: Mention, o: Mention, removed: list[tuple[int, int]]) -> bool:
    """'[1,160,000] square miles, compared to 734,000 square miles in 2005': a figure set beside another with
    'compared to' and no word of direction ('up', 'more', 'from') tells nothing of it when the answer is
    recalled (a cloze or a typed answer); among choices it could rule out the ones on its wrong side."""
    if c.card.type not in ("cloze", "typed"):
        return False
    first, second = (m, o) if m.end <= o.start else (o, m)
    text = c.fact.row.sentence.text
    gap = "".join(ch for at, ch in enumerate(text) if first.end <= at < second.start and not _within(at, removed))
    return _PLAIN_CONTRAST.fullmatch(gap) is not None  # the words a trim removed ('(3,000,000 km2)') are not shown


def _within(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in spans)


_COUNTED_TAGS = ("NN", "NNS", "VBZ")
"""The word after a number is what it counts, though a tagger may read '88 tackles' as a verb."""


def _counts_other_things(c: Candidate, m: Mention, o: Mention) -> bool:
    """Two counts of different things ('seven interceptions' and '88 tackles'): the head nouns of their units, or
    the words right after them, differ."""
    heads = []
    for x in (m, o):
        after = next((t for t in c.fact.row.tokens if t.start >= x.end), None)
        noun = after.text if after is not None and after.tag in _COUNTED_TAGS and after.text.islower() else ""
        heads.append((x.unit.split()[-1] if x.unit else noun).lower().rstrip("s"))
    return m.kind == o.kind == "number" and all(heads) and heads[0] != heads[1]


_NEAR = re.compile(
    r"(?<![\w-])(?:close to|near|nearly|almost|just|slightly|lower than|higher than|below|above|short of|than)"
    r"(?![\w-])",
    re.IGNORECASE,
)
NEAR_SHARE = 0.02
"""A shown figure this close to the answer (a share of it) leaves one choice near it."""


def shown_value_near_the_answer(c: Candidate) -> str | None:
    """'trading at $1.2944, still close to the ___ record' ($1.3006), 'slightly lower than the four billion
    barrels' beside a gap of 3.997 billion: a figure the card shows, compared with the answer and nearly equal to
    it, leaves the one choice near it as the answer, only its last digits to recall, and a changed value false
    at a glance."""
    m, text = c.fact.mention, c.fact.row.sentence.text
    if m.kind not in ("number", "money", "percent") or not m.value:
        return None
    for o in c.fact.row.mentions:
        if o is m or o.kind not in ("number", "money", "percent") or not o.value or o.text not in c.card.prompt():
            continue
        between = text[min(m.end, o.end) : max(m.start, o.start)]
        if abs(o.value - m.value) <= NEAR_SHARE * abs(m.value) and _NEAR.search(between):
            return f"the shown figure '{o.text}' is next to the answer"
    return None


def _endpoint_asked(c: Candidate, others: list[Mention], start: Mention) -> bool:
    """'rose from 415,000 to [...]', 'from 75.8% in 1970 to [...]': the value a change ends at is the sentence's
    point, and the one it starts from, the only other figure beside it, tells nothing of it. Asked to be
    recalled (a cloze or a typed answer), not chosen: a choice or a changed statement below the start would be
    wrong at a glance."""
    m, text = c.fact.mention, c.fact.row.sentence.text
    return (
        c.card.type in ("cloze", "typed")
        and others == [start]
        and start.end <= m.start
        and re.fullmatch(r"\s+(?:in\s+\d{4}\s+)?to\s+", text[start.end : m.start]) is not None
        and _FROM_TO.search(text[: start.start]) is not None
    )


def change_computable(c: Candidate) -> str | None:
    """'was [18%] higher than in the previous five years' with both rates shown (22,392 and 19,018 km2 a year):
    a change the card can be worked out from the two figures it shows asks arithmetic, not the article."""
    m = c.fact.mention
    if m.kind != "percent" or not m.value:
        return None
    prompt = c.card.prompt()
    shown = [o.value for o in c.fact.row.mentions if o is not m and o.kind == "number" and o.value and o.text in prompt]
    for a in shown:
        for b in shown:
            if a > b > 0 and abs((a / b - 1) * 100 - m.value) <= 1:
                return "the two figures the card shows give the change asked"
    return None


def hedged_number_in_choices(c: Candidate) -> str | None:
    """'more than ___%' makes a smaller distractor true as well."""
    m = c.fact.mention
    if c.card.type == "choice" and m.kind in ("number", "percent", "money", "year"):
        if _HEDGES.search(c.fact.row.sentence.text[: m.start]):
            return "a hedged figure makes a distractor true too"
    return None


_SETTING_KINDS = frozenset(("year", "period", "date", "decade", "place", "country", "name", "org"))
_FIGURE_KINDS = frozenset(("range", "percent", "money", "share"))
BIG_NUMBER = 1000
_YEAR_LIKE = re.compile(r"1[0-9]{3}|20[0-9]{2}")
"""A number this large is a figure even without a counted noun ('a population of 853,382')."""


def figure_left_visible(c: Candidate) -> str | None:
    """'Deforestation between [2000] and 2005 was 18% higher': the card blanks the setting (a year, a place, a
    name) while the sentence's figure, the fact worth learning, stays in plain sight."""
    m = c.fact.mention
    if m.kind not in _SETTING_KINDS:
        return None
    stem = c.card.prompt()
    if _leads_a_ranking(c):
        return None
    for other in c.fact.row.mentions:
        group = re.search(r"\b(?:the|these|those|its|their|all)\s+$", c.fact.row.sentence.text[: other.start], re.I)
        counted = other.kind == "number" and (other.unit or (other.value or 0) >= BIG_NUMBER) and other.value
        counted = counted and not _YEAR_LIKE.fullmatch(other.text)  # 'Al-Biruni (973–1050)': a date, no figure
        counted = counted and not (small_count(other) and DURATION.match(other.unit))  # 'over the next two years'
        figure = other.kind in _FIGURE_KINDS or (counted and not group and not beside_the_point(c.fact.row, other))
        figure = figure and not _a_label(c.fact.row.sentence.text, other)
        if (
            other is not m
            and figure
            and re.search(rf"(?<![\w.,]){re.escape(other.text)}(?![\w]|[.,]\d)", stem)
            and not in_quoted_phrase(c.fact.row.sentence.text, other.start)
        ):
            return f"the figure '{other.text}' stays visible while a setting is asked"
    return None


_LABEL_AFTER = re.compile(r"\s?°\s?[NSEW]\b|\s+(?:freeway|highway|motorway|interstate|expressway|route)\b", re.I)
"""'28.5°E', 'the 180 Freeway': a number that names a position or a road, a setting itself, not a figure to learn."""


def _a_label(text: str, m: Mention) -> bool:
    """Whether the number `m` names a position or a road rather than counts or measures something."""
    return _LABEL_AFTER.match(text[m.end :]) is not None


def _leads_a_ranking(c: Candidate) -> bool:
    """'within [Brazil], with 60% of the rainforest, followed by Peru with 13%': the first name of its kind,
    followed by its own share, leads the ranking the sentence tells; it is the sentence's point."""
    m, text = c.fact.mention, c.fact.row.sentence.text
    if any(o.kind == m.kind and o.start < m.start for o in c.fact.row.mentions):
        return False
    return any(
        o.kind in _FIGURE_KINDS and re.fullmatch(r",?\s+with\s+", text[m.end : o.start]) is not None
        for o in c.fact.row.mentions
        if o.start >= m.end
    )


_MAGNITUDES = frozenset(("dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions"))


def vague_count(c: Candidate) -> str | None:
    """'several [hundred] French Huguenots': a magnitude word of a vague count is no figure to learn."""
    m = c.fact.mention
    if m.kind == "number" and m.text.lower() in _MAGNITUDES:
        return "the answer is the magnitude of a vague count"
    return None


def answer_is_a_unit(c: Candidate) -> str | None:
    """'587,000 [square kilometres]': the unit a figure counts is no fact; the figure is."""
    m = c.fact.mention
    counted = [o.unit for o in c.fact.row.mentions if o.unit and o.end <= m.start]
    if m.kind == "concept" and any(unit.endswith(m.text) for unit in counted):
        return "the answer is the unit of a figure"
    return None
