"""Gates on the form of a typed or choice question: a wh-word asking what the subject 'was' ('Which organisation was
the academic content of the academies usually?'), a subject that is one of a class ('Who was a student of
Lefevre?'), 'here' of a place the question does not show, two time phrases run together at its end ('until his
death in 1958 in 1950?') and a second clause of contrast carried along (', whereas in 2005 ...').

Each gate takes a `gates.Candidate` and returns why the card fails, or None; `gates.GATES` runs them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.generate.cards import BLANK
from quizgen.generate.clause import BE, Clause, split_clause
from quizgen.generate.lemmas import get_lemma
from quizgen.generate.question_gates import question_only
from quizgen.generate.roles import ROLE_NOUNS

if TYPE_CHECKING:
    from quizgen.generate.gates import Candidate

NAMED_KINDS = ("person", "org", "place", "country")
"""Kinds asked with 'Who', 'Which organisation', 'Which place', 'Where' or 'Which country'."""
KIND_NOUNS = {
    "person": ROLE_NOUNS
    | frozenset(
        "winner author creator inventor designer successor father mother son contributor composer writer producer "
        "player member speaker teacher ruler architect scientist historian".split()
    ),
    "org": frozenset(
        "organisation organization company firm group party body team club agency band publisher sponsor "
        "owner operator maker manufacturer broadcaster network carrier airline bank".split()
    ),
    "country": frozenset("country nation state power producer exporter importer ally".split()),
    "place": frozenset("city town capital place site home birthplace venue location seat headquarters port".split()),
}
"""Head nouns of a subject that a name of each kind can be: 'The winner was X' asks 'Who was the winner?'."""

_LABEL = {"person": "a person", "org": "an organisation", "place": "a place", "country": "a country"}


def _asked(c: Candidate) -> Clause | None:
    """The main clause of a typed or choice question's sentence, when the card asks a wh-question of a name."""
    if c.card.type not in ("typed", "choice") or BLANK in question_only(c):
        return None
    return split_clause(c.fact.row.tokens)


def answer_complements_be(c: Candidate) -> str | None:
    """'Which organisation was the academic content of the academies usually?' (of 'was usually College
    Preparatory'): a name that is the complement of 'be' is asked naturally only when the subject is a thing of its
    kind ('The winner was X': 'Who was the winner?') and no adverb is left behind."""
    clause = _asked(c)
    m = c.fact.mention
    if clause is None or m.kind not in NAMED_KINDS:
        return None
    verbs = [t for t in clause.verb if t.tag.startswith("VB")]
    if not verbs or any(t.text.lower() not in BE for t in verbs):
        return None
    before = [t for t in clause.rest if t.end <= m.start]
    if any(t.tag != "DT" for t in before) or not any(m.start <= t.start < m.end for t in clause.rest):
        return None
    cut = next((k for k, t in enumerate(clause.subject) if t.tag == "IN"), len(clause.subject))
    nouns = [t for t in clause.subject[:cut] if t.tag in ("NN", "NNS")]  # 'contributor during the first 15 years'
    head = get_lemma(nouns[-1].text.lower(), "NOUN") if nouns else ()
    adverb = any(t.tag.startswith("RB") for t in clause.verb)
    if head and head[0] in KIND_NOUNS[m.kind] and not adverb:
        return None
    subject = nouns[-1].text if nouns else clause.subject[-1].text
    return f"the answer is what '{subject}' was, not {_LABEL[m.kind]} its wh-word can ask for"


_ONE_OF = frozenset(("a", "an", "one", "among"))


def subject_one_of_a_class(c: Candidate) -> str | None:
    """'Who was a student of Lefevre ...?', 'Who was a member of local rock band Geordie ...?': 'a student' is one
    of many, so the question has other right answers."""
    clause = _asked(c)
    m = c.fact.mention
    if clause is None or not any(m.start <= t.start < m.end for t in clause.subject):
        return None
    verbs = [t for t in clause.verb if t.tag.startswith("VB")]
    if verbs and all(t.text.lower() in BE for t in verbs) and clause.rest and clause.rest[0].text.lower() in _ONE_OF:
        words = " ".join(t.text for t in clause.rest[:2])
        return f"'{words}' is one of a class: others fit the question too"
    return None


def here_unnamed(c: Candidate) -> str | None:
    """'In which year was Andy Taylor ... born here?': 'here' is a place the question does not name."""
    if c.card.type in ("typed", "choice") and re.search(r"\bhere\b", question_only(c), re.IGNORECASE):
        return "'here' names no place the question shows"
    return None


_TWO_TIMES = re.compile(r"\b(?:1\d|20)\d\d\s+(?:in|on|during|by|until)\s+(?:\w+\s+)?(?:1\d|20)\d\d\?$")


def two_time_phrases(c: Candidate) -> str | None:
    """'... until his death in 1958 in 1950?': the sentence's opening time phrase, moved to the end, lands after
    another one and reads as part of it."""
    if c.card.type in ("typed", "choice") and _TWO_TIMES.search(question_only(c)):
        return "two time phrases run together at the question's end"
    return None


_CONTRAST = re.compile(r",\s+(?:whereas|although|though|even though)\b", re.IGNORECASE)


def carries_a_contrast(c: Candidate) -> str | None:
    """'How many epicenters did the 2010 drought have ..., whereas in 2005 the drought was focused on ...?': a
    second clause of contrast is a statement inside the question, not part of what it asks."""
    if c.card.type not in ("typed", "choice") or BLANK in question_only(c):
        return None
    found = _CONTRAST.search(question_only(c))
    return f"the question carries a second clause ('{found.group(0)[1:].strip()} ...')" if found else None
