"""Find what a sentence names: people, countries, places, organisations, years, dates and numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from quizgen.generate import gazetteer
from quizgen.generate.frequency import zipf
from quizgen.generate.tokens import Token

_NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
    "one": 1,
}
_WORDS_RE = "|".join(w for w in _NUMBER_WORDS if w != "one")
_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE_RE = r"(?:\s?(?:bn|m|k)\b|\s(?:thousand|million|billion|trillion)\b)"
_MONTH = "|".join(gazetteer.MONTHS)
_SMALL_NUMBER = "[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine"
_SHARE = (
    rf"(?:{_SMALL_NUMBER}) in (?:two|three|four|five|six|seven|eight|nine|ten|\d+)"
    r"|(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree) ?-?(?:quarters?|thirds?|fifths?|tenths?)(?= of\b)"
    r"|[Hh]alf(?= of\b)"
)
"""A share told in words: 'one in five', 'a quarter of', 'two-thirds of', 'half of'."""
CURRENCY_BEFORE = r"(?:[$£€]|(?:(?:[A-Z][a-z]+|US)\s+)?(?:dollars|pounds|euros|yen)\s+)?"
"""A currency before a figure, as a symbol or as the word some news sources print there ('dollars 40')."""
_PATTERNS = (
    ("money", re.compile(rf"[£$€¥](?:{_NUM}){_SCALE_RE}?|(?:{_NUM}){_SCALE_RE}?\s(?:pounds|dollars|euros|yen)\b")),
    ("percent", re.compile(rf"(?:{_NUM})\s?(?:%|per\s?cent\b|percent\b)")),
    (
        "date",
        re.compile(
            rf"\b(?:\d{{1,2}}\s(?:{_MONTH})(?:,?\s\d{{4}})?|(?:{_MONTH})\s\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s\d{{4}})?|(?:{_MONTH})\s\d{{4}})\b"
        ),
    ),
    ("decade", re.compile(r"\b(?:1[5-9]|20)\d0s\b|(?<=\bthe )[1-9]\d0s\b")),  # 'the 880s' too
    ("year", re.compile(r"(?<![\d/.,£$€-])(?:1[6-9]\d\d|20\d\d)(?![\d/%]|[.,]\d|\s?(?:bn|m)\b)")),
    ("share", re.compile(rf"\b(?:{_SHARE})\b")),
    (
        "number",
        re.compile(
            rf"(?<![\w/.+£$€-])(?:{_NUM}){_SCALE_RE}?(?![\w/%+]|[.,]\d)"
            rf"|\b(?:{_WORDS_RE})(?:[- ](?:{_WORDS_RE}|one))*{_SCALE_RE}?\b"
            r"|\b(?:[Aa]|[Oo]ne)\s(?:million|billion|trillion)\b(?!\s(?:pounds|dollars|euros|yen)\b)",
        ),
    ),
)
_CONNECTORS = ("of", "for", "de", "van", "von", "bin", "du", "da", "al")
_NOT_NAMES = frozenset(
    """I A An The This That These Those He She It They We You His Her Its Their Our My Your But And Or If
    In On At As For With From By To Of After Before When While Although Though Since Despite
    Meanwhile However Now Then There Here What Who Which Why How Where Yes No Not Also So Last Next Some Many
    Most All Both Each Every Other Such One""".split()
)
_PLACE_WORDS = frozenset(
    "Prison Hospital Airport Station Stadium Street Road Square Park Palace Castle Bridge Island River Lake "
    "Mountain Mountains Valley Bay Sea Ocean County Province Region Hall Arena Theatre Cathedral Abbey Market "
    "Museum Gallery Church Tower Gardens Port Harbour".split()
)
_THING_WORDS = frozenset(
    "Bible Bill Prize Award Cup Trophy Medal Act Treaty Accord Doctrine Plan Report Declaration Constitution Code "
    "Theorem Conjecture Principle Law Effect Syndrome Disease Festival Games Championship League Series Show "
    "Programme Program Project Mission Expedition War Wars Revolution Dynasty Empire Kingdom Republic".split()
)
"""The last word of a named thing, never of a person's name ('Luther Bible', 'Nobel Prize')."""
_NOT_PERSONS = frozenset(
    "Lib Dems Dem Labour Tories Tory Conservatives Democrats Republicans Greens Hurricane Typhoon Cyclone Storm".split()
)
"""Words that make a run of names no person: a party, or a storm ('Hurricane Dora')."""
TIME_KINDS = frozenset(("year", "period", "date", "decade"))
"""Mention kinds that say when: '1969', '1348–50', '4 May 2004', 'the 1960s'."""
PARTIES = frozenset(
    ["Labour", "Tories", "Conservatives", "Lib Dems", "Liberal Democrats", "Democrats", "Republicans", "Greens"]
)
"""Political parties, named without an organisation word."""


