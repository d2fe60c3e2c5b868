"""Definite phrases that need no antecedent pass the reference gates; ones that point back still fail them."""

from __future__ import annotations

import pytest
from generate_support import candidate

from quizgen.generate import gates
from quizgen.generate.world_definites import Phrase, needs_no_antecedent


def phrase(words: str, tags: str = "", following: str = "") -> Phrase:
    split = words.split()
    return Phrase(split, tags.split() if tags else [""] * len(split), following)


@pytest.mark.parametrize(
    ("words", "tags", "following", "rule"),
    [
        ("summer", "", "", "time_of_year"),
        ("police", "", "", "institution_of_a_state"),
        ("justice system", "", "", "institution_of_a_state"),
        ("criminal justice system", "", "", "institution_of_a_state"),
        ("council tax", "", "", "institution_of_a_state"),
        ("young offenders", "JJ NNS", "", "kind_of_people"),
        ("highest court", "JJS NN", "", "superlative"),
        ("most unpopular tax", "RBS JJ NN", "", "superlative"),
        ("company", "NN", "which", "restricted_by_a_clause"),
    ],
)
def test_a_phrase_of_a_class_needs_no_antecedent(words: str, tags: str, following: str, rule: str) -> None:
    assert needs_no_antecedent(phrase(words, tags, following)) == rule


@pytest.mark.parametrize(
    ("words", "tags", "following"),
    [
        ("case", "NN", ""),
        ("deal", "NN", "on"),
        ("network", "NN", ""),
        ("time", "NN", ""),  # 'at the time' means a time the sentence before gave
        ("current system", "JJ NN", ""),
        ("property-based tax", "JJ NN", ""),
        ("suspects", "NNS", ""),
        ("same offenders", "JJ NNS", ""),
        ("latest deal", "JJS NN", ""),
        ("tenth series", "JJ NN", ""),  # an ordinal still needs the series it counts
        ("summer move", "NN NN", ""),
    ],
)
def test_a_phrase_that_may_point_back_needs_one(words: str, tags: str, following: str) -> None:
    assert needs_no_antecedent(phrase(words, tags, following)) is None


def test_a_state_system_passes_the_unnamed_reference_gate_and_a_told_one_does_not() -> None:
    system = "The minister said in 2008 that more money would build confidence in the justice system."
    assert gates.unnamed_reference_in_stem(candidate(system, "2008")) is None
    current = "The minister said in 2008 that the current system would not last much longer."
    assert (
        gates.unnamed_reference_in_stem(candidate(current, "2008")) == "'the current system' is not named on the card"
    )


def test_a_superlative_passes_the_unnamed_reference_gate_and_a_plain_court_does_not() -> None:
    highest = "Lord Smith said in 2004 it was right for the highest court to stand apart from ministers."
    assert gates.unnamed_reference_in_stem(candidate(highest, "2004")) is None
    plain = "Lord Smith said in 2004 it was right for the court to stand apart from ministers."
    assert gates.unnamed_reference_in_stem(candidate(plain, "2004")) == "'the court' is not named on the card"


def test_a_court_case_named_right_after_is_named() -> None:
    named = "In 1954 the landmark court case Brown v. Board of Education ended segregation in schools."
    assert gates.unnamed_reference_in_stem(candidate(named, "1954")) is None
    unnamed = "In 1954 the landmark court case ended segregation in schools across the country."
    assert gates.unnamed_reference_in_stem(candidate(unnamed, "1954"))


def test_the_summer_needs_no_earlier_sentence_and_the_game_does() -> None:
    summer = "Joe Hart played all summer for Leeds in 2004.\n\nHart said in 2005 that he would retire in the summer."
    assert gates.anaphoric_definite(candidate(summer, "2005", sentence=1)) is None
    game = "Joe Hart played a game for Leeds in 2004.\n\nHart said in 2005 that he would retire after the game."
    assert gates.anaphoric_definite(candidate(game, "2005", sentence=1)) == "'the game' refers to an earlier sentence"


def test_the_police_need_no_earlier_sentence_and_the_bill_does() -> None:
    police = "MPs debated the police and a bill in 2004.\n\nThe police were given new powers by 385 votes."
    assert gates.anaphoric_definite(candidate(police, "385", sentence=1)) is None
    bill = "MPs debated the police and a bill in 2004.\n\nThe bill was passed by 385 votes to 93."
    assert gates.anaphoric_definite(candidate(bill, "385", sentence=1)) == "'The bill' refers to an earlier sentence"


def test_a_kind_of_people_needs_no_earlier_sentence_and_a_bare_plural_does() -> None:
    kind = "Many young offenders went to prison in 2004.\n\nThe young offenders were freed by 385 votes to 93."
    assert gates.anaphoric_definite(candidate(kind, "385", sentence=1)) is None
    bare = "Many offenders went to prison in 2004.\n\nThe offenders were freed by 385 votes to 93."
    assert (
        gates.anaphoric_definite(candidate(bare, "385", sentence=1)) == "'The offenders' refers to an earlier sentence"
    )


def test_the_government_needs_no_earlier_sentence_unless_one_names_a_country() -> None:
    plain = "Labour ministers met in London in 2004.\n\nThe government was backed by 385 votes to 93."
    assert gates.anaphoric_definite(candidate(plain, "385", sentence=1)) is None
    told = "German ministers asked the government for money in 2004.\n\nThe government was backed by 385 votes to 93."
    assert (
        gates.anaphoric_definite(candidate(told, "385", sentence=1)) == "'The government' refers to an earlier sentence"
    )


def test_a_state_system_after_a_sentence_naming_a_country_may_be_that_country_s() -> None:
    told = "German schools got aid in 2004.\n\nThe minister said in 2008 that more money would build confidence in the justice system."
    assert gates.unnamed_reference_in_stem(candidate(told, "2008", sentence=1)) == (
        "'the justice system' is not named on the card"
    )
