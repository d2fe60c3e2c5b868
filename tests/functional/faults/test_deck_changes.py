"""The deck file changes on disk while studying: the session goes on, the next one studies the new deck."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest
from faults_support import basic_deck, notices
from study_support import Clock, rows, screen_text

from tui.app import StudyApp
from tui.screens.deck_list import DeckListScreen
from tui.screens.study import StudyScreen
from tui.screens.summary import SummaryScreen

SIZE = (80, 24)


def uid(app: StudyApp) -> str:
    assert isinstance(app.screen, StudyScreen), type(app.screen)
    return str(app.screen.item.card.uid)


async def good(pilot, app: StudyApp) -> str:
    """Answer the card on screen Good; returns its id."""
    shown = uid(app)
    await pilot.press("enter", "3")
    await pilot.pause()
    return shown


def edit(deck: Path) -> None:
    """Reword c1, remove c3 and add c9, as a learner does in an editor (the file is rewritten in place)."""
    text = deck.read_text(encoding="utf-8")
    text = text.replace("front: Question 1?", "front: Question 1, reworded?")
    text = text.replace("  - id: c3\n    type: basic\n    front: Question 3?\n    back: Answer 3\n", "")
    text += "  - id: c9\n    type: basic\n    front: Question 9, added?\n    back: Answer 9\n"
    with deck.open("w", encoding="utf-8") as fh:
        fh.write(text)


def queue_of(app: StudyApp) -> list[str]:
    """The ids of the new cards the current session will show, in order."""
    screen = app.screen
    assert isinstance(screen, StudyScreen)
    return [row[2] for row in screen.session._order.new]


async def test_the_session_keeps_its_deck_and_the_next_one_in_the_same_app_has_the_edit(tmp_path: Path) -> None:
    deck = basic_deck(tmp_path / "deck.yaml", 6)
    store = tmp_path / "progress.sqlite3"
    app = StudyApp([tmp_path], store_path=store, clock=Clock())
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("enter")  # study the one deck of the folder
        await pilot.pause()
        assert [await good(pilot, app) for _ in range(2)] == ["c0", "c1"]
        edit(deck)
        # This session goes on with the deck it loaded, removed card included.
        assert [await good(pilot, app) for _ in range(2)] == ["c2", "c3"]
        assert "Question 4?" in screen_text(app)
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen) and app.screen.summary.answered == 4
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DeckListScreen)
        await pilot.pause()
        line = next(line for line in screen_text(app).splitlines() if "Fault drill" in line)
        assert line.split()[2:5] == ["3", "3", "0"], line  # new c4, c5, c9; learning c0, c1, c2
        await pilot.press("enter")
        await pilot.pause()
        assert queue_of(app) == ["c4", "c5", "c9"]
        assert [await good(pilot, app) for _ in range(3)] == ["c4", "c5", "c9"]
        assert not notices(app)
    removed = rows(store, "SELECT card_uid, removed, prompt FROM items ORDER BY position, card_uid")
    assert ("c3", 1, "Question 3?") in removed and ("c1", 0, "Question 1, reworded?") in removed
    assert rows(store, "SELECT COUNT(*) FROM reviews") == [(7,)]


async def test_the_next_app_shows_the_edited_card_as_edited_and_the_added_card_as_new(tmp_path: Path) -> None:
    deck = basic_deck(tmp_path / "deck.yaml", 6)
    store, clock = tmp_path / "progress.sqlite3", Clock()
    app = StudyApp([deck], store_path=store, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert [await good(pilot, app) for _ in range(2)] == ["c0", "c1"]
        edit(deck)
        assert await good(pilot, app) == "c2"
    clock.advance(days=30)  # c0, c1 and c2 are due again
    again = StudyApp([deck], store_path=store, clock=clock)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert uid(again) == "c0"
        assert "edited since last review" not in screen_text(again)
        assert await good(pilot, again) == "c0"
        assert uid(again) == "c1"
        text = screen_text(again)
        assert "Question 1, reworded?" in text and "edited since last review" in text
        assert await good(pilot, again) == "c1"
        assert await good(pilot, again) == "c2"
        assert [uid(again), *queue_of(again)[1:]] == ["c4", "c5", "c9"]
        assert "new" in screen_text(again)


@pytest.mark.parametrize("change", ["broken", "deleted"])
async def test_a_deck_broken_or_deleted_while_studying_is_reported_when_studied_again(
    tmp_path: Path, change: str
) -> None:
    deck = basic_deck(tmp_path / "deck.yaml", 6)
    app = StudyApp([tmp_path], store_path=tmp_path / "progress.sqlite3", clock=Clock())
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert await good(pilot, app) == "c0"
        if change == "broken":
            deck.write_text(deck.read_text(encoding="utf-8").replace("    back: Answer 2\n", ""), encoding="utf-8")
        else:
            deck.unlink()
        assert await good(pilot, app) == "c1"  # the session goes on with the deck it loaded
        await pilot.press("q", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DeckListScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DeckListScreen)  # no session over a deck that is gone or broken
        assert not notices(app)  # the problems are listed under the decks
        text = " ".join(screen_text(app).split())
        assert "deck.yaml has errors" in text
        assert ("missing key 'back'" in text) if change == "broken" else ("no such file" in text.lower())
    assert rows(tmp_path / "progress.sqlite3", "SELECT COUNT(*) FROM reviews") == [(2,)]


async def test_a_deck_replaced_by_a_fifo_while_the_app_is_open_is_listed_as_broken(tmp_path: Path) -> None:
    deck = basic_deck(tmp_path / "deck.yaml", 6)
    app = StudyApp([tmp_path], store_path=tmp_path / "progress.sqlite3", clock=Clock())
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await good(pilot, app)
        await pilot.press("q")
        await pilot.pause()
        deck.unlink()
        os.mkfifo(deck)  # a FIFO that no program writes: reading it would wait for ever
        await asyncio.wait_for(_back_and_study(pilot), timeout=20)
        assert isinstance(app.screen, DeckListScreen)
        shown = screen_text(app)  # a broken deck's problems are listed under the decks
        assert "is a FIFO (named pipe), not a deck file" in " ".join(shown.split()), shown


async def _back_and_study(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("enter")  # the summary: back to the deck list, which reads the counts again
    await pilot.pause()
    await pilot.press("enter")  # study the deck: its file is read again
    await pilot.pause()


async def test_a_fifo_given_as_a_deck_is_listed_as_broken(tmp_path: Path) -> None:
    basic_deck(tmp_path / "deck.yaml", 3)
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    app = StudyApp([tmp_path / "deck.yaml", fifo], store_path=tmp_path / "progress.sqlite3", clock=Clock())
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        shown = screen_text(app)
        assert "pipe.yaml: is a FIFO" in " ".join(shown.split()) and "Fault drill" in shown, shown
