"""'the bill', 'the conflict': a common noun written out as the one name the article gave it, when certain."""

import pytest

from tests.unit.generate.test_coref import resolved


def test_a_common_noun_is_the_one_name_the_article_gave_it():
    article = (
        "MPs voted on the Anti-Terrorism Bill in London on Monday. Mr Blair said the bill had safeguards.\n\n"
        "Peers begin three days of debate on the bill on Tuesday.\n"
    )
    assert resolved(article, 2) == "Peers begin three days of debate on the Anti-Terrorism Bill on Tuesday."


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
        "Central Asian leaders watch how the next president will approach the ongoing war in Ukraine.\n\n"
        "Trump has said he could resolve the conflict in 24 hours.\n"
    )
    assert resolved(article, 1) == "Trump has said he could resolve the war in Ukraine in 24 hours."


def test_the_conflict_stays_as_written_when_the_article_names_two_wars():
    article = (
        "Leaders watch how the next president will approach the war in Ukraine and the war in Gaza.\n\n"
        "Trump has said he could resolve the conflict in 24 hours.\n"
    )
    assert "war in" not in (resolved(article, 1) or "")


def test_a_name_written_out_at_the_start_of_a_quotation_is_capitalised():
    article = (
        "Delegates in Geneva agreed to create a Digital Solidarity Fund on Tuesday.\n\n"
        '"The fund will help finance local projects," said a spokesman.\n'
    )
    assert resolved(article, 1) == '"The Digital Solidarity Fund will help finance local projects," said a spokesman.'
