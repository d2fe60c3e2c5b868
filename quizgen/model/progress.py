"""Study progress as plain data, the form in which it travels between the store and other tools.

The store (`quizgen.study.history`) reads and writes it; the Anki exchange
(`quizgen.exchange.anki.scheduling`) turns it into a package's cards and review log and back.
Times are UTC datetimes, but an answer's time is kept in milliseconds, as Anki keeps it; states and
ratings are fsrs's numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import NamedTuple

NEW, LEARNING, REVIEW, RELEARNING = None, 1, 2, 3
"""An item's state: None while never reviewed, else fsrs's `State` number."""


class ReviewRecord(NamedTuple):
    """One answer in the review log (a named tuple: a long log holds many, and they are quick to make)."""

    at_ms: int
    """When it was given, in milliseconds since the Unix epoch (as Anki's review log keeps it)."""
    rating: int
    """Again 1, Hard 2, Good 3, Easy 4."""
    state_before: int | None
    """The item's state before this answer (None: it was new)."""
    seconds: float = 0.0
    """How long the answer took."""

    @property
    def at(self) -> datetime:
        """When it was given, as a UTC datetime."""
        return _EPOCH + timedelta(milliseconds=self.at_ms)

    @classmethod
    def of(cls, at: datetime, rating: int, state_before: int | None, seconds: float = 0.0) -> ReviewRecord:
        """The answer given at `at` (kept to the millisecond)."""
        return cls(milliseconds(at), rating, state_before, seconds)


_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def milliseconds(moment: datetime) -> int:
    """`moment` (timezone-aware) in whole milliseconds since the Unix epoch, rounded down."""
    return (moment - _EPOCH) // timedelta(milliseconds=1)


@dataclass
class ItemProgress:
    """Where one study item stands, and every answer that brought it there."""

    deck_id: str
    card_uid: str
    ordinal: int
    """The cloze number for a cloze card, 1 for a reversed basic card's second direction, else 0."""
    state: int | None = None
    step: int | None = None
    """The learning or relearning step reached (None in review)."""
    stability: float | None = None
    difficulty: float | None = None
    due: datetime | None = None
    last_review: datetime | None = None
    reviews: list[ReviewRecord] = field(default_factory=list)
    """Oldest first."""

    @property
    def key(self) -> tuple[str, str, int]:
        """(deck id, card id, ordinal): what progress follows."""
        return self.deck_id, self.card_uid, self.ordinal


def study_date(moment: datetime, day_start_hour: int = 4) -> date:
    """The local date of the study day holding `moment`: a study day starts at `day_start_hour`, as in Anki."""
    if moment.tzinfo is None:
        raise ValueError(f"datetime must be timezone-aware: {moment!r}")
    return (moment.astimezone() - timedelta(hours=day_start_hour)).date()


def day_start_of(day: date, day_start_hour: int = 4) -> datetime:
    """The UTC moment study day `day` starts (its local date at `day_start_hour`)."""
    local = datetime(day.year, day.month, day.day, day_start_hour).astimezone()
    return local.astimezone(timezone.utc)