@dataclass(frozen=True)
class Mention:
    """A named thing or quantity in a sentence, at [start, end) of the sentence text."""

    text: str
    start: int
    end: int
    kind: str
    key: str
    """Canonical identity: a person's full name, a country code, a number's value."""
    value: float | None = None
    title: str = ""
    """Role or title written before a person's name, such as 'President'."""
    title_start: int | None = None
    unit: str = ""
    """The noun a number counts, such as 'presidents'."""
    unit_end: int | None = None
    in_list: bool = False
    """Part of a list of things of the same kind, so not the one answer to a question."""


def number_value(text: str) -> float | None:
    """The value of a number written in digits or words, with bn/m/thousand scales."""
    t = text.lower().replace(",", "").strip("£$€¥ ")
    t = re.sub(r"\s?(%|per\s?cent|percent|pounds|dollars|euros|yen)$", "", t)
    scale = 1.0
    m = re.search(r"\s?(bn|m|k|thousand|million|billion|trillion)$", t)
    if m:
        scale = _SCALE[m.group(1)]
        t = t[: m.start()].strip()
    try:
        return float(t) * scale
    except ValueError:
        pass
    total = 0.0
    if t in ("a", "one") and scale > 1:
        return scale  # 'a billion barrels'
    for word in re.split(r"[- ]", t):
        if word not in _NUMBER_WORDS:
            return None
        n = _NUMBER_WORDS[word]
        total = total * n if n in (100, 1000) and total else total + n
    return total * scale


_PERIOD = re.compile(
    r"(?<![\w/.,£$€(–—-])(?P<from>1\d{3}|20\d\d)"
    r"(?:\s?[–—-]\s?(?P<to>\d{4}|\d\d)|\s(?P<word>to|until|and)\s(?P<to_year>1\d{3}|20\d\d))"
    r"(?![\w%/–—-]|[.,]\d|\s?(?:bn|m)\b)"
)
"""A span of years written as one: '1348–50', '1038-1040', '1321 to 1323', 'between 1321 and 1323'."""
_PERIOD_OPENER = {"to": "from", "until": "from", "and": "between"}
MAX_PERIOD = 100
"""The longest span of years taken as one period; a wider pair of years is two dates."""


def period_end(start: int, end_text: str) -> int:
    """The last year of a period from its first and the end as written: (1348, '50') → 1350."""
    if len(end_text) == 4:
        return int(end_text)
    return start // 100 * 100 + int(end_text)


def period_mentions(text: str) -> list[Mention]:
    """Spans of years asked as one answer ('in 1348–50'), keyed '1348-1350'. Not a lifespan or an aside in
    brackets ('(936–1013)': a side detail); 'to' and 'and' only after 'from' and 'between'."""
    found: list[Mention] = []
    for m in _PERIOD.finditer(text):
        first = int(m.group("from"))
        last = period_end(first, m.group("to") or m.group("to_year"))
        if not 0 < last - first <= MAX_PERIOD:
            continue
        if text[: m.start()].rstrip().endswith("(") or text[m.end() :].lstrip().startswith(")"):
            continue
        word = m.group("word")
        if word and not re.search(rf"\b{_PERIOD_OPENER[word]}\s+$", text[: m.start()], re.IGNORECASE):
            continue
        found.append(Mention(m.group(0), m.start(), m.end(), "period", f"{first}-{last}", float(first)))
    return found


