"""A closing adjunct that holds the card's only unresolved reference is cut, so the claim needs no context."""

from __future__ import annotations

from generate_support import facts_of

from quizgen.generate import cards as build
from quizgen.generate.candidates import Fact
from quizgen.generate.gates import Candidate, failed_gate
from quizgen.generate.index import ArticleIndex
from quizgen.generate.tails import closing_cut, without_tail

STORY = (
    "A former Air Force official is serving a nine month sentence for favouring Boeing.\n\n"
    "Boeing lost a 23bn dollar tanker contract after a Pentagon inquiry into the case.\n\n"
    "Boeing lost the case, a 23bn dollar tanker contract and its chief financial officer.\n"
)


def fact_in(facts: list[Fact], number: int, answer: str) -> Fact:
    return next(f for f in facts if f.row.sentence.number == number and f.mention.text == answer)


def reason_of(index: ArticleIndex, fact: Fact) -> str | None:
    card = build.cloze(fact)
    assert card is not None
    return failed_gate(Candidate(card, fact, index))


def test_a_closing_phrase_that_points_back_is_cut_and_the_claim_then_passes() -> None:
    index, facts = facts_of(STORY)
    fact = fact_in(facts, 1, "23bn")
    reason = reason_of(index, fact)
    assert reason is not None and "'the case'" in reason
    cut = without_tail(fact, reason)
    assert cut is not None
    assert cut.text == "Boeing lost a 23bn dollar tanker contract."
    assert reason_of(index, cut) is None
    start, end, _ = cut.edits[-1]
    assert closing_cut(fact.row.sentence.text, start, end)


def test_a_reference_outside_a_closing_phrase_is_not_cut() -> None:
    _, facts = facts_of(STORY)
    fact = fact_in(facts, 2, "23bn")
    assert without_tail(fact, "unnamed_reference_in_stem: 'the case' is not named on the card") is None


def test_a_reason_that_quotes_no_reference_cuts_nothing() -> None:
    index, facts = facts_of(STORY)
    fact = fact_in(facts, 1, "23bn")
    assert without_tail(fact, "broad_region: 'Europe' is a continent") is None
