"""A protagonist who is the actor of their claim keeps the score of the claim's point."""

from __future__ import annotations

from quizgen.generate.candidates import plan_article
from quizgen.generate.index import ArticleIndex, analyse
from quizgen.generate.split import split_article
from quizgen.generate.text import article_from_text

STORY = (
    "Anna Berg said she would not back the council's plans to close 14 schools in Stavanger.\n\n"
    "Anna Berg has led the opposition group in Bergen since 2019.\n\n"
    "Anna Berg was born in Oslo and studied law at the university there.\n\n"
    "The council will vote on the plans in March, when Anna Berg is abroad.\n"
)


def index_of(text: str) -> ArticleIndex:
    sentences, _ = split_article(article_from_text(text))
    return analyse(sentences)


def scores(text: str, number: int) -> dict[str, float]:
    plan = plan_article(index_of(text))[number]
    return {f.mention.text: f.score for f in plan.facts}


def test_the_actor_leads_the_claim() -> None:
    first = scores(STORY, 0)
    assert first["Anna Berg"] == max(first.values())
    assert all(score < first["Anna Berg"] for name, score in first.items() if name != "Anna Berg")


def test_a_protagonist_in_background_stays_scaled_down() -> None:
    born = scores(STORY, 2)
    assert born["Anna Berg"] < born["Oslo"]