def _counts_a_noun(tokens: list[Token], end: int) -> bool:
    """'from 1500 to 1800 members': figures before a plural noun count it, they are no years."""
    after = next((t for t in tokens if t.start >= end), None)
    return after is not None and after.tag in ("NNS", "NNPS")


def numeric_mentions(text: str, tokens: list[Token]) -> list[Mention]:
    """Periods, years, decades, dates, numbers, percentages and sums of money, without overlaps."""
    found = [m for m in period_mentions(text) if not _counts_a_noun(tokens, m.end)]
    taken = [(m.start, m.end) for m in found]
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            a, b = m.span()
            if any(a < y and x < b for x, y in taken):
                continue
            value = float(m.group(0).rstrip("s")) if kind in ("year", "decade") else number_value(m.group(0))
            mention = Mention(m.group(0), a, b, kind, m.group(0).lower(), value)
            if kind == "number":
                mention = _with_unit(mention, tokens)
                if _early_year(text, mention):
                    mention = replace(mention, kind="year", value=float(mention.text))
            taken.append((a, b))
            found.append(mention)
    return found


_BEFORE_YEAR = re.compile(
    r"(?:\b(?:in|after|before|since|until|till|by|from|between|and|to|around|circa|c\.|as early as|as late as)\s|\()$",
    re.IGNORECASE,
)
_BEFORE_SHORT_YEAR = re.compile(r"(?:\((?:d|b|c)\.?|\b(?:died|born|circa|c\.|AD))\s$")
"""Before a three-digit year: '(d 869)', 'born 973', 'AD 800'."""


def _early_year(text: str, mention: Mention) -> bool:
    """A year before 1600 ('after 1279', 'In 1564', 'the Battle of Bach Dang (1288)', '(d 869)'): four digits
    after a word of time, or three after a death, birth or era mark, counting nothing, so that its wrong
    answers are nearby years, not other figures."""
    before = text[: mention.start]
    if mention.unit:
        return False
    if re.fullmatch(r"1[0-5]\d\d", mention.text):
        return _BEFORE_YEAR.search(before) is not None
    return re.fullmatch(r"[1-9]\d\d", mention.text) is not None and _BEFORE_SHORT_YEAR.search(before) is not None


def _with_unit(mention: Mention, tokens: list[Token]) -> Mention:
    """A number with the noun phrase it counts ('five different U.S. presidents')."""
    after = [t for t in tokens if t.start >= mention.end]
    words: list[Token] = []
    quoted = bool(after) and after[0].text in ('"', "“") and not mention.text[:1].isalpha()
    if quoted:
        after = after[1:]  # 1,500 "safety whistleblowers"
    for tok in after:
        if quoted and words and tok.text in ('"', "”"):
            return replace(mention, unit=_span_text(words), unit_end=tok.end)
        if tok.tag in ("JJ", "NN", "NNS", "NNP", "NNPS", "VBN") and tok.chunk.endswith("NP"):
            words.append(tok)
            if tok.tag in ("NNS", "NNPS") and not quoted:
                return replace(mention, unit=_span_text(words), unit_end=tok.end)
            continue
        break
    if quoted:
        return mention
    if words and words[-1].tag in ("NN", "NNP") and len(words) <= 3:
        return replace(mention, unit=_span_text(words), unit_end=words[-1].end)
    return mention


def _span_text(words: list[Token]) -> str:
    parts = [words[0].text]
    for prev, tok in zip(words, words[1:], strict=False):
        parts.append(" " * (tok.start - prev.end) + tok.text)
    return "".join(parts)


