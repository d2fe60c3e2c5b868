"""Causes: a claim its sentence explains is asked as a why-question, the cause on the back."""

from __future__ import annotations

from generate_support import HARBOUR_LEAD, HARBOUR_TITLE, after_harbour_lead

from quizgen.generate import generate_text
from quizgen.generate.reasons import names_something, reason


def asked(sentence: str) -> tuple[str, str] | None:
    row = after_harbour_lead([sentence]).sentences[len(HARBOUR_LEAD)]
    found = reason(row.tokens)
    return (found.question, found.answer) if found else None


def test_because_gives_a_why_question_and_its_cause():
    assert asked("The northern quay closed in 1998 because its timber piles had rotted.") == (
        "Why did the northern quay close in 1998?",
        "Because its timber piles had rotted.",
    )


def test_because_of_and_due_to_give_the_cause_as_a_noun():
    assert asked("The grain trade moved to Eastwick because of rising harbour dues.") == (
        "Why did the grain trade move to Eastwick?",
        "Because of rising harbour dues.",
    )
    assert asked("The ferry service was cancelled in March due to severe winter storms.") == (
        "Why was the ferry service cancelled in March?",
        "Because of severe winter storms.",
    )


def test_due_to_before_a_verb_is_a_plan_not_a_cause():
    assert asked("The harbour board is due to report on the new quay next year.") is None


def test_saying_after_a_stance_verb_gives_the_reason_for_it():
    assert asked("The dockers union rejected the pay offer, saying it did not cover rising rents.") == (
        "Why did the dockers union reject the pay offer?",
        "The dockers union said it did not cover rising rents.",
    )


def test_saying_after_a_plain_report_is_no_reason():
    assert asked("The harbour master announced new fees, saying they would start in May.") is None


def test_a_pronoun_of_the_last_clause_pointing_into_the_first_gives_no_question():
    assert (
        asked("Coal arrived first in 1820, but timber soon outgrew it because the new railway reached the quay.")
        is None
    )


def test_a_lead_clause_comes_before_the_question():
    found = asked(
        "Grain arrived first in 1820, but timber is often given priority because its trade was recorded first."
    )
    assert found == (
        "Grain arrived first in 1820. Why is timber often given priority?",
        "Because its trade was recorded first.",
    )


def test_a_pronoun_subject_or_object_gives_no_question():
    assert asked("It closed in 1998 because its timber piles had rotted.") is None
    assert asked("Ferrymen avoided it because the currents were strong.") is None


def test_a_body_named_only_by_a_possessive_gives_no_question():
    assert (
        asked("The harbour master rejected calls to raise his company's fees, saying trade was already weak.") is None
    )


def test_they_after_a_plural_noun_of_the_question_is_resolved_by_it():
    found = asked("The board told sailors that they could moor for free because the new quay was empty.")
    assert found is not None and found[0] == "Why did the board tell sailors that they could moor for free?"


def test_a_cause_someone_claims_after_it_is_not_stated_as_fact():
    assert asked("Pilots were often ignored because there was no duty to respond, claimed the pilots union.") is None


def test_a_dashed_aside_is_left_out_of_the_question():
    found = asked("The dockers protested against the plan - which may affect crane staff - saying trade was strong.")
    assert found is not None and found[0] == "Why did the dockers protest against the plan?"


def test_two_causes_give_no_question():
    assert asked("Grain stays because it is cheap, and coal leaves because it is dear.") is None


def test_a_why_card_joins_the_deck_as_a_basic_card_with_its_source():
    text = "\n\n".join(
        [HARBOUR_TITLE, *HARBOUR_LEAD, "Porthaven's northern quay closed in 1998 because its timber piles had rotted."]
    )
    deck = generate_text(text, "harbour.txt").data
    why = [c for c in deck["cards"] if "cause" in c.get("tags", [])]
    assert [(c["type"], c["front"], c["back"]) for c in why] == [
        ("basic", "Why did Porthaven's northern quay close in 1998?", "Because its timber piles had rotted.")
    ]
    assert "because its timber piles had rotted" in why[0]["source"]["sentence"]


def test_a_cause_states_what_it_holds_so_no_other_card_asks_it():

    text = "\n\n".join(
        [
            HARBOUR_TITLE,
            *HARBOUR_LEAD,
            "Porthaven's pilots rejected a new pay deal, saying rents in Westport had doubled.",
        ]
    )
    generated = generate_text(text, "harbour.txt")
    why = next(c for c in generated.deck.cards if "cause" in c.tags)
    assert "Westport" in why.back
    assert not any("{{c1::Westport}}" in c.model_dump_json() for c in generated.deck.cards)


def test_a_why_question_that_names_nothing_is_not_asked():
    assert names_something("Why did Porthaven's northern quay close in 1998?", frozenset())
    assert names_something("Why did the northern quay close in 1998?", frozenset({"quay"}))
    assert not names_something("Why did the actual functions of local institutions overlap?", frozenset({"port"}))
    text = "\n\n".join(
        [HARBOUR_TITLE, *HARBOUR_LEAD, "The older northern quays closed in 1998 because their timber piles had rotted."]
    )
    deck = generate_text(text, "harbour.txt").data
    assert not [c for c in deck["cards"] if "cause" in c.get("tags", [])], "no name, no title word: whose quays?"
