"""Side details: answers beside the article's story or subject, which give no card.

Each rule is a named function that says why an answer of a sentence is a side detail, or None:
a person who only supplies quotations, a name mentioned once in passing, one item of a list,
the employer of a quoted analyst, a day's move of a share price, background at an article's end.
`side_reason` tries them in order. The lead of an article (its first sentences) is never a side.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from statistics import median

from quizgen.generate.actors import actor_reason
from quizgen.generate.antecedents import article_org
from quizgen.generate.entities import Mention
from quizgen.generate.index import Analysed, ArticleIndex
from quizgen.generate.roles import dominant_org
from quizgen.generate.salience import LEAD, centrality

PASSING_MIN_SENTENCES = 12
"""A name mentioned once is in passing only in an article at least this long."""
SPEAKER_SHARE = 0.75
"""A person whose mentions are mostly as a speaker is a source of quotations, not a fact."""
BACKGROUND_TAIL = 0.7
"""The share of an article after which a founding date is background."""


@dataclass
class Story:
    """What the rules need to know of the whole article, each part worked out once when first asked for."""

    index: ArticleIndex
    _minor: set[int] | None = field(default=None, repr=False)
    _spoken: dict[str, float] | None = field(default=None, repr=False)
    _text: str | None = field(default=None, repr=False)

    @property
    def minor(self) -> set[int]:
        """The sentences less central than the article's median (`salience.centrality`)."""
        if self._minor is None:
            scores = centrality(self.index, frozenset())
            middle = median(scores.values()) if scores else 0.0
            self._minor = {n for n, s in scores.items() if s < middle}
        return self._minor

    def spoken_share(self, key: str) -> float:
        """The share of a person's mentions that name them as a speaker (`speaks`)."""
        if self._spoken is None:
            spoken: Counter[str] = Counter()
            total: Counter[str] = Counter()
            for row in self.index.sentences:
                for m in row.mentions:
                    if m.kind == "person":
                        total[m.key] += 1
                        spoken[m.key] += speaks(row, m)
            self._spoken = {k: spoken[k] / n for k, n in total.items()}
        return self._spoken.get(key, 0.0)

    def named_elsewhere(self, number: int, m: Mention) -> bool:
        """Another sentence names the mention, or the last word of its name, even inside another word ('Kublai' of
        'Kublai Khan', 'Jackson' of 'Jacksonville')."""
        if self._text is None:
            self._text = "\n".join(row.sentence.text for row in self.index.sentences).casefold()
        own = self.index.sentences[number].sentence.text.casefold()
        last = m.text.split()[-1] if m.text.split() else ""
        words = {m.text.casefold(), last.casefold()} if len(last) > 3 else {m.text.casefold()}
        return any(self._text.count(w) > own.count(w) for w in words)


_SPEECH = (
    r"(?:said|says|say|told|tells|added|adds|warned|warns|explained|explains|insisted|insists|argued|argues|"
    r"claimed|claims|stated|states|believes|believed|suggested|suggests|noted|notes|commented|admitted|admits|"
    r"predicted|predicts|estimated|wrote|writes|pointed out|points out|likened|maintained|maintains|"
    r"(?:is|was) quoted|(?:has|have|had) (?:also )?(?:said|argued|suggested|claimed|written|warned|noted))"
)
_SPEAKS_AFTER = re.compile(rf"^(?:,[^,\"“”]{{1,90}})*,?\s+(?:also\s+|later\s+|then\s+|further\s+)?{_SPEECH}\b")
_SPEAKS_BEFORE = re.compile(
    rf"\b(?:{_SPEECH}|according to|quoted|quoting|said by)\s+(?:the\s+)?(?:[\w'’.&-]+\s+){{0,6}}$", re.IGNORECASE
)


def speaks(row: Analysed, m: Mention) -> bool:
    """The mention names who said something ('X said', 'said X', 'X, an analyst, warned', 'according to X')."""
    text = row.sentence.text
    if actor_reason(row, m):
        return False  # 'X said he would ...', 'X has backed ...': the claim's actor, not a source
    start = m.title_start if m.title_start is not None else m.start
    return bool(_SPEAKS_AFTER.match(text[m.end :]) or _SPEAKS_BEFORE.search(text[:start]))