def name_mentions(text: str, tokens: list[Token]) -> list[Mention]:
    """Capitalised names, classified as person, country, place, organisation or nationality."""
    found: list[Mention] = []
    i = 0
    while i < len(tokens):
        leading = leading_initials_end(tokens, i)
        if leading is None and not _starts_name(tokens, i):
            i += 1
            continue
        j = leading or i + 1
        initialled = leading is not None
        while j < len(tokens):
            if (after := middle_initials_end(tokens, j)) is not None:
                j, initialled = after, True
            elif _is_cap(tokens[j]) and tokens[j].start - tokens[j - 1].end <= 1:
                j += 1
            elif tokens[j].text in ("and", "&") and _org_continues(tokens, j + 1):
                j += 2
            elif (
                tokens[j].text in _CONNECTORS
                and j + 1 < len(tokens)
                and _is_cap(tokens[j + 1])
                and tokens[j + 1].text not in gazetteer.MONTHS
            ):
                j += 2
            else:
                break
        run = tokens[i:j]
        named = _classify(text, run)
        if initialled and _only_a_name(run):
            named = _initialled_person(text, run)
        found.extend(named)
        i = j
    return found


MAX_INITIALS = 2
"""A person's name holds at most two initials ('R. K. Pachauri'); a longer run of letters is no name."""
_LETTER = re.compile(r"[A-Z]")
_LETTERS_WITH_STOPS = re.compile(r"(?:[A-Z]\.){1,2}")
_LABEL_NOUNS = frozenset(
    "Group Plan Type Class Section Part Grade Division Phase Chapter Appendix Figure Model Vitamin Hepatitis Team "
    "Pool Route Block Level Category Schedule Article Annex Exhibit Row Stage Unit Zone Area Wing Gate Platform "
    "Terminal Track Side Box Flight Building Room Floor Option Point Sector Series Volume Book Act Tier League".split()
)
"""Nouns a letter labels ('Group A', 'Plan B', 'Vitamin D'): the letter after them is no initial."""


def _initials(tokens: list[Token], j: int, stops: bool) -> tuple[int, int] | None:
    """The letters of up to two initials from token j ('E.', 'E', 'R. K.', 'R.K.') as (letters, index after), each
    written with a full stop when `stops`."""
    letters, k = 0, j
    while k < len(tokens) and letters < MAX_INITIALS + 1:
        tok = tokens[k]
        if k > j and tok.start - tokens[k - 1].end != 1:
            break
        if _LETTERS_WITH_STOPS.fullmatch(tok.text) and tok.text not in gazetteer.countries():  # not 'U.S.'
            letters, k = letters + tok.text.count("."), k + 1
        elif _LETTER.fullmatch(tok.text):
            stop = k + 1 < len(tokens) and tokens[k + 1].text == "." and tokens[k + 1].start == tok.end
            if stops and not stop:
                break
            letters, k = letters + 1, k + 1 + stop
        else:
            break
    return (letters, k) if letters else None


def _surname_after(tokens: list[Token], k: int) -> bool:
    """A capitalised name word at token k, one space after the initials: not a common word ('A. The next ...')."""
    from textblob.en import lexicon

    if k >= len(tokens) or tokens[k].start - tokens[k - 1].end != 1:
        return False
    word = tokens[k].text
    if not word[:1].isupper() or not word.isalpha() or len(word) < 2 or word in _NOT_NAMES:
        return False
    if word in gazetteer.MONTHS or word in gazetteer.WEEKDAYS or word in gazetteer.ORG_WORDS:
        return False
    return lexicon.get(word) == "NNP" or lexicon.get(word.lower()) is None


def _word_of_a_name(word: str) -> bool:
    """'Michael': a capital then small letters, not an acronym ('WG I Summary')."""
    return len(word) > 1 and word.isalpha() and word[0].isupper() and word[1:].islower()


