"""With one deck file the first card comes first: the deck list under it is built when the session ends."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from study_support import EVERY_TYPE, Clock, screen_text, screen_words

from quizgen.deckio.cache import CachedDeck
from tui.app import StudyApp
from tui.screens.base import Backdrop
from tui.screens.deck_list import DeckListScreen
from tui.screens.study import StudyScreen
from tui.screens.summary import SummaryScreen

SIZE = (80, 24)


def deck_line(app: StudyApp) -> list[str]:
    return next(line for line in screen_text(app).splitlines() if "Every card type" in line).split()


async def test_the_deck_list_comes_when_a_session_started_at_once_ends(tmp_path: Path) -> None:
    app = StudyApp([EVERY_TYPE], store_path=tmp_path / "p.sqlite3", clock=Clock(), new_per_day=4)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StudyScreen)
        assert [type(screen) for screen in app.screen_stack] == [Backdrop, StudyScreen]  # no list built yet
        await pilot.press("enter", "3")
        await pilot.pause()
        await pilot.press("q", "enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, DeckListScreen) and app.screen.counts_shown
        assert [type(screen) for screen in app.screen_stack] == [Backdrop, DeckListScreen]
        assert deck_line(app)[4:8] == ["3", "1", "0", "just"]


def test_a_session_started_at_once_imports_no_deck_list(tmp_path: Path) -> None:
    code = (
        "import asyncio, sys\n"
        "from tui.app import StudyApp\n"
        f"app = StudyApp([{str(EVERY_TYPE)!r}], store_path={str(tmp_path / 'p.sqlite3')!r})\n"
        "async def main():\n"
        "    async with app.run_test() as pilot:\n"
        "        await pilot.pause()\n"
        "        print(type(app.screen).__name__, 'tui.screens.deck_list' in sys.modules)\n"
        "asyncio.run(main())\n"
    )
    env = {**os.environ, "QUIZGEN_CACHE": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.split() == ["StudyScreen", "False"]


async def test_a_single_deck_with_nothing_to_study_says_when_the_next_card_comes(tmp_path: Path) -> None:
    app = StudyApp([EVERY_TYPE], store_path=tmp_path / "p.sqlite3", clock=Clock(), new_per_day=0)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen) and app.screen.empty
        text = screen_words(app)
        # The clock stands at Mon 2 Mar 2026, 09:00 UTC: new cards come with the next study day, at 4 a.m.
        assert "Nothing to study now" in text and "Next card in 19 h, on Tue 3 Mar" in text
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, DeckListScreen) and app.screen.counts_shown
        assert deck_line(app)[4:7] == ["0", "0", "0"]


async def test_a_warm_start_studies_the_cached_deck_card_by_card(tmp_path: Path) -> None:
    store = tmp_path / "p.sqlite3"
    first = StudyApp([EVERY_TYPE], store_path=store, clock=Clock())
    async with first.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(first.screen, StudyScreen)
        shown = first.screen.item.card
    again = StudyApp([EVERY_TYPE], store_path=store, clock=Clock())
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        deck = again.library.decks[0]
        assert isinstance(deck, CachedDeck) and "deck" not in deck.__dict__
        assert isinstance(again.screen, StudyScreen) and again.screen.item.card == shown


async def test_the_deck_list_reads_the_highlighted_decks_cards_while_it_waits(tmp_path: Path) -> None:
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "a.yaml").write_text(EVERY_TYPE.read_text())
    (folder / "b.yaml").write_text(EVERY_TYPE.read_text().replace("id: every-type", "id: other"))
    store = tmp_path / "p.sqlite3"
    async with StudyApp([folder], store_path=store, clock=Clock()).run_test(size=SIZE) as pilot:
        await pilot.pause()  # the first open parses both files and caches them
    app = StudyApp([folder], store_path=store, clock=Clock())
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(50):
            await pilot.pause(0.01)
            if isinstance(app.screen, DeckListScreen) and app.screen.counts_shown:
                break
        await pilot.pause()
        first, second = app.library.decks
        assert isinstance(first, CachedDeck) and isinstance(second, CachedDeck)
        # All decks is highlighted: its first card comes from the first deck, whose cards are read now.
        assert "_lines" in first.__dict__ and "_lines" not in second.__dict__
