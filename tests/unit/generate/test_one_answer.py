"""One right answer across the article: a typed question another sentence answers with another name of the
answer's kind is dropped; one no other sentence answers is kept."""

from __future__ import annotations

from dataclasses import replace

from generate_support import candidate

from quizgen.generate import cards as build
from quizgen.generate import generate_text
from quizgen.generate.gates import Candidate, failed_gate
from quizgen.generate.one_answer import asked_about, lead_line_hides_a_rival, rival_answer

BACKED = "Chief Constable Sir Tom Hardy has backed the curfew orders. "
OWNER = "Mr Jones said he would not back the Prime Minister's plans for curfew orders. "
CALLED = "In Norway, state colleges are called folk colleges. "
ELSEWHERE = "Some families in Denmark send their children to folk colleges as well. "


def test_a_role_whose_plans_the_same_verb_takes_is_a_second_answer() -> None:
    c = candidate(BACKED + OWNER, "Tom Hardy", "typed")
    assert c.card.fields["question"].startswith("Who has backed")
    assert rival_answer(c) == "another sentence gives 'Prime Minister' as an answer too"


def test_a_name_that_does_the_same_to_the_same_thing_is_a_second_answer() -> None:
    c = candidate(BACKED + "The mayor Anna Berg backed the curfew orders too. ", "Tom Hardy", "typed")
    assert "Anna Berg" in (rival_answer(c) or "")


def test_a_denied_verb_gives_no_second_answer() -> None:
    text = BACKED + "Mr Jones said he would not back the curfew orders. "
    assert rival_answer(candidate(text, "Tom Hardy", "typed")) is None


def test_another_verb_or_another_object_gives_no_second_answer() -> None:
    text = BACKED + "The Prime Minister's office opposed the curfew orders. Anna Berg backed the new budget. "
    assert rival_answer(candidate(text, "Tom Hardy", "typed")) is None


def test_the_same_name_given_in_another_country_is_a_second_answer() -> None:
    c = candidate(CALLED + ELSEWHERE, "Norway", "typed")
    assert c.card.fields["question"] == "In which country are state colleges called folk colleges?"
    assert rival_answer(c) == "another sentence gives 'Denmark' as an answer too"
    assert rival_answer(candidate(CALLED + "Many families pay for folk colleges. ", "Norway", "typed")) is None


def test_what_a_question_asks_about_is_its_verb_and_nouns_by_lemma() -> None:
    c = candidate(BACKED, "Tom Hardy", "typed")
    assert asked_about(c.fact.row.tokens, c.fact.mention) == ("back", frozenset({"order"}), "")
    named = candidate(CALLED, "Norway", "typed")
    assert asked_about(named.fact.row.tokens, named.fact.mention) == ("call", frozenset({"college"}), "folk colleges")


def test_the_deck_keeps_no_typed_question_with_a_second_answer() -> None:
    deck = generate_text(CALLED + ELSEWHERE + "Folk colleges teach music, farming and languages.").data
    assert not any(c["type"] == "typed" and c["answer"] == "Norway" for c in deck["cards"])
    assert failed_gate(candidate(CALLED + ELSEWHERE, "Norway", "typed")) == (
        "rival_answer: another sentence gives 'Denmark' as an answer too"
    )


def test_a_lead_line_that_leaves_out_a_rival_of_the_answers_kind_drops_the_question() -> None:
    lead = "Floods were common in the north until 1900."
    text = f"{lead} Cairo lost many houses to them in 1860. Paris has suffered severely from the floods."
    c = candidate(text, "Paris", "typed")
    shown = replace(c.fact, context=lead)
    card = build.typed(shown)
    assert card is not None and card.prompt().startswith(lead)
    assert lead_line_hides_a_rival(Candidate(card, shown, c.index)) == (
        "the lead line leaves out a sentence that names 'Cairo'"
    )
    kept = candidate(f"{lead} Many houses were lost in 1860. Paris has suffered severely from the floods.", "Paris")
    shown = replace(kept.fact, context=lead)
    card = build.typed(shown)
    assert card is not None and lead_line_hides_a_rival(Candidate(card, shown, kept.index)) is None
