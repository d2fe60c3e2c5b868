"""Every deck in decks/ opens in the study app and its first cards can be answered."""

from __future__ import annotations

from pathlib import Path

import pytest
from study_support import Clock, answer_right, rows, screen_text

from quizgen.deckio.bundled import bundled_decks_dir
from quizgen.deckio.loader import deck_files
from quizgen.model import cloze
from tui.app import StudyApp
from tui.screens.study import StudyScreen

DECKS = deck_files([bundled_decks_dir()])


def test_there_are_bundled_decks() -> None:
    assert DECKS, f"no decks in {bundled_decks_dir()}"


@pytest.mark.parametrize("deck", DECKS, ids=[p.name for p in DECKS])
async def test_first_cards_of_every_deck(deck: Path, tmp_path: Path) -> None:
    store = tmp_path / "progress.sqlite3"
    app = StudyApp([deck], store_path=store, clock=Clock())
    answered = 0
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for _ in range(5):
            screen = app.screen
            assert isinstance(screen, StudyScreen)
            card = screen.item.card
            shown = " ".join(screen_text(app).split())
            question = cloze.render(card.text, screen.item.ordinal) if card.type == "cloze" else card.prompt()
            assert " ".join(question.split()[:4]) in shown
            await answer_right(pilot, app, proceed="space")
            answered += 1
            if not isinstance(app.screen, StudyScreen):
                break
    assert rows(store, "SELECT COUNT(*) FROM reviews") == [(answered,)]
    assert rows(store, "SELECT MIN(rating) FROM reviews") == [(3,)]
