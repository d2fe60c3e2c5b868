"""SVG snapshots of the review screen at 80x24 and 120x40: a generated card with its source paragraph and
a decision, and the edit form.

Update after an intended change of looks: pytest tests/functional/tui/test_review_snapshots.py --snapshot-update
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from repo_paths import REPO

from quizgen.deckio.review import Review
from tui.review_app import ReviewApp

DECK = REPO / "decks" / "central-asia-us-election.yaml"
ARTICLE = REPO / "seeds" / "central-asia-us-election.txt"


def app_on(tmp_path: Path) -> ReviewApp:
    shutil.copy(DECK, tmp_path / DECK.name)
    shutil.copy(ARTICLE, tmp_path / ARTICLE.name)
    return ReviewApp(Review(tmp_path / DECK.name))


async def _article_read(pilot) -> None:
    for _ in range(200):
        if pilot.app.screen.article is not None:
            return
        await pilot.pause(0.05)
    raise AssertionError("the article was never read")


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_review_card_with_its_paragraph(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(app_on(tmp_path), terminal_size=size, run_before=_article_read, press=["k", "d"])


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_review_edit_form(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(app_on(tmp_path), terminal_size=size, run_before=_article_read, press=["right", "e"])


def test_review_cloze_card_as_the_learner_sees_it_and_answered(snap_compare, tmp_path: Path) -> None:
    keys = ["right", "right", "right"]
    assert snap_compare(app_on(tmp_path), terminal_size=(80, 24), run_before=_article_read, press=keys)
