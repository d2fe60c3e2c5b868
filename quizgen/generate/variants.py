"""The obvious other ways to type an answer: a surname, digits for a number word and words for digits, a figure
without its separators or with its unit spelt out, the other names of a party or a well-known body."""

from __future__ import annotations

import re

from quizgen.generate.distractors import number_words
from quizgen.generate.entities import is_initial, number_value

_SMALL_WORDS = re.compile(r"^[a-z]+(?:[- ][a-z]+)*$")


_SUFFIXES = frozenset("Jr Jr. Sr Sr. II III IV".split())


_ORDINALS = frozenset(
    "First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth Thirteenth Fourteenth".split()
)


def ordinal_role(words: list[str]) -> bool:
    """'Ninth Doctor', 'Second Lady': an ordinal and a role, whose last word alone names every holder."""
    return words[0] in _ORDINALS


def person_variants(full: str) -> list[str]:
    """'Kasym-Žomart Tokaev' → ['Tokaev']; 'Martin Luther King Jr.' → ['King']: a person is often named by the
    surname alone; 'Michael E. Mann' → ['Mann', 'Michael Mann']: or without initials."""
    words = [w for w in full.rstrip(",").split() if w.rstrip(",") not in _SUFFIXES]
    found = [words[-1]] if len(words) > 1 and len(words[-1]) > 1 and not ordinal_role(words) else []
    named = [w for w in words if not is_initial(w)]
    if 1 < len(named) < len(words):
        found.append(" ".join(named))  # 'Michael E. Mann' typed as 'Michael Mann'
    return found


def number_variants(text: str) -> list[str]:
    """'five' → ['5']; '12' → ['twelve']; '3 million' → ['3m', 'three million']; never the text itself."""
    value = number_value(text)
    if value is None or value != int(value) or value < 0:
        return []
    n = int(value)
    found: list[str] = []
    if _SMALL_WORDS.match(text.lower()):
        found.append(f"{n:,}" if n >= 10_000 else str(n))
    else:
        spelled = number_words(n) if n < 1_000_000 else _scaled_words(text)
        if spelled:
            found.append(spelled)
    scaled = re.fullmatch(r"([\d.,]+)\s?(million|billion|bn|m)", text.strip())
    if scaled:
        unit = {"million": "m", "m": "million", "billion": "bn", "bn": "billion"}[scaled.group(2)]
        found.append(f"{scaled.group(1)}{'' if len(unit) <= 2 else ' '}{unit}")
    found.extend(_without_separators(text))
    if re.fullmatch(r"[\d,]+", text.strip()):
        found.extend(_in_millions(n))
    return [v for v in dict.fromkeys(found) if v.casefold() != text.casefold()]


