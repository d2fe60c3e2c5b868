"""The figure gates drop a card whose figure its neighbours reveal or that asks a setting beside its figure."""

from __future__ import annotations

from dataclasses import replace

from generate_support import candidate, facts_of

from quizgen.generate import cards as build
from quizgen.generate import figure_gates
from quizgen.generate.gates import Candidate


def test_figure_left_visible() -> None:
    text = "The mean deforestation rate from 2000 to 2005 was 18% higher than in the previous five years."
    assert figure_gates.figure_left_visible(candidate(text, "2000 to 2005"))
    assert figure_gates.figure_left_visible(candidate(text, "18%")) is None
    large = "With a population of 853,382 in 2014, the city is the largest in the United States."
    assert figure_gates.figure_left_visible(candidate(large, "United States"))
    plain = "The mean deforestation rate rose sharply in Brazil in 2004 after the new roads opened."
    assert figure_gates.figure_left_visible(candidate(plain, "2004")) is None


def test_neighbouring_values_reveal_the_answer() -> None:
    text = "Labour won 60% of the seats, the Conservatives 30% and the Liberal Democrats 10% in the poll."
    assert figure_gates.neighbouring_value_reveals(candidate(text, "30%"))


def test_hedged_figure_in_choices() -> None:
    text = "More than 90% of the world's oil reserves are controlled by state companies in 2005."
    c = candidate(text, "90%", "choice")
    assert figure_gates.hedged_number_in_choices(c)


def test_a_conversion_reveals_the_answer() -> None:
    text = "Hadrian's Wall was 73 miles (117 km) long when the Romans finished it in 128."
    c = candidate(text, "73")
    kept = replace(c.fact, edits=[e for e in c.fact.edits if e[2]])  # the conversion left in the sentence
    assert (
        figure_gates.neighbouring_value_reveals(Candidate(c.card, kept, c.index)) == "a conversion reveals the answer"
    )
    assert figure_gates.neighbouring_value_reveals(c) is None  # trimmed, it reveals nothing


def test_a_neighbouring_year_or_a_share_of_a_whole_reveals_the_answer() -> None:
    text = (
        "The engineers of the Manned Spacecraft Center came round to the plan in late 1961 and early 1962 in Houston."
    )
    assert figure_gates.neighbouring_value_reveals(candidate(text, "1962"))
    assert figure_gates.neighbouring_value_reveals(candidate(text, "1961")) is None
    shares = (
        "Sixty percent of the fund goes to the poorest countries, 30% to developing countries and 10% to rich ones."
    )
    assert figure_gates.neighbouring_value_reveals(candidate(shares, "10%"))


def test_a_trimmed_conversion_reveals_nothing() -> None:
    text = "The national park covers 5,000 square kilometres (1,900 sq mi) of the northern plain."
    c = candidate(text, "5,000")
    assert figure_gates.neighbouring_value_reveals(c) is None
    assert "sq mi" not in c.card.prompt()
    assert not any(f.mention.text == "1,900" for f in facts_of(text)[1])  # the conversion is no answer


def test_the_endpoint_of_a_change_is_asked_to_be_recalled() -> None:
    text = "Between 1990 and 2000, the area of farmland rose from 41,000 to 58,000 hectares in the valley."
    assert figure_gates.neighbouring_value_reveals(candidate(text, "58,000")) is None
    assert figure_gates.neighbouring_value_reveals(
        candidate(text, "58,000", "choice")
    )  # a choice below 41,000 is no choice
    assert figure_gates.neighbouring_value_reveals(candidate(text, "41,000"))


def test_the_leader_of_a_ranking_may_be_asked_beside_its_share() -> None:
    text = "Most of the crop is grown in Brazil, with 40% of the harvest, followed by Vietnam with 20%."
    assert figure_gates.figure_left_visible(candidate(text, "Brazil")) is None
    assert figure_gates.figure_left_visible(candidate(text, "Vietnam"))


def test_the_unit_of_a_figure_is_no_answer() -> None:
    text = "The forest lost 58,000 square kilometres between 1990 and 2000 in the valley."
    index, facts = facts_of(text + "\n\nSquare kilometres are the unit of the survey in the valley.")
    fact = next(f for f in facts if f.mention.text == "square kilometres")
    card = build.cloze(fact)
    assert card is not None and figure_gates.answer_is_a_unit(Candidate(card, fact, index))


def test_the_magnitude_of_a_vague_count_is_no_answer() -> None:
    text = "In 1700 several hundred French settlers migrated from England to the colony of Virginia."
    index, facts = facts_of(text)
    hundred = [f for f in facts if f.mention.text == "hundred"]
    assert hundred
    for fact in hundred:
        card = build.cloze(fact)
        assert card is not None and figure_gates.vague_count(Candidate(card, fact, index))
    assert figure_gates.vague_count(candidate(text, "1700")) is None


