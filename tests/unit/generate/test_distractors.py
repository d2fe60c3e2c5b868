"""Wrong answers: numbers spelt out, nearby values, and places and countries from the built-in lists."""

import pytest

from quizgen.generate import gazetteer
from quizgen.generate.distractors import (
    _nearby_countries,
    _neighbour_countries,
    _neighbour_places,
    distractors,
    near_numbers,
    number_words,
)
from quizgen.generate.entities import number_value
from quizgen.generate.index import analyse
from quizgen.generate.split import split_article
from quizgen.generate.text import article_from_text

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
    assert all(" thousand" in o for o in near_numbers("two thousand")[:3])
    assert all(o.endswith(" people") and "," in o for o in near_numbers("1,200 people") if len(o) > 10)
    assert all(o.startswith("£") and o.endswith("bn") and len(o.split(".")[1]) == 3 for o in near_numbers("£3.5bn"))
    assert all(number_value(o) is not None for o in near_numbers("twenty-one"))


@pytest.mark.parametrize("text", ["854", "427", "8.5", "17.0", "1,200", "£3.5bn", "45%", "2,310", "twenty-one"])
def test_no_numeric_option_is_a_simple_multiple_of_the_answer_or_of_another(text: str) -> None:
    def value(option: str) -> float:
        if any(c.isdigit() for c in option):
            return float("".join(c for c in option if c.isdigit() or c == "."))
        return float(number_value(option) or 0)

    answer = value(text)
    options = [value(o) for o in near_numbers(text)[:3]]
    assert len(options) == 3
    for i, a in enumerate(options):
        for b in [answer, *options[:i]]:
            ratio = max(a, b) / min(a, b)
            simple = [(p, q) for q in range(1, 5) for p in range(q + 1, 4 * q + 1) if abs(ratio - p / q) < 1e-6]
            assert not simple, (text, a, b)
        assert 0.6 < a / answer < 1.6  # the same order of magnitude
    assert min(options) < answer < max(options)  # some above and some below


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


def _country_choices(text: str, answer: str) -> list[str]:
    sentences, _ = split_article(article_from_text(text))
    index = analyse(sentences)
    mention = next(m for row in index.sentences for m in row.mentions if m.text == answer)
    return distractors(index, mention, answer, text)


def test_a_country_s_wrong_answers_are_its_neighbours() -> None:
    near = gazetteer.nearby()
    assert near["SYR"][:3] == ["LBN", "JOR", "ISR"] and "SYR" not in near["SYR"]
    choices = _country_choices("A Norman force marched into the upper valleys of Syria in 1073.", "Syria")
    assert len(choices) == 3
    assert set(choices) <= {"Lebanon", "Jordan", "Israel", "Egypt", "Iraq", "Turkey"}


def test_a_uk_nation_s_wrong_answers_are_the_other_nations() -> None:
    choices = _country_choices("The committees of the parliament meet across Scotland every week.", "Scotland")
    assert set(choices) == {"England", "Wales", "Northern Ireland"}


def test_no_territory_is_a_country_s_wrong_answer() -> None:
    assert all(n not in ("Hong Kong", "Macao") for n in _nearby_countries("PRK") + _nearby_countries("CHN"))


def test_a_party_to_the_war_is_no_wrong_answer() -> None:
    from quizgen.generate.distractors import distractors, parties

    text = (
        "Leaders watched how the next president would approach the war in Ukraine.\n\n"
        "Talks in 2023 turned on sanctions against Russia and on trade with Poland and Hungary.\n"
    )
    index = analyse(split_article(article_from_text(text, "t.txt"))[0])
    row = index.sentences[0]
    ukraine = next(m for m in row.mentions if m.text == "Ukraine")
    assert "russia" in parties(index, ukraine.key, row.sentence.text)
    assert "russia" not in [o.casefold() for o in distractors(index, ukraine, "Ukraine", row.sentence.text)]
    calm = "Leaders watched how the next president would approach trade with Ukraine."
    assert parties(index, ukraine.key, calm) == set()
    assert "russia" in parties(index, ukraine.key, "Russian troops remain in Ukraine.")