def _in_millions(n: int) -> list[str]:
    """'7,000,000' → ['7 million', '7m', 'seven million']; '2,700,000' → ['2.7 million', '2.7m']: a round
    figure of millions or billions as a student may write it."""
    for scale, word, short in ((10**9, "billion", "bn"), (10**6, "million", "m")):
        if n >= scale and n % (scale // 10) == 0:
            count = n // scale if n % scale == 0 else n / scale
            found = [f"{count} {word}", f"{count}{short}"]
            if isinstance(count, int) and count < 1000:
                found.append(f"{number_words(count)} {word}")
            return found
    return []


def _without_separators(text: str) -> list[str]:
    """'7,000' → ['7000']: the thousands separators a student may leave out."""
    bare = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
    return [bare] if bare != text else []


def figure_variants(text: str) -> list[str]:
    """'26%' → ['26 percent', '26 per cent']; '$1.5bn' → ['$1.5 billion']; '£7,000' → ['£7000']: a percentage
    and a sum written the other usual ways."""
    found: list[str] = []
    percent = re.fullmatch(r"([\d.,]+)\s?(%|percent|per cent)", text.strip())
    if percent:
        found += [f"{percent.group(1)}{form}" for form in ("%", " percent", " per cent")]
    scaled = re.fullmatch(r"(.*?\d)\s?(bn|billion|m|million)", text.strip())
    if scaled:
        other = {"bn": " billion", "billion": "bn", "m": " million", "million": "m"}[scaled.group(2)]
        found.append(f"{scaled.group(1)}{other}")
    found.extend(_without_separators(text))
    return [v for v in dict.fromkeys(found) if v.casefold() != text.casefold()]


def _scaled_words(text: str) -> str | None:
    """'3 million' → 'three million'."""
    m = re.fullmatch(r"(\d+)\s?(million|billion|trillion)", text.strip())
    return f"{number_words(int(m.group(1)))} {m.group(2)}" if m else None


_OTHER_NAMES = (
    ("Conservatives", "Conservative Party", "Tories", "the Tories", "the Conservatives", "Tory Party"),
    ("Labour", "Labour Party", "the Labour Party"),
    ("Liberal Democrats", "Lib Dems", "the Lib Dems", "the Liberal Democrats"),
    ("Democrats", "Democratic Party", "the Democrats", "the Democratic Party"),
    ("Republicans", "Republican Party", "GOP", "the Republicans", "the Republican Party"),
    ("United Nations", "UN", "the UN", "the United Nations", "U.N."),
    ("European Union", "EU", "the EU", "the European Union"),
    ("NATO", "Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"),
    ("World Health Organization", "WHO", "World Health Organisation"),
    ("International Monetary Fund", "IMF", "the IMF"),
    ("World Trade Organization", "WTO", "World Trade Organisation"),
)
"""Parties and bodies known by several names: a student who types 'Tories' for 'Conservatives', or 'UN' for
'United Nations', is right even where the article never spells the name out."""


def other_names(answer: str) -> list[str]:
    """'Tories' → ['Conservatives', 'Conservative Party', ...]; 'the BBC' → ['BBC']; never the answer itself."""
    key = answer.casefold()
    found = [name for names in _OTHER_NAMES if key in {n.casefold() for n in names} for name in names]
    if key.startswith("the "):
        found.append(answer[4:])
    return [n for n in dict.fromkeys(found) if n.casefold() != key]


_ABBREVIATED = re.compile(
    r"([A-Z][\w'’&-]*(?:\s+(?:of|the|and|for|on|de|[A-Z][\w'’&-]*))*)\s+\(([A-Z][A-Za-z]*[A-Z])\)"
)
_LINKS = frozenset(("of", "the", "and", "for", "on", "de"))


ABBREVIATION_AFTER = re.compile(r"^\s*\((?:the\s+)?[A-Z][A-Za-z&.]*[A-Z][A-Za-z.]*\)")
"""An abbreviation in brackets right after a name: ' (GPhC)'."""
SPELT_KINDS = frozenset(("org", "name", "concept"))
"""Answers a cloze blanks together with the abbreviation after them."""


def abbreviations(text: str) -> dict[str, str]:
    """'the United Nations (UN) said' → {'UN': 'United Nations', 'United Nations': 'UN'}: a name and the
    abbreviation the text gives it, each the other's variant."""
    found: dict[str, str] = {}
    for m in _ABBREVIATED.finditer(text):
        words, short = m.group(1).split(), m.group(2)
        capitals = [c for c in short if c.isupper()]
        for start in range(len(words) - 1, -1, -1):  # the shortest run of words whose initials spell it
            run = words[start:]
            if run[0].lower() in _LINKS:
                continue
            initials = [w[0] for w in run if w.lower() not in _LINKS]
            if initials == capitals:
                found.setdefault(short, " ".join(run))
                found.setdefault(" ".join(run), short)
                break
    return found


def answer_variants(answer: str, kind: str) -> list[str]:
    """Other spellings a typed answer of `kind` accepts."""
    if kind == "person":
        return person_variants(answer)
    if kind == "number":
        return number_variants(answer)
    if kind in ("percent", "money"):
        return figure_variants(answer)
    if kind in ("org", "name", "concept"):
        return other_names(answer) + ([] if kind == "concept" else without_its_place(answer) + without_its_kind(answer))
    if kind == "place":
        return without_its_kind(answer)
    if kind == "date":
        return date_variants(answer)
    if kind == "period":
        return period_variants(answer)
    return []


_KINDS = frozenset(
    "Prison Gaol Airport Station Hospital Castle Cathedral Abbey Palace Stadium Bridge Harbour Park Square Hall "
    "Tower".split()
)
"""The last word of a place named with its kind ('Belmarsh Prison'), which speakers drop ('at Belmarsh')."""


def without_its_kind(name: str) -> list[str]:
    """'Belmarsh Prison' → ['Belmarsh']: a place of two words or more named with its kind, without the kind. Not
    when what is left is a common word ('Central Station', 'Royal Hospital') or a bare article."""
    from quizgen.generate.frequency import zipf

    words = name.removeprefix("the ").split()
    if len(words) < 2 or words[-1] not in _KINDS or not all(w[:1].isupper() for w in words[:-1]):
        return []
    rest = " ".join(words[:-1])
    return [] if len(words) == 2 and zipf(rest.lower()) >= COMMON_NAME_WORD else [rest]


COMMON_NAME_WORD = 4.0
"""A word this common ('Central', 'Royal', 'Grand') is no name by itself."""


_SEATS_OF_POWER = frozenset("Assembly Parliament Senate Council Court Legislature Congress Exchange".split())
"""The last words of a body named after its place ('Virginia General Assembly'), which its place's people drop."""


def without_its_place(name: str) -> list[str]:
    """'Virginia General Assembly' → ['General Assembly']: an assembly, a court or an exchange of three words or
    more is named without the place that opens it, as people there say it. Not a party or a festival: the
    'National Party' is another party."""
    from quizgen.generate import gazetteer

    words = name.split()
    if len(words) < 3 or words[-1] not in _SEATS_OF_POWER or words[1][:1].islower():
        return []
    if words[0] not in gazetteer.places() and words[0] not in gazetteer.countries():
        return []
    return [" ".join(words[1:])]


_PERIOD = re.compile(r"(?:from\s+|between\s+)?(\d{4})\s*(?:[–—-]|to|until|and)\s*(\d{4}|\d\d)")


def period_variants(text: str) -> list[str]:
    """'1348–50' → ['1348-50', '1348–1350', '1348-1350', '1348 to 1350', 'from 1348 to 1350', ...]: a span of
    years with the last year short or whole, joined by a dash of either length or by words."""
    m = _PERIOD.fullmatch(text.strip())
    if m is None:
        return []
    first = int(m.group(1))
    last = first // 100 * 100 + int(m.group(2)) if len(m.group(2)) == 2 else int(m.group(2))
    short = f"{last % 100:02d}" if last // 100 == first // 100 else str(last)
    found = [f"{first}{dash}{end}" for end in (short, str(last)) for dash in ("–", "-", "—")]
    found += [f"{first} to {last}", f"from {first} to {last}", f"between {first} and {last}", f"{first} until {last}"]
    return [v for v in dict.fromkeys(found) if v.casefold() != text.strip().casefold()]


_MONTHS = "January February March April May June July August September October November December".split()
_DAY_MONTH_YEAR = re.compile(rf"(\d{{1,2}})(?:st|nd|rd|th)? ({'|'.join(_MONTHS)}),? (\d{{4}})")
_MONTH_DAY_YEAR = re.compile(rf"({'|'.join(_MONTHS)}) (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})")


def date_variants(text: str) -> list[str]:
    """'8 February 2007' → ['February 8, 2007', '8 Feb 2007', 'Feb 8, 2007', '2007-02-08']: a full date in the
    other usual orders, with the month short, or in ISO form ('8/2/2007' is left out: it is 2 August to some)."""
    m = _DAY_MONTH_YEAR.fullmatch(text.strip())
    if m:
        day, month, year = int(m.group(1)), m.group(2), m.group(3)
    else:
        m = _MONTH_DAY_YEAR.fullmatch(text.strip())
        if m is None:
            return []
        day, month, year = int(m.group(2)), m.group(1), m.group(3)
    number = _MONTHS.index(month) + 1
    found = [
        f"{day} {month} {year}",
        f"{month} {day}, {year}",
        f"{day} {month[:3]} {year}",
        f"{month[:3]} {day}, {year}",
        f"{year}-{number:02d}-{day:02d}",
    ]
    return [v for v in dict.fromkeys(found) if v.casefold() != text.strip().casefold()]
