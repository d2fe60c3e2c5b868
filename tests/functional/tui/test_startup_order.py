"""With one deck file the first card comes first: the deck list under it is built when the session ends."""

from __future__ import annotations

from pathlib import Path

from study_support import EVERY_TYPE, Clock, screen_text, screen_words

from quizgen.deckio.cache import CachedDeck
from tui.app import StudyApp
from tui.screens.deck_list import DeckListScreen
from tui.screens.study import StudyScreen
from tui.screens.summary import SummaryScreen

SIZE = (80, 24)


def deck_line(app: StudyApp) -> list[str]:
    return next(line for line in screen_text(app).splitlines() if "Every card type" in line).split()


async def test_the_list_under_a_session_waits_until_the_session_ends(tmp_path: Path) -> None:
    app = StudyApp([EVERY_TYPE], store_path=tmp_path / "p.sqlite3", clock=Clock(), new_per_day=4)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StudyScreen)
        under = app.screen_stack[0]
        assert isinstance(under, DeckListScreen) and not under.built
        await pilot.press("enter", "3")
        await pilot.pause()
        await pilot.press("q", "enter")
        await pilot.pause()
        assert app.screen is under and under.built and under.counts_shown
        assert deck_line(app)[4:8] == ["3", "1", "0", "just"]


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
        assert isinstance(app.screen, DeckListScreen) and app.screen.built and app.screen.counts_shown
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
