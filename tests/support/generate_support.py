"""Candidate cards made from short articles written in the tests, for the gate tests."""

from __future__ import annotations

from quizgen.generate import cards as build
from quizgen.generate.candidates import Fact, plan_article
from quizgen.generate.gates import Candidate
from quizgen.generate.index import ArticleIndex, analyse
from quizgen.generate.split import split_article
from quizgen.generate.text import article_from_text


def facts_of(text: str) -> tuple[ArticleIndex, list[Fact]]:
    sentences, _ = split_article(article_from_text(text, "t.txt"))
    index = analyse(sentences)
    return index, [fact for plan in plan_article(index) for fact in plan.facts]


def candidate(
    text: str, answer: str, kind: str = "cloze", subject: frozenset[str] = frozenset(), sentence: int = 0
) -> Candidate:
    """A card on the first `answer` of the article's sentence number `sentence` or later."""
    index, facts = facts_of(text)
    fact = next(f for f in facts if f.mention.text == answer and f.row.sentence.number >= sentence)
    card = {
        "cloze": build.cloze,
        "typed": build.typed,
        "choice": lambda f: build.choice(f, index),
        "truefalse": lambda f: build.truefalse(f, index),
    }[kind](fact)
    assert card is not None, f"no {kind} card for {answer!r}"
    return Candidate(card, fact, index, subject)


HARBOUR_TITLE = "Porthaven harbour"
HARBOUR_LEAD = [
    "Porthaven harbour is the largest port on the northern coast of Elsland.",
    "The harbour handles grain, timber and coal for the whole region.",
    "Its docks employ about 3,000 people in the town.",
]
"""A lead, which the claim focus leaves alone, so the sentences under test come after it."""


def after_harbour_lead(sentences: list[str]) -> ArticleIndex:
    """The article of the harbour lead followed by `sentences`, analysed."""
    text = f"{HARBOUR_TITLE}\n\n" + "\n\n".join([*HARBOUR_LEAD, *sentences])
    rows, _ = split_article(article_from_text(text, "t.txt"))
    return analyse(rows)
