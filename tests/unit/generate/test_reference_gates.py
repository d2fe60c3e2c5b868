"""The reference gates drop a card that leans on a sentence it does not show, and let a named reference through."""

from __future__ import annotations

import pytest
from generate_support import candidate

from quizgen.generate import gates


@pytest.mark.parametrize(
    "text",
    [
        "Qantas said the property-based tax would cost 1,500 jobs in Australia.",
        "The chief executive of the carrier said 1,500 jobs in Australia would go.",
        "Peers begin debating the bill on Thursday, which would cut 1,500 jobs in Australia.",
        "Qantas described the step as a new era that would save 1,500 jobs in Australia.",
    ],
)
def test_an_unnamed_tax_or_carrier_is_a_reference(text: str) -> None:
    assert gates.unnamed_reference_in_stem(candidate(text, "1,500"))


@pytest.mark.parametrize(
    "text",
    [
        "The company said its profits rose by 26% in 2004 after a strong year of sales.",
        "The shares fell by 26% in early trading in London on Monday after the warning.",
    ],
)
def test_unnamed_reference_in_stem(text: str) -> None:
    answer = "26%"
    assert gates.unnamed_reference_in_stem(candidate(text, answer))


def test_a_team_in_a_place_is_named_and_a_team_in_a_statistic_is_not() -> None:
    led = "Pro Bowl tackle Kawann Short led the team in sacks with 11 in 2015."
    assert gates.unnamed_reference_in_stem(candidate(led, "Kawann Short"))
    placed = "Pro Bowl tackle Kawann Short joined the team in Charlotte in 2015."
    assert gates.unnamed_reference_in_stem(candidate(placed, "Kawann Short")) is None


def test_an_unnamed_empire_is_a_reference() -> None:
    text = "The system of bureaucracy reflected the cultures of the empire, including the Khitans, in 1271."
    assert gates.unnamed_reference_in_stem(candidate(text, "Khitans"))


def test_a_named_reference_is_fine() -> None:
    text = "The company BP said its profits rose by 26% in 2004 after a strong year of sales."
    assert gates.unnamed_reference_in_stem(candidate(text, "26%")) is None


def test_anaphoric_definite() -> None:
    text = "MPs debated a bill on identity cards in 2004.\n\nThe bill was passed by 385 votes to 93 in the Commons."
    assert gates.anaphoric_definite(candidate(text, "385"))
    fresh = "The House of Commons passed the identity cards bill by 385 votes in December 2004."
    assert gates.anaphoric_definite(candidate(fresh, "385")) is None


def test_the_government_of_a_country_the_sentence_names_is_not_anaphoric() -> None:
    text = (
        "German schools receive money from the government and charge no fees in 2004.\n\n"
        "In India, some private schools receive financial aid from the government and pay fees in 2005."
    )
    assert gates.anaphoric_definite(candidate(text, "2005", sentence=1)) is None
    unnamed = (
        "German schools receive money from the government and charge no fees in 2004.\n\n"
        "Some private schools receive financial aid from the government and pay fees in 2005."
    )
    assert gates.anaphoric_definite(candidate(unnamed, "2005", sentence=1))


def test_a_named_modifier_is_no_unnamed_reference() -> None:
    text = "The WWF report said the forest lost 17% of its cover in 2004 after a year of fires."
    assert gates.unnamed_reference_in_stem(candidate(text, "17%")) is None


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("After that, the airline said it would cut 1,500 jobs in Australia.", "1,500"),
        ("Qantas made a similar offer to 1,500 pilots in Australia last year.", "1,500"),
        ("One in five use the service in Australia, the survey of 1,500 people found.", "1,500"),
        ("Those with broadband spend 1,500 minutes online in Australia each month.", "1,500"),
        ("Qantas said the seasonally adjusted rise cost 1,500 jobs in Australia.", "1,500"),
        ("Qantas said the Bill would cost 1,500 jobs in Australia.", "1,500"),
        ("Instead, Qantas would cut 1,500 jobs in Australia next year.", "1,500"),
        ("Specifically, pilots must fly 1,500 hours in Australia each year.", "1,500"),
        ("Fellow pilot John Hart flew 1,500 hours in Australia last year.", "1,500"),
        ("Such qualifications were held by 1,500 pilots in Australia in 2004.", "1,500"),
        ("A flight school was established there in 1946 by Qantas.", "1946"),
        ("Later, many took up service with the Armenian state in Cilicia in 1071.", "1071"),
        ("Thereafter Sabur Ibn Sahl wrote the first pharmacopoeia in 869.", "869"),
        ("One in five post something on the net every day, 1,500 people in Australia said.", "1,500"),
        ("Another pair of pilots flew 1,500 hours in Australia last year.", "1,500"),
        ("Then a Qantas jet carried 1,500 people from Australia to London.", "1,500"),
        ("However a spokesman said Qantas would cut 1,500 jobs in Australia.", "1,500"),
        ("Subsequently the Pentagon revoked 1,500 contracts held by Boeing in Seattle.", "1,500"),
        ("Then Anderson scored a touchdown, giving Denver a 24-10 lead in 2016.", "Denver"),
        ("The merged ABC-DuMont would have had 1,500 staff in New York.", "1,500"),
        ("Governor Hart sent 1,500 more troops to Fort Lewis during the same period.", "1,500"),
        ("Carolina had two more drives in 2016, but failed to get a first down on each one.", "Carolina"),
        ("While en route, Washington learned of the retreat from Fort Duquesne in 1754.", "Washington"),
    ],
)
def test_unresolved_opener(text: str, answer: str) -> None:
    assert gates.unresolved_opener(candidate(text, answer))


