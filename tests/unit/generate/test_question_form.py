"""A well-formed wh-question: no wh-word asking what the subject 'was', no subject that is one of a class, no
'here' of an unnamed place, no two time phrases run together, no second clause of contrast."""

from __future__ import annotations

from generate_support import candidate

from quizgen.generate import cards as build
from quizgen.generate.gates import Candidate
from quizgen.generate.question_form import (
    answer_complements_be,
    carries_a_contrast,
    here_unnamed,
    subject_one_of_a_class,
    two_time_phrases,
)


def with_question(c: Candidate, question: str) -> Candidate:
    """The same fact asked with another question, to test the gates on the question's text alone."""
    card = build.Draft("typed", "typed-x", {"question": question, "answer": c.fact.mention.text, "accept": []})
    return Candidate(card, c.fact, c.index)


def test_a_name_that_is_what_the_subject_was_is_not_asked_with_its_wh_word() -> None:
    text = "The main sponsor of the festival was usually the Audit Commission."
    c = candidate(text, "Audit Commission", "typed")
    assert c.card.fields["question"] == "Which organisation was the main sponsor of the festival usually?"
    assert answer_complements_be(c) == "the answer is what 'sponsor' was, not an organisation its wh-word can ask for"
    c = candidate("The academic content of the courses was Royal Academy of Music.", "Royal Academy of Music", "typed")
    assert answer_complements_be(c) == "the answer is what 'content' was, not an organisation its wh-word can ask for"


def test_a_subject_of_the_answers_kind_is_asked_naturally() -> None:
    c = candidate("The main sponsor of the festival was the Audit Commission.", "Audit Commission", "typed")
    assert c.card.fields["question"] == "Which organisation was the main sponsor of the festival?"
    assert answer_complements_be(c) is None
    c = candidate("The busiest composer during the first ten years was Tom Reed.", "Tom Reed", "typed")
    assert answer_complements_be(c) is None


def test_a_subject_that_is_one_of_a_class_has_other_right_answers() -> None:
    c = candidate("Tom Reed was a pupil of Anna Berg who went on to lead the choir.", "Tom Reed", "typed")
    assert c.card.fields["question"].startswith("Who was a pupil of Anna Berg")
    assert subject_one_of_a_class(c) == "'a pupil' is one of a class: others fit the question too"
    c = candidate("Tom Reed was the first pupil of Anna Berg.", "Tom Reed", "typed")
    assert subject_one_of_a_class(c) is None


def test_the_form_of_the_question_itself() -> None:
    c = candidate("In 1950, Tom Reed founded the choir.", "1950", "typed")
    assert here_unnamed(with_question(c, "In which year was Tom Reed born here?"))
    assert here_unnamed(with_question(c, "In which year did Tom Reed found the choir?")) is None
    assert two_time_phrases(with_question(c, "Who led the choir until his death in 1958 in 1950?"))
    assert two_time_phrases(with_question(c, "Who led the choir until his death in 1958?")) is None
    found = carries_a_contrast(with_question(c, "How many songs did the choir sing, whereas in 2005 it sang none?"))
    assert found == "the question carries a second clause ('whereas ...')"
    assert carries_a_contrast(with_question(c, "How many songs did the choir sing in 2005?")) is None