def middle_initials_end(tokens: list[Token], j: int) -> int | None:
    """'Michael E. Mann', 'George W Bush', 'Dr R. K. Pachauri': one or two initials after a given name (or a
    title, then with full stops) and before a surname; the index of the surname, or None. A letter after a noun
    it labels ('Group A. The next', 'Plan B') is no initial."""
    from textblob.en import lexicon

    if j == 0 or not _is_cap(tokens[j - 1]) or tokens[j].start - tokens[j - 1].end != 1:
        return None
    before = tokens[j - 1].text
    titled = _ends_with_title(before)
    given = (lexicon.get(before) == "NNP" or lexicon.get(before.lower()) is None) and _word_of_a_name(before)
    if before in _NOT_NAMES or before in _LABEL_NOUNS or before in gazetteer.ORG_WORDS or not (given or titled):
        return None
    found = _initials(tokens, j, stops=titled)
    if found is None or found[0] > MAX_INITIALS or not _surname_after(tokens, found[1]):
        return None
    return found[1]


def leading_initials_end(tokens: list[Token], i: int) -> int | None:
    """'R. K. Pachauri said': one or two initials with full stops opening a name; the index of the surname, or
    None. Not after a noun the letter labels ('in group A. Smith ...')."""
    if i > 0 and (_is_cap(tokens[i - 1]) or tokens[i - 1].text.capitalize() in _LABEL_NOUNS):
        return None
    if i > 1 and tokens[i - 1].text == "." and _LETTER.fullmatch(tokens[i - 2].text):
        return None  # the third initial of 'J. R. R. Tolkien': more than a name holds
    found = _initials(tokens, i, stops=True)
    if found is None or found[0] > MAX_INITIALS or not _surname_after(tokens, found[1]):
        return None
    return found[1]


def is_initial(word: str) -> bool:
    """'E', 'E.' or 'R.K.': the initials of a given name."""
    return bool(_LETTER.fullmatch(word) or _LETTERS_WITH_STOPS.fullmatch(word))


def _initialled_person(text: str, run: list[Token]) -> list[Mention]:
    """A run holding initials is a person, after any title in front ('Dr John E. Kelly')."""
    first = next(n for n, t in enumerate(run) if is_initial(t.text))
    for k in range(first, 0, -1):
        head = " ".join(t.text for t in run[:k])
        if _ends_with_title(head):
            person = text[run[k].start : run[-1].end]
            return [Mention(person, run[k].start, run[-1].end, "person", person, title=head, title_start=run[0].start)]
    name = text[run[0].start : run[-1].end]
    return [Mention(name, run[0].start, run[-1].end, "person", name)]


def _only_a_name(run: list[Token]) -> bool:
    """Initials and two or three name words, the last no body's, place's or thing's ('John F. Kennedy Space
    Center'), with no 'of' or 'and' between them."""
    words = [t.text for t in run if t.text != "." and not is_initial(t.text)]
    last = words[-1] if words else ""
    named_thing = last in gazetteer.ORG_WORDS or last in _PLACE_WORDS or last in _THING_WORDS
    return 1 <= len(words) <= 3 and all(_word_of_a_name(w) or "-" in w for w in words) and not named_thing


def _org_continues(tokens: list[Token], k: int) -> bool:
    """After 'and': a capitalised run ending an organisation's name ('... and Police Bill')."""
    while k < len(tokens) and _is_cap(tokens[k]):
        if tokens[k].text in gazetteer.ORG_WORDS:
            return True
        k += 1
    return False


def _is_cap(tok: Token) -> bool:
    return (tok.capitalised or tok.text[:1].isdigit() and tok.tag == "NNP") and any(c.isalpha() for c in tok.text)


def _starts_name(tokens: list[Token], i: int) -> bool:
    tok = tokens[i]
    if not tok.capitalised or tok.text in _NOT_NAMES or not any(c.isalpha() for c in tok.text):
        return False
    if tok.text in gazetteer.MONTHS or tok.text in gazetteer.WEEKDAYS:
        return False
    if i == 0 or tokens[i - 1].text in ('"', "“", "‘", "(", ":"):
        return tok.tag.startswith("NNP") or _known(tok.text)
    return True


