"""Terms the article defines: 'the “X” format, established to ...', 'X is a Y that ...'.

The expansion of an acronym ('Full Name (ABBR)') is no definition worth a card: it tests spelling, not the
subject.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from quizgen.generate.frequency import zipf
from quizgen.generate.index import Analysed
from quizgen.generate.kinds import place_named_as_person

_QUOTED_PARTICIPLE = re.compile(
    r"^(?:The|A|An)\s+([“\"][^”\"]{1,40}[”\"](?:\s+[a-z-]+){0,3}),\s+((?:established|created|set up|founded|designed|"
    r"launched|introduced|known|formed|used|developed|aimed)\b[^,;]{10,160}),"
)
_IS_A = re.compile(
    r"^((?:The\s+)?[A-Z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){0,4})\s+(?:is|are)\s+((?:a|an)\s+[^,;]{8,120}?(?:\s+(?:that|which|who|used|designed)\s+[^;]{5,160})?)\.$"
)
_A_IS_A = re.compile(
    r"^(An?)\s+([a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3})\s+(?:\([^()]{1,60}\)\s+)?is\s+((?:a|an|the)\s+[^;]{8,160}?)\.$"
)
_SO_CALLED = re.compile(
    r"\bthe so-called\s+([“\"][^”\"]{2,40}[”\"]|[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)"  # the term
    r"\s*,?\s+((?:which|that|who)\s+[^,;]{8,120}?)[.,;]"  # what it is
)
_QUOTED_WHICH = re.compile(
    r"(?<![\w,])[“\"]([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})[”\"],?\s+(which)\s+([^;\"“”]{10,200}?)[.;]?$"
)
"""'proposes "control orders", which ... could mean curfews, tagging or bans': a new term the sentence ends on
describing."""
_IS_CALLED = re.compile(
    r"^((?:An?|The)\s+[^;:]{8,160}?)\s+(?:is|are)\s+(?:called|known as|termed|referred to as)\s+"
    r"(?:(?:an?|the)\s+)?[“\"]?([A-Za-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){0,3})[”\"]?\.$"
)
"""'A natural number greater than 1 that is not prime is called a composite number': the term last."""
_RESTRICTED = re.compile(r"\s(?:that|which|who|whose|of|for|with|in|on|by|greater|less|used)\s")
"""A description that says which thing it means: it defines the term rather than pointing back."""
_TELLS_MORE = re.compile(
    r"\s(?:that|which|who|whose|of|for|with|in|on|by|at|across|near|from|between|to|under|over|based|founded)\s"
)
"""An appositive that says more than a label: 'a Roman fort and bridge across the River Tyne', not 'a UK oil firm'."""
_APPOSITIVE = re.compile(r",\s+((?:a|an)\s+[^,;:()\"“”]{3,80}?)\s*(?=,|\.$)")
_KNOWN_AS = re.compile(
    r"\b((?:a|an|the)\s+[a-z][\w -]{3,60}?)\s+(?:known as|called)\s+[“\"]?([A-Za-z][\w’' -]{2,40}?)[”\"]?(?=[,.;])"
)


_SETTLEMENTS = frozenset("village town city settlement fort site area region district place spot island".split())
"""Heads of a place's description: 'What is Manakin Town?' answered 'the abandoned Monacan village' says where a
story happened, not what the name means, and leaves the story out."""


@dataclass(frozen=True)
class Definition:
    """A term and what the article says it is, at [start, end) of the sentence."""

    term: str
    definition: str
    start: int
    end: int
    front: str


def definitions(row: Analysed) -> list[Definition]:
    """The definitions a sentence gives."""
    text = row.sentence.text
    found = []
    m2 = _QUOTED_PARTICIPLE.match(text)
    if m2:
        term = m2.group(1)
        head = term.split()[-1]
        found.append(Definition(term, f"A {head} {m2.group(2)}", m2.start(1), m2.end(1), f"What is the {term}?"))
    m3 = _IS_A.match(text)
    if m3 and not m3.group(1).lower().startswith(("it ", "this", "that", "he ", "she ", "they")):
        found.append(Definition(m3.group(1), m3.group(2), m3.start(1), m3.end(1), f"What is {_lowered(m3.group(1))}?"))
    m6 = _A_IS_A.match(text)
    if m6:
        term = f"{m6.group(1).lower()} {m6.group(2)}"
        found.append(Definition(term, m6.group(3), m6.start(2), m6.end(2), f"What is {term}?"))
    m7 = _IS_CALLED.match(text)
    if m7 and _RESTRICTED.search(m7.group(1)):  # not 'The entire conflict is known as ...': which conflict?
        term = m7.group(2)
        found.append(Definition(term, m7.group(1), m7.start(2), m7.end(2), f"What is {_named(text, m7)}?"))
    for m4 in _KNOWN_AS.finditer(text):
        if m4.group(1).split()[-1].lower() in _SETTLEMENTS:
            continue  # 'the abandoned Monacan village known as Manakin Town': where, not what a term means
        found.append(Definition(m4.group(2), m4.group(1), m4.start(2), m4.end(2), f"What is {m4.group(2)}?"))
    for m5 in _SO_CALLED.finditer(text):
        term = m5.group(1)
        verb = "are" if term.strip('“”"').endswith("s") else "is"
        head = term.strip('“”"').split()[-1].capitalize()  # "one-euro jobs" → "Jobs which ..."
        found.append(
            Definition(term, f"{head} {m5.group(2)}", m5.start(1), m5.end(1), f"What {verb} the so-called {term}?")
        )
    m8 = _QUOTED_WHICH.search(text)
    if m8 and not _SO_CALLED.search(text):
        term, verb = m8.group(1), "are" if m8.group(1).endswith("s") else "is"
        head = term.split()[-1].capitalize()  # "control orders" → "Orders which ..."
        definition = f"{head} {m8.group(2)} {m8.group(3)}"
        found.append(Definition(term, definition, m8.start(1), m8.end(1), f"What {verb} {term}?"))
    found.extend(appositives(row))
    return [d for d in found if _sound(row, d)]


_DANGLING = frozenset("is are was were be been has have had that which who the a an of to and or in by".split())


def _sound(row: Analysed, d: Definition) -> bool:
    """A term that is a noun phrase ('Legendre's conjecture states that there' is not) and a definition that
    does not stop mid-phrase ('A prime number is')."""
    term = [t for t in row.tokens if d.start <= t.start < d.end]
    if any(t.tag.startswith(("VB", "MD", "WDT")) or t.text.lower() in ("that", "which") for t in term):
        return False
    inside = [t for t in row.tokens if d.start < t.start]
    if any(
        a.text.lower() == "that" and b.tag.startswith("NN") and b.text[:1].islower() and c.text in (",", ";")
        for a, b, c in zip(inside, inside[1:], inside[2:], strict=False)
    ):
        return False  # 'a strengthening of that conjecture, it states ...': 'that' points back, it opens no clause
    words = d.definition.split()
    if len(words) >= 2 and words[0].lower() in ("a", "an", "the") and words[1].lower() in _RELATIONAL:
        return False  # 'an earlier market built in 1808': earlier than what the sentence names, not the card
    return len(words) >= 3 and words[-1].lower().strip(".,") not in _DANGLING and not circular(d.term, d.definition)


_RELATIONAL = frozenset("earlier later former previous subsequent other similar same older newer rival".split())
"""Words that describe a thing by another ('an earlier market'): a definition that opens with one leans on it."""


def circular(term: str, definition: str) -> bool:
    """'Primality' as 'the property of being prime': a one-word term whose definition repeats its root tests
    nothing. A longer term's words may recur ('a carbon tax is a charge on the carbon content of fuels')."""
    words = re.findall(r"[a-z]+", term.casefold())
    if len(words) != 1 or len(words[0]) < 4:
        return False
    return any(same_stem(words[0], b) for b in re.findall(r"[a-z]{4,}", definition.casefold()))


def same_stem(a: str, b: str) -> bool:
    """'prime' and 'primality', 'Korea' and 'Korean': words that share most of the shorter one's letters."""
    shared = len(os.path.commonprefix([a, b]))
    return shared >= 4 and shared >= 0.75 * min(len(a), len(b))


def appositives(row: Analysed) -> list[Definition]:
    """'Carsten Fritsch, a strategist at Commerzbank, said': who or what a name is."""
    text = row.sentence.text
    found = []
    for m in row.mentions:
        if m.kind not in ("person", "org") or m.in_list:
            continue
        after = _APPOSITIVE.match(text, m.end)
        if after is None:
            continue
        phrase = [t for t in row.tokens if after.start(1) <= t.start < after.end(1)]
        if not phrase or len(phrase) > 10 or not phrase[-1].tag.startswith("NN"):
            continue
        if any(t.tag.startswith(("VB", "MD", "PRP", "W")) and "-" not in t.text for t in phrase):
            continue
        definition = after.group(1)
        if not _TELLS_MORE.search(f" {definition} "):
            continue  # 'Cairn Energy, a UK oil firm,': a bare label, no fact about it
        wh = "Who" if m.kind == "person" and not place_named_as_person(definition) else "What"  # 'a Roman fort'
        found.append(Definition(m.text, definition, m.start, m.end, f"{wh} is {m.text}?"))
    return found


def _named(text: str, m: re.Match[str]) -> str:
    """The term as the question names it, with the article the sentence gives it ('a composite number')."""
    article = re.search(r"(?:(an?|the)\s+)?[“\"]?$", text[: m.start(2)])
    word = article.group(1) if article and article.group(1) else ""
    return f"{word} {m.group(2)}".strip()


def _lowered(term: str) -> str:
    """The term as it reads inside a question: 'the ...' for 'The ...', and a common word that only opened the
    sentence in lower case ('computational complexity theory', 'oxygen'); a name keeps its capitals ('Pons
    Aelius', 'Fresno')."""
    words = term.split()
    if words[0] == "The" or any(w[:1].isupper() for w in words[1:]) or words[0].endswith(("'s", "’s")):
        return _lower_the(term)
    common = COMMON_OPENER if len(words) == 1 else COMMON_MODIFIER
    return term[:1].lower() + term[1:] if zipf(words[0].lower()) >= common else term


COMMON_OPENER = 4.0
"""A one-word term this common (Zipf) is a word of the language, not a name: 'Oxygen', not 'Fresno'."""
COMMON_MODIFIER = 3.0
"""The first word of a term whose other words are lower case, this common, is no name: 'Computational'."""


def _lower_the(term: str) -> str:
    return "the" + term[3:] if term.startswith("The ") else term
