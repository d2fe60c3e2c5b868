"""Point phrases: a common-noun phrase that is its claim's point is asked, above the details beside it."""

from __future__ import annotations

from generate_support import HARBOUR_LEAD, HARBOUR_TITLE, after_harbour_lead

from quizgen.generate import generate_text
from quizgen.generate.candidates import plan_article
from quizgen.generate.claim_focus import focus_on_claims
from quizgen.generate.point_phrases import POINT, point_phrases


def points(sentence: str) -> list[str]:
    return [m.text for m, _ in point_phrases(after_harbour_lead([sentence]).sentences[len(HARBOUR_LEAD)])]


def ranked(sentence: str) -> list[tuple[str, str | None]]:
    """The answers of the sentence, best first, each with why it is a term."""
    plans = plan_article(after_harbour_lead([sentence]))
    focus_on_claims(plans)
    return [(f.mention.text, f.term) for f in plans[len(HARBOUR_LEAD)].facts]


def test_the_object_of_a_participle_clause_is_the_point():
    sentence = "In 2019, the harbour masters met with Mayor Alan Brook, chiefly discussing flood defence."
    assert points(sentence) == ["flood defence"]


def test_the_complement_of_considered_is_the_point():
    assert points("A pilot in Elsland is considered a harbour safety officer.") == ["harbour safety officer"]


def test_the_subject_of_a_passive_main_clause_is_the_point():
    assert points("More mooring buoys will be installed so that yachts do not block the quay.") == ["mooring buoys"]


def test_a_passive_verb_with_a_prepositional_complement_leaves_the_subject_beside_the_point():
    assert points("Ferrymen are worried about the closure of the northern quay.") == []
    assert points("Dockers are paid separately from harbour pilots.") == []
    assert points("The ferry crossings were hampered by storms.") == []  # the agent is the point


def test_a_phrase_a_relative_clause_goes_on_is_no_point():
    assert points("A harbour pilot is a navigator who knows the local waters.") == []
    assert points("A harbour pilot is a navigator.") == ["navigator"]


def test_a_progressive_verb_read_as_a_noun_is_no_point():
    assert points("The Varnia Shipping Company is parting company with its chief pilot.") == []


def test_the_object_of_the_main_verb_is_the_point():
    assert points("The new board has made flood defence its first task.") == ["flood defence"]


def test_light_heads_pronoun_phrases_and_common_words_are_no_point():
    assert points("The harbour board discussed the situation.") == []  # a light head
    assert points("The harbour board has made its own plans.") == []  # a pronoun's phrase
    assert points("The harbour board wanted good time.") == []  # the commonest words only
    assert points("The harbour board said stagnant trade would hurt the town.") == []  # a clause's subject
    assert points("The new ferry drew loud applause at the festival.") == []  # an adjective describes
    assert points("The town is watching the race between the two ferry lines.") == []  # one word with synonyms
    assert points("The town is watching the regatta between the two ferry lines.") == ["regatta"]


def test_a_phrase_that_runs_on_into_an_of_phrase_or_a_name_is_no_point():
    assert points("The harbour masters discussed the implications of the new levy.") == []
    assert points("The harbour board praised the ferry Elsland Star.") == []


def test_the_point_ranks_above_a_name_in_a_modifier_and_a_scene_setting_date():
    found = ranked(
        "In 2019, the harbour masters met with Mayor Alan Brook, chiefly discussing flood defence against Kelburg."
    )
    answers = [a for a, _ in found]
    assert ("flood defence", POINT) in found
    assert answers.index("flood defence") < answers.index("Kelburg")
    assert answers.index("flood defence") < answers.index("2019")


def test_the_point_ranks_above_a_place_in_the_subjects_modifier():
    answers = [a for a, _ in ranked("A pilot in Elsland is considered a harbour safety officer.")]
    assert answers.index("harbour safety officer") < answers.index("Elsland")


def test_a_point_phrase_is_asked_as_a_cloze_never_typed():
    text = "\n\n".join(
        [
            HARBOUR_TITLE,
            *HARBOUR_LEAD,
            "More mooring buoys will be installed so that yachts do not block the quay in Porthaven.",
        ]
    )
    cards = generate_text(text).deck.cards
    assert any(c.type == "cloze" and "{{c1::mooring buoys}}" in c.prompt() for c in cards)
    assert not any(c.type == "typed" and "mooring buoys" in str(getattr(c, "answer", "")) for c in cards)
