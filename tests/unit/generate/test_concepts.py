"""Concept answers: a common-noun phrase is asked only when it has one right fill."""

from __future__ import annotations

import pytest

from quizgen.generate import cards, gap_gates
from quizgen.generate.candidates import Fact, plan_article
from quizgen.generate.concepts import concepts, head_of, same_head_terms, term_reason
from quizgen.generate.gates import Candidate, failed_gate
from quizgen.generate.index import ArticleIndex, analyse
from quizgen.generate.split import split_article
from quizgen.generate.text import article_from_text


def indexed(text: str) -> ArticleIndex:
    sentences, _ = split_article(article_from_text(text, "t.txt"))
    return analyse(sentences)


def reasons(text: str) -> dict[str, str | None]:
    """Each concept phrase of the article's sentences, and why it is a term (None: it is not)."""
    index = indexed(text)
    return {c.text: term_reason(index, row, c) for row in index.sentences for c in concepts(row)}


def concept_facts(text: str) -> tuple[ArticleIndex, dict[str, Fact]]:
    index = indexed(text)
    facts: dict[str, Fact] = {}
    for plan in plan_article(index):
        for fact in plan.facts:
            if fact.mention.kind == "concept":
                facts.setdefault(fact.mention.text, fact)  # the first sentence's
    return index, facts


@pytest.mark.parametrize(
    ("text", "term", "reason"),
    [
        ("In arithmetic, a whole number above one that is not prime is called a composite number.", "composite number",
         "named or defined"),
        ("Mathematicians expect endless pairs of primes that differ by two (the twin prime conjecture).",
         "twin prime conjecture", "named or defined"),
        ("The fever of the wounded soldier was caused by anaerobic bacteria in the mud.", "anaerobic bacteria",
         "a cause or effect"),
        ("Divers who rise to the surface too fast can suffer decompression sickness within hours.",
         "decompression sickness", "technical"),
        ("Old doctors in the east held that a humoral system governed the health of the body.", "humoral system",
         "technical"),
        ("Chemists long accepted the phlogiston theory of combustion before the discovery of oxygen.",
         "phlogiston theory of combustion", "a named theory or effect"),
        ("Astronomers measured the greenhouse effect on the young planet for many years.", "greenhouse effect",
         "a named theory or effect"),
    ],
)  # fmt: skip
def test_a_term_the_sentence_names_defines_or_gives_as_a_cause_is_an_answer(text: str, term: str, reason: str) -> None:
    assert reasons(text)[term] == reason
    assert term in concept_facts(text)[1]


def test_a_compound_is_a_term_when_the_article_repeats_its_head() -> None:
    text = (
        "The new plans include home detention for the suspects held by the police.\n\n"
        "Critics said that detention without a trial broke the old law of the land."
    )
    assert reasons(text)["home detention"] == "its head repeated"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The noble family achieved princely rank after the wedding in the old castle.", "princely rank"),
        ("Higher oil prices had a negative effect on the sales of the big shops.", "negative effect"),
        ("The minister repeated the familiar mantras of his party at the rally.", "familiar mantras"),
        ("The share price of the firm rose on Monday.\n\nThe price of oil fell on Tuesday.", "share price"),
    ],
)
def test_a_phrase_a_synonym_would_fill_as_well_is_no_term(text: str, phrase: str) -> None:
    assert reasons(text).get(phrase) is None


def test_the_of_phrase_of_a_theory_belongs_to_the_term() -> None:
    found = reasons("Chemists long accepted the phlogiston theory of combustion before the discovery of oxygen.")
    assert "phlogiston theory" not in found and "combustion" not in found  # never half a term
    assert head_of("phlogiston theory of combustion") == "theory"


def test_a_verb_the_tagger_takes_for_a_noun_ends_no_term() -> None:
    found = reasons("Legendre's conjecture states that a prime lies between two consecutive squares.")
    assert "conjecture states" not in found


