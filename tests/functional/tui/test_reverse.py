"""A basic card with `reverse: true` is studied both ways in the app."""

from __future__ import annotations

from pathlib import Path

from study_support import Clock, screen_text

from tui.app import StudyApp
from tui.screens.study import StudyScreen

DECK = """\
id: german
title: German
cards:
  - id: hund
    type: basic
    front: der Hund
    back: the dog
    reverse: true
"""


async def test_the_reverse_item_asks_the_back_and_reveals_the_front(tmp_path: Path) -> None:
    path = tmp_path / "german.yaml"
    path.write_text(DECK, encoding="utf-8")
    store, clock = tmp_path / "progress.sqlite3", Clock()
    app = StudyApp([path], store_path=store, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StudyScreen) and screen.item.ordinal == 0
        assert "der Hund" in screen_text(app) and "the dog" not in screen_text(app)
        while isinstance(app.screen, StudyScreen):  # the front, until today's repeats are done
            assert app.screen.item.ordinal == 0, "siblings are spread: the reverse waits for another day"
            await pilot.press("space", "4")
            await pilot.pause()
    clock.advance(days=1)
    app = StudyApp([path], store_path=store, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StudyScreen) and screen.item.ordinal == 1
        assert "the dog" in screen_text(app) and "der Hund" not in screen_text(app)
        await pilot.press("space")
        assert "der Hund" in screen_text(app)
