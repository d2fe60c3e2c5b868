"""Golden files of every teacher output, from the fixed deck in tests/data.

After an intended change of output, review the new files and run
`pytest tests/unit/test_teacher_golden.py --snapshot-update`.
"""

from __future__ import annotations

import pytest
from repo_paths import DATA
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

from quizgen.deckio.loader import load_deck
from quizgen.exchange.gift import to_gift
from quizgen.exchange.markdown import to_markdown
from quizgen.exchange.quiz import build_quiz
from quizgen.exchange.worksheet import render_worksheet
from quizgen.model.cards import Deck

DECK_FILE = DATA / "teacher_deck.yaml"


class _Text(SingleFileSnapshotExtension):
    _write_mode = WriteMode.TEXT


class HtmlFile(_Text):
    _file_extension = "html"


class GiftFile(_Text):
    _file_extension = "gift"


class MarkdownFile(_Text):
    _file_extension = "md"


@pytest.fixture(scope="module")
def deck() -> Deck:
    return load_deck(DECK_FILE)


def test_worksheet_golden(deck: Deck, snapshot) -> None:
    assert render_worksheet(build_quiz([deck])) == snapshot(extension_class=HtmlFile)


def test_worksheet_shuffled_with_hint_length_golden(deck: Deck, snapshot) -> None:
    quiz = build_quiz([deck], count=6, seed=3, title="Version check")
    assert render_worksheet(quiz, hint_length=True) == snapshot(extension_class=HtmlFile)


def test_gift_golden(deck: Deck, snapshot) -> None:
    assert to_gift([deck]) == snapshot(extension_class=GiftFile)


def test_markdown_golden(deck: Deck, snapshot) -> None:
    assert to_markdown(deck) == snapshot(extension_class=MarkdownFile)