def _known(name: str) -> bool:
    return name in gazetteer.countries() or name in gazetteer.NATIONALITIES or name in gazetteer.places()


def _classify(text: str, run: list[Token]) -> list[Mention]:
    """Mentions of a run of capitalised words, splitting off titles and nationalities."""
    words = [t.text for t in run]
    name = text[run[0].start : run[-1].end]
    full = _lookup(name, words)
    if full:
        return [Mention(name, run[0].start, run[-1].end, full[0], full[1])]
    if name in PARTIES:
        return [Mention(name, run[0].start, run[-1].end, "org", name)]
    if words[-1] in _THING_WORDS:
        return [Mention(name, run[0].start, run[-1].end, "name", name)]  # 'Luther Bible', 'Anti-Terrorism Bill'
    if words[-1] in gazetteer.ORG_WORDS:
        return [Mention(name, run[0].start, run[-1].end, "org", name)]  # "General Pharmaceutical Council"
    # a title or a nationality in front of a name: "President Joe Biden", "Kazakh President X"
    for k in range(len(run) - 1, 0, -1):
        head = " ".join(words[:k])
        if _ends_with_title(head) and all(t.capitalised for t in run[k:]):
            person = text[run[k].start : run[-1].end]
            return [Mention(person, run[k].start, run[-1].end, "person", person, title=head, title_start=run[0].start)]
    if words[0] in gazetteer.NATIONALITIES or words[0] in gazetteer.countries():
        first = _lookup(words[0], words[:1])
        rest = _classify(text, run[1:])
        if first and rest and rest[0].kind == "person":
            return [Mention(words[0], run[0].start, run[0].end, first[0], first[1]), *rest]
    if any(w in gazetteer.ORG_WORDS for w in words) or any(_acronym(w) for w in words):
        return [Mention(name, run[0].start, run[-1].end, "org", name)]
    if words[-1] in _PLACE_WORDS or " ".join(words) in ("Downing St", "Downing Street", "Wall Street"):
        return [Mention(name, run[0].start, run[-1].end, "place", name)]
    if all(_ends_with_title(w) or w in ("Home", "Foreign", "Shadow", "Deputy", "Vice", "General") for w in words):
        return [Mention(name, run[0].start, run[-1].end, "name", name)]
    if 2 <= len(run) <= 4 and _looks_like_person(words) and not _modifies_noun(text, run[-1].end):
        return [Mention(name, run[0].start, run[-1].end, "person", name)]
    return [Mention(name, run[0].start, run[-1].end, "name", name)]


def _modifies_noun(text: str, end: int) -> bool:
    """'Sgt Pepper jacket', 'Scooby Doo-style van': a name used before a common noun is not a person."""
    from textblob.en import lexicon

    if text[:end].endswith("-style"):
        return True
    m = re.match(r" ([a-z]+)\b", text[end:])
    return bool(m and (lexicon.get(m.group(1)) or "").startswith("NN") and m.group(1) not in ("who", "and", "or"))


def _looks_like_person(words: list[str]) -> bool:
    """Two to four capitalised words that are not titles, parties or a phrase of common words ('Final Days')."""
    from textblob.en import lexicon

    if any(w in _NOT_PERSONS or _ends_with_title(w) or not w[:1].isupper() for w in words):
        return False
    first = words[0]
    common = lexicon.get(first.lower())
    if lexicon.get(first) != "NNP" and common is not None and common.startswith(("JJ", "NN", "VB", "RB", "IN", "DT")):
        return False  # a common word starts it: "Intellectual Property", "Final Days"
    return sum(zipf(w.lower()) >= 4.7 for w in words) < 2


