"""Statistics computed from a real store after real sessions."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from quizgen.errors import StoreError
from quizgen.model.cards import Deck
from quizgen.study import SchedulerSettings, Session, Store
from quizgen.study.stats import DAYS, HARDEST_MIN_REVIEWS, compute, render

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
        study(store, a, day_later, [1, 3, 3])  # three reviews in review state: one lapse (c0)
        next_day = day_later + timedelta(days=1)
        study(store, a, next_day, [3, 3])  # c3's learning step, then c0 relearnt: its third review
        stats = compute(store, ["a"], now=next_day, settings=SETTINGS)
        both = compute(store, now=next_day, settings=SETTINGS)
        with pytest.raises(StoreError, match="no progress for deck 'zz'"):
            compute(store, ["zz"], now=next_day)
        rows = store.connection.execute(
            "SELECT difficulty FROM items WHERE deck_id = 'a' AND difficulty IS NOT NULL"
        ).fetchall()
    assert stats.decks == ["a"] and both.decks == ["a", "b"]
    assert (stats.reviews, stats.reviews_today, both.reviews) == (9, 2, 10)
    assert stats.per_day[-1]["reviews"] == 2 and sum(d["reviews"] for d in stats.per_day) == 5
    assert stats.cards == 4 and stats.cards_studied == 4
    assert stats.retention_reviews == 3 and stats.retention == round(2 / 3, 4) == stats.retention_30d
    assert stats.average_difficulty == round(sum(r[0] for r in rows) / len(rows), 3)
    # Only c0 has the 3 reviews a card needs to be listed among the hardest.
    assert [(h.card, h.reviews, h.lapses) for h in stats.hardest] == [("c0", 3, 1)]
    assert stats.hardest[0].prompt.startswith("a question")
    assert stats.due_today <= stats.due_week
    text = render(stats)
    assert "true retention:   66.7% of 3 reviews" in text and "1 lapse " in text


def test_the_hardest_cards_are_those_with_enough_reviews_most_difficult_first(tmp_path: Path) -> None:
    deck = make_deck("a", 6)
    with Store.open(tmp_path / "p.sqlite3") as store:
        when = T0
        for ratings in ([1, 1, 1, 2, 3, 4], [1, 2, 3, 3, 3, 3], [1, 1, 3, 3]):
            study(store, deck, when, ratings)
            when += timedelta(days=60)
        stats = compute(store, now=when, settings=SETTINGS)
        reviews = dict(
            store.connection.execute(
                "SELECT i.card_uid, COUNT(*) FROM reviews r JOIN items i ON i.id = r.item_id GROUP BY 1"
            )
        )
    listed = [h.card for h in stats.hardest]
    assert any(n < HARDEST_MIN_REVIEWS for n in reviews.values())  # some are left out
    assert listed and all(reviews[uid] >= HARDEST_MIN_REVIEWS for uid in listed)
    assert {uid for uid, n in reviews.items() if n >= HARDEST_MIN_REVIEWS} == set(listed)
    assert [h.difficulty for h in stats.hardest] == sorted((h.difficulty for h in stats.hardest), reverse=True)


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
