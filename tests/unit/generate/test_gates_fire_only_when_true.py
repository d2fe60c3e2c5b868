"""Each gate fires only when the rule it states holds: the false firings found over the corpus, written as short
sentences of the tests' own, pass, and the true ones still fail."""

from __future__ import annotations

from dataclasses import replace

from generate_support import candidate

from quizgen.generate import gates
from quizgen.generate.gates import Candidate


def test_a_place_named_with_its_kind_is_no_modifier() -> None:
    place = candidate("Aid agencies set up a relief operation on the ground in Aceh province as well.", "Aceh")
    assert gates.answer_is_a_nationality_word(place) is None
    country = candidate("Economists said problems with the US economy were still significant.", "US")
    assert gates.answer_is_a_nationality_word(country) == "a country word used as a modifier"


def test_a_name_used_as_a_modifier_is_not_called_a_country_word() -> None:
    name = candidate("The Demos report looked at the impact of broadband on people.", "Demos")
    assert gates.answer_is_a_nationality_word(name) == "a name used as a modifier"


def test_a_verb_the_tagger_reads_as_a_noun_is_a_main_verb() -> None:
    plural = candidate("Amazonian evergreen forests account for about 10% of the productivity of the world.", "10%")
    assert gates.no_main_verb(plural) is None
    aside = candidate(
        "State Route 168, the Sierra Freeway, heads east to the city of Clovis and Huntington Lake.", "Clovis"
    )
    assert gates.no_main_verb(aside) is None


def test_a_modal_is_a_main_verb() -> None:
    c = candidate("Tropical Storm Bonnie would cause minor damage in 2004, spawning a minor tornado.", "2004")
    assert gates.no_main_verb(c) is None


def test_a_list_fragment_still_has_no_main_verb() -> None:
    c = candidate("Robert Watson in 1997; and Bert Bolin in 1988.", "1988")
    assert gates.no_main_verb(c) == "the sentence has no main verb"


def test_a_name_modifying_a_noun_after_of_the_is_no_cut_title() -> None:
    text = "Medicine was practised in China by the Nestorian Christians of the Yuan court, where it was labelled."
    assert gates.gap_cuts_a_token(candidate(text, "Nestorian Christians")) is None
    c = candidate(text, "Nestorian Christians")
    at = text.index("Yuan")
    yuan = replace(c.fact, mention=replace(c.fact.mention, start=at, end=at + 4, text="Yuan"))
    assert gates.gap_cuts_a_token(Candidate(c.card, yuan, c.index)) is None


def test_a_name_cut_after_on_the_or_an_acronym_still_fails() -> None:
    summit = "A spokesman for the World Summit on the Information Society said the divide remained real."
    assert gates.gap_cuts_a_token(candidate(summit, "World Summit")) == "the gap cuts a name"
    code = "However, the American Medical Association (AMA) Code of Ethics provides that doctors may dispense drugs."
    assert gates.gap_cuts_a_token(candidate(code, "Code of Ethics")) == "the gap cuts a name"


def test_an_item_of_a_list_of_abbreviated_names_is_no_cut_name() -> None:
    text = "The crew positions were titled Commander (CDR) Command Module Pilot (CMP) and Lunar Module Pilot (LMP)."
    assert gates.gap_cuts_a_token(candidate(text, "Command Module Pilot")) is None


def test_a_figure_cut_from_its_margin_fails() -> None:
    text = "Forests are estimated to have accumulated 0.62 ± 0.37 tons of carbon per hectare per year since 1975."
    assert gates.gap_cuts_a_token(candidate(text, "0.37")) == "the gap cuts a figure from its margin"
    assert gates.gap_cuts_a_token(candidate(text, "1975")) is None


def test_a_feminine_pronoun_of_another_person_narrows_nothing() -> None:
    text = "Michael Sears admitted his guilt by recruiting Darleen Druyun while she still handled military contracts."
    assert gates.pronoun_narrows_choices(candidate(text, "Michael Sears")) is None
    assert gates.pronoun_narrows_choices(candidate(text, "Darleen Druyun"))


def test_a_titled_man_is_no_she() -> None:
    text = (
        "Ms Druyun had talks with Mr Sears in October 2002 about working for Boeing, while she was still an official."
    )
    assert gates.pronoun_narrows_choices(candidate(text, "Sears")) is None
    assert gates.pronoun_narrows_choices(candidate(text, "Druyun"))


def test_a_pronoun_before_the_gap_stands_for_the_person_named_before_it() -> None:
    text = "Sophie Scholl was arrested with her brother in 1943 for condemning the tyranny of Adolf Hitler."
    assert gates.pronoun_narrows_choices(candidate(text, "Adolf Hitler")) is None
    assert gates.pronoun_narrows_choices(candidate(text, "Sophie Scholl"))


def test_a_price_or_a_quoted_forecast_is_no_running_total() -> None:
    text = (
        'Currently above dollars 40 a barrel, Browne said: "The price of oil will be well supported above dollars 30'
        ' a barrel for the medium term."'
    )
    assert gates.running_total_without_anchor(candidate(text, "30")) is None
    assert gates.running_total_without_anchor(candidate(text, "40")) is None
    assert gates.running_total_without_anchor(candidate("Shearer currently has 187 goals to his name.", "187"))


def test_an_actor_beside_a_role_is_no_other_name_of_the_answer() -> None:
    text = "The companions were Martha Jones (Freema Agyeman) and Donna Noble (Catherine Tate) in the fourth series."
    assert gates.abbreviation_beside_answer(candidate(text, "Martha Jones")) is None


def test_a_name_beside_its_other_spelling_still_fails() -> None:
    text = "Jean Cauvin (John Calvin), another student at the University of Paris, also converted to Protestantism."
    assert (
        gates.abbreviation_beside_answer(candidate(text, "Jean Cauvin"))
        == "another name beside the answer gives it away"
    )
