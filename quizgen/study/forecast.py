"""How many study items come due on each of the next days: the due forecast."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from quizgen.study.scheduler import to_micros
from quizgen.study.settings import SchedulerSettings, day_start, utc_now
from quizgen.study.store import Store

DAYS = 30
"""How many days the forecast covers, today included."""


def due_forecast(
    store: Store,
    deck_ids: Sequence[str],
    now: datetime | None = None,
    settings: SchedulerSettings | None = None,
    days: int = DAYS,
) -> list[int]:
    """Items of `deck_ids` due on each study day from today; today's count includes overdue items.

    New items that were never studied are not counted: they have no due date yet.
    """
    settings = settings or SchedulerSettings()
    now = now or utc_now()
    if not deck_ids:
        return [0] * days
    bounds = [to_micros(day_start(now, settings, offset=n)) for n in range(1, days + 1)]
    marks = ",".join("?" * len(deck_ids))
    with store.read() as conn:
        dues = conn.execute(
            f"SELECT due FROM items WHERE deck_id IN ({marks}) AND state IS NOT NULL AND removed = 0"
            " AND due IS NOT NULL AND due < ?",
            (*deck_ids, bounds[-1]),
        ).fetchall()
    counts = [0] * days
    for (due,) in dues:
        counts[next(i for i, end in enumerate(bounds) if due < end)] += 1
    return counts
