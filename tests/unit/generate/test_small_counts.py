"""Small counts beside a sentence's point rank below its names and dates; trivial ones alone give no card."""

from __future__ import annotations

import pytest

from quizgen.generate.candidates import Fact, plan_article
from quizgen.generate.index import analyse
from quizgen.generate.small_counts import TRIVIAL
from quizgen.generate.split import split_article
from quizgen.generate.text import article_from_text


def facts_of(text: str) -> tuple[list[str], str | None]:
    """The answers of the one sentence's facts, best first, and why the sentence was skipped."""
    sentences, _ = split_article(article_from_text(text, "t.txt"))
    [plan] = plan_article(analyse(sentences))
    facts: list[Fact] = sorted(plan.facts, key=lambda f: -f.score)
    return [f.mention.text for f in facts], plan.skip


@pytest.mark.parametrize(
    ("text", "count", "point"),
    [
        ("A plot involving five princes ended with the death of Gegeen in 1323.", "five", "Gegeen"),
        (
            "The physicians of Montpellier blamed a conjunction of three planets in 1345 for the plague.",
            "three",
            "Montpellier",
        ),
        ("The Act of 1996 recognises two categories of schools: public (state-run) and independent.", "two", "1996"),
        ("The plague spread through France over the next two years, reaching England in 1349.", "two", "England"),
    ],
)
def test_a_count_beside_the_point_ranks_below_it(text: str, count: str, point: str) -> None:
    answers, _ = facts_of(text)
    assert answers.index(point) < answers.index(count)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Cardiff has won four titles since the club was founded.", "four"),
        ("The summit brought together nine nations in Geneva.", "nine"),
        ("The sultan sent three ships to Aden: the Falcon, the Heron, the Swan and the Crane.", "three"),
    ],
)
def test_a_count_the_sentence_is_about_keeps_its_rank(text: str, count: str) -> None:
    answers, _ = facts_of(text)
    assert answers[0] == count


@pytest.mark.parametrize(
    "text",
    [
        "The coach later split the players into two different teams.",
        "The harbour keeps four cranes: red, blue, green and yellow.",
    ],
)
def test_a_trivial_count_alone_gives_no_card(text: str) -> None:
    answers, skip = facts_of(text)
    assert answers == [] and skip == TRIVIAL


def test_an_office_beside_its_holder_gives_no_card() -> None:
    answers, _ = facts_of("The last Prime Minister of Freedonia, Rufus Firefly, was born in Lyon.")
    assert "Rufus Firefly" in answers
    assert not any(answer.startswith("Prime Minister") for answer in answers)


def test_an_office_without_a_holder_is_still_asked() -> None:
    answers, _ = facts_of("Freedonia elected a new Prime Minister in 1933.")
    assert "Prime Minister" in answers
