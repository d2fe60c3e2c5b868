"""The progress half of `quizgen import anki --with-progress`: an imported package's scheduling into the store.

The progress is read and the store opened before any deck file is written, so a damaged review
log or an unusable store stops the import with nothing written.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from quizgen.exchange.anki.import_apkg import ImportResult

if TYPE_CHECKING:
    from quizgen.exchange.anki.import_progress import PackageProgress
    from quizgen.exchange.anki.scheduling import Steps
    from quizgen.study.store import Store


@contextmanager
def progress_import(result: ImportResult, store_path: str | None) -> Iterator[Apply]:
    """Read the progress of `result`'s cards and open the store; the block writes the decks, then calls
    the `Apply` given, which brings the progress into the store and returns the line that says what changed."""
    from quizgen.exchange.anki.import_progress import package_progress
    from quizgen.study.store import Store

    found = package_progress(result, anki_steps())
    with Store.open(store_path) as store:
        yield Apply(result, found, store)


class Apply:
    """Brings read progress into an open store (see `progress_import`)."""

    def __init__(self, result: ImportResult, found: PackageProgress, store: Store) -> None:
        self.result, self.found, self.store = result, found, store

    def __call__(self) -> str:
        from quizgen.study.history import apply_progress
        from quizgen.study.settings import SchedulerSettings, utc_now
        from quizgen.study.sync import sync_deck

        now = utc_now()
        for deck in self.result.decks:
            sync_deck(self.store, deck, now, remove_missing=False)
        report = apply_progress(self.store, self.found.items, SchedulerSettings(), self.found.sm2)
        line = (
            f"progress into {self.store.path}: {report.items} {_cards(report.items)} scheduled as in Anki, "
            f"{report.reviews} {'review' if report.reviews == 1 else 'reviews'} added"
        )
        if report.missing:
            line += f"; {report.missing} {_cards(report.missing)} not in the decks left out"
        if report.computed:
            states = "state" if report.computed == 1 else "states"
            line += f"; {report.computed} memory {states} computed from the review log"
        if report.kept:
            line += f"; {report.kept} {_cards(report.kept)} left as they were (the store's progress is as recent)"
        return line


def anki_steps() -> Steps:
    """What Anki's learning cards need of the study settings quizgen schedules with."""
    from quizgen.exchange.anki.scheduling import Steps
    from quizgen.study.settings import SchedulerSettings

    settings = SchedulerSettings()
    learning, relearning = len(settings.learning_steps), len(settings.relearning_steps)
    return Steps(learning, relearning, settings.desired_retention, settings.day_start_hour)


def _cards(count: int) -> str:
    return "card" if count == 1 else "cards"