def only_a_speaker(story: Story, number: int, m: Mention) -> str | None:
    """A person the article names (almost) only as the speaker of quotations: who said it is not the story."""
    if m.kind == "person" and story.spoken_share(m.key) >= SPEAKER_SHARE:
        if actor_reason(story.index.sentences[number], m):
            return None  # here the claim's actor ('Lord Browne rejected calls for ...'), not a source
        return "a person the article names only as a speaker"
    return None


def passing_mention(story: Story, number: int, m: Mention) -> str | None:
    """A person or a named thing (a storm, a bridge) that a long article mentions once, in a sentence less
    central than most, and not as its subject: a minor figure."""
    if m.kind not in ("person", "name") or len(story.index.sentences) < PASSING_MIN_SENTENCES:
        return None
    row = story.index.sentences[number]
    if number not in story.minor or subject_of(row, m) or _AGENT.search(row.sentence.text[: m.start]):
        return None
    if story.index.counts[(m.kind, m.key)] > 1 or story.named_elsewhere(number, m):
        return None
    return f"a {m.kind} the article mentions once, in passing"


_AGENT = re.compile(
    r"\b(?:(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?\w+\s+by|named\s+(?:after|for)|in\s+honou?r\s+of)\s+$"
)
"""'was held by X', 'named after X': the person the sentence's claim is about."""


def subject_of(row: Analysed, m: Mention) -> bool:
    """The mention comes before the sentence's first verb ('His successor, X, has sought'): the person or thing
    the sentence is about, not a name beside it."""
    start = m.title_start if m.title_start is not None else m.start
    return not any(t.end <= start and t.tag.startswith(("VB", "MD")) and not t.capitalised for t in row.tokens)


_LIST_MARKER = re.compile(
    r"\b(?:such as|including|includes|include|e\.g\.,?|for example,?|for instance,?|notably|among them)\s+"
    r"(?:[^,;:.()\"“”]{1,60},\s*(?:and\s+|or\s+)?)*(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_OPEN_LIST_END = re.compile(
    r"^[^;:.()\"“”]{0,120}?(?:\betc\b|\band (?:many |several )?others\b|\bamong others\b|\band so (?:on|forth)\b|"
    r"\band (?:many )?more\b)"
)
_SEPARATOR = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_CLAUSE_EDGE = re.compile(r"[;:()\"“”]|\.\s")
MAX_ITEM_WORDS = 8


def list_item(story: Story, number: int, m: Mention) -> str | None:
    """One item of a list of three or more, of 'such as', 'including', 'etc.' or 'and others': the list's idea
    is the fact, not any one of its items."""
    if m.kind in ("people", "range", "year", "period", "date", "decade", "percent", "money", "number"):
        return None
    row = story.index.sentences[number]
    text = row.sentence.text
    if _LIST_MARKER.search(text[: m.start]):
        return "one example of several"
    if _OPEN_LIST_END.match(text[m.end :]) and not _verb_between(row, m.end, _OPEN_LIST_END.match(text[m.end :])):
        return "one item of an open list ('etc.', 'and others')"
    if _items_around(row, m) >= 3:
        return "one item of a list of three or more"
    return None


def _verb_between(row: Analysed, start: int, found: re.Match[str] | None) -> bool:
    end = start + (found.end() if found else 0)
    return any(start <= t.start < end and t.tag.startswith(("VB", "MD")) for t in row.tokens)


def _items_around(row: Analysed, m: Mention) -> int:
    """How many items the list holding the mention has: 'A, B and C' gives 3; 1 when it is in none."""
    text = row.sentence.text
    lo = max((e.end() for e in _CLAUSE_EDGE.finditer(text, 0, m.start)), default=0)
    found = _CLAUSE_EDGE.search(text, m.end)
    hi = found.start() if found else len(text)
    pieces: list[tuple[int, int, str]] = []
    """(start, end, the separator after it) of the clause's pieces."""
    at = lo
    for sep in _SEPARATOR.finditer(text, lo, hi):
        pieces.append((at, sep.start(), sep.group(0)))
        at = sep.end()
    pieces.append((at, hi, ""))
    k = next((i for i, (a, b, _) in enumerate(pieces) if a <= m.start < b), None)
    if k is None:
        return 1
    named = m.text[:1].isupper()
    if not _is_item(row, pieces[k], named, m):
        if text[m.end : pieces[k][1]].strip() or k + 1 >= len(pieces) or "," not in pieces[k][2]:
            return 1
        k += 1  # the mention ends a longer piece: the first item of the list that follows it
        if not _is_item(row, pieces[k], named):
            return 1
    first = last = k
    while first > 0 and _is_item(row, pieces[first - 1], named):
        first -= 1
    while last + 1 < len(pieces) and _is_item(row, pieces[last + 1], named):
        last += 1
    separators = [pieces[i][2] for i in range(first - (first > 0), last + 1)]
    if not any(re.search(r"\b(?:and|or)\b", s) for s in separators) or not any("," in s for s in separators):
        return 1  # 'X, editor of Y, said': an apposition, not a list
    return last - first + 1 + (first > 0)  # the first item ends the piece before the run


