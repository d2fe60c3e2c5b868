"""Review histories in study days, as Anki's FSRS reads them."""

from __future__ import annotations

from datetime import datetime, timezone

import fsrs_rs_python as fsrs_rs
import pytest
from study_support import utc_timezone

from quizgen.study.fsrs_items import Answer, day_gaps, memory_state, training_items
from quizgen.study.settings import SchedulerSettings

SETTINGS = SchedulerSettings()


def at(day: int, hour: int) -> datetime:
    return datetime(2026, 3, day, hour, tzinfo=timezone.utc)


def test_days_turn_at_the_day_start_hour() -> None:
    with utc_timezone():
        answers = [Answer(at(1, 10), 3), Answer(at(2, 3), 3), Answer(at(2, 5), 3), Answer(at(5, 23), 1)]
        assert day_gaps(answers, SETTINGS) == [0, 0, 1, 3]
        # a prefix is an item when it ends on a later day than the answer before it
        assert len(training_items([answers], SETTINGS)) == 2


def test_memory_state_is_fsrs_rs_of_the_same_reviews() -> None:
    with utc_timezone():
        answers = [Answer(at(1, 10), 4), Answer(at(1, 10), 1), Answer(at(4, 12), 3)]
        got = memory_state(answers, SETTINGS)
    reviews = [fsrs_rs.FSRSReview(4, 0), fsrs_rs.FSRSReview(1, 0), fsrs_rs.FSRSReview(3, 3)]
    want = fsrs_rs.FSRS(fsrs_rs.DEFAULT_PARAMETERS).memory_state(fsrs_rs.FSRSItem(reviews))
    assert got == pytest.approx((want.stability, want.difficulty))


def test_without_answers_the_sm2_state_is_used() -> None:
    assert memory_state([], SETTINGS) is None
    got = memory_state([], SETTINGS, sm2=(2.5, 10.0))
    assert got is not None and got[0] == pytest.approx(10.0, rel=0.01)
