"""Statistics computed from a real store after real sessions."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from quizgen.errors import StoreError
from quizgen.model.cards import Deck
from quizgen.study import SchedulerSettings, Session, Store
from quizgen.study.stats import DAYS, compute, render

T0 = datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)
SETTINGS = SchedulerSettings(fuzz=False)


def make_deck(deck_id: str, n: int) -> Deck:
    cards = [{"id": f"c{i}", "type": "basic", "front": f"{deck_id} question {i}?", "back": "x"} for i in range(n)]
    return Deck.model_validate({"id": deck_id, "title": deck_id, "cards": cards})


def study(store: Store, deck: Deck, when: datetime, ratings: list[int]) -> None:
    session = Session.open(store, [deck], settings=SETTINGS, now=when)
    for rating in ratings:
        item = session.next()
        assert item is not None
        session.answer(item, rating)


def test_an_empty_store(tmp_path: Path) -> None:
    with Store.open(tmp_path / "p.sqlite3") as store:
        stats = compute(store, now=T0, settings=SETTINGS)
    assert (stats.reviews, stats.cards_studied, stats.due_today, stats.retention) == (0, 0, 0, None)
    assert len(stats.per_day) == DAYS and "none yet" in render(stats)


def test_counts_retention_and_hardest(tmp_path: Path) -> None:
    a, b = make_deck("a", 4), make_deck("b", 2)
    with Store.open(tmp_path / "p.sqlite3") as store:
        study(store, a, T0, [4, 4, 4, 1])  # three graduate at once, one stays in learning
        study(store, b, T0, [4])
        day_later = T0 + timedelta(days=40)
        study(store, a, day_later, [1, 3, 3])  # three reviews in review state: one lapse
        stats = compute(store, ["a"], now=day_later, settings=SETTINGS)
        both = compute(store, now=day_later, settings=SETTINGS)
        with pytest.raises(StoreError, match="no progress for deck 'zz'"):
            compute(store, ["zz"], now=day_later)
        rows = store.connection.execute(
            "SELECT difficulty FROM items WHERE deck_id = 'a' AND difficulty IS NOT NULL"
        ).fetchall()
    assert stats.decks == ["a"] and both.decks == ["a", "b"]
    assert (stats.reviews, stats.reviews_today, both.reviews) == (7, 3, 8)
    assert stats.per_day[-1]["reviews"] == 3 and sum(d["reviews"] for d in stats.per_day) == 3
    assert stats.cards == 4 and stats.cards_studied == 4
    assert stats.retention_reviews == 3 and stats.retention == round(2 / 3, 4) == stats.retention_30d
    assert stats.average_difficulty == round(sum(r[0] for r in rows) / len(rows), 3)
    assert [h.difficulty for h in stats.hardest] == sorted((h.difficulty for h in stats.hardest), reverse=True)
    assert stats.hardest[0].lapses == 1 and stats.hardest[0].prompt.startswith("a question")
    assert stats.due_today <= stats.due_week
    text = render(stats)
    assert "true retention:   66.7% of 3 reviews" in text and "1 lapse " in text


def test_due_counts_follow_the_schedule(tmp_path: Path) -> None:
    with Store.open(tmp_path / "p.sqlite3") as store:
        study(store, make_deck("a", 3), T0, [4, 4, 4])
        dues = [row[0] for row in store.connection.execute("SELECT due FROM items")]
        assert len(set(dues)) == 1  # same state, no fuzz: all due together
        from quizgen.study.scheduler import from_micros

        due = from_micros(dues[0])
        before = compute(store, now=due - timedelta(days=3), settings=SETTINGS)
        on_the_day = compute(store, now=due, settings=SETTINGS)
    assert (before.due_today, before.due_tomorrow, before.due_week) == (0, 0, 3)
    assert (on_the_day.due_today, on_the_day.due_tomorrow) == (3, 0)
