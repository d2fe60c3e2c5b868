"""False statements: the sentence with one thing swapped for another of its kind, and the sentence as the correction."""

from __future__ import annotations

import hashlib
import re

from quizgen.generate.candidates import Fact
from quizgen.generate.edits import apply_edits
from quizgen.generate.entities import CURRENCY_BEFORE, number_value

_NUMBER_IN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_FLOOR = re.compile(
    r"\b(?:(?<!no )more than|over|at least|above|in excess of|upwards of|no less than|no fewer than|exceeding)"
    rf"\s+{CURRENCY_BEFORE}$",
    re.IGNORECASE,
)
_CEILING = re.compile(
    r"\b(?:(?<!no )less than|(?<!no )fewer than|under|at most|below|up to|no more than|as few as|"
    r"as many as|as much as|as high as)\s+"
    rf"{CURRENCY_BEFORE}$",
    re.IGNORECASE,
)
_ROUGH = re.compile(
    r"\b(?:about|almost|nearly|around|roughly|some|approximately|an estimated|estimated|estimated at|close to|"
    r"perhaps|maybe|possibly|probably|likely|reportedly|an approximate|approximate)\s+"
    rf"{CURRENCY_BEFORE}$",
    re.IGNORECASE,
)
CLEARLY_OFF = 2.0
NOT_A_NITPICK = 1.2
"""An exact figure's false value is at least this far from it: '56,000' for '50,000' dead is a nitpick, not a
false claim."""
"""A hedged figure's false value is at least double or at most half of it: 'perhaps 45,000' for 'perhaps 40,000'
is no clearly false statement, 'perhaps 80,000' is."""


def statement(fact: Fact, wrong: str | None) -> tuple[str, str | None]:
    """The statement, and its correction when `wrong` replaces the answer."""
    true = tidy(fact.text)
    if wrong is None:
        return true, None
    false = tidy(apply_edits(fact.row.sentence.text, [*fact.edits, (fact.mention.start, fact.mention.end, wrong)]))
    if false == true:
        return true, None
    return false, true


def tidy(text: str) -> str:
    """A sentence that starts with a capital letter and ends with a full stop."""
    text = text.strip().rstrip(";:,").rstrip()
    text = re.sub(r"(?<![.])\.\.$", ".", text)  # a source's typo 'children..' (not an ellipsis '...')
    first = 6 if text.startswith("{{c1::") else 0  # a sentence that opens with its gap: '{{c1::One in five}} ...'
    text = text[:first] + text[first : first + 1].upper() + text[first + 1 :]
    if text and text[-1] not in ".!?\"”’'" and not re.search(r"[.!?][)\]]$", text):
        text += "."  # '… Saturn IB.)' ends already
    return text


_NEITHER = re.compile(r"\b[Nn]either\s+$")
_NOR = re.compile(r"\s+nor\s+")


def negated_pair(fact: Fact) -> tuple[str, str] | None:
    """'neither Trump nor Harris has signalled plans ...': the claim made of one of the pair ('Trump has
    signalled plans ...') is false, and the sentence is its correction. None when the answer is not one of
    such a pair of names."""
    text, m = fact.row.sentence.text, fact.mention
    for first in fact.row.mentions:
        if first.kind not in ("person", "org", "country", "name") or first.end > m.start and first is not m:
            continue
        if not _NEITHER.search(text[: first.start]):
            continue
        second = next((o for o in fact.row.mentions if o.start >= first.end and o.kind == first.kind), None)
        if second is None or not _NOR.fullmatch(text[first.end : second.start]) or m not in (first, second):
            continue
        start = _NEITHER.search(text[: first.start])
        if start is None or any(a < second.end and start.start() < b for a, b, _ in fact.edits):
            return None
        false = tidy(apply_edits(text, [*fact.edits, (start.start(), second.end, m.text)]))
        return false, tidy(fact.text)
    return None


