"""A context that introduces every reference of a card, and a typed question shown under its context."""

from __future__ import annotations

from dataclasses import replace

from quizgen.generate import cards as build
from quizgen.generate import generate_text
from quizgen.generate.candidates import Fact, plan_article, with_context
from quizgen.generate.context import GAP
from quizgen.generate.gates import Candidate, failed_gate
from quizgen.generate.index import ArticleIndex, analyse
from quizgen.generate.split import split_article
from quizgen.generate.text import article_from_text


def index_of(text: str) -> ArticleIndex:
    sentences, _ = split_article(article_from_text(text))
    return analyse(sentences)


TWO_REFERENCES = (
    "The council of Tresco published a report in 2019 and carried out a survey of the harbour walls.\n\n"
    "Fishermen from Tresco asked for a survey of the harbour in 1990.\n\n"
    "Anna Berg said the survey and the report would most likely help the harbour of Bergen.\n"
)
SURVEY = (
    "The council of Tresco carried out a survey of the harbour walls in 2019.\n\n"
    "Fishermen from Tresco said the waves had been the highest in 40 years.\n\n"
    "Anna Berg said the survey would most likely focus on the northern harbour of Bergen.\n"
)


def _fact(index: ArticleIndex, answer: str) -> Fact:
    return next(f for p in plan_article(index) for f in p.facts if f.mention.text == answer)


def test_a_second_reference_takes_the_sentence_that_introduces_both() -> None:
    index = index_of(TWO_REFERENCES)
    fact = _fact(index, "Bergen")
    card = build.cloze(fact)
    assert card is not None
    first = failed_gate(Candidate(card, fact, index))
    assert first is not None and "'the survey'" in first
    near = with_context(fact, index, first)
    assert near is not None and near.context.startswith("Fishermen")  # it names a survey, but no report
    again = build.cloze(near)
    assert again is not None
    second = failed_gate(Candidate(again, near, index))
    assert second is not None and "'the report'" in second
    both = with_context(fact, index, first, second)
    assert both is not None and both.context.startswith("The council of Tresco published a report")
    assert both.context.endswith(GAP)
    shown = build.cloze(both)
    assert shown is not None and failed_gate(Candidate(shown, both, index)) is None


def test_the_deck_keeps_a_card_whose_two_references_one_context_introduces() -> None:
    deck = generate_text(TWO_REFERENCES, types=["cloze"]).deck
    texts = [c.prompt() for c in deck.cards]
    assert any(
        t.startswith("The council of Tresco published a report") and "the survey and the report" in t for t in texts
    )


def test_a_typed_question_is_shown_under_its_context() -> None:
    index = index_of(SURVEY)
    fact = _fact(index, "Anna Berg")
    card = build.typed(fact)
    assert card is not None and card.prompt().startswith("Who said the survey")
    reason = failed_gate(Candidate(card, fact, index))
    assert reason is not None and "'the survey'" in reason
    shown = with_context(fact, index, reason)
    assert shown is not None and shown.question == fact.question
    again = build.typed(shown)
    assert again is not None
    lead = "The council of Tresco carried out a survey of the harbour walls in 2019. "
    assert again.prompt() == f"{lead}{GAP} {fact.question}"
    assert failed_gate(Candidate(again, shown, index)) is None


def test_a_lead_line_marks_the_text_left_out_once() -> None:
    index = index_of(SURVEY)
    fact = _fact(index, "Anna Berg")
    assert build.lead_line(fact) == ""  # no context, no lead
    before = replace(fact, context="The council of Tresco carried out a survey in 2019.")
    assert build.lead_line(before) == f"The council of Tresco carried out a survey in 2019. {GAP} "
    further = replace(fact, context=f"The council of Tresco carried out a survey in 2019. {GAP}")
    assert build.lead_line(further) == f"The council of Tresco carried out a survey in 2019. {GAP} "


def test_the_deck_keeps_the_typed_card_with_its_lead_line() -> None:
    deck = generate_text(SURVEY, types=["typed"]).deck
    questions = [c.prompt() for c in deck.cards if c.type == "typed"]
    assert any(
        q.startswith("The council of Tresco carried out a survey") and "Who said the survey" in q for q in questions
    )


def test_no_context_that_states_the_typed_answer() -> None:
    index = index_of(SURVEY.replace("The council of Tresco", "Anna Berg"))
    fact = next(
        f for p in plan_article(index) for f in p.facts if f.mention.text == "Anna Berg" and f.row.sentence.number == 2
    )
    card = build.typed(fact)
    assert card is not None
    reason = failed_gate(Candidate(card, fact, index))
    assert reason is not None and "'the survey'" in reason
    assert with_context(fact, index, reason) is None  # the sentence that introduces the survey names Anna Berg
