"""The study day in the app: a daily review limit per deck, and a day that rolls over at 4 a.m. while a
session is open."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from study_support import Clock, rows, screen_words

from quizgen.deckio.loader import load_deck
from quizgen.study import SchedulerSettings, Session, Store
from tui.app import StudyApp
from tui.screens.study import StudyScreen
from tui.screens.summary import SummaryScreen

SIZE = (80, 24)


def basic_deck(path: Path, count: int) -> Path:
    cards = "".join(f"  - {{id: c{i}, type: basic, front: Question {i}?, back: Answer {i}}}\n" for i in range(count))
    path.write_text(f"id: day\ntitle: Study day\ncards:\n{cards}", encoding="utf-8")
    return path


async def test_a_daily_review_limit_caps_the_due_reviews_of_a_deck(tmp_path: Path) -> None:
    deck, store, clock = basic_deck(tmp_path / "day.yaml", 6), tmp_path / "p.sqlite3", Clock()
    with Store.open(store) as opened:  # every card learnt a year ago: all six are due now
        earlier = Clock(clock.now - timedelta(days=365))
        session = Session.open(opened, [load_deck(deck)], settings=SchedulerSettings(fuzz=False), now=earlier)
        while (item := session.next()) is not None:
            session.answer(item, 4)
    app = StudyApp([deck], store_path=store, clock=clock, reviews_per_day=4)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "0 new · 0 learning · 4 due" in screen_words(app)
        for _ in range(4):
            await pilot.press("space", "4")
            await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert "Next card in 19 h, on Tue 3 Mar" in screen_words(app)  # the two others come tomorrow
    assert rows(store, "SELECT COUNT(*) FROM reviews WHERE state_before = 2") == [(4,)]


async def test_the_study_day_rolls_over_at_4_am_during_a_session(tmp_path: Path) -> None:
    deck = basic_deck(tmp_path / "day.yaml", 6)
    clock = Clock(datetime(2026, 3, 3, 3, 50, tzinfo=timezone.utc))  # ten minutes before the day starts
    app = StudyApp([deck], store_path=tmp_path / "p.sqlite3", clock=clock, new_per_day=2)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("space", "4")
        await pilot.pause()
        assert "1 new" in screen_words(app)
        clock.advance(minutes=15)  # 4:05: a new study day, two new cards more
        await pilot.press("space", "4")
        await pilot.pause()
        assert isinstance(app.screen, StudyScreen) and app.screen.item.card.uid == "c2"
        assert "1 new · 0 learning · 0 due" in screen_words(app)
