"""A store that fills up or turns read-only during a session: the app says so and keeps every saved answer."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from faults_support import basic_deck, fill, notices, tiny_disk
from study_support import Clock, rows, screen_text, screen_words

from tui.app import StudyApp
from tui.screens.study import StudyScreen
from tui.screens.summary import SummaryScreen

SIZE = (80, 24)


def uid(app: StudyApp) -> str:
    assert isinstance(app.screen, StudyScreen), type(app.screen)
    return str(app.screen.item.card.uid)


async def grade_good(pilot, app: StudyApp) -> None:
    await pilot.press("enter", "3")
    await pilot.pause()


async def answer_until_refused(pilot, app: StudyApp, limit: int = 300) -> int:
    """Answer Good until the app reports an answer it could not save; returns how many were saved."""
    saved = 0
    for _ in range(limit):
        shown = uid(app)
        await grade_good(pilot, app)
        if notices(app):
            assert uid(app) == shown  # the refused card stays on screen, answered
            return saved
        saved += 1
    raise AssertionError(f"the store took {limit} more answers")


def saved_reviews(store: Path) -> list[tuple[str, int]]:
    return rows(store, "SELECT i.card_uid, r.rating FROM reviews r JOIN items i ON i.id = r.item_id ORDER BY r.id")


def healthy(store: Path) -> bool:
    conn = sqlite3.connect(store)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()


async def test_a_store_turned_read_only_refuses_answers_and_the_app_carries_on(tmp_path: Path) -> None:
    store = tmp_path / "progress.sqlite3"
    app = StudyApp([basic_deck(tmp_path / "deck.yaml", 10)], store_path=store, clock=Clock(), new_per_day=300)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await grade_good(pilot, app)
        await grade_good(pilot, app)
        # From now on SQLite refuses every write of this connection with SQLITE_READONLY.
        app.library.store.connection.execute("PRAGMA query_only = 1")
        await grade_good(pilot, app)
        assert uid(app) == "c2"
        (notice,) = notices(app)
        assert "Progress not saved" in notice and "readonly database" in notice
        assert "This answer was not saved" in notice and "progress saved before is kept" in notice
        assert "Progress not saved" in screen_text(app)
        assert saved_reviews(store) == [("c0", 3), ("c1", 3)]
        app.clear_notifications()
        await pilot.press("u")  # undo needs a write too
        await pilot.pause()
        assert any("Nothing was undone" in n for n in notices(app))
        assert uid(app) == "c2" and saved_reviews(store) == [("c0", 3), ("c1", 3)]
        # The store is writable again: the same card can be answered, and undo works.
        app.library.store.connection.execute("PRAGMA query_only = 0")
        await pilot.press("3")
        await pilot.pause()
        assert uid(app) == "c3"
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert "Answered 3" in screen_words(app)
    assert saved_reviews(store) == [("c0", 3), ("c1", 3), ("c2", 3)]
    assert healthy(store)


async def test_a_full_database_refuses_an_answer_and_the_session_ends_with_a_summary(tmp_path: Path) -> None:
    store, clock = tmp_path / "progress.sqlite3", Clock()
    deck = basic_deck(tmp_path / "deck.yaml", 300)
    first = StudyApp([deck], store_path=store, clock=clock, new_per_day=300)
    async with first.run_test(size=SIZE) as pilot:
        for _ in range(3):
            await grade_good(pilot, first)
    with sqlite3.connect(store) as conn:
        conn.execute("VACUUM")  # pack every page full, so the next answers need new pages
    clock.advance(minutes=1)
    app = StudyApp([deck], store_path=store, clock=clock, new_per_day=300)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        conn = app.library.store.connection
        (pages,) = conn.execute("PRAGMA page_count").fetchone()
        conn.execute(f"PRAGMA max_page_count = {pages}")  # the database may not grow: SQLITE_FULL
        saved = await answer_until_refused(pilot, app)
        (notice,) = notices(app)
        assert "database or disk is full" in notice and "Free some space" in notice
        assert len(saved_reviews(store)) == 3 + saved
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert f"Answered {saved}" in screen_words(app)
    assert [uid for uid, _ in saved_reviews(store)][:3] == ["c0", "c1", "c2"]
    assert len(saved_reviews(store)) == 3 + saved
    assert healthy(store)


@pytest.mark.skipif(os.name != "posix", reason="needs a tmpfs")
async def test_a_full_disk_refuses_an_answer_until_space_is_freed(tmp_path: Path) -> None:
    with tiny_disk(tmp_path / "disk") as disk:
        if disk is None:
            pytest.skip("cannot mount a small filesystem here")
        store = disk / "progress.sqlite3"
        app = StudyApp([basic_deck(tmp_path / "deck.yaml", 300)], store_path=store, clock=Clock(), new_per_day=300)
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            await grade_good(pilot, app)
            await grade_good(pilot, app)
            filler = fill(disk)
            saved = 2 + await answer_until_refused(pilot, app)
            refused = uid(app)
            assert "database or disk is full" in notices(app)[0]
            assert len(saved_reviews(store)) == saved
            filler.unlink()
            app.clear_notifications()
            await pilot.press("3")  # the same card, answered again once there is room
            await pilot.pause()
            assert not notices(app) and uid(app) != refused
            await pilot.press("q")
            await pilot.pause()
            assert f"Answered {saved + 1}" in screen_words(app)
        assert [uid for uid, _ in saved_reviews(store)] == [f"c{i}" for i in range(saved + 1)]
        assert healthy(store)


@pytest.mark.skipif(os.name != "posix", reason="needs a tmpfs")
async def test_quitting_while_the_disk_is_full_keeps_every_saved_answer(tmp_path: Path) -> None:
    with tiny_disk(tmp_path / "disk") as disk:
        if disk is None:
            pytest.skip("cannot mount a small filesystem here")
        store = disk / "progress.sqlite3"
        app = StudyApp([basic_deck(tmp_path / "deck.yaml", 300)], store_path=store, clock=Clock(), new_per_day=300)
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            await grade_good(pilot, app)
            filler = fill(disk)
            saved = 1 + await answer_until_refused(pilot, app)
            await pilot.press("q")
            await pilot.pause()
            assert f"Answered {saved}" in screen_words(app)
            await pilot.press("q")  # quit the app while the disk is still full
        filler.unlink()
        assert [uid for uid, _ in saved_reviews(store)] == [f"c{i}" for i in range(saved)]
        assert healthy(store)
