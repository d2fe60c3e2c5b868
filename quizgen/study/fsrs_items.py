"""Review histories in the form Anki's FSRS engine (`fsrs_rs_python`) reads them, and what it computes from them.

FSRS counts time between reviews in study days: the answers of one study day (which starts at
the day start hour, 4 a.m. by default, as in Anki) are 0 days apart. `fsrs_rs_python` is the
Rust FSRS that Anki itself runs, so a memory state computed here is the one Anki computes from
the same review log.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import fsrs_rs_python as fsrs_rs

from quizgen.study.settings import SchedulerSettings, study_date

DEFAULT_PARAMETERS: tuple[float, ...] = tuple(fsrs_rs.DEFAULT_PARAMETERS)
"""FSRS-6's default parameters (the same as py-fsrs's)."""


@dataclass(frozen=True)
class Answer:
    """One answer of a history: when, and its rating (1 to 4)."""

    at: datetime
    rating: int


def day_gaps(answers: Sequence[Answer], settings: SchedulerSettings) -> list[int]:
    """The study days between each answer of `answers` (oldest first) and the one before (0 for the first)."""
    days = [study_date(answer.at, settings) for answer in answers]
    return [0] + [(later - earlier).days for earlier, later in zip(days, days[1:], strict=False)]


def fsrs_reviews(answers: Sequence[Answer], settings: SchedulerSettings) -> list[fsrs_rs.FSRSReview]:
    """`answers` (oldest first) as FSRS reviews, each with the study days since the one before."""
    gaps = day_gaps(answers, settings)
    return [fsrs_rs.FSRSReview(answer.rating, gap) for answer, gap in zip(answers, gaps, strict=True)]


def training_items(histories: Sequence[Sequence[Answer]], settings: SchedulerSettings) -> list[fsrs_rs.FSRSItem]:
    """The items the optimizer fits on: for each history, each prefix ending on a later day than the review
    before it (as Anki builds them from its review log)."""
    items = []
    for answers in histories:
        reviews = fsrs_reviews(answers, settings)
        for end, gap in enumerate(day_gaps(answers, settings)):
            if end and gap > 0:
                items.append(fsrs_rs.FSRSItem(reviews[: end + 1]))
    return items


def memory_state(
    answers: Sequence[Answer],
    settings: SchedulerSettings,
    parameters: Sequence[float] | None = None,
    sm2: tuple[float, float] | None = None,
) -> tuple[float, float] | None:
    """(stability, difficulty) after `answers`, as Anki computes it; None when there is nothing to compute from.

    `sm2` is an SM-2 card's (ease, interval in days), which is all there is to go on when `answers` is
    empty (a card whose log was cleared or cut short: see `history.apply_progress`).
    """
    model = fsrs_rs.FSRS(list(parameters or DEFAULT_PARAMETERS))
    if answers:
        state = model.memory_state(fsrs_rs.FSRSItem(fsrs_reviews(answers, settings)))
    elif sm2 is not None and sm2[0] > 0 and sm2[1] > 0:
        state = model.memory_state_from_sm2(sm2[0], sm2[1], settings.desired_retention)
    else:
        return None
    return state.stability, state.difficulty
