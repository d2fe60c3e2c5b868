"""A speaker who is the actor of the claim is asked; the source of a report about someone else is not."""

from __future__ import annotations

import pytest
from generate_support import candidate

from quizgen.generate import gates, generate_text
from quizgen.generate.actors import (
    actor_reason,
    claim_before_the_quotation,
    speaker_is_the_reported_subject,
    stance_verb,
)
from quizgen.generate.index import Analysed, ArticleIndex, analyse
from quizgen.generate.sidedetails import Story, only_a_speaker, speaks
from quizgen.generate.split import split_article
from quizgen.generate.text import article_from_text


def index_of(text: str) -> ArticleIndex:
    sentences, _ = split_article(article_from_text(text, "t.txt"))
    return analyse(sentences)


def row_and_mention(text: str, name: str) -> tuple[Analysed, object]:
    row = index_of(text).sentences[0]
    return row, next(m for m in row.mentions if m.text == name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mayor Alice Grant said she would not back the new ferry terminal at Eastvale.", "Alice Grant"),
        ("Mayor Alice Grant said on Monday she would stand down in the spring.", "Alice Grant"),
        ("The Harbour Board said it would cut 300 jobs at the port by 2026.", "Harbour Board"),
    ],
)
def test_a_reported_clause_about_the_speaker(text: str, name: str) -> None:
    row, m = row_and_mention(text, name)
    assert speaker_is_the_reported_subject(row, m)
    assert (actor_reason(row, m) or "").startswith("speaker_is_the_reported_subject")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mayor Alice Grant said the ferry terminal would cost 40 million pounds.", "Alice Grant"),
        ('The Harbour Board said it was a "basic rule" that ships pay their fees.', "Harbour Board"),
        ("A spokeswoman for the Harbour Board said it would cut 300 jobs at the port.", "Harbour Board"),
    ],
)
def test_a_report_about_something_else_is_no_actor(text: str, name: str) -> None:
    row, m = row_and_mention(text, name)
    assert actor_reason(row, m) is None


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Alice Grant has backed the new ferry terminal at Eastvale.",
        "Mayor Alice Grant rejected calls for a second ferry terminal at Eastvale.",
        "Mayor Alice Grant has strongly opposed the new ferry terminal at Eastvale.",
    ],
)
def test_a_stance_verb_makes_the_speaker_the_actor(text: str) -> None:
    row, m = row_and_mention(text, "Alice Grant")
    assert stance_verb(row, m)


def test_a_verb_of_saying_is_no_stance() -> None:
    row, m = row_and_mention("Mayor Alice Grant warned that the ferry terminal was too small.", "Alice Grant")
    assert stance_verb(row, m) is None


def test_the_actor_of_a_claim_before_a_quotation() -> None:
    text = 'Mayor Alice Grant opened the ferry terminal and told the crowd, "This is a great day for the town."'
    row, m = row_and_mention(text, "Alice Grant")
    assert claim_before_the_quotation(row, m)
    row, m = row_and_mention('Mayor Alice Grant told the crowd: "This is a great day for the town."', "Alice Grant")
    assert claim_before_the_quotation(row, m) is None


def test_the_speaker_gate_passes_an_actor_and_drops_a_source() -> None:
    acting = 'Mayor Alice Grant said she would not back the plans for a "mega port" at Eastvale.'
    assert gates.speaker_of_a_quote(candidate(acting, "Alice Grant")) is None
    reporting = 'Mayor Alice Grant said the plans for a "mega port" at Eastvale were flawed.'
    assert gates.speaker_of_a_quote(candidate(reporting, "Alice Grant"))


SPOKEN = (
    "Coal output at Northfield fell by 12% last year as two pits closed.\n\n"
    "The closures cost 800 jobs across the valley, the mining board said.\n\n"
    "The board plans to sell the site of the larger pit to a developer.\n\n"
    'Union general secretary Jane Roe said: "The valley has been abandoned."\n\n'
    "Ms Roe said the pits had been run down for years.\n\n"
    "Ms Roe added that the miners had been told nothing.\n\n"
    "Ms Roe has rejected the board's offer of early retirement for the miners.\n"
)


def test_a_speaker_who_acts_here_is_no_side_detail() -> None:
    index = index_of(SPOKEN)
    story = Story(index)
    quoted = next(m for m in index.sentences[3].mentions if m.kind == "person")
    acting = next(m for m in index.sentences[6].mentions if m.kind == "person")
    assert speaks(index.sentences[3], quoted)
    assert not speaks(index.sentences[6], acting)
    assert only_a_speaker(story, 3, quoted)
    assert only_a_speaker(story, 6, acting) is None  # she rejected the offer: the claim is hers


def test_the_question_names_the_claim() -> None:
    text = (
        "The Harbour Board has approved a new ferry terminal at Eastvale for 2019.\n\n"
        'Dr Omar Reyes said he would fight the "mega port" plan of the Harbour Board in the courts.\n'
    )
    cards = generate_text(text, "port.txt", types=["typed"]).deck.cards
    questions = [c.prompt() for c in cards if c.answer_text() == "Omar Reyes"]
    assert questions == ['Who said he would fight the "mega port" plan of the Harbour Board in the courts?']
