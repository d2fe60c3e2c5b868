"""Scheduling settings, and the study day that counts and limits are measured in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from quizgen.model import progress


@dataclass(frozen=True)
class SchedulerSettings:
    """How items are scheduled and how many new ones are introduced a day."""

    desired_retention: float = 0.9
    """The probability of recall FSRS aims for when an item comes due (0 < r < 1)."""
    maximum_interval: int = 36500
    """The longest interval, in days, between two reviews."""
    learning_steps: tuple[timedelta, ...] = (timedelta(minutes=1), timedelta(minutes=10))
    """Intervals between the first answers of a new item, before it graduates to review."""
    relearning_steps: tuple[timedelta, ...] = (timedelta(minutes=10),)
    """Intervals after a lapse, before the item returns to review."""
    new_per_day: int = 20
    """New items introduced per deck per study day."""
    reviews_per_day: int | None = None
    """Due reviews shown per deck per study day; None (the default) shows every due review."""
    day_start_hour: int = 4
    """Local hour at which a new study day begins, as in Anki."""
    learn_ahead: timedelta = timedelta(minutes=20)
    """When nothing else is left, learning items due this soon are shown at once."""
    fuzz: bool = True
    """Spread review intervals a little so items learnt together drift apart."""

    def __post_init__(self) -> None:
        if not 0 < self.desired_retention < 1:
            raise ValueError(f"desired_retention must be between 0 and 1, not {self.desired_retention}")
        if self.maximum_interval < 1:
            raise ValueError(f"maximum_interval must be at least 1 day, not {self.maximum_interval}")
        if self.new_per_day < 0:
            raise ValueError(f"new_per_day must not be negative, not {self.new_per_day}")
        if self.reviews_per_day is not None and self.reviews_per_day < 0:
            raise ValueError(f"reviews_per_day must not be negative, not {self.reviews_per_day}")
        if not 0 <= self.day_start_hour <= 23:
            raise ValueError(f"day_start_hour must be 0..23, not {self.day_start_hour}")
        for step in (*self.learning_steps, *self.relearning_steps):
            if step <= timedelta(0):
                raise ValueError(f"learning and relearning steps must be positive, not {step}")


def utc(moment: datetime) -> datetime:
    """`moment` as a UTC datetime; a naive datetime is refused."""
    if moment.tzinfo is None:
        raise ValueError(f"datetime must be timezone-aware: {moment!r}")
    return moment.astimezone(timezone.utc)


def utc_now() -> datetime:
    """The current time in UTC."""
    return datetime.now(timezone.utc)


def day_start(moment: datetime, settings: SchedulerSettings, offset: int = 0) -> datetime:
    """UTC start of the study day containing `moment` (local time), shifted by `offset` days."""
    local = utc(moment).astimezone()
    start = local.replace(hour=settings.day_start_hour, minute=0, second=0, microsecond=0)
    if local < start:
        start -= timedelta(days=1)
    if offset:
        # Shift by calendar days in local time, so a daylight-saving change keeps the hour.
        naive = start.replace(tzinfo=None) + timedelta(days=offset)
        start = naive.astimezone()
    return start.astimezone(timezone.utc)


def study_date(moment: datetime, settings: SchedulerSettings) -> date:
    """The local date of the study day containing `moment` (a day starts at the day start hour, as in Anki)."""
    return progress.study_date(utc(moment), settings.day_start_hour)
