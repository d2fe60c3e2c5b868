"""Claim focus: where an answer sits in its sentence's main clause, and the figures beside the claim left out."""

from __future__ import annotations

from generate_support import HARBOUR_LEAD, HARBOUR_TITLE, after_harbour_lead

from quizgen.generate.candidates import plan_article
from quizgen.generate.claim_focus import ADJUNCT, CORE, EMBEDDED, MODIFIER, focus_on_claims, place


def places(sentence: str) -> dict[str, str | None]:
    row = after_harbour_lead([sentence]).sentences[len(HARBOUR_LEAD)]
    return {m.text: place(row, m.start) for m in row.mentions}


def focused(sentences: list[str]) -> dict[str, str | None]:
    """Every answer of the sentences after the lead → why it is a side detail (None when it is asked)."""
    index = after_harbour_lead(sentences)
    plans = plan_article(index)
    focus_on_claims(plans)
    return {f.mention.text: f.side for plan in plans[len(HARBOUR_LEAD) :] for f in plan.facts}


def test_place_tells_the_subject_and_object_from_adjuncts_modifiers_and_asides():
    found = places("The Varnia Shipping Company moved its offices to Kelburg in 1987, which cost 4 million pounds.")
    assert found["Varnia Shipping Company"] == CORE
    assert found["Kelburg"] == ADJUNCT and found["1987"] == ADJUNCT
    assert found["4 million pounds"] == EMBEDDED
    assert places("The busiest quay during the first 20 years was Anselm Quay.")["20"] == MODIFIER
    assert places("The harbour master (appointed in 1956) was Tomas Reel.")["1956"] == EMBEDDED


def test_the_agent_of_a_passive_verb_is_the_claim():
    assert places("The lighthouse was designed by Edmund Carrow in 1871.")["Edmund Carrow"] == CORE


def test_the_object_an_active_verb_takes_with_a_preposition_is_the_claim():
    found = places("The harbour board relies mostly on Elsland Steel for its cranes in Kelburg.")
    assert found["Elsland Steel"] == CORE and found["Kelburg"] == ADJUNCT
    assert places("The crane was built on Elsland Steel's slipway in 1902.").get("1902") == ADJUNCT


def test_an_adjunct_stays_beside_an_askable_subject():
    found = focused(["The Kelburg Rowing Club was founded on the north quay in 1979."])
    assert found["Kelburg Rowing Club"] is None and found["1979"] is None


def test_a_figure_inside_the_subjects_modifier_is_dropped_even_alone():
    found = focused(["The busiest season during the first 20 years was the late summer."])
    assert found["20"] and found["20"].startswith("figure_in_a_modifier")


def test_a_census_count_in_a_sentence_of_statistics_is_dropped():
    found = focused(["There were 8,512 households, of which 2,304 (27.1%) had children under 18 living in them."])
    assert found["8,512"] and found["8,512"].startswith("census_count")


def test_a_census_word_in_a_sentence_of_one_figure_is_the_claim():
    found = focused(["More than 5,000 households in the town use the harbour ferry each week."])
    assert not (found.get("5,000") or "").startswith("census_count")


def test_the_lead_keeps_every_answer():
    index = after_harbour_lead([])
    plans = plan_article(index)
    focus_on_claims(plans)
    assert not any(f.side and f.side.startswith(("figure_in", "census")) for p in plans for f in p.facts)


def test_explain_names_the_rule_that_left_an_answer_out():
    from quizgen.generate import generate_text
    from quizgen.generate.explain import explain

    sentence = "The busiest quay during the first 20 years was Anselm Quay."
    generated = generate_text(f"{HARBOUR_TITLE}\n\n" + "\n\n".join([*HARBOUR_LEAD, sentence]), "t.txt")
    lines = explain(generated.article, generated)
    assert any("'20'" in line and "figure_in_a_modifier" in line for line in lines)
    answers = {card.answer_text() for card in generated.deck.cards}
    assert "20" not in answers and "Anselm Quay" in answers


def ranked(sentence: str) -> list[str]:
    """The answers of the sentence after the lead, best first, once the focus has ranked them."""
    index = after_harbour_lead([sentence])
    plans = plan_article(index)
    focus_on_claims(plans)
    return [f.mention.text for f in plans[len(HARBOUR_LEAD)].facts]


def test_a_level_worked_out_from_its_change_ranks_below_the_change():
    sentence = "Shares in Varnia Shipping closed down 310p, or 22%, at 1090 pence."
    plain = plan_article(after_harbour_lead([sentence]))[len(HARBOUR_LEAD)].facts
    level = next(f for f in plain if f.mention.text.startswith("1090"))
    answers = ranked(sentence)
    level_at = next(k for k, a in enumerate(answers) if a.startswith("1090"))
    changes = [k for k, a in enumerate(answers) if a.startswith(("310", "22"))]
    assert changes and all(k < level_at for k in changes)
    assert level.mention.text in answers  # still an answer, for a claim whose change cannot be asked


def test_a_level_beside_a_change_given_once_keeps_its_rank():
    sentence = "Unemployment in Elsland rose 7,000 to 4.46 million in March."
    assert ranked(sentence) == [
        f.mention.text for f in plan_article(after_harbour_lead([sentence]))[len(HARBOUR_LEAD)].facts
    ]


def test_a_name_in_another_nouns_modifier_ranks_below_the_claims_subject():
    sentence = "The Varnia board signed the treaty with the government of Elsland."
    plain = [f.mention.text for f in plan_article(after_harbour_lead([sentence]))[len(HARBOUR_LEAD)].facts]
    assert plain.index("Elsland") < plain.index("Varnia")  # ranked first by its score alone
    answers = ranked(sentence)
    assert answers.index("Varnia") < answers.index("Elsland")


def test_a_name_that_is_the_verbs_object_keeps_its_rank():
    sentence = "The Varnia board visited Elsland in the spring."
    assert ranked(sentence) == [
        f.mention.text for f in plan_article(after_harbour_lead([sentence]))[len(HARBOUR_LEAD)].facts
    ]
