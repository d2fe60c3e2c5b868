"""Build the five kinds of card from a fact."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from quizgen.generate.ages import is_age
from quizgen.generate.candidates import CLAIM, Fact
from quizgen.generate.concepts import same_head_terms
from quizgen.generate.context import GAP
from quizgen.generate.denials import flipped
from quizgen.generate.distractors import distractors
from quizgen.generate.edits import apply_edits
from quizgen.generate.frequency import zipf
from quizgen.generate.index import ArticleIndex
from quizgen.generate.reasons import Reason
from quizgen.generate.terms import Definition
from quizgen.generate.truefalse import bounded_wrong, negated_pair, statement, tidy, wrong_year, year_is_bounded
from quizgen.generate.variants import ABBREVIATION_AFTER, SPELT_KINDS, answer_variants

BLANK = "_____"
LISTED_YEARS = 3
"""A sentence naming this many years lists them: a changed one stands out of order."""
THIS_YEAR = 2026
"""No false statement dates an event after this year. A constant, not the clock: generating stays deterministic."""
PROMPT_FIELD = {"basic": "front", "cloze": "text", "choice": "question", "truefalse": "statement", "typed": "question"}
"""The field of each kind of card that says what it asks (as the model's `prompt()`)."""


@dataclass
class Draft:
    """A generated card as plain data: what quizgen.model's card of this type would hold.

    The generator builds drafts, not model cards, so that `quizgen generate` never imports pydantic
    (a good part of its time); `Generated.deck` turns them into model cards when asked for.
    """

    type: str
    id: str
    fields: dict[str, Any]
    """The card's own fields, in the model's order (question, choices, answer...)."""
    tags: list[str] = field(default_factory=list)
    source: dict[str, Any] | None = None
    """The source sentence and its offsets, as the model's CardSource."""
    note: str = ""
    """How the card was made, for --explain only (a denied claim's flip: 'would not back' → 'would back')."""

    @property
    def uid(self) -> str:
        return self.id

    def prompt(self) -> str:
        """What the card asks, as the model card's `prompt()`."""
        return str(self.fields[PROMPT_FIELD[self.type]])

    def data(self) -> dict[str, Any]:
        """The card as a deck file holds it: what the model card's dump keeps, in the deck file's key order.

        Fields left at the model's default (None or an empty list) are left out, as the dump does.
        """
        data: dict[str, Any] = {"id": self.id, "type": self.type}
        data.update((k, v) for k, v in self.fields.items() if v is not None and v != [])
        if self.tags:
            data["tags"] = list(self.tags)
        if self.source is not None:
            data["source"] = {k: v for k, v in self.source.items() if v is not None}
        return data


def card_id(kind: str, sentence: str, answer: str) -> str:
    """An id from the fact (sentence and answer), so edits elsewhere in the article keep it."""
    norm = re.sub(r"\s+", " ", sentence).strip().casefold()
    digest = hashlib.sha1(f"{kind}\n{norm}\n{answer.casefold()}".encode()).hexdigest()
    return f"{kind}-{digest[:12]}"


def _both(fact: Fact) -> str:
    """The sentence as written and as resolved: a wrong answer may appear in neither."""
    return fact.text + "\n" + fact.row.sentence.text


def _with_paragraph(fact: Fact, index: ArticleIndex) -> str:
    """For a country, the sentence and its paragraph: a country the paragraph relates to the answer ('the war
    in Ukraine' beside 'Russia') may be right too, so it is no wrong answer."""
    if fact.mention.kind != "country":
        return _both(fact)
    number = fact.row.sentence.paragraph
    around = [row.sentence.text for row in index.sentences if row.sentence.paragraph == number]
    return "\n".join([_both(fact), *around])


def swappable(fact: Fact) -> bool:
    """A country used as a modifier ('U.S. presidents') or after 'the' cannot take another country's name."""
    if fact.mention.kind != "country":
        return True
    text = fact.row.sentence.text
    before = text[: fact.mention.start].rstrip().lower()
    after = next((t for t in fact.row.tokens if t.start >= fact.mention.end), None)
    return not before.endswith("the") and not (after is not None and after.tag.startswith(("NN", "JJ")))


def _tags(fact: Fact) -> list[str]:
    return [fact.mention.kind]


def safe(fact: Fact) -> bool:
    """Cloze syntax cannot hold the sentence or the answer."""
    return not any(mark in fact.text or mark in fact.mention.text for mark in ("{{", "}}", "::"))


def cloze(fact: Fact) -> Draft | None:
    """The sentence with the answer blanked."""
    if not safe(fact):
        return None
    m, sentence = fact.mention, fact.row.sentence.text
    spelt = ABBREVIATION_AFTER.match(sentence[m.end :])  # 'the [General Pharmaceutical Council (GPhC)]': one gap
    end = m.end + spelt.end() if spelt and m.kind in SPELT_KINDS else m.end
    text = apply_edits(sentence, [*fact.edits, (m.start, end, "{{c1::" + sentence[m.start : end] + "}}")])
    return Draft("cloze", card_id("cloze", fact.row.sentence.text, m.text), {"text": tidy(text)}, _tags(fact))


def lead_line(fact: Fact) -> str:
    """The context a question is shown under, ended by GAP ('Britain has offered ... […] Who said ...?'): the
    question is no sentence of the article, so the text between is marked left out. Empty without a context."""
    if not fact.context:
        return ""
    return f"{fact.context} " if fact.context.endswith(GAP) else f"{fact.context} {GAP} "


def asked(fact: Fact) -> str:
    """The fact's question under its lead line (`lead_line`), as a typed or choice card asks it."""
    return lead_line(fact) + (fact.question or "")


COMMON = 4.0
"""A phrase whose every word is at least this frequent (wordfreq's Zipf scale) is said in many ways."""


def common_phrase(fact: Fact) -> bool:
    """'job creation': a term of common words, which a student may type as 'creating jobs' or 'new jobs'; a typed
    card could not accept them all, so the term is asked only where the sentence shows its words."""
    words = re.findall(r"[A-Za-z]+", fact.mention.text)
    return fact.mention.kind == "concept" and bool(words) and min(zipf(w.lower()) for w in words) >= COMMON


def typed(fact: Fact) -> Draft | None:
    """The wh-question with the answer to type, under its context when it has one (`lead_line`)."""
    if not fact.question or common_phrase(fact):
        return None
    answer = fact.mention.text
    if fact.mention.kind == "person":
        answer = fact.answer  # the full name; the surname and the name as written are accepted too
    others = [fact.mention.text, fact.answer, *fact.accept, *answer_variants(answer, fact.mention.kind)]
    accept = [a for a in dict.fromkeys(others) if a.casefold() != answer.casefold()]
    return Draft(
        "typed",
        card_id("typed", fact.row.sentence.text, answer),
        {"question": asked(fact), "answer": answer, "accept": accept},
        _tags(fact),
    )


SWAPPABLE_KINDS = frozenset(("person", "country", "year", "period", "decade", "number", "percent", "money"))
"""Kinds with wrong answers of the same kind and role: people of the same title, neighbouring countries,
nearby figures. Places (a city is not a continent), organisations and dates have none; a term has them only
when the article names three other terms of its head (`concepts.same_head_terms`)."""


FALSE_KINDS = frozenset(("person", "year", "decade", "number", "percent", "money"))
"""Kinds whose swap makes a sensible false statement: another figure, another person of the same role.
A country swapped in ('the war in Kazakhstan') is nonsense more often than not."""


def choice(fact: Fact, index: ArticleIndex) -> Draft | None:
    """The question (or the sentence with a blank) and the answer among three of its kind and role."""
    if bounded_year(fact) or country_not_a_setting(fact) or early_year_as_number(fact):
        return None
    answer = fact.mention.text
    if fact.mention.kind == "concept":
        wrong = same_head_terms(index, answer, fact.text)  # 'prime number' for 'composite number'
    elif fact.mention.kind not in SWAPPABLE_KINDS or not swappable(fact) or _spelled_number(fact):
        return None
    elif fact.mention.kind == "person" and re.search(r"\b(?:she|her|hers|herself)\b", fact.text, re.IGNORECASE):
        return None  # the other people of the article are not all women: "her" would give the answer away
    else:
        wrong = distractors(index, fact.mention, answer, _with_paragraph(fact, index))
    if fact.mention.kind == "person" and " " not in answer:
        wrong = [w.split()[-1] for w in distractors(index, fact.mention, fact.answer, _both(fact))]
    if len(wrong) < 3 or len(set(w.casefold() for w in wrong)) < 3:
        return None
    if fact.question:
        question = asked(fact)
    else:
        m = fact.mention
        question = tidy(apply_edits(fact.row.sentence.text, [*fact.edits, (m.start, m.end, BLANK)]))
    choices = sorted([answer, *wrong], key=lambda c: hashlib.sha1(f"{question}\n{c}".encode()).hexdigest())
    return Draft(
        "choice",
        card_id("choice", fact.row.sentence.text, answer),
        {"question": question, "choices": choices, "answer": answer},
        _tags(fact),
    )


def truefalse(fact: Fact, index: ArticleIndex) -> Draft | None:
    """A false statement: the sentence with its answer swapped for one of the same kind and role, and the
    sentence itself as the correction. A true statement would only copy the article, so none is made.
    A claim denied of a pair ('neither Trump nor Harris has ...') is made of one of them instead, and a claim
    that denies something ('would not back') is stated without its negation (`denials`)."""
    negated = negated_pair(fact) if fact.mention.kind != CLAIM else None
    if negated is not None:
        return Draft(
            "truefalse",
            card_id("truefalse", fact.row.sentence.text, fact.mention.text),
            {"statement": negated[0], "answer": False, "correction": negated[1]},
            _tags(fact),
        )
    flip = flipped(fact)
    if flip is not None:
        return Draft(
            "truefalse",
            card_id("truefalse", fact.row.sentence.text, flip.correction),  # one card per claim, whatever the answer
            {"statement": flip.statement, "answer": False, "correction": flip.correction},
            ["denial"],
            note=f"flipped {flip.note}",
        )
    if fact.mention.kind == CLAIM:
        return None  # a claim with no askable answer is asked only as its denial
    if fact.mention.kind not in FALSE_KINDS or _spelled_number(fact) or early_year_as_number(fact) or _an_age(fact):
        return None
    if fact.mention.kind in ("number", "percent", "money"):
        options = bounded_wrong(fact.row.sentence.text[: fact.mention.start], fact.answer, _more_options(fact, index))
    elif fact.mention.kind == "year" and sum(m.kind == "year" for m in fact.row.mentions) >= LISTED_YEARS:
        options = []  # '1563, 1800, 1603': a year out of order in a list gives the change away
    elif fact.mention.kind == "year":
        text = fact.row.sentence.text
        year = wrong_year(
            text[: fact.mention.start],
            fact.mention.text,
            _more_options(fact, index),
            THIS_YEAR,
            text[fact.mention.end :],
        )
        options = [year] if year else []
    else:
        options = distractors(index, fact.mention, fact.answer, _both(fact), n=1)
    if not options:
        return None
    wrong = options[0]
    if fact.mention.kind == "person" and " " not in fact.mention.text:
        wrong = wrong.split()[-1]
    text, correction = statement(fact, wrong)
    if correction is None:
        return None
    return Draft(
        "truefalse",
        card_id("truefalse", fact.row.sentence.text, fact.mention.text),
        {"statement": text, "answer": correction is None, "correction": correction},
        _tags(fact),
    )


def bounded_year(fact: Fact) -> bool:
    """'after 1850', 'between 1550 and 1580', '1773 or earlier': nearby years are no clearly wrong choices."""
    m, text = fact.mention, fact.row.sentence.text
    return m.kind == "year" and year_is_bounded(text[: m.start], text[m.end :])


_SETTING = re.compile(
    r"\b(?:in|throughout|across|within|around|(?:northern|southern|eastern|western|central|north|south|east|west))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def country_not_a_setting(fact: Fact) -> bool:
    """A country's wrong choices are its neighbours, which share its role only where it is the setting ('oil
    finds in India'). One that acts or is acted on ('Britain also claimed ...', 'sanctions against Russia',
    'Britain's expansion') has neighbours that did no such thing, or that did it too."""
    m = fact.mention
    return m.kind == "country" and not _SETTING.search(fact.row.sentence.text[: m.start])


_IN_YEAR_LIST = re.compile(r"\b1\d{3},?\s+(?:and\s+)?$")
_YEAR_LIST_AFTER = re.compile(r"^,?\s+(?:and\s+)?1\d{3}\b")
_YEAR_BEFORE = re.compile(r"\b(?:in|of|since|by|until|from|after|before|around|circa|c\.|year)\s+$", re.IGNORECASE)


def early_year_as_number(fact: Fact) -> bool:
    """'In the summer of 1521', '1563, 1593, 1603': a year before 1600 is read as a number, and its wrong values
    (1323, 1800) are any figure, not years near it."""
    m, text = fact.mention, fact.row.sentence.text
    if m.kind != "number" or re.fullmatch(r"1[0-5]\d\d", m.text) is None:
        return False
    before, after = text[: m.start], text[m.end :]
    return bool(_YEAR_BEFORE.search(before) or _IN_YEAR_LIST.search(before) or _YEAR_LIST_AFTER.match(after))


def _more_options(fact: Fact, index: ArticleIndex) -> list[str]:
    """As many nearby values as the article offers, so one on the right side of a bound can be picked."""
    for n in (5, 3, 1):
        options = distractors(index, fact.mention, fact.answer, _both(fact), n=n)
        if options:
            return options
    return []


def _an_age(fact: Fact) -> bool:
    """'the oldest quarterback ever to play, at age [39]': a changed age is absurd (50) or a nitpick (42), never a
    sensible false statement."""
    m = fact.mention
    return m.kind == "number" and is_age(fact.row.sentence.text, m.start, m.end)


def _spelled_number(fact: Fact) -> bool:
    """'seven million' swapped by digits reads badly ('seven million, two hundred thousand of homes')."""
    return fact.mention.kind in ("number", "money", "percent") and not any(ch.isdigit() for ch in fact.mention.text)


def why(found: Reason, sentence: str, lead: str = "") -> Draft:
    """The why-question on the front, under the context it needs (`lead_line`), and the cause the sentence gives
    on the back (`reasons`)."""
    fields = {"front": lead + found.question, "back": found.answer}
    return Draft("basic", card_id("basic", sentence, found.cause), fields, ["cause"])


def basic(definition: Definition, sentence: str) -> Draft:
    """Term on the front, what the article says it is on the back."""
    back = definition.definition[:1].upper() + definition.definition[1:]
    fields = {"front": definition.front, "back": back}
    return Draft("basic", card_id("basic", sentence, definition.term), fields, ["term"])