def test_a_conversion_joined_by_or_reveals_the_answer() -> None:
    text = "The yearly loss in the basin was 19,018 km2 or 7,343 sq mi of forest in the previous five years."
    assert figure_gates.neighbouring_value_reveals(candidate(text, "7,343")) == "a conversion reveals the answer"
    assert figure_gates.neighbouring_value_reveals(candidate(text, "19,018")) == "a conversion reveals the answer"
    plain = "The park lost 19,018 trees in the storm or 7,343 more than the year before in the north."
    assert figure_gates.neighbouring_value_reveals(candidate(plain, "19,018")) != "a conversion reveals the answer"


def test_a_figure_compared_to_another_without_a_direction_is_recalled_unrevealed() -> None:
    text = (
        "The burnt area in Chile was 1,160,000 square miles (3,000,000 km2) of forest, compared to 734,000 square "
        "miles (1,900,000 km2) in 2005."
    )  # the conversions trimmed
    assert figure_gates.neighbouring_value_reveals(candidate(text, "1,160,000")) is None
    assert figure_gates.neighbouring_value_reveals(candidate(text, "734,000")) is None
    # among choices, the other figure may rule out the ones on its wrong side
    assert figure_gates.neighbouring_value_reveals(candidate(text, "1,160,000", "choice"))
    rose = "The burnt area in Chile rose to 1,160,000 square miles of forest, up from 734,000 square miles in 2005."
    assert figure_gates.neighbouring_value_reveals(candidate(rose, "1,160,000"))


def test_a_number_naming_a_position_or_a_road_is_no_figure_left_visible() -> None:
    orbit = "When the service was launched in 1998 the satellite broadcast from 19.2°E over the whole of Europe."
    assert figure_gates.figure_left_visible(candidate(orbit, "1998")) is None
    road = "The district of Elm Park lies west of the newly built 180 Freeway, which divides it from Riverside."
    assert figure_gates.figure_left_visible(candidate(road, "Riverside")) is None
    counted = "The district of Elm Park lies west of the newly built 180 houses, which divide it from Riverside."
    assert figure_gates.figure_left_visible(candidate(counted, "Riverside"))


def test_a_change_the_two_shown_figures_give_is_computable() -> None:
    text = "The yearly catch in 2004 (2,400 tonnes) was 20% higher than in 2003 (2,000 tonnes), the agency said."
    assert figure_gates.change_computable(candidate(text, "20%"))
    alone = "The yearly catch in 2004 was 20% higher than in 2003, the fisheries agency said on Monday."
    assert figure_gates.change_computable(candidate(alone, "20%")) is None


def test_a_change_and_the_level_it_reached_tell_nothing_of_each_other() -> None:
    text = "Dutch unemployment rose 9,000 in March to 2.318 million people, the labour office said on Tuesday."
    assert figure_gates.neighbouring_value_reveals(candidate(text, "2.318 million")) is None
    assert figure_gates.neighbouring_value_reveals(candidate(text, "9,000")) is None
    both = "Dutch unemployment rose from 2.309 million by 9,000 in March to 2.318 million, the labour office said."
    assert figure_gates.neighbouring_value_reveals(candidate(both, "2.318 million"))


def test_a_count_of_years_a_shown_span_gives_is_revealed() -> None:
    span = "Emperor Harald, the old king's son, ruled for only two years, from 1321 to 1323, before his murder."
    assert figure_gates.neighbouring_value_reveals(candidate(span, "two"))
    other = "Emperor Harald, the old king's son, ruled for only two years, from 1321 to 1330, before his murder."
    assert figure_gates.neighbouring_value_reveals(candidate(other, "two")) is None


def test_a_decade_after_another_in_a_run_is_revealed() -> None:
    text = "Simpson wrote music for many adventures of the 1960s and 1970s, including most of the Baker stories."
    assert figure_gates.neighbouring_value_reveals(candidate(text, "1970s"))
    alone = "Simpson wrote music for many adventures of the 1970s, including most of the Baker stories in London."
    assert figure_gates.neighbouring_value_reveals(candidate(alone, "1970s")) is None


def test_a_year_that_another_year_and_a_span_give_is_revealed() -> None:
    text = (
        "The plague entered the kingdom through the port of Velmar around November 1347 and spread over the next "
        "two years, eventually reaching the capital in the spring of 1349."
    )
    assert figure_gates.neighbouring_value_reveals(candidate(text, "1349"))
    apart = (
        "The plague entered the kingdom through the port of Velmar around November 1347 and spread over the next "
        "two years, eventually reaching the capital in the spring of 1361."
    )
    assert figure_gates.neighbouring_value_reveals(candidate(apart, "1361")) is None
