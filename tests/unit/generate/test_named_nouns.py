"""'the bill', 'the conflict': a common noun written out as the one name the article gave it, when certain."""

import pytest

from tests.unit.generate.test_coref import resolved


def test_a_common_noun_is_the_one_name_the_article_gave_it():
    article = (
        "MPs voted on the Housing Reform Bill in London on Monday. The minister said the bill had safeguards.\n\n"
        "The Lords will debate the bill for three days from Tuesday.\n"
    )
    assert resolved(article, 2) == "The Lords will debate the Housing Reform Bill for three days from Tuesday."


@pytest.mark.parametrize(
    "article",
    [
        # 'the network' before the name: the article's own network, not the one named later
        "In 1998, the network began a new logo. ABC merged with the DuMont Television Network in 1954.\n\n"
        "The network was renamed in 1955.\n",
        # the words found are the end of a longer name ('St. Johns River')
        "Jacksonville lies on the St. Johns River in Florida.\n\nSettlers crossed the river at Cow Ford in 1763.\n",
        # the words found are not the end of the name ('Berlin Film Festival')
        "A German movie was applauded at the Berlin Film Festival in 2005.\n\nThe film drew on Gestapo files.\n",
    ],
    ids=["named-after", "longer-name", "inside-a-name"],
)
def test_a_common_noun_stays_as_written_unless_one_name_certainly_gives_it(article: str) -> None:
    edited = resolved(article, 2 if "1998" in article else 1) or ""
    assert "the DuMont" not in edited and "Johns River" not in edited and "Berlin Film" not in edited


def test_the_conflict_is_the_one_war_the_article_names_before_it():
    article = (
        "European ministers wonder how the new chancellor will handle the ongoing war in Ukraine.\n\n"
        "Mr Hale has said he could end the conflict in 12 months.\n"
    )
    assert resolved(article, 1) == "Mr Hale has said he could end the war in Ukraine in 12 months."


def test_the_conflict_stays_as_written_when_the_article_names_two_wars():
    article = (
        "Leaders watch how the next president will approach the war in Ukraine and the war in Gaza.\n\n"
        "Mr Hale has said he could end the conflict in 12 months.\n"
    )
    assert "war in" not in (resolved(article, 1) or "")


def test_a_name_written_out_at_the_start_of_a_quotation_is_capitalised():
    article = (
        "Ministers in Oslo agreed to set up a Northern Climate Fund on Friday.\n\n"
        '"The fund will pay for local projects," said a spokesman.\n'
    )
    assert resolved(article, 1) == '"The Northern Climate Fund will pay for local projects," said a spokesman.'
