"""People written with one or two initials are found whole; a letter that labels a thing or ends a sentence is no
initial."""

import pytest

from quizgen.generate.entities import sentence_mentions
from quizgen.generate.index import Analysed
from quizgen.generate.pairs import people_groups
from quizgen.generate.split import Sentence, split_article
from quizgen.generate.text import article_from_text
from quizgen.generate.tokens import tag
from quizgen.generate.variants import answer_variants


def people(sentence: str) -> list[tuple[str, str]]:
    return [(m.text, m.title) for m in sentence_mentions(sentence, tag(sentence)) if m.kind == "person"]


def names(sentence: str) -> list[str]:
    return [m.text for m in sentence_mentions(sentence, tag(sentence))]


@pytest.mark.parametrize(
    ("sentence", "person", "title"),
    [
        ("The essay by Tom Q. Vance was cited.", "Tom Q. Vance", ""),  # a middle initial
        ("Later George W Bush signed the bill.", "George W Bush", ""),  # without its full stop
        ("The panel chair R. K. Pachauri spoke at noon.", "R. K. Pachauri", ""),  # two initials opening the name
        ("The panel chair R.K. Pachauri spoke at noon.", "R.K. Pachauri", ""),  # written without a space
        ("Dr John E. Kelly said no to the plan.", "John E. Kelly", "Dr"),  # a title stays apart
        ("Dr E. Smith said no to the plan.", "E. Smith", "Dr"),
    ],
)
def test_a_name_with_initials_is_one_person(sentence: str, person: str, title: str) -> None:
    assert people(sentence) == [(person, title)]


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("The side came top in Group A. The next round starts soon.", ["Group A"]),  # a letter ends the sentence
        ("They took Plan B. Smith was not pleased with it.", ["Plan B", "Smith"]),  # a letter labels the plan
        ("The U.S. Army marched to St. Louis in spring.", ["U.S. Army", "St", "Louis"]),  # abbreviations
        ("The John F. Kennedy Space Center opened.", ["John F. Kennedy Space Center"]),  # a body, no person
    ],
)
def test_a_letter_after_a_noun_or_an_abbreviation_is_no_initial(sentence: str, kept: list[str]) -> None:
    assert names(sentence) == kept
    assert people(sentence) == []


def test_three_initials_are_more_than_a_name_holds() -> None:
    assert not any(text.endswith("Tolkien") for text, _ in people("The book by J. R. R. Tolkien sold well."))


def test_a_paper_by_three_people_with_initials_is_one_answer() -> None:
    text = "It was a 1999 paper by Tom Q. Vance, Ray S. Dunmore and Mal K. Pruett that set it out."
    tokens = tag(text)
    row = Analysed(Sentence(0, text, 0, len(text), 0), tokens, sentence_mentions(text, tokens))
    assert [m.text for m in people_groups(row)] == ["Tom Q. Vance, Ray S. Dunmore and Mal K. Pruett"]


def test_sentence_breaks_around_initials_are_unchanged() -> None:
    text = "The side came top in Group A. The next round starts soon. The essay by Tom Q. Vance was cited."
    sentences = [s.text for s in split_article(article_from_text(text))[0]]
    assert sentences == [
        "The side came top in Group A.",
        "The next round starts soon.",
        "The essay by Tom Q. Vance was cited.",
    ]


@pytest.mark.parametrize(
    ("answer", "accepted"),
    [
        ("Tom Q. Vance", ["Vance", "Tom Vance"]),
        ("George W Bush", ["Bush", "George Bush"]),
        ("R. K. Pachauri", ["Pachauri"]),
        ("Tom Vance", ["Vance"]),
    ],
)
def test_a_typed_answer_accepts_the_surname_and_the_name_without_initials(answer: str, accepted: list[str]) -> None:
    assert answer_variants(answer, "person") == accepted


@pytest.mark.parametrize(
    "sentence",
    [
        "Schools in the U.S. South grew fast.",  # a country's abbreviation opens the name
        "The WG I Summary for Policymakers came out.",  # a numeral after an acronym
    ],
)
def test_an_abbreviation_or_a_numeral_before_a_name_is_no_initial(sentence: str) -> None:
    assert people(sentence) == []