def test_a_verb_after_that_is_no_word_of_the_term() -> None:
    text = "Copper salts are poisonous to the soil bacteria that cause root blight, so farmers spray them."
    found = {m.text for m in concepts(indexed(text).sentences[0])}
    assert "root blight" in found and "cause root blight" not in found
    index = indexed(text)
    row = index.sentences[0]
    term = next(m for m in concepts(row) if m.text == "root blight")
    fact = Fact(row, term, text, [], term.text, [], None)
    card = cards.cloze(fact)
    assert card is not None
    assert gap_gates.gap_splits_a_phrase(Candidate(card, fact, index)) is None


FEVERS = [
    "In warm countries, mosquitoes carry dengue fever to millions of people.",
    "In crowded cities, dirty water carried typhoid fever to the poor.",
    "In the long war, lice carried trench fever to the soldiers.",
    "On the coast, sandflies carry papataci fever to the villages.",
]


def test_a_term_s_choices_are_the_article_s_other_terms_of_its_head() -> None:
    index, facts = concept_facts("\n\n".join(FEVERS))
    fact = facts["typhoid fever"]
    assert same_head_terms(index, "typhoid fever", fact.text) == ["dengue fever", "trench fever", "papataci fever"]
    card = cards.choice(fact, index)
    assert card is not None
    assert sorted(card.fields["choices"]) == ["dengue fever", "papataci fever", "trench fever", "typhoid fever"]


def test_a_term_without_three_others_of_its_head_gets_no_choice_card() -> None:
    index, facts = concept_facts("\n\n".join(FEVERS[:3]))
    assert cards.choice(facts["typhoid fever"], index) is None


def test_a_progressive_verb_or_an_abbreviation_is_no_term() -> None:
    found = reasons("The old fashion firm is parting company with its chief executive after a bad year.")
    assert not any(phrase.startswith("parting") for phrase in found)
    found = reasons("Engineers at the Marshall Space Flight Center (MSFC) tested the rocket engine in a wide field.")
    assert "MSFC" not in found
    found = reasons("Each technician must register with the General Pharmaceutical Council (GPhC) before the work.")
    assert "GPhC" not in found


@pytest.mark.parametrize(
    ("text", "term", "reason"),
    [
        ("Untreated frostbite in the mountains results in tissue necrosis within days.", "tissue necrosis",
         "a cause or effect"),
        ("In the lab, every water molecule consists of two hydrogen atoms and one oxygen atom.", "hydrogen atoms",
         "a part or product"),
    ],
)  # fmt: skip
def test_an_effect_or_a_part_is_an_answer(text: str, term: str, reason: str) -> None:
    assert reasons(text)[term] == reason


def test_a_theory_s_of_phrase_is_kept_whole_with_its_coordinated_nouns() -> None:
    found = reasons("Experiments helped to discredit the then-popular phlogiston theory of combustion and corrosion.")
    assert found["phlogiston theory of combustion and corrosion"] == "a named theory or effect"


def test_a_whole_term_may_follow_a_describing_word_but_a_plural_noun_is_no_part_of_a_term() -> None:

    text = (
        "Experiments helped to discredit the then-popular phlogiston theory of combustion and corrosion.\n\n"
        "The small academies are paid for by charging their pupils tuition fees each year.\n\n"
        "Public schools in the north never ask for tuition fees at all."
    )
    index, facts = concept_facts(text)
    assert "pupils tuition fees" not in facts
    for term in ("phlogiston theory of combustion and corrosion", "tuition fees"):
        card = cards.cloze(facts[term])
        assert card is not None
        assert failed_gate(Candidate(card, facts[term], index)) is None


def test_a_phrase_of_non_latin_letters_is_weighed_like_any_other() -> None:
    found = reasons("Old scholars in the city wrote about λόγος θεωρία during the long winter nights.")
    assert found["λόγος θεωρία"] is None  # stated once, in words wordfreq does not know: no term


def test_a_common_adjective_of_the_news_makes_no_technical_term() -> None:
    found = reasons("The talks dealt with the geopolitical realities that followed the war in the north.")
    assert found["geopolitical realities"] is None


def test_the_rest_of_a_hyphenated_token_is_no_term() -> None:
    found = reasons("Then Smith scored on a 2-yard touchdown run, and the team won a 2-point conversion at the end.")
    assert "yard touchdown" not in found and "point conversion" not in found
