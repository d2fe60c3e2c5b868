"""Answers trivial whatever their sentence: a continent or an ocean, a road's name in a place's article, a gloss."""

from __future__ import annotations

from generate_support import candidate

from quizgen.generate import gates
from quizgen.generate.trivia_gates import (
    age_band,
    broad_region,
    clock_or_bearing,
    course_of_a_road,
    length_of_a_procedure,
    name_in_another_language,
    road_of_a_place,
    sample_size,
    trivial_count_asked,
)


def test_a_continent_or_an_ocean_is_filled_from_the_map() -> None:
    text = "In 1405 the expedition conquered the islands of Lanzarote and El Hierro off the Atlantic coast of Africa."
    assert broad_region(candidate(text, "Africa"))
    assert broad_region(candidate(text, "Lanzarote")) is None
    assert broad_region(
        candidate("Most of the congregations in North America joined other churches in 1750.", "North America")
    )
    assert broad_region(candidate("Medical knowledge in France had stagnated during the Middle Ages.", "Middle Ages"))
    assert (
        broad_region(candidate("Medical knowledge in France had stagnated during the Middle Ages.", "France")) is None
    )


def test_a_roads_name_is_a_side_detail_of_a_place() -> None:
    text = "State Route 168, the Sierra Freeway, heads east from Fresno to Clovis and Huntington Lake in 1960."
    assert road_of_a_place(candidate(text, "Sierra Freeway", subject=frozenset({"fresno", "california"})))
    assert road_of_a_place(candidate(text, "Huntington Lake", subject=frozenset({"fresno", "california"}))) is None
    roads = frozenset({"highways", "california"})
    assert road_of_a_place(candidate(text, "Sierra Freeway", subject=roads)) is None  # an article about roads
    seat = "Downing Street said in May 2005 that a similar offer might be made to Sri Lanka."
    assert road_of_a_place(candidate(seat, "Downing Street")) is None


def test_a_sentence_on_a_roads_course_is_a_side_detail_of_a_place() -> None:
    place = frozenset({"fresno", "california"})
    text = "State Route 168, the Sierra Freeway, heads east from Fresno to Clovis and Huntington Lake in 1960."
    assert course_of_a_road(candidate(text, "Huntington Lake", subject=place))
    lined = "A small rural road for most of its length, Kearney Boulevard was lined with palm trees in 1914."
    assert course_of_a_road(candidate(lined, "1914", subject=place))
    served = "Fresno is served by State Route 99, the main freeway that connects the cities of the Central Valley."
    assert course_of_a_road(candidate(served, "Central Valley", subject=place)) is None
    assert course_of_a_road(candidate(text, "Huntington Lake", subject=frozenset({"highways"}))) is None


def test_a_name_in_another_language_is_a_gloss() -> None:
    text = "The Amazon rainforest (Portuguese: Floresta Amazonica) covers most of the Amazon basin of Brazil."
    assert name_in_another_language(candidate(text, "Floresta Amazonica"))
    assert name_in_another_language(candidate(text, "Brazil")) is None


def test_a_plural_possessive_after_the_gap_cuts_a_name() -> None:
    text = "In 1756, the North American theater of the Seven Years' War was not given a separate name in Britain."
    assert gates.gap_cuts_a_token(candidate(text, "Seven Years")) == "the gap cuts a name"
    assert gates.gap_cuts_a_token(candidate(text, "Britain")) is None


def test_the_length_of_a_debate_is_a_detail_of_the_procedure() -> None:
    text = "Peers begin three days of detailed deliberation on the Harbour Safety Bill on Thursday."
    assert length_of_a_procedure(candidate(text, "three"))
    sentence = "The former official is serving a nine month sentence for favouring Boeing in 2003."
    assert length_of_a_procedure(candidate(sentence, "nine")) is None


def test_a_games_clock_a_distance_to_another_place_and_the_date_a_source_spoke_are_details() -> None:
    clock = "Denver won the AFC Championship Game by intercepting a pass with 17 seconds left in 2016."
    assert clock_or_bearing(candidate(clock, "17"))
    map_ = "Jacksonville lies on the St. Johns River, about 340 miles north of Miami in Florida."
    assert clock_or_bearing(candidate(map_, "340"))
    said = "The Daily Mail newspaper reported in 2012 that the benefits agency was checking 5,000 claimants."
    assert clock_or_bearing(candidate(said, "2012"))
    assert clock_or_bearing(candidate(said, "5,000")) is None
    length = "The Tyne bridge in Newcastle is 340 miles long and opened in 1928."
    assert clock_or_bearing(candidate(length, "340")) is None


def test_the_age_band_of_a_statistic_is_its_convention() -> None:
    text = "In 2010, 12,344 households (7.8%) had someone living alone who was 65 years of age or older."
    assert age_band(candidate(text, "65"))
    assert age_band(candidate(text, "12,344")) is None
    aged = "Fresno had 65 schools in 2010, and its oldest was 120 years old."
    assert age_band(candidate(aged, "65")) is None


def test_a_pair_or_a_count_of_the_listed_items_is_trivial_even_alone() -> None:
    knot = "In knot theory, a prime knot cannot be written as the knot sum of two nontrivial knots in 1949."
    assert trivial_count_asked(candidate(knot, "two"))
    ports = "The company runs three ports: Dover, Calais and Ostend, since 1990."
    assert trivial_count_asked(candidate(ports, "three"))
    ban = "A former mayor of Leeds has received a two-year ban and a fine of $40,000 in 2005."
    assert trivial_count_asked(candidate(ban, "two")) is None
    met = "Nazarbayev met five U.S. presidents in 30 years."
    assert trivial_count_asked(candidate(met, "five")) is None


def test_the_span_of_a_first_in_n_years_is_a_figure_of_speech() -> None:
    from quizgen.generate.trivia_gates import first_in_a_span

    text = "The film, shot in Cape Town in 2005, is the first South African feature in 25 years to be nominated."
    assert first_in_a_span(candidate(text, "25"))
    plain = "The film, shot in Cape Town in 2005, took 25 years to make and was nominated for a prize."
    assert first_in_a_span(candidate(plain, "25")) is None


def test_a_rare_word_of_a_term_repeated_beside_its_gap_gives_it_away() -> None:
    text = (
        "In knot theory, a prime knot cannot be written as a sum of two knots, Alexander showed in 1928.\n\n"
        "Knot theory is a branch of topology studied since 1867."
    )
    assert gates.neighbour_repeats_the_answer(candidate(text, "knot theory"))


def test_the_size_of_a_studys_sample_is_its_method() -> None:
    text = (
        "In 2014 scientists announced an examination of 25 bodies from Clerkenwell that supported the pneumonic idea."
    )
    assert sample_size(candidate(text, "25"))
    found = "In 2014 scientists announced that 25 bodies from Clerkenwell supported the pneumonic idea of the plague."
    assert sample_size(candidate(found, "25")) is None
