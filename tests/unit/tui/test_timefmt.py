"""Intervals as Anki writes them on grade keys, and when the next card comes, in words."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from study_support import utc_timezone

from tui.timefmt import interval, next_card


@pytest.mark.parametrize(
    ("delta", "shown"),
    [
        (timedelta(seconds=30), "<1m"),
        (timedelta(minutes=1), "<1m"),
        (timedelta(minutes=5, seconds=30), "<6m"),
        (timedelta(minutes=10), "<10m"),
        (timedelta(hours=5), "<5h"),
        (timedelta(days=1), "1d"),
        (timedelta(days=3, hours=2), "3d"),
        (timedelta(days=45), "1.5mo"),
        (timedelta(days=60), "2mo"),
        (timedelta(days=400), "1.1y"),
        (timedelta(days=730), "2y"),
    ],
)
def test_intervals_read_as_on_ankis_grade_keys(delta: timedelta, shown: str) -> None:
    assert interval(delta) == shown


def test_the_next_card_is_named_by_time_today_and_by_date_later() -> None:
    now = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)
    with utc_timezone():
        assert next_card(now + timedelta(minutes=10), now) == "in 10 min, at 09:10"
        assert next_card(datetime(2026, 12, 8, 4, 0, tzinfo=timezone.utc), now) == "in 6 days, on Tue 8 Dec"
        assert next_card(datetime(2027, 1, 3, 4, 0, tzinfo=timezone.utc), now) == "in 32 days, on Sun 3 Jan 2027"
        assert next_card(now - timedelta(hours=1), now) == "now"
        assert next_card(None, now) == "no card is scheduled"
