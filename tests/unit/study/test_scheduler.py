"""The fsrs wrapper: exact round trips of states and times, and settings checks."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from fsrs import State

from quizgen.study import SchedulerSettings
from quizgen.study.scheduler import ItemState, from_micros, make_scheduler, review, to_micros
from quizgen.study.settings import day_start

T0 = datetime(2024, 5, 1, 12, 0, 0, 123456, tzinfo=timezone.utc)


def test_micros_round_trip_is_exact() -> None:
    assert from_micros(to_micros(T0)) == T0
    assert to_micros(datetime(1970, 1, 1, tzinfo=timezone.utc)) == 0
    plus_five = T0.astimezone(timezone(timedelta(hours=5)))
    assert to_micros(plus_five) == to_micros(T0)
    with pytest.raises(ValueError, match="timezone-aware"):
        to_micros(datetime(2024, 1, 1))


def test_a_review_round_trips_through_rows_and_fsrs_cards() -> None:
    scheduler = make_scheduler(SchedulerSettings(fuzz=False))
    state = ItemState()
    for rating, hours in [(3, 0), (3, 1), (1, 30), (4, 60)]:
        state = review(scheduler, state, rating, T0 + timedelta(hours=hours), card_id=7)
        assert ItemState.from_row(state.to_row()) == state
        assert ItemState.from_card(state.to_card(7, T0)) == state
        assert state.due is not None and state.last_review is not None and state.due >= state.last_review
    assert state.state == State.Review


def test_settings_reach_the_scheduler() -> None:
    settings = SchedulerSettings(desired_retention=0.8, maximum_interval=30, learning_steps=(), fuzz=False)
    scheduler = make_scheduler(settings)
    assert (scheduler.desired_retention, scheduler.maximum_interval, scheduler.enable_fuzzing) == (0.8, 30, False)
    state = ItemState()
    for day in range(0, 400, 20):
        state = review(scheduler, state, 4, T0 + timedelta(days=day))
        assert state.due is not None and state.due - (T0 + timedelta(days=day)) <= timedelta(days=30)


@pytest.mark.parametrize(
    "bad",
    [
        {"desired_retention": 1.0},
        {"maximum_interval": 0},
        {"new_per_day": -1},
        {"day_start_hour": 24},
        {"learning_steps": (timedelta(0),)},
    ],
)
def test_bad_settings_are_refused(bad: dict) -> None:  # type: ignore[type-arg]
    with pytest.raises(ValueError):
        SchedulerSettings(**bad)


def test_rating_must_be_one_to_four() -> None:
    with pytest.raises(ValueError, match="rating"):
        review(make_scheduler(SchedulerSettings()), ItemState(), 0, T0)


def test_study_days_start_at_the_configured_local_hour() -> None:
    settings = SchedulerSettings(day_start_hour=4)
    start = day_start(T0, settings)
    assert start <= T0 < day_start(T0, settings, offset=1)
    assert start.astimezone().hour == 4
    assert day_start(start - timedelta(microseconds=1), settings) == day_start(T0, settings, offset=-1)