_DETERMINERS = frozenset("the a an".split())


def _is_item(row: Analysed, piece: tuple[int, int, str], named: bool, m: Mention | None = None) -> bool:
    """A short piece without a verb, a name when the mention is one: a list item. The mention's own piece must be
    little more than the mention."""
    start, end, _ = piece
    words = row.sentence.text[start:end].split()
    if not words or len(words) > MAX_ITEM_WORDS:
        return False
    if m is not None and len(words) - len(m.text.split()) > 3:
        return False
    head = next((w for w in words if w.lower() not in _DETERMINERS), "")
    if m is None and head[:1].isupper() != named:
        return False  # 'Tan, presently a director of X and head of Y': an apposition to a name
    return not any(
        start <= t.start < end and t.tag.startswith(("VB", "MD")) and not t.text[:1].isupper() for t in row.tokens
    )


_FIGURES = frozenset(("number", "percent", "money"))
_EMPLOYER = re.compile(
    r"\b(?:analysts?|economists?|strategists?|researchers?|professors?|spokes(?:man|woman|person)|director|"
    r"chief|head|editor|fellow|lecturer)\s+(?:[A-Z][\w.'’-]*\s+){0,3}(?:of|at|from|with)\s+(?:the\s+)?$"
)
_VENUE = re.compile(
    r"\b(?:speech|address|speaking|spoke|lecture|remarks|told a|conference)\s+(?:[\w'’-]+\s+){0,3}"
    r"(?:at|in|to|before)\s+(?:the\s+|a\s+)?$",
    re.IGNORECASE,
)
_TITLED = re.compile(r"\b(?:report|study|paper|book|survey|document),?\s+(?:titled|entitled|called|named)?\s*[\"“]?$")
_NUMERIC = frozenset(("range", "number", "percent", "money", "share", "year", "period", "date", "decade"))
_CITED = re.compile(r"^\s*(?:\)|report|study|survey|paper|article|review|census|interview)", re.IGNORECASE)


def side_detail(row: Analysed, m: Mention) -> bool:
    """A detail beside the sentence's claim: the employer of a quoted analyst, the venue of a speech, the title
    of a report, a citation year, the year of a reporting period when the sentence gives a figure."""
    text, before = row.sentence.text, row.sentence.text[: m.start]
    if m.kind in ("org", "name", "place", "person") and (_EMPLOYER.search(before) or _VENUE.search(before)):
        return True
    if m.kind in ("org", "name") and " of " in m.text and _EMPLOYER.search(before + "of "):
        return True  # 'analyst John Smith of Barclays Capital', typed as one organisation
    if m.kind not in _NUMERIC and _TITLED.search(before):
        return True
    if m.kind == "year":
        if before.rstrip().endswith("(") or _CITED.match(text[m.end :]):
            return True  # '(2019)', 'a 2019 report'
        figures = [o for o in row.mentions if o.kind in _FIGURES and o is not m]
        return (
            bool(figures)
            and re.search(r"\b(?:in|for|during|over)\s+(?:the\s+)?(?:fiscal\s+|financial\s+)?$", before) is not None
        )
    return False


def beside_the_claim(story: Story, number: int, m: Mention) -> str | None:
    """`side_detail` as a rule: the employer of a quoted analyst, the venue of a speech, a citation year."""
    return "a detail beside the sentence's claim" if side_detail(story.index.sentences[number], m) else None


_EMPLOYED_AT = re.compile(r"^,?\s+(?:(?:an?|the)\s+)?(?:[\w'’-]+\s+){0,3}(?:at|of|from|with)\s+(?:the\s+)?$")


