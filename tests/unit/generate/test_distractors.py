"""Wrong answers: numbers spelt out, nearby values, and places and countries from the built-in lists."""

import pytest

from quizgen.generate import gazetteer
from quizgen.generate.distractors import _neighbour_countries, _neighbour_places, near_numbers, number_words

SPELT = {
    0: "zero",
    1: "one",
    7: "seven",
    12: "twelve",
    19: "nineteen",
    20: "twenty",
    21: "twenty-one",
    99: "ninety-nine",
    100: "one hundred",
    101: "one hundred and one",
    115: "one hundred and fifteen",
    999: "nine hundred and ninety-nine",
    1000: "one thousand",
    1001: "one thousand and one",
    1010: "one thousand and ten",
    1100: "one thousand, one hundred",
    1101: "one thousand, one hundred and one",
    10001: "ten thousand and one",
    100000: "one hundred thousand",
    101000: "one hundred and one thousand",
    1000001: "one million and one",
    1000100: "one million, one hundred",
    1005000: "one million, five thousand",
    2200000: "two million, two hundred thousand",
    1234567: "one million, two hundred and thirty-four thousand, five hundred and sixty-seven",
    10**9 + 21: "one billion and twenty-one",
    10**12: "one trillion",
    999 * 10**33: "nine hundred and ninety-nine decillion",
}
"""The words the generator has always written (those of inflect's number_to_words)."""


@pytest.mark.parametrize(("n", "words"), SPELT.items())
def test_numbers_are_spelt_in_british_english(n: int, words: str) -> None:
    assert number_words(n) == words


@pytest.mark.parametrize("n", [-1, 10**36])
def test_numbers_beyond_the_names_are_refused(n: int) -> None:
    with pytest.raises(ValueError):
        number_words(n)


def test_near_numbers_keep_the_way_the_number_is_written() -> None:
    assert near_numbers("two thousand")[:2] == ["two thousand, two hundred", "one thousand, eight hundred"]
    assert near_numbers("twenty-one") == ["thirty-one", "fifteen", "forty-two", "ten", "twenty-six"]
    assert near_numbers("1,200 people") == [
        "1,400 people",
        "1,000 people",
        "1,600 people",
        "800 people",
        "1,800 people",
    ]
    assert near_numbers("£3.5bn") == ["£5.2bn", "£2.6bn", "£7.0bn", "£1.8bn", "£4.4bn"]


def test_a_number_too_large_to_spell_has_no_near_numbers() -> None:
    assert near_numbers(" ".join(["thousand"] * 13)) == []
    assert near_numbers(" ".join(["thousand"] * 110)) == []  # beyond a float


def test_the_built_in_places_and_continents() -> None:
    places = gazetteer.places()
    assert places["Almaty"] == "KZ" and places["Texas"] == "US" and places["Central Asia"] == ""
    assert "Nice" not in places  # a common word
    assert _neighbour_places("Almaty")[:3] == ["Karagandy", "Aktobe", "Taraz"]
    continents = gazetteer.continents()
    assert continents["KAZ"] == "AS" and continents["FRA"] == "EU" and "LUX" not in continents
    assert "Uzbekistan" in _neighbour_countries("KAZ") and "France" not in _neighbour_countries("KAZ")


def test_the_built_in_countries_are_pycountrys() -> None:
    pycountry = pytest.importorskip("pycountry")
    expected: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                expected[value] = country.alpha_3
    expected.update(gazetteer.COUNTRY_ALIASES)
    assert list(gazetteer.countries().items()) == list(expected.items())
    names = gazetteer.countries()
    assert names["Kazakhstan"] == "KAZ" and names["Bolivia"] == "BOL" and names["UK"] == "GBR"
