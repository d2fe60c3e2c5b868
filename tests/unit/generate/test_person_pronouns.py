"""'He' or 'She' opening a sentence continues the one person who is the subject of the sentence before."""

import pytest

from tests.unit.generate.test_coref import resolved


def test_he_opening_a_sentence_is_the_one_person_of_the_subject_before():
    article = (
        "Leeds manager Mark Fenwick is planning a summer bid for Portsmouth striker Ronan Keegan.\n\n"
        "He wants Keegan to lead the attack with Danny Mulgrew.\n"
    )
    assert resolved(article) == "Mark Fenwick wants Keegan to lead the attack with Danny Mulgrew."


@pytest.mark.parametrize(
    "before",
    [
        "Mark Fenwick and Ronan Keegan met the Leeds board in March.",  # two people as the subject
        "The Leeds board met Mark Fenwick and Ronan Keegan in March.",  # no person as the subject
        "Mark Fenwick's wife Ann Fenwick met the Leeds board in March.",  # a woman's word for 'He'
        "Mark Fenwick's club signed Danny Mulgrew in March.",  # a person who is not the subject
    ],
    ids=["two-people", "no-person", "other-gender", "not-the-subject"],
)
def test_he_stays_unresolved_unless_the_subject_before_is_one_person(before: str):
    article = f"{before}\n\nHe wants Ronan Keegan to lead the attack with Danny Mulgrew.\n"
    assert resolved(article) is None


def test_she_is_not_the_man_of_the_subject_before():
    article = "Mr Mark Fenwick said the club had made an offer in March.\n\nShe wants Leeds to win the cup in May.\n"
    assert resolved(article) is None


def test_she_after_a_spokeswoman_for_a_named_body_is_that_spokeswoman():
    article = (
        "A spokeswoman for Amnesty Europe said the plan broke a basic rule of law.\n\n"
        'She added: "A trial must come before any punishment."\n'
    )
    assert resolved(article) == 'The spokeswoman for Amnesty Europe added: "A trial must come before any punishment."'


@pytest.mark.parametrize(
    "before",
    [
        "A spokesman for Amnesty Europe said the plan broke a basic rule of law.",  # a man for 'She'
        "A spokeswoman for the charity said the plan broke a basic rule of law.",  # no body named
        "A spokeswoman for Amnesty Europe told Ronan Keegan the plan broke the law.",  # a person named too
    ],
    ids=["other-gender", "unnamed-body", "another-person"],
)
def test_she_after_a_role_stays_unresolved_unless_certain(before: str):
    assert resolved(f'{before}\n\nShe added: "A trial must come before any punishment."\n') is None


def test_him_right_after_the_verb_of_the_name_opening_the_sentence_is_someone_else():
    article = (
        "The war went badly for the colonies in 1755.\n\nNewcastle replaced him in January 1756 with Lord Loudoun.\n"
    )
    assert resolved(article) is None
    his = "The war went badly for the colonies in 1755.\n\nNewcastle sent his army north in January 1756.\n"
    assert resolved(his) == "Newcastle sent his army north in January 1756."