def a_speakers_employer(story: Story, number: int, m: Mention) -> str | None:
    """'said Jane Roe at Finbank', 'Jane Roe, an analyst with Finbank, said': whom a speaker works for."""
    if m.kind not in ("org", "name"):
        return None
    row = story.index.sentences[number]
    text = row.sentence.text
    for person in row.mentions:
        if person.kind == "person" and person.end <= m.start and _EMPLOYED_AT.match(text[person.end : m.start]):
            if speaks(row, person):
                return "the employer of a quoted speaker"
    return None


_TRADING = re.compile(
    r"\bshares?\b.{0,80}\b(?:in|during)\s+(?:[\w-]+\s+){0,3}trading\b"
    r"|\b(?:in|during)\s+(?:early|morning|afternoon|late|midday|lunchtime)\s+trading\b",
    re.IGNORECASE,
)


def day_of_trading(story: Story, number: int, m: Mention) -> str | None:
    """A share price's move in a day's trading ('rose 4p in morning trading'): market noise, not the story."""
    if m.kind in _FIGURES and _TRADING.search(story.index.sentences[number].sentence.text):
        return "a share price's move in a day's trading"
    return None


_FOUNDED = re.compile(r"\b(?:founded|established|set up|formed|created|launched|incorporated)\b", re.IGNORECASE)
_TRIP = re.compile(
    r"^[-\s](?:nation|country|city|day|stop|leg|state)\s+(?:[\w'’-]+\s+){0,2}(?:visit|tour|trip|journey)\b"
)


def background_at_the_end(story: Story, number: int, m: Mention) -> str | None:
    """The year or decade the story's own company was founded, told near its end ('Mr Gammell set up the company
    in the 1980s'): background, not news."""
    sentences = story.index.sentences
    if m.kind not in ("year", "decade") or number < BACKGROUND_TAIL * len(sentences):
        return None
    text = sentences[number].sentence.text
    company = dominant_org(story.index)
    if company is None and story.index.subject is None:  # a news story's company, by its headline
        company = article_org(story.index)
    named = company is not None and (company in text or re.search(r"\bthe (?:company|firm|group)\b", text))
    if not named or not _FOUNDED.search(text):
        return None
    return "background at the article's end"


def count_of_a_trip(story: Story, number: int, m: Mention) -> str | None:
    """'a four-nation visit', 'a three-day tour': how many stops a trip has is a detail of the trip."""
    if m.kind == "number" and _TRIP.match(story.index.sentences[number].sentence.text[m.end :]):
        return "the count of a trip's stops or days"
    return None


_DIED = re.compile(r"(?:\b(?:died|death)\s+(?:in\s+|on\s+)?(?:\w+\s+){0,2}|\((?:d\.?|died)\s*)$", re.IGNORECASE)
_BIOGRAPHY_WORDS = 2
"""An article whose subject is a person's name (two words or more) is that person's biography."""


def a_death_year(story: Story, number: int, m: Mention) -> str | None:
    """'Noble, who died in 1958', '(d. 869)': when someone of the story died, outside their own biography."""
    if m.kind not in ("year", "date"):
        return None
    before = story.index.sentences[number].sentence.text[: m.start]
    if not _DIED.search(before):
        return None
    subject = story.index.subject
    if subject is not None and len(subject.name.split()) >= _BIOGRAPHY_WORDS and subject.name.split()[-1] in before:
        return None  # the year the article's own subject died
    return "the year someone of the story died"


SideRule = Callable[[Story, int, Mention], str | None]

SIDE_RULES: tuple[SideRule, ...] = (
    only_a_speaker,
    passing_mention,
    list_item,
    beside_the_claim,
    a_speakers_employer,
    day_of_trading,
    background_at_the_end,
    count_of_a_trip,
    a_death_year,
)
"""Every rule that makes an answer a side detail."""


def side_reason(story: Story, number: int, m: Mention) -> str | None:
    """Why the answer `m` of sentence `number` is a side detail ('rule name: reason'), or None. Never in the lead."""
    if number < LEAD:
        return None
    for rule in SIDE_RULES:
        reason = rule(story, number, m)
        if reason:
            return f"{rule.__name__}: {reason}"
    return None
