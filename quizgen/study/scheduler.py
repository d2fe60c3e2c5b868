"""A thin wrapper over the `fsrs` package: item states to and from store rows, and one review.

Answers are rated with fsrs's own `Rating` (Again 1, Hard 2, Good 3, Easy 4); the store keeps its number.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from fsrs import Card, Rating, Scheduler, State

from quizgen.study.settings import SchedulerSettings, utc

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def to_micros(moment: datetime) -> int:
    """A UTC datetime as integer microseconds since the Unix epoch (exact)."""
    delta = utc(moment) - EPOCH
    return (delta.days * 86400 + delta.seconds) * 1_000_000 + delta.microseconds


def from_micros(micros: int) -> datetime:
    """The UTC datetime of `micros` microseconds since the Unix epoch."""
    return EPOCH + timedelta(microseconds=micros)


@dataclass(frozen=True)
class ItemState:
    """The FSRS memory state of one study item; `state` None means never reviewed."""

    state: State | None = None
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: datetime | None = None
    last_review: datetime | None = None

    def to_row(self) -> tuple[int | None, int | None, float | None, float | None, int | None, int | None]:
        """The store columns (state, step, stability, difficulty, due, last_review)."""
        return (
            None if self.state is None else int(self.state),
            self.step,
            self.stability,
            self.difficulty,
            None if self.due is None else to_micros(self.due),
            None if self.last_review is None else to_micros(self.last_review),
        )

    @classmethod
    def from_row(cls, row: tuple | list) -> ItemState:  # type: ignore[type-arg]
        """The state from store columns (state, step, stability, difficulty, due, last_review)."""
        state, step, stability, difficulty, due, last = row
        return cls(
            state=None if state is None else State(state),
            step=step,
            stability=stability,
            difficulty=difficulty,
            due=None if due is None else from_micros(due),
            last_review=None if last is None else from_micros(last),
        )

    def to_card(self, card_id: int, now: datetime) -> Card:
        """The fsrs Card of this state (a fresh learning card when new)."""
        if self.state is None:
            return Card(card_id=card_id, due=utc(now))
        return Card.from_dict(
            {
                "card_id": card_id,
                "state": int(self.state),
                "step": self.step,
                "stability": self.stability,
                "difficulty": self.difficulty,
                "due": utc(self.due or now).isoformat(),
                "last_review": None if self.last_review is None else utc(self.last_review).isoformat(),
            }
        )

    @classmethod
    def from_card(cls, card: Card) -> ItemState:
        """The state of an fsrs Card, through its own serialisation."""
        data = card.to_dict()
        last = data["last_review"]
        return cls(
            state=State(data["state"]),
            step=data["step"],
            stability=data["stability"],
            difficulty=data["difficulty"],
            due=utc(datetime.fromisoformat(data["due"])),
            last_review=None if last is None else utc(datetime.fromisoformat(last)),
        )


def make_scheduler(settings: SchedulerSettings, parameters: Sequence[float] | None = None) -> Scheduler:
    """The fsrs Scheduler configured by `settings`, with FSRS `parameters` (None: fsrs's defaults)."""
    extra = {} if parameters is None else {"parameters": tuple(parameters)}
    return Scheduler(
        **extra,  # type: ignore[arg-type]
        desired_retention=settings.desired_retention,
        learning_steps=settings.learning_steps,
        relearning_steps=settings.relearning_steps,
        maximum_interval=settings.maximum_interval,
        enable_fuzzing=settings.fuzz,
    )


def as_rating(value: int) -> Rating:
    """`value` (a Rating or its number) as a Rating; ValueError when it is not one of the four."""
    if value not in (1, 2, 3, 4):
        raise ValueError(f"rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), not {value!r}")
    return Rating(value)


def review(scheduler: Scheduler, before: ItemState, rating: Rating, at: datetime, card_id: int = 0) -> ItemState:
    """The state after answering `rating` at `at`, starting from `before`."""
    grade = as_rating(rating)
    moment = utc(at)
    card, _log = scheduler.review_card(before.to_card(card_id, moment), grade, review_datetime=moment)
    return ItemState.from_card(card)