def test_a_resolved_opener_passes() -> None:
    text = "One in five Australians used the service in 2004, after the rise in fares by Qantas."
    assert gates.unresolved_opener(candidate(text, "2004")) is None
    route = "While en route to Fort Duquesne, Washington learned of the retreat in 1754."
    assert gates.unresolved_opener(candidate(route, "Washington")) is None
    more = "Qantas said 1,500 more than in 2003 had flown from Australia in 2004."
    assert gates.unresolved_opener(candidate(more, "2004")) is None
    such = "Airlines such as Qantas cut 1,500 jobs in Australia in 2004."
    assert gates.unresolved_opener(candidate(such, "1,500")) is None
    assert (
        gates.unresolved_opener(candidate("In response to the strike, Qantas cut 1,500 jobs in Australia.", "1,500"))
        is None
    )


@pytest.mark.parametrize(
    "text",
    [
        "Oxygen was found by Scheele in 1771.\n\nThe name oxygen was coined in 1777 by the chemist Lavoisier.",
        "Welding took a long time to learn in the workshops.\n\nIn 1901, welding was shown for the first time by Fouché in Paris.",
    ],
    ids=["the name", "the first time"],
)
def test_a_phrase_that_names_itself_is_no_reference(text: str) -> None:
    year = "1777" if "1777" in text else "1901"
    assert gates.anaphoric_definite(candidate(text, year)) is None
    assert gates.unnamed_reference_in_stem(candidate(text, year)) is None


def test_a_reference_the_stem_itself_names_is_fine() -> None:
    worst = (
        "Floods hit the coast in May.\n\nIndonesia was the country worst affected, with 94,000 of the 140,000 deaths."
    )
    assert gates.unnamed_reference_in_stem(candidate(worst, "94,000")) is None
    told = "In 1981, ABC launched a cable channel with Hearst, which aired over the channel space of Nickelodeon."
    assert gates.unnamed_reference_in_stem(candidate(told, "Nickelodeon")) is None
    russia = "The plague moved into Russia in 1350, where it struck the country 25 times by 1490."
    assert gates.unnamed_reference_in_stem(candidate(russia, "25")) is None
    alone = "The plague struck the country 25 times between 1350 and 1490 in the north."
    assert gates.unnamed_reference_in_stem(candidate(alone, "25"))


def test_a_thing_there_is_one_of_points_back_to_nothing() -> None:
    text = (
        "The dollar fell against the yen in 2004.\n\nAnalysts said Europe had done little in 2005 to stop the dollar."
    )
    assert gates.anaphoric_definite(candidate(text, "Europe")) is None
    bill = "MPs debated a bill on identity cards in 2004.\n\nAnalysts said Europe had done little in 2005 to stop the bill."
    assert gates.anaphoric_definite(candidate(bill, "Europe"))


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "Numbers were listed in 1801.\n\nIn 1801, Carl Gauss wrote the triples as a set such that a + b = c holds.",
            "Carl Gauss",
        ),
        (
            "Mathematicians studied divisors in 300 BC.\n\nEuclid showed that 6 has the divisors 2 and 3 besides 1 and 6.",
            "Euclid",
        ),
        (
            "Each assessment report is written by the panel.\n\nThe third assessment report (TAR) was published by the IPCC in 2001.",
            "2001",
        ),
        (
            "Schools changed in Cape Town.\n\nParents at government schools voted in 1992, and many of these schools changed.",
            "1992",
        ),
        ("Ideas spread in 1521.\n\nLuther condemned the idea that the mass is a sacrifice in 1521.", "Luther"),
    ],
    ids=["such that", "the divisors 2 and 3", "(TAR)", "these schools", "the idea that"],
)
def test_a_phrase_told_where_it_stands_leans_on_nothing(text: str, answer: str) -> None:
    c = candidate(text, answer)
    for gate in (gates.unresolved_opener, gates.anaphoric_definite, gates.unnamed_reference_in_stem):
        assert gate(c) is None, gate.__name__


def test_a_date_after_a_definite_noun_does_not_say_which_it_is() -> None:
    text = (
        "Trent's company of 40 men began building a small fort at the Forks in 1754.\n\n"
        "The French forces arrived at the fort on April 16 with 500 soldiers."
    )
    assert gates.anaphoric_definite(candidate(text, "April 16", sentence=1))
    named = (
        "Trent's company of 40 men began building a small fort at the Forks in 1754.\n\n"
        "The French forces arrived at the fort of Duquesne on April 16 with 500 soldiers."
    )
    assert gates.anaphoric_definite(candidate(named, "April 16", sentence=1)) is None


def test_whose_plan_without_saying_which_is_a_reference() -> None:
    bare = "The Liberal Democrats say their plan is fairer and has already been tested in Sweden and Norway."
    assert gates.unnamed_reference_in_stem(candidate(bare, "Liberal Democrats"))
    said = "The Liberal Democrats say their plan to abolish council tax has already been tested in Sweden and Norway."
    assert gates.unnamed_reference_in_stem(candidate(said, "Liberal Democrats")) is None
