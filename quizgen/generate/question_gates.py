"""Gates on the question a typed or choice card asks: one not well formed ('Who did 1565, a Spanish force ...
attack?'), a place that acts like a person, a question cut short inside a list or a bracket, verbs coordinated
around the answer, a wh-word of another kind than the answer ('Who ...?' of a fort), and a choice of places for
the place of a war.

Each gate takes a `gates.Candidate` and returns why the card fails, or None; `gates.GATES` runs them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.generate.cards import BLANK, lead_line
from quizgen.generate.index import ArticleIndex
from quizgen.generate.kinds import place_named_as_person, thing_named_as_organisation

if TYPE_CHECKING:
    from quizgen.generate.gates import Candidate


def question_only(c: Candidate) -> str:
    """What the card asks, without the context line it may show above a question (`cards.lead_line`)."""
    return c.card.prompt().removeprefix(lead_line(c.fact))


def broken_question(c: Candidate) -> str | None:
    """'Who did 1565, a Spanish force ... attack?': an inversion around a figure or an aside."""
    if c.card.type in ("typed", "choice") and re.search(
        r"\b(?:did|does|do|was|were|is|are)\s+[\d,(]", question_only(c)
    ):
        return "the question is not well formed"
    return None


_ACTING_PLACE = re.compile(
    r"^(?:Which (?:place|country)|Where) (?:learned|learnt|said|decided|announced|ordered|thought|believed|wrote|"
    r"sent|refused|agreed|warned|argued|claimed|realised|realized|knew|wanted|hoped|feared)\b"
)


def place_that_acts(c: Candidate) -> str | None:
    """'Which place learned of the retreat?': a place that learns or decides is a person of the same name
    (Washington) or a government, and the question asks the wrong kind of thing."""
    if c.card.type in ("typed", "choice") and _ACTING_PLACE.match(question_only(c)):
        return "a place that learns, says or decides is someone of that name"
    return None


def question_cut_short(c: Candidate) -> str | None:
    """'Which place did plague ravage in 1563, 1593, 1636?' (of '..., 1636, and 1665'), 'denoted (f(n?': a
    question that stops inside a list or a bracket of its sentence."""
    if c.card.type not in ("typed", "choice") or BLANK in question_only(c):
        return None
    question = question_only(c).rstrip("?").rstrip()
    if question.count("(") != question.count(")"):
        return "the question stops inside a bracket"
    tail = question.split()[-3:]
    if "," not in question or len(tail) < 3:
        return None
    text = c.fact.row.sentence.text
    found = re.search(r"\s+".join(re.escape(w) for w in tail), text)
    if found and re.match(r",?\s+(?:and|or)\s", text[found.end() :]):
        return "the question stops inside a list"
    return None


def question_coordinates_verbs(c: Candidate) -> str | None:
    """'did Marconi design and constructed ...', 'was the data compiled by X and assigned ...': a question
    made from one of two coordinated verbs mixes their forms or asks the other verb's object."""
    if c.card.type not in ("typed", "choice") or BLANK in question_only(c):
        return None  # a choice that shows the sentence with a blank keeps the sentence's own verbs
    verbs = {t.text for t in c.fact.row.tokens if t.tag in ("VBD", "VBN", "VBZ", "VBP", "VB")}
    if _asks_the_subject(question_only(c), verbs):
        return None  # 'Who likened ... and said ...?' keeps both verbs as the sentence has them
    for found in re.finditer(r"\b(?:and|or)\s+([a-z]+)\b", question_only(c)):
        if found.group(1) in verbs:
            return f"the question joins two verbs ('and {found.group(1)}')"
    return None


def _asks_the_subject(question: str, verbs: set[str]) -> bool:
    """'Who likened ...?', 'Which organisation wanted ...?': the wh-phrase is the subject, no inversion."""
    words = question.split()
    for k in (1, 2):
        if len(words) > k and (words[k] in verbs or words[k] in ("was", "were", "is", "are", "has", "have", "had")):
            return words[0] in ("Who", "What", "Which") and (k == 1 or words[0] == "Which")
    return False


def wh_word_misfits_answer(c: Candidate) -> str | None:
    """'Who sent forces ...?' of Fort Duquesne, 'In which organisation ...?' of a bill or a festival, 'Which place
    learned ...?' of Washington the man: the question's wh-word names a kind the answer is not."""
    if c.card.type not in ("typed", "choice") or BLANK in question_only(c):
        return None
    m = c.fact.mention
    if m.kind == "person" and place_named_as_person(m.text):
        return f"'{m.text}' is a place or a building, not a person"
    if m.kind == "org" and (thing_named_as_organisation(m.text) or thing_named_as_organisation(c.fact.answer)):
        return f"'{m.text}' is a document or an event, not an organisation"
    if m.kind in ("place", "country") and _names_a_person_too(c.index, m.text):
        return f"'{m.text}' is also a person of the article"
    return None


def _names_a_person_too(index: ArticleIndex, name: str) -> bool:
    """Whether a person of the article bears the place's name ('George Washington' and Washington)."""
    low = name.casefold()
    people = [*index.of_kind("person"), *index.of_kind("name")]  # 'George Washington' may be tagged a name
    return any(index.display(kind, key).casefold().split()[-1:] == [low] for kind, key in people)


_EVENT_PLACE = re.compile(
    r"\b(?:war|wars|conflict|fighting|invasion|crisis|revolution|uprising|occupation|insurgency|earthquake|tsunami|"
    r"famine|genocide|coup)\s+(?:in|of|on|against)\s+(?:the\s+)?" + re.escape(BLANK)
)


def place_of_an_event_in_choices(c: Candidate) -> str | None:
    """'the ongoing war in _____' with Romania, Hungary and Poland as choices: the one place of such an event is
    the answer, as no other choice had one; a cloze or a typed card asks it instead."""
    if c.card.type != "choice" or c.fact.mention.kind not in ("country", "place"):
        return None
    if _EVENT_PLACE.search(question_only(c)):
        return "only the answer is a place of the event the question names"
    return None
