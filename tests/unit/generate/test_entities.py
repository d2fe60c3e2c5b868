"""Mentions: people, countries, places, organisations and quantities."""

import pytest

from quizgen.generate.entities import number_value, sentence_mentions
from quizgen.generate.index import analyse
from quizgen.generate.split import split_article
from quizgen.generate.text import article_from_text
from quizgen.generate.tokens import tag


def kinds(sentence: str) -> dict[str, str]:
    return {m.text: m.kind for m in sentence_mentions(sentence, tag(sentence))}


def test_people_countries_years_and_numbers():
    found = kinds("In 2023, the five Central Asian presidents convened with President Joe Biden in Kazakhstan.")
    assert found["2023"] == "year"
    assert found["five"] == "number"
    assert found["Joe Biden"] == "person"
    assert found["Kazakhstan"] == "country"
    assert found["Central Asian"] == "nationality"


def test_a_title_is_kept_apart_from_the_name():
    sentence = "Shadow Home Secretary David Davis told the BBC about it."
    davis = next(m for m in sentence_mentions(sentence, tag(sentence)) if m.kind == "person")
    assert davis.text == "David Davis" and davis.title == "Shadow Home Secretary"
    assert kinds(sentence)["BBC"] == "org"
    member = "Conservative MP Alec Shelbrooke proposed a Welfare Cash Card in 2012."
    shelbrooke = next(m for m in sentence_mentions(member, tag(member)) if m.kind == "person")
    assert shelbrooke.text == "Alec Shelbrooke" and shelbrooke.title == "Conservative MP"


@pytest.mark.parametrize(
    ("text", "kind"),
    [("£3.5bn", "money"), ("12%", "percent"), ("the 1990s", "decade"), ("5 November 2004", "date")],
)
def test_quantities(text, kind):
    sentence = f"The report said {text} was the figure for the firm."
    assert kind in kinds(sentence).values()


def test_a_decade_of_three_digits_after_the():
    found = {
        m.text: m for m in sentence_mentions(*_tagged("Viking settlers began arriving in the 880s, as the annals say."))
    }
    assert found["880s"].kind == "decade" and found["880s"].value == 880


def _tagged(sentence):
    return sentence, tag(sentence)


def test_a_or_one_before_a_scale_word_is_a_number_but_not_money():
    found = {
        m.text: m for m in sentence_mentions(*_tagged("The field holds a billion barrels and one million tonnes."))
    }
    assert found["a billion"].value == 1e9 and found["a billion"].unit == "barrels"
    assert found["one million"].value == 1e6
    assert "a million" not in kinds("The repairs cost a million pounds.")


def test_a_name_before_a_lower_case_idea_head_names_the_idea():
    assert kinds("Today, this is known as the Miasma theory.") == {"Miasma theory": "name"}
    assert "Darwin" in kinds("Darwin's theory was new to the harbour board.")  # a possessive names no idea


def test_number_values():
    assert number_value("five") == 5
    assert number_value("£3.5bn") == 3.5e9
    assert number_value("1,200") == 1200
    assert number_value("twenty-one") == 21


def test_lists_are_marked():
    sentence = "Leaders of Kazakhstan, Uzbekistan and Tajikistan met in 2004."
    listed = {m.text for m in sentence_mentions(sentence, tag(sentence)) if m.in_list}
    assert listed == {"Kazakhstan", "Uzbekistan", "Tajikistan"}


def test_surnames_link_to_the_full_name():
    text = "Tony Blair has rejected a Conservative offer today.\nMr Blair said the bill was already safe enough."
    index = analyse(split_article(article_from_text(text))[0])
    second = index.sentences[1].mentions[0]
    assert second.kind == "person" and second.key == "Tony Blair"


def test_a_year_before_1600_after_a_word_of_time_is_a_year_and_a_count_is_not():
    assert kinds("Kublai's government faced financial difficulties after 1279.")["1279"] == "year"
    assert kinds("The Mongols were defeated at the Battle of Bach Dang (1288).")["1288"] == "year"
    assert kinds("By 1500 soldiers had died in the battle.")["1500"] == "number"
    assert kinds("In 1564, a French captain built a fort on the river.")["1564"] == "year"
    assert kinds("His writings reached France as early as 1519.")["1519"] == "year"


def test_a_three_digit_year_after_a_death_or_era_mark_is_a_year():
    assert kinds("Sabur Ibn Sahl (d 869) wrote the first pharmacopoeia.")["869"] == "year"
    assert kinds("The king was crowned in AD 800 in Rome.")["800"] == "year"
    assert kinds("In 869 cases the doctors found no cause.")["869"] == "number"


def test_a_name_ending_in_an_organisation_word_is_an_organisation_even_after_a_title_word():
    found = kinds("The General Pharmaceutical Council said pharmacies must check prescriptions.")
    assert found["General Pharmaceutical Council"] == "org"
    assert kinds("The film was restored by Lowry Digital in 2004.")["Lowry Digital"] == "org"


@pytest.mark.parametrize(
    ("sentence", "share"),
    [
        ("A quarter of broadband users in Britain regularly upload content.", "A quarter"),
        ("One in five users even admitted to getting up at night to browse.", "One in five"),
        ("It found that more than half of those with broadband logged on.", "half"),
        ("Two-thirds of the city's population died of the plague.", "Two-thirds"),
    ],
)
def test_a_share_told_in_words_is_a_share(sentence: str, share: str):
    assert kinds(sentence)[share] == "share"


def test_a_named_thing_is_no_person():
    found = kinds("The Luther Bible influenced the English translation of William Tyndale.")
    assert found["Luther Bible"] == "name" and found["William Tyndale"] == "person"


def test_a_named_storm_is_no_person():
    found = kinds("The strongest effect on the port was from Hurricane Dora, which hit Marta Velez's farm.")
    assert found["Hurricane Dora"] != "person" and found["Marta Velez"] == "person"
