"""Wrong answers of the same kind as the right one: first from the article, then from built-in lists."""

from __future__ import annotations

import hashlib
import math
import re

from quizgen.generate import gazetteer
from quizgen.generate.entities import Mention, number_value
from quizgen.generate.index import ArticleIndex

_NUMBER_IN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


_UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = (
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_THOUSANDS = (
    "",
    " thousand",
    " million",
    " billion",
    " trillion",
    " quadrillion",
    " quintillion",
    " sextillion",
    " septillion",
    " octillion",
    " nonillion",
    " decillion",
)


def _below_hundred(n: int) -> str:
    tens, units = divmod(n, 10)
    if tens == 1:
        return _TEENS[units]
    return _TENS[tens] + ("-" if tens and units else "") + _UNITS[units]


def _below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    if not hundreds:
        return _below_hundred(rest)
    return f"{_UNITS[hundreds]} hundred" + (f" and {_below_hundred(rest)}" if rest else "")


def number_words(n: int) -> str:
    """`n` (0 <= n < 10**36) in British English words: 1,234 is 'one thousand, two hundred and thirty-four'.

    Groups of thousands are joined by commas, except that a last group of one word follows 'and':
    'one thousand and one', 'two million and twenty-one', but 'one thousand, one hundred'.
    """
    if n < 0 or n >= 1000 ** len(_THOUSANDS):
        raise ValueError(f"no words for {n}")
    if n == 0:
        return "zero"
    parts = []
    for power in range(len(_THOUSANDS) - 1, -1, -1):
        group = n // 1000**power % 1000
        if group:
            parts.append(_below_thousand(group) + _THOUSANDS[power])
    if len(parts) > 1 and " " not in parts[-1]:
        return ", ".join(parts[:-1]) + " and " + parts[-1]
    return ", ".join(parts)


def _order(seed: str, items: list[str]) -> list[str]:
    """A stable shuffle of `items` seeded by `seed`."""
    return sorted(items, key=lambda s: hashlib.sha1(f"{seed}\n{s}".encode()).hexdigest())


def distractors(index: ArticleIndex, mention: Mention, answer: str, sentence: str, n: int = 3) -> list[str]:
    """Up to `n` wrong answers for `mention`; never the answer, an alias of it, or a name in the sentence."""
    banned = {answer.casefold(), mention.text.casefold()}
    if mention.kind in ("person", "country", "place", "org", "name"):
        banned |= {a.casefold() for a in index.aliases(mention.kind, mention.key)}
    if mention.kind == "country":
        banned |= parties(index, mention.key, sentence)
    found: list[str] = []

    def offer(option: str) -> None:
        low = option.casefold()
        if low in banned or low in sentence.casefold() or option in found or len(found) >= n:
            return
        if mention.kind in ("org", "place", "name") and _overlaps(option, answer):
            return
        if mention.kind == "person" and (
            set(option.split()) & set(answer.split()) or option.split()[-1].casefold() in sentence.casefold()
        ):
            return
        found.append(option)

    kind = mention.kind
    if kind == "person":
        role = index.roles(mention.key)
        for other_kind, key in index.of_kind(kind):
            if key != mention.key and role & index.roles(key):
                offer(index.display(other_kind, key))  # people of the same role only: presidents for a president
    elif kind == "country":
        if mention.text in UK_NATIONS:
            for name in _order(answer, [n for n in UK_NATIONS if n != mention.text]):
                offer(name)  # Scotland is counted as the UK, but its wrong answers are the UK's other nations
        continents = gazetteer.continents()
        home = continents.get(mention.key)
        for other_kind, key in index.of_kind(kind):
            if key != mention.key and home is not None and continents.get(key) == home:
                offer(index.display(other_kind, key))  # the article's countries of the same continent first
        for name in _nearby_countries(mention.key):
            offer(name)
        for name in _neighbour_countries(mention.key):
            offer(name)
    elif kind in ("place", "org"):
        for other_kind, key in index.of_kind(kind):
            if key != mention.key:
                offer(index.display(other_kind, key))
        if kind == "place":
            for name in _neighbour_places(mention.text):
                offer(name)
    elif kind == "year" and mention.value is not None:
        y = int(mention.value)
        for other_kind, key in index.of_kind("year"):
            if other_kind == "year" and key.isdigit() and 0 < abs(int(key) - y) <= 10:
                offer(key)
        for step in _order(answer, ["-1", "+1", "-2", "+2", "-3", "+3", "-5", "+4"]):
            offer(str(y + int(step)))
    elif kind == "period":
        for option in shifted_periods(mention.key, answer):
            offer(option)
    elif kind == "decade" and mention.value is not None:
        y = int(mention.value)
        for delta in (-10, 10, -20, 20):
            offer(mention.text.replace(str(y), str(y + delta)))
    elif kind in ("number", "percent", "money"):
        for option in near_numbers(mention.text):
            if kind == "percent" and _over_whole(option, answer):
                continue  # "154%" of a population
            offer(option)
    return found if len(found) == n else []


def shifted_periods(key: str, answer: str) -> list[str]:
    """'1348-1350' written '1348–50' → ['1345–47', '1351–53', '1342–44', '1354–56']: spans of the same length
    just before and after the answer, none overlapping it, written as the answer is."""
    first, last = (int(y) for y in key.split("-"))
    step = last - first + 1
    dash = next((d for d in "–—-" if d in answer), "–")
    short = len(answer.split(dash)[-1].strip()) == 2 if dash in answer else False
    found = []
    for shift in (-step, step, -2 * step, 2 * step):
        a, b = first + shift, last + shift
        if short and a // 100 == b // 100:
            found.append(f"{a}{dash}{b % 100:02d}")
        elif dash in answer:
            found.append(f"{a}{dash}{b}")
        else:
            found.append(answer.replace(str(first), str(a)).replace(str(last), str(b)))
    return found


_CONFLICT = re.compile(
    r"\b(?:wars?|conflicts?|invasion|invaded|invade|sanctions|fighting|ceasefire|hostilities|occupation|annex(?:ed|ation))\b",
    re.IGNORECASE,
)
_NEAR_CONFLICT = 40
"""How many characters from a word of conflict a country is named as its party ('sanctions against Russia')."""


def parties(index: ArticleIndex, key: str, sentence: str) -> set[str]:
    """The names (casefolded) of countries party to the situation of the country `key` in `sentence` (for a
    country, `cards` passes its paragraph), which are no wrong answers: one the text points to with a nationality
    word ('Russian troops in ___'), and, when it speaks of a war, a conflict or sanctions, any the article names
    as a side of one ('sanctions against Russia') or beside the answer in a sentence of conflict."""
    codes = {code for word, code in gazetteer.NATIONALITIES.items() if re.search(rf"\b{word}\b", sentence)}
    if _CONFLICT.search(sentence):
        for row in index.sentences:
            text = row.sentence.text
            marks = [m.start() for m in _CONFLICT.finditer(text)]
            if not marks:
                continue
            countries = [m for m in row.mentions if m.kind == "country"]
            together = any(m.key == key for m in countries)
            for m in countries:
                if together or any(abs(m.start - at) <= _NEAR_CONFLICT for at in marks):
                    codes.add(m.key)
    codes.discard(key)
    names = gazetteer.country_names()
    found = set()
    for code in codes:
        found |= {a.casefold() for a in index.aliases("country", code)}
        if code in names:
            found.add(names[code].casefold())
    return found


def _over_whole(option: str, answer: str) -> bool:
    """A share above 100% offered for a share that is at most 100%."""
    value, given = number_value(option.rstrip("%").strip()), number_value(answer.rstrip("%").strip())
    return value is not None and given is not None and given <= 100 < value


def _overlaps(option: str, answer: str) -> bool:
    """Names that share most words ('Berlin Festival', 'Berlin Film Festival') are near aliases."""
    a, b = set(option.casefold().split()), set(answer.casefold().split())
    return len(a & b) * 2 >= min(len(a), len(b)) and bool(a & b)


def near_numbers(text: str) -> list[str]:
    """The same quantity written the same way but with nearby values, some above and some below, none a
    simple ratio (2x, 1.5x, 3/4) of the value or of another option, so none can be worked out from the rest."""
    m = _NUMBER_IN.search(text)
    if m is None:
        value = number_value(text)
        if value is None or not math.isfinite(value) or value != int(value):
            return []
        try:
            return [number_words(int(v)) for v in _near_values(int(value), _quantum(int(value), 0)) if v > 1]
        except ValueError:  # beyond the decillions
            return []
    raw = m.group(0)
    value = float(raw.replace(",", ""))
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    options = []
    for v in _near_values(value, _quantum(value, decimals)):
        if v <= 0:
            continue
        if decimals:
            written = f"{v:,.{decimals}f}" if "," in raw else f"{v:.{decimals}f}"
        else:
            written = f"{int(round(v)):,}" if "," in raw else str(int(round(v)))
        options.append(text[: m.start()] + written + text[m.end() :])
    return list(dict.fromkeys(options))


# Factors that are no simple ratio, so an option cannot be derived from the answer; above and below alike,
# all within the answer's order of magnitude (at most 1.44x either way).
_ABOVE = (1.13, 1.27, 1.38, 1.21, 1.44)
_BELOW = (0.87, 0.79, 0.68, 0.91, 0.73)


def _quantum(value: float, decimals: int) -> float:
    """The step the value is written to: its last decimal, or two significant figures for a round number."""
    if decimals:
        return 10.0**-decimals
    if value == int(value) and value % 10 == 0:
        return float(10 ** max(0, len(str(int(value))) - 2))
    return 1.0


def _simple_ratio(a: float, b: float) -> bool:
    """Whether one value is a simple multiple of the other: halves, thirds or quarters (2x, 1.5x, 4/3, 1.25x)."""
    low, high = sorted((abs(a), abs(b)))
    if low == 0:
        return True
    ratio = high / low
    return any(abs(ratio - p / q) < 1e-6 * ratio for q in range(1, 5) for p in range(q + 1, 4 * q + 1))


def _near_values(value: float, quantum: float = 1.0) -> list[float]:
    if value == int(value) and value <= 12:
        v = int(value)
        return [float(x) for x in (v + 1, v - 1, v + 2, v - 2, v + 3) if x > 0 and x != v]
    above = [round(round(value * f / quantum) * quantum, 6) for f in _ABOVE]
    below = [round(round(value * f / quantum) * quantum, 6) for f in _BELOW]
    # which side comes first depends on the value, so the answer is not always the middle option
    first, second = (above, below) if int(hashlib.sha1(repr(value).encode()).hexdigest(), 16) % 2 else (below, above)
    chosen: list[float] = []
    for pair in zip(first, second, strict=True):
        for option in pair:
            derivable = any(_simple_ratio(option, w) for w in [value, *chosen])
            if option > 0 and option != value and option not in chosen and not derivable:
                chosen.append(option)
    return chosen


UK_NATIONS = ("England", "Scotland", "Wales", "Northern Ireland")
NEARBY = 5
TERRITORIES = frozenset(("HKG", "MAC", "PRI"))
"""Places GeoNames counts as countries that are no country's wrong answer."""
"""How many of a country's nearest countries may be its wrong answers: Syria's are Lebanon, Jordan, Israel,
Egypt and Iraq, not Laos."""


def _nearby_countries(code: str) -> list[str]:
    """The nearest countries, in a stable order seeded by the answer."""
    names = gazetteer.country_names()
    near = [c for c in gazetteer.nearby().get(code, []) if c in names and c not in TERRITORIES][:NEARBY]
    return _order(code, [names[c] for c in near])


def _neighbour_countries(code: str) -> list[str]:
    """Countries of the same continent, in a stable order seeded by the answer."""
    continents = gazetteer.continents()
    names = gazetteer.country_names()
    same = [names[c] for c in names if c != code and c in continents and continents[c] == continents.get(code)]
    return _order(code, same)


def _neighbour_places(name: str) -> list[str]:
    """Cities of the same country as `name`, the largest first."""
    places = gazetteer.places()
    country = places.get(name, "")
    if not country:
        return []
    return [p for p, c in places.items() if c == country and p != name][:10]
