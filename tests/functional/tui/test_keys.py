"""The help lists every key a footer can show; the command palette's "Keys" opens that help."""

from __future__ import annotations

from pathlib import Path

from study_support import EVERY_TYPE, Clock, screen_text

from tui.app import StudyApp
from tui.screens.deck_list import DeckListScreen, DeckTable
from tui.screens.help import KEYS, HelpScreen
from tui.screens.stats import StatsScreen
from tui.screens.study import StudyScreen
from tui.screens.summary import SummaryScreen
from tui.widgets.card_views import AnswerInput, ChoiceList

SHORT = {"question_mark": "?", "escape": "esc", "pagedown": "pgdn", "pageup": "pgup"}


def test_help_lists_every_key_a_footer_shows() -> None:
    listed = " ".join(key for key, _ in KEYS).split()
    for holder in (DeckListScreen, DeckTable, StudyScreen, ChoiceList, AnswerInput, SummaryScreen, StatsScreen):
        for binding in holder.BINDINGS:
            if not getattr(binding, "show", True):
                continue
            for key in binding.key.split(","):
                shown = SHORT.get(key, key)
                assert shown in listed, f"{holder.__name__}: {shown} is not in the help"


async def test_palette_keys_opens_the_apps_help(tmp_path: Path) -> None:
    app = StudyApp([EVERY_TYPE], store_path=tmp_path / "p.sqlite3", clock=Clock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"keys", "enter")
        await pilot.pause(0.3)
        assert isinstance(app.screen, HelpScreen)
        assert "undo the last answer" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, StudyScreen)
