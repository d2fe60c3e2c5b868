"""The article's subject names 'the city' and a leading 'It' in expository text."""

from __future__ import annotations

import pytest

from quizgen.generate import generate_text
from quizgen.generate.coref import resolve
from quizgen.generate.edits import apply_edits
from quizgen.generate.index import analyse
from quizgen.generate.split import split_article
from quizgen.generate.subject import find_subject, headline_subject, name_head
from quizgen.generate.text import article_from_text


@pytest.mark.parametrize(
    ("title", "name", "nouns"),
    [
        ("Fresno, California", "Fresno", {"city"}),
        ("Apollo program", "Apollo program", {"program"}),
        ("Sky (United Kingdom)", "Sky", set()),
    ],
)
def test_the_title_names_the_subject(title: str, name: str, nouns: set[str]):
    subject = find_subject(title, [])
    assert subject is not None and subject.name == name and subject.nouns == nouns


def test_a_headline_that_tells_a_story_names_no_subject():
    assert find_subject("Central Asia watches the race between two candidates", []) is None
    assert find_subject("Protect whistleblowers, TUC says", []) is None  # a comma, but no 'Place, Region'


@pytest.mark.parametrize(
    ("headline", "words"),
    [
        ("Souness eyes summer move for Owen", {"souness"}),
        ("Protect whistleblowers, TUC says", {"tuc"}),
        ("IBM frees 500 software patents", {"ibm"}),
        ("Laura Ashley chief stepping down", {"laura", "ashley", "chief"}),
    ],
)
def test_a_headline_subject_is_its_words_before_the_verb(headline: str, words: set[str]) -> None:
    assert headline_subject(headline) == words


def test_the_head_of_a_name_stops_at_its_preposition() -> None:
    assert name_head("Newcastle upon Tyne") == {"newcastle"}
    assert name_head("French and Indian War") == {"french", "and", "indian", "war"}


def resolved(title: str, text: str, number: int) -> str | None:
    sentences, _ = split_article(article_from_text(text))
    index = analyse(sentences)
    index.subject = find_subject(title, [row.tokens for row in index.sentences])
    result = resolve(index, number)
    return None if result.problem else apply_edits(sentences[number].text, result.edits)


FRESNO = (
    "Fresno is a city in the San Joaquin Valley of California.\n\n"
    "It had a population of 494,665 people in the census of 2010.\n\n"
    "The city became the county seat of Fresno County in 1874.\n"
)


def test_it_after_a_sentence_about_the_subject_is_the_subject():
    assert (
        resolved("Fresno, California", FRESNO, 1) == "Fresno had a population of 494,665 people in the census of 2010."
    )


def test_the_class_noun_is_the_subject():
    assert resolved("Fresno, California", FRESNO, 2) == "Fresno became the county seat of Fresno County in 1874."


def test_without_a_subject_the_class_noun_is_not_named():
    story = "Central Asia watches the race between two candidates"
    assert resolved(story, FRESNO, 2) != "Fresno became the county seat of Fresno County in 1874."


def test_cards_on_expository_text_name_the_subject():
    deck = generate_text("Fresno, California\n\n" + FRESNO, "Fresno.txt").deck
    prompts = " ".join(card.prompt() for card in deck.cards)
    assert "494,665" in prompts or "1874" in prompts
    assert "It had" not in prompts and "The city" not in prompts


def test_a_people_and_the_compound_head_of_a_title() -> None:
    huguenot = find_subject("Huguenot", [])
    assert huguenot is not None and huguenot.people == "Huguenots"
    rainforest = find_subject("Amazon rainforest", [])
    assert rainforest is not None and {"rainforest", "forest"} <= rainforest.nouns
    assert find_subject("Apollo program", []).people is None  # type: ignore[union-attr]


HUGUENOTS = (
    "Wars in the 1620s took the privileges of the Huguenots away after their defeat.\n\n"
    "They kept the religious rights of the Edict of Nantes until 1685, when their church was banned.\n"
)


def test_they_after_a_sentence_naming_the_people_is_that_people() -> None:
    assert resolved("Huguenot", HUGUENOTS, 1) == (
        "The Huguenots kept the religious rights of the Edict of Nantes until 1685, when their church was banned."
    )
    assert resolved("Jacksonville, Florida", HUGUENOTS, 1) is None  # no people to mean


def test_its_after_the_name_of_the_subject_is_the_subject() -> None:
    text = (
        "The name oxygen was coined in 1777 by the chemist Antoine Lavoisier.\n\n"
        "Its name comes from the Greek words for acid and producer, used since 1777.\n"
    )
    assert (
        resolved("Oxygen", text, 1)
        == "Oxygen's name comes from the Greek words for acid and producer, used since 1777."
    )


def test_the_subject_named_by_surname_is_whom_his_means() -> None:
    text = "Luther was a monk in Saxony.\n\nIn 1521, Luther widened his attack on the church of Rome.\n"
    assert resolved("Martin Luther", text, 1) == "In 1521, Luther widened his attack on the church of Rome."
    assert resolved("Apollo program", text, 1) is None


LUTHER = (
    "Students came to Wittenberg in 1519 to hear Luther preach.\n\n"
    "He published a commentary on Galatians and his Work on the Psalms in 1519.\n"
)


def test_he_after_a_sentence_naming_the_article_person_is_that_person() -> None:
    assert resolved("Martin Luther", LUTHER, 1) == (
        "Martin Luther published a commentary on Galatians and his Work on the Psalms in 1519."
    )
    assert resolved("Doctor Who", LUTHER.replace("Luther", "Doctor Who"), 1) is None  # never a surname alone
    other = LUTHER.replace("hear Luther", "hear Luther and Philip Melanchthon")
    assert resolved("Martin Luther", other, 1) is None  # another man he may be
    she = LUTHER + "\nShe wrote to him in 1520.\n"
    assert resolved("Martin Luther", she, 1) is None  # the article speaks of a woman too


TOWN = (
    "Eastbrook is a city on the northern coast of the state.\n\n"
    "A small town was founded there in 1790; it was named after Thomas Reed, a local judge.\n\n"
    "The harbour was busy; it was rebuilt in 1850.\n"
)


def test_it_after_a_semicolon_is_the_place_the_clause_before_founds() -> None:
    assert resolved("Eastbrook, Maine", TOWN, 1) == (
        "A small town was founded there in 1790; Eastbrook was named after Thomas Reed, a local judge."
    )


def test_it_after_a_semicolon_stays_when_the_clause_before_tells_of_another_thing() -> None:
    assert resolved("Eastbrook, Maine", TOWN, 2) == "The harbour was busy; it was rebuilt in 1850."
