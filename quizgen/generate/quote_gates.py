"""The gates on quotations: a gap inside one asks for someone's words, not a fact, unless the quotation marks only set
off a term ('proposes "[control orders]"') or the speaker gives a figure ('above $[30] a barrel'); and a quotation
opening on 'But' leans on words the card cannot show.

Each gate takes a `gates.Candidate` and returns why the card fails, or None; `gates.GATES` runs it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.generate.cards import BLANK
from quizgen.generate.quotes import QUOTED, in_quoted_phrase

if TYPE_CHECKING:
    from quizgen.generate.gates import Candidate


def cloze_blank_in_quotation(c: Candidate) -> str | None:
    """A blank inside a quotation asks for someone's words, not a fact: a cloze, or a choice that shows the
    sentence with a blank (but for a figure the speaker gives); and a false statement that changes a quotation
    ('resolve the war "in 27 hours"') tests a misquotation, false at a glance when the words are a set phrase."""
    text, m = c.fact.row.sentence.text, c.fact.mention
    if c.card.type == "truefalse" and c.card.fields.get("answer") is False:
        return "the changed words are inside a quotation" if in_quoted_phrase(text, m.start) else None
    if c.card.type != "cloze" and not (c.card.type == "choice" and BLANK in c.card.prompt()):
        return None
    if _scare_quoted(text, m.start, m.end):
        return None  # 'The bill proposes "[control orders]"': a term in quotation marks, nobody's words
    if m.kind in QUOTED_FIGURES:
        return None  # '"The price of oil will be well supported above $[30] a barrel"': the figure is the fact
    return "the gap is inside a quotation" if in_quoted_phrase(text, m.start) else None


QUOTED_FIGURES = frozenset(("number", "percent", "money"))
"""Answers a quotation may hold: a speaker's figure (a forecast, a rate) is a fact the card asks, not words."""


SCARE_QUOTE_WORDS = 3
"""A quotation of this many words or fewer that the answer fills is a term set in quotation marks."""


def _scare_quoted(text: str, start: int, end: int) -> bool:
    """The answer fills a short quotation that is no gloss of a foreign word ('literally "begetter"'), and the
    sentence quotes nothing else: a second quoted name beside it may be an alias ('The "West Side", also called
    "Southwest Fresno"')."""
    marks = text[start - 1 : start] + text[end : end + 1]
    gloss = re.search(r"\b(?:literally|meaning|means)\s*$", text[: start - 1])
    alone = len(QUOTED.findall(text)) == 1
    return marks in ('""', "“”") and len(text[start:end].split()) <= SCARE_QUOTE_WORDS and gloss is None and alone


_LEANING_QUOTE = re.compile(r"^\s*[\"“](?:But|And|Yet|So|Still|However|Instead|Also)\b")


def quotation_opens_on_a_connective(c: Candidate) -> str | None:
    """'"But growth of [0.1%] ... is still insufficient"': a quotation opening on 'But' answers what the speaker
    said before, which the card cannot show without changing the speaker's words."""
    found = _LEANING_QUOTE.match(c.fact.row.sentence.text)
    return f"the quotation opens on '{found.group(0).strip()[1:]}', which leans on words before it" if found else None