def bounded_wrong(before: str, answer: str, options: list[str]) -> list[str]:
    """The options that make a hedged figure false: none after a one-sided bound ('more than 90%', 'under
    400', 'no less than 5'), which a changed figure never makes surely false ('more than 78%' is still
    true, 'more than 95%' may be), and only the clearly distant ones after a hedge ('about', 'perhaps'):
    double or half of it, at least."""
    value = _value(answer)
    if value is None or value <= 0:
        return options
    if _FLOOR.search(before) or _CEILING.search(before):
        return []
    if _ROUGH.search(before):
        round_ones = _round_options(answer, value)
        return [o for o in round_ones + options if (v := _value(o)) is not None and _clearly_off(v, value)]
    return [
        o
        for o in options
        if (v := _value(o)) is not None and (v >= value * NOT_A_NITPICK or v * NOT_A_NITPICK <= value)
    ]


def _round_options(answer: str, value: float) -> list[str]:
    """For a round estimate ('almost 400%'), double and half of it, as round ('almost 800%', 'almost 200%'): a
    figure rounded otherwise gives the changed statement away, and a nearer one leaves the estimate true."""
    m = _NUMBER_IN.search(answer)
    if m is None or "." in m.group(0) or value != int(value) or value % 10:
        return []
    found = []
    for v in (value * 2, value / 2):
        if v != int(v) or answer.rstrip().endswith("%") and value <= 100 < v:
            continue  # no half of 45, no 120% of a whole
        written = f"{int(v):,}" if "," in m.group(0) else str(int(v))
        found.append(answer[: m.start()] + written + answer[m.end() :])
    return found


def _clearly_off(option: float, value: float) -> bool:
    """Whether `option` is far enough from `value` to make 'about <value>' false."""
    return option >= value * CLEARLY_OFF or option * CLEARLY_OFF <= value


def _value(text: str) -> float | None:
    """The figure written in `text` ('more than 90%' -> 90.0), or None."""
    m = _NUMBER_IN.search(text)
    if m is None:
        return number_value(text)
    return float(m.group(0).replace(",", ""))


_YEAR_BOUND = re.compile(
    r"\b(?:after|before|since|by|until|till|from|between|as early as|as late as|no later than|no earlier than|"
    r"prior to|up to)\s+(?:the\s+)?(?:(?:early|late|mid)[- ])?$"
    r"|\d{3,4}\s*(?:–|-|to|and|until|through)\s*$",
    re.IGNORECASE,
)
_NAMED_YEAR = re.compile(r"\b(?:Act|Treaty|Convention|Accord|Agreement|Games|Olympics|Cup|Expo|Census|Plan)\s+$")
"""'the Disqualification Act 1975': the year is part of a name, and a changed one names nothing real."""
FAR_YEARS = 5
"""A false year is at least this far from the true one: 1954 for 1955 is a nitpick, not a false claim."""


_YEAR_BOUND_AFTER = re.compile(r"^\s*(?:or (?:earlier|later|before|after|so)|at the (?:latest|earliest)|onwards)\b")


def year_is_bounded(before: str, after: str) -> bool:
    """Whether the year is a bound or an end of a range ('after 1850', 'between 1550 and 1580', '1773 or
    earlier'): a nearby year is then no clearly wrong answer ('after 1849' is true too)."""
    return bool(_YEAR_BOUND.search(before) or _YEAR_BOUND_AFTER.match(after))


def wrong_year(before: str, answer: str, options: list[str], now: int, after: str = "") -> str | None:
    """A year that makes the statement clearly false, or None: none after a bound ('after 1279' is still true
    of 1281), in a range or in a name ('Act 1975'), else an option at least FAR_YEARS away, else one a decade away."""
    if year_is_bounded(before, after) or _NAMED_YEAR.search(before):
        return None  # 'in 1773 or earlier' is still true of 1768
    if not answer.isdigit():
        return None
    year = int(answer)
    for option in options:
        if option.isdigit() and FAR_YEARS <= abs(int(option) - year) and int(option) <= now:
            return option
    shift = 10 if int(hashlib.sha1(answer.encode()).hexdigest(), 16) % 2 else -10
    if year + shift > now:
        shift = -10
    return str(year + shift)
