"""Reviews per study day over the past year, for a heatmap calendar like Anki's heatmap add-on.

Days are study days (they begin at the day start hour, 4 a.m. by default, local time) and are
named by the local date they begin on. The year is laid out in whole weeks, Monday first, so
that it draws as a calendar of 53 columns and 7 rows.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from quizgen.study.scheduler import to_micros
from quizgen.study.settings import SchedulerSettings, day_start
from quizgen.study.store import Store

WEEKS = 53
"""How many weeks the calendar shows, this one included."""
_HOUR_US = 3_600_000_000


@dataclass(frozen=True)
class Year:
    """Reviews on each study day of the calendar, oldest first; the last is today."""

    first: date
    """The Monday the calendar starts on."""
    counts: list[int]
    """Reviews on each day from `first` to today."""

    @property
    def today(self) -> date:
        return self.first + timedelta(days=len(self.counts) - 1)

    @property
    def reviews(self) -> int:
        return sum(self.counts)

    @property
    def days_studied(self) -> int:
        return sum(1 for count in self.counts if count)

    @property
    def streak(self) -> int:
        """Days in a row with reviews, ending today (or yesterday, when nothing was studied yet today)."""
        days = self.counts[:-1] if self.counts and not self.counts[-1] else self.counts
        run = 0
        for count in reversed(days):
            if not count:
                break
            run += 1
        return run


def year_of_reviews(
    store: Store, deck_ids: Sequence[str], now: datetime, settings: SchedulerSettings | None = None
) -> Year:
    """The reviews of `deck_ids` on each study day of the past year (53 weeks, from a Monday to today)."""
    settings = settings or SchedulerSettings()
    today = day_start(now, settings)
    weekday = today.astimezone().weekday()
    offset = -(7 * (WEEKS - 1) + weekday)  # back to the Monday of the first week
    starts = [day_start(now, settings, offset=n) for n in range(offset, 2)]  # and tomorrow's, the end
    counts = [0] * (len(starts) - 1)
    if deck_ids:
        bounds = [to_micros(start) for start in starts]
        marks = ",".join("?" * len(deck_ids))
        with store.read() as conn:
            # Counted by the hour, then each hour put in its study day: days of 23 or 25 hours stay right.
            hours = conn.execute(
                f"SELECT (reviewed_at - ?) / {_HOUR_US}, COUNT(*) FROM reviews"
                f" WHERE deck_id IN ({marks}) AND reviewed_at >= ? AND reviewed_at < ? GROUP BY 1",
                (bounds[0], *deck_ids, bounds[0], bounds[-1]),
            ).fetchall()
        for hour, count in hours:
            index = bisect_right(bounds, bounds[0] + int(hour) * _HOUR_US) - 1
            if index < len(counts):
                counts[index] += int(count)
    return Year(starts[0].astimezone().date(), counts)
