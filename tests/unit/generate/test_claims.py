"""A sentence is cut into its claims; a fact is asked with its own claim only."""

from __future__ import annotations

from quizgen.generate.claims import claim_of, cut_to_claim, parts
from quizgen.generate.edits import apply_edits
from quizgen.generate.tokens import tag


def claims(text: str) -> list[str]:
    return [text[p.start : p.end] for p in parts(text, tag(text))]


def asked(text: str, answer: str) -> str:
    """The sentence as a card on `answer` shows it."""
    found = parts(text, tag(text))
    start = text.index(answer)
    return apply_edits(text, cut_to_claim(text, found, claim_of(found, start, start + len(answer))))


TWO = "Nazarbayev met five U.S. presidents in office, while Tokaev sought cooperation with the U.S. on trade."


def test_two_clauses_with_named_subjects_are_two_claims():
    assert claims(TWO) == [
        "Nazarbayev met five U.S. presidents in office",
        "Tokaev sought cooperation with the U.S. on trade",
    ]


def test_each_claim_is_asked_without_the_other():
    assert asked(TWO, "five") == "Nazarbayev met five U.S. presidents in office."
    assert asked(TWO, "trade") == "Tokaev sought cooperation with the U.S. on trade."


def test_a_semicolon_separates_claims():
    text = "Oxygen was discovered in 1774; Lavoisier named the element in 1777."
    assert claims(text) == ["Oxygen was discovered in 1774", "Lavoisier named the element in 1777"]


def test_a_list_of_names_before_the_verb_is_one_claim():
    text = "Central Asian nations, Kazakhstan, Tajikistan, and Turkmenistan are watching the race closely."
    assert len(claims(text)) == 1


def test_a_coordinated_subject_with_participles_is_one_claim():
    text = "Seventy percent of formerly forested land, and 91% of land deforested since 1970, is used for pasture."
    assert len(claims(text)) == 1


def test_a_clause_that_answers_the_one_before_is_no_claim_alone():
    text = "In a typical year the forest absorbs 1.5 gigatons of carbon; during 2005 instead 5 gigatons were released."
    assert len(claims(text)) == 1


def test_a_pronoun_subject_does_not_stand_alone():
    text = "Harris met the leaders of five nations in 2023, and she promised to return to the region."
    assert len(claims(text)) == 1


def test_a_trailing_modifier_belongs_to_its_clause():
    text = "In 2023, the presidents convened with Joe Biden, primarily discussing energy security."
    assert asked(text, "Joe Biden") == "In 2023, the presidents convened with Joe Biden."
    assert asked(text, "energy security") == text


def test_a_quotation_is_never_cut():
    text = 'Trump said "we will win", and Harris said nothing at all about it.'
    assert len(claims(text)) == 1


def test_a_claim_that_stands_alone_keeps_its_facts_when_another_cannot():
    from quizgen.generate.candidates import plan_article
    from quizgen.generate.index import analyse
    from quizgen.generate.split import split_article
    from quizgen.generate.text import article_from_text

    text = (
        "Kazakhstan held talks in Astana on Monday.\n\n"
        "Nursultan Nazarbayev met 14 foreign presidents in 2019; this praised their foreign policy at length.\n"
    )
    sentences, _ = split_article(article_from_text(text))
    plan = plan_article(analyse(sentences))[1]
    assert plan.skip is None
    assert {f.mention.text for f in plan.facts} >= {"14"}
    assert all(f.text == "Nursultan Nazarbayev met 14 foreign presidents in 2019." for f in plan.facts)


def test_a_leading_date_stays_with_every_claim_it_dates():
    text = "As of January 2016, Almaty had a population of 1,703,481 people, and Astana had 872,000 residents."
    assert asked(text, "872,000") == "As of January 2016, Astana had 872,000 residents."
    assert asked(text, "1,703,481") == "As of January 2016, Almaty had a population of 1,703,481 people."


BACKED = 'Mayor Alice Grant has backed the ferry terminal, saying: "The town needs it.'


def test_a_claim_is_cut_from_the_quotation_after_it() -> None:
    found = parts(BACKED, tag(BACKED))
    assert [BACKED[p.start : p.end] for p in found] == [
        "Mayor Alice Grant has backed the ferry terminal",
        '"The town needs it',
    ]
    assert [p.quoted for p in found] == [False, True]
    assert asked(BACKED, "Alice Grant") == "Mayor Alice Grant has backed the ferry terminal."


def test_a_quotation_after_and_told_closes_with_a_full_stop() -> None:
    text = 'Alice Grant opened the ferry terminal and told the crowd, "This is a great day."'
    assert asked(text, "Alice Grant") == "Alice Grant opened the ferry terminal."


def test_a_speaker_alone_before_a_quotation_is_no_claim() -> None:
    for text in (
        'Mayor Alice Grant said: "The town needs the ferry terminal.',
        'She went on to say: "The town needs the ferry terminal."',
        'Alice Grant, whose office approved the plan, said: "The town needs the ferry terminal."',
    ):
        assert len(parts(text, tag(text))) == 1, text


def test_a_reported_clause_after_a_claim_is_a_modifier() -> None:
    text = "Alice Grant rejected calls for a second terminal, saying that the port had room for one only."
    found = parts(text, tag(text))
    assert [(p.claim, p.quoted) for p in found] == [(True, False), (False, False)]
    assert asked(text, "Alice Grant") == "Alice Grant rejected calls for a second terminal."
    assert asked(text, "one") == text  # a fact of the report keeps the claim it follows


def test_a_quotation_running_on_after_a_semicolon_is_cut() -> None:
    text = 'The report found that the port had grown by 40%; in its summary, Dr Reyes writes that, "The town was lucky.'
    found = parts(text, tag(text))
    assert [(p.claim, p.quoted) for p in found] == [(True, False), (False, True)]
    assert asked(text, "40%") == "The report found that the port had grown by 40%."