def _lookup(name: str, words: list[str]) -> tuple[str, str] | None:
    countries = gazetteer.countries()
    if name in countries:
        return "country", countries[name]
    if name in gazetteer.NATIONALITIES:
        return "nationality", gazetteer.NATIONALITIES[name] or name
    places = gazetteer.places()
    if name in places:
        return "place", name
    if (
        len(words) > 1
        and words[-1] in ("City", "State", "Province", "Island", "Islands")
        and " ".join(words[:-1]) in places
    ):
        return "place", name
    return None


def _acronym(word: str) -> bool:
    letters = word.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper() and word not in gazetteer.countries()


def _ends_with_title(head: str) -> bool:
    return any(head == t or head.endswith(" " + t) for t in gazetteer.TITLES)


_AMOUNT_KINDS = ("number", "percent", "money")
_RANGE_GLUE = re.compile(r"\s+(?:and|to)\s+")
_RANGE_OPENER = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def figure_ranges(text: str, mentions: list[Mention]) -> list[Mention]:
    """'between 80,000 and 100,000 barrels', 'between 7 and 11 percent': two figures after 'between', the
    second the larger, as one mention of kind 'range' keyed by both values. A change ('from 60 to 80') is two."""
    merged: list[Mention] = []
    k = 0
    while k < len(mentions):
        a = mentions[k]
        b = mentions[k + 1] if k + 1 < len(mentions) else None
        if (
            b is not None
            and a.kind in _AMOUNT_KINDS
            and b.kind in _AMOUNT_KINDS
            and (a.kind == b.kind or (a.kind == "number" and not a.unit))
            and a.value is not None
            and b.value is not None
            and 0 < a.value < b.value
            and _RANGE_GLUE.fullmatch(text[a.end : b.start])
            and _RANGE_OPENER.search(text[: a.start])
        ):
            whole = text[a.start : b.end]
            key = f"{a.value:g}-{b.value:g}"
            merged.append(Mention(whole, a.start, b.end, "range", key, a.value, unit=b.unit, unit_end=b.unit_end))
            k += 2
            continue
        merged.append(a)
        k += 1
    return merged


def sentence_mentions(text: str, tokens: list[Token]) -> list[Mention]:
    """Every mention of the sentence, in order, with lists of the same kind marked."""
    numeric = figure_ranges(text, sorted(numeric_mentions(text, tokens), key=lambda m: m.start))
    names = [m for m in name_mentions(text, tokens) if not any(m.start < n.end and n.start < m.end for n in numeric)]
    names = [_with_idea_head(text, m) for m in names]
    mentions = sorted(numeric + names, key=lambda m: (m.start, m.end))
    return mark_lists(text, mentions)


_IDEA_HEAD = re.compile(
    r"\s(?:theory|theorem|hypothesis|conjecture|paradox|equation|principle|effect|syndrome|algorithm|doctrine)\b"
)
"""A lower-case head that makes a name before it the name of an idea: 'the Miasma theory', 'the Doppler effect'."""


def _with_idea_head(text: str, m: Mention) -> Mention:
    """The name with the idea it names ('Miasma theory'), as one name; other mentions unchanged."""
    head = _IDEA_HEAD.match(text, m.end) if m.kind in ("name", "person") else None
    if head is None:
        return m
    whole = text[m.start : head.end()]
    return replace(m, text=whole, end=head.end(), kind="name", key=whole.lower(), title="", title_start=None)


_LIST_GLUE = re.compile(r"^(,\s*(and\s+|or\s+)?|\s+(and|or|nor|&)\s+|\s*/\s*)$")


def mark_lists(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mark mentions joined to a neighbour of the same kind by a comma, 'and' or 'or'."""
    listed = [False] * len(mentions)
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        if _same_family(a.kind, b.kind) and _LIST_GLUE.match(text[a.end : b.title_start or b.start]):
            listed[i] = listed[i + 1] = True
    return [replace(m, in_list=True) if flag else m for m, flag in zip(mentions, listed, strict=True)]


def _same_family(a: str, b: str) -> bool:
    proper = ("person", "name", "org")
    return a == b or (a in proper and b in proper)
