"""Give-aways no gate caught, each a rule of its own; and the figure gates that fired on figures unrelated to the
answer."""

from __future__ import annotations

from generate_support import candidate

from quizgen.generate import gates
from quizgen.generate.figure_gates import (
    figure_left_visible,
    neighbouring_value_reveals,
    shown_value_near_the_answer,
)
from quizgen.generate.gap_gates import culture_word_points_to_the_region, neighbour_repeats_the_answer
from quizgen.generate.source_gates import garbled_source

DOLLAR = (
    "The dollar was trading at dollars 1.2944 against the euro at 2100GMT, still close to the dollars 1.3006 record "
    "level set on 10 November. The euro was at dollars 1.25 a year ago, and sterling at dollars 1.80."
)


def test_a_shown_figure_next_to_the_answer_leaves_one_choice() -> None:
    assert shown_value_near_the_answer(candidate(DOLLAR, "1.3006", "choice"))
    # recalled, it is nearly given too: only the last digits are left ('slightly lower than four billion' of 3.997bn)
    assert shown_value_near_the_answer(candidate(DOLLAR, "1.3006", "cloze"))


def test_a_shown_figure_far_from_the_answer_leaves_every_choice() -> None:
    far = DOLLAR.replace("1.2944", "0.9500").replace("still close to", "far below")
    assert shown_value_near_the_answer(candidate(far, "1.3006", "choice")) is None


def test_counts_of_other_things_reveal_nothing() -> None:
    text = "Coleman led the team with seven interceptions, while also racking up 88 tackles in the season."
    assert neighbouring_value_reveals(candidate(text, "88", "choice")) is None


def test_a_word_that_only_contains_to_compares_nothing() -> None:
    text = "Sky said it would replace its three free-to-air channels with four subscription channels in 2004."
    assert neighbouring_value_reveals(candidate(text, "four")) is None
    text = "Control orders would be subject to a court appeal within 14 days and a three-monthly report on their use."
    assert neighbouring_value_reveals(candidate(text, "14", "choice")) is None


def test_a_change_between_two_figures_still_reveals() -> None:
    text = "Qantas increased the number of flight attendants based in London from 370 to 870 last year."
    assert neighbouring_value_reveals(candidate(text, "870", "choice"))


def test_a_year_in_brackets_is_no_figure_left_visible() -> None:
    text = "Al-Biruni (973–1050) wrote one of the most valuable works on pharmacology in Persia."
    assert figure_left_visible(candidate(text, "Al-Biruni")) is None
    text = "Plague ravaged London in 1563, 1593, 1603, 1625, 1636, and 1665."
    assert figure_left_visible(candidate(text, "London")) is None


def test_a_count_left_visible_still_fails() -> None:
    assert figure_left_visible(candidate("In 1466, perhaps 40,000 people died of the plague in Paris.", "Paris"))


def test_another_name_opening_with_the_answers_words_gives_it_away() -> None:
    text = (
        "State Route 180 (Kings Canyon Freeway) comes from the west via Mendota, and from the east in Kings Canyon "
        "National Park going towards Reedley."
    )
    assert neighbour_repeats_the_answer(candidate(text, "Kings Canyon National Park"))
    alone = "State Route 180 comes from the east in Kings Canyon National Park going towards Reedley."
    assert neighbour_repeats_the_answer(candidate(alone, "Kings Canyon National Park")) is None


def test_a_faith_word_points_to_its_region_both_ways() -> None:
    text = "Medicine in medieval Islam drew on Greek learning, and its hospitals spread across the Middle East by 1000."
    assert culture_word_points_to_the_region(candidate(text, "Middle East")) == "'Islam' points to Middle East"
    plain = "Medicine drew on Greek learning, and its hospitals spread across the Middle East by 1000."
    assert culture_word_points_to_the_region(candidate(plain, "Middle East")) is None


def test_a_power_of_ten_printed_flat_is_a_garbled_source() -> None:
    text = "The forests store carbon of the order of 1.1 × 1011 metric tonnes, a tenth of the world's stores."
    assert garbled_source(candidate(text, "1.1"))
    assert garbled_source(candidate("The forests store 110 billion metric tonnes of carbon.", "110 billion")) is None


def test_every_new_gate_runs() -> None:
    names = {gate.__name__ for gate in gates.GATES}
    assert {"shown_value_near_the_answer", "culture_word_points_to_the_region"} <= names


def test_a_comma_between_the_subject_and_its_verb_is_a_garbled_source() -> None:
    text = "The Ashby Corn Exchange itself, was opened in 1862 and was the town's first covered hall."
    assert garbled_source(candidate(text, "1862"))
    for fine in (
        "The Ashby Corn Exchange, built of stone, was opened in 1862.",
        "In 1862, the Ashby Corn Exchange was opened.",
        "John Ashby, who built the hall, was born in 1830.",
    ):
        assert garbled_source(candidate(fine, "1862" if "1862" in fine else "1830")) is None
