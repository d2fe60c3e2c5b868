"""A year of reviews by study day: whole weeks from a Monday, days that begin at 4 a.m., streaks."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from study_support import utc_timezone

from quizgen.model.cards import Deck
from quizgen.study import SchedulerSettings, Session, Store
from quizgen.study.heatmap import WEEKS, Year, year_of_reviews

NOW = datetime(2026, 3, 4, 12, 0, tzinfo=timezone.utc)  # a Wednesday
DECK = Deck.model_validate(
    {
        "id": "d",
        "title": "D",
        "cards": [{"id": f"c{i}", "type": "basic", "front": f"Q{i}?", "back": "A"} for i in range(40)],
    }
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "p.sqlite3") as opened:
        yield opened


def answer(store: Store, at: datetime, count: int = 1) -> None:
    session = Session.open(store, [DECK], settings=SchedulerSettings(fuzz=False, new_per_day=40), now=at)
    for _ in range(count):
        item = session.next()
        assert item is not None
        session.answer(item, 4)


def test_the_year_is_whole_weeks_from_a_monday_to_today(store: Store) -> None:
    with utc_timezone():
        year = year_of_reviews(store, ["d"], NOW)
    assert year.first.weekday() == 0 and year.today == date(2026, 3, 4)
    assert len(year.counts) == 7 * (WEEKS - 1) + 3 and year.reviews == 0 and year.streak == 0


def test_reviews_count_on_the_study_day_they_fall_in(store: Store) -> None:
    with utc_timezone():
        answer(store, datetime(2026, 3, 4, 3, 30, tzinfo=timezone.utc))  # before 4 a.m.: yesterday's study day
        answer(store, datetime(2026, 3, 4, 4, 30, tzinfo=timezone.utc), 2)
        answer(store, datetime(2026, 3, 2, 23, 0, tzinfo=timezone.utc))
        answer(store, datetime(2025, 1, 1, 12, 0, tzinfo=timezone.utc))  # over a year ago: not shown
        answer(store, datetime(2026, 3, 5, 12, 0, tzinfo=timezone.utc))  # tomorrow: not yet
        year = year_of_reviews(store, ["d"], NOW)
    assert year.counts[-3:] == [1, 1, 2] and year.reviews == 4 and year.days_studied == 3 and year.streak == 3
    assert year_of_reviews(store, [], NOW).reviews == 0


def test_days_of_23_and_25_hours_keep_their_reviews(store: Store) -> None:
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Berlin"  # summer time begins on Sun 29 Mar 2026, at 2 a.m.
    time.tzset()
    try:
        sunday = datetime(2026, 3, 29, 3, 30, tzinfo=timezone.utc)  # 05:30 summer time: Sunday's study day
        answer(store, sunday)
        answer(store, datetime(2026, 3, 30, 1, 30, tzinfo=timezone.utc))  # 03:30 Monday: still Sunday's
        answer(store, datetime(2026, 3, 30, 2, 30, tzinfo=timezone.utc))  # 04:30 Monday: Monday's
        year = year_of_reviews(store, ["d"], datetime(2026, 3, 30, 12, 0, tzinfo=timezone.utc))
    finally:
        if old is None:
            os.environ.pop("TZ")
        else:
            os.environ["TZ"] = old
        time.tzset()
    assert year.today == date(2026, 3, 30) and year.counts[-2:] == [2, 1]


def test_a_streak_counts_back_from_yesterday_when_today_is_not_studied_yet() -> None:
    assert Year(date(2026, 3, 2), [1, 0, 1, 2, 0]).streak == 2
    assert Year(date(2026, 3, 2), [1, 0, 1, 2, 3]).streak == 3
    assert Year(date(2026, 3, 2), [1, 1, 0, 0]).streak == 0
