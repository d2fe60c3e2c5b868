"""The deck list's "All decks" row: summed counts, its own footer label, and one session over every deck."""

from __future__ import annotations

from pathlib import Path

from study_support import EVERY_TYPE, Clock, rows, screen_text

from tui.app import StudyApp
from tui.screens.deck_list import DeckListScreen
from tui.screens.study import StudyScreen
from tui.screens.summary import SummaryScreen

SIZE = (80, 24)

CAPITALS = """\
format: 1
id: capitals
title: Capitals
cards:
  - id: kz
    type: basic
    front: Capital of Kazakhstan?
    back: Astana
  - id: kg
    type: basic
    front: Capital of Kyrgyzstan?
    back: Bishkek
"""


def two_decks(tmp_path: Path) -> Path:
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "a-every.yaml").write_text(EVERY_TYPE.read_text())
    (folder / "b-capitals.yaml").write_text(CAPITALS)
    return folder


async def counts_shown(pilot) -> None:
    for _ in range(100):
        if isinstance(pilot.app.screen, DeckListScreen) and pilot.app.screen.counts_shown:
            return
        await pilot.pause(0.01)
    raise AssertionError("the deck counts never appeared")


def row_of(app: StudyApp, title: str) -> list[str]:
    line = next(line for line in screen_text(app).splitlines() if line.strip().startswith(title))
    return line.removeprefix(f"  {title}").split()


def footer(app: StudyApp) -> str:
    return screen_text(app).splitlines()[-1]


async def test_all_decks_row_sums_the_counts_and_labels_enter(tmp_path: Path) -> None:
    app = StudyApp([two_decks(tmp_path)], store_path=tmp_path / "p.sqlite3", clock=Clock(), new_per_day=4)
    async with app.run_test(size=SIZE) as pilot:
        await counts_shown(pilot)
        every, capitals, total = (
            row_of(app, "Every card type [bold]"),
            row_of(app, "Capitals"),
            row_of(app, "All decks"),
        )
        assert every[:3] == ["4", "0", "0"] and capitals[:3] == ["2", "0", "0"]
        assert total[:3] == ["6", "0", "0"] and total[3] == "never"
        assert "⏎ Study all" in footer(app)
        await pilot.press("down")
        assert "⏎ Study " in footer(app) + " " and "Study all" not in footer(app)
        await pilot.press("up")
        assert "Study all" in footer(app)


async def test_all_decks_studies_every_deck_in_one_session(tmp_path: Path) -> None:
    store = tmp_path / "p.sqlite3"
    app = StudyApp([two_decks(tmp_path)], store_path=store, clock=Clock(), new_per_day=4)
    async with app.run_test(size=SIZE) as pilot:
        await counts_shown(pilot)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StudyScreen)
        assert screen.deck_ids == ["every-type", "capitals"]
        titles = {"every-type": "Every card type [bold]", "capitals": "Capitals"}
        while isinstance(app.screen, StudyScreen) and app.screen.item.is_new:
            status = screen_text(app).splitlines()[0]
            assert status.startswith(f" All decks · {titles[app.screen.item.deck_id]} ")
            await pilot.press("enter", "1")  # Again: every new item of both decks comes once
            await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert "All decks" in screen_text(app)
    answered = rows(store, "SELECT deck_id, COUNT(*) FROM reviews GROUP BY deck_id ORDER BY deck_id")
    assert answered == [("capitals", 2), ("every-type", 4)]


async def test_one_deck_has_no_all_decks_row(tmp_path: Path) -> None:
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "capitals.yaml").write_text(CAPITALS)
    app = StudyApp([folder], store_path=tmp_path / "p.sqlite3", clock=Clock())
    async with app.run_test(size=SIZE) as pilot:
        await counts_shown(pilot)
        assert "All decks" not in screen_text(app)
        assert "Study all" not in footer(app) and "⏎ Study" in footer(app)
