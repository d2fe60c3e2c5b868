"""The progress half of `quizgen import anki --with-progress`: an imported package's scheduling into the store."""

from __future__ import annotations

from quizgen.exchange.anki.import_apkg import ImportResult


def import_progress(result: ImportResult, store_path: str | None) -> str:
    """Bring the progress of `result`'s cards into the store at `store_path`; the line that says what changed."""
    from quizgen.exchange.anki.import_progress import package_progress
    from quizgen.exchange.anki.scheduling import Steps
    from quizgen.study.history import apply_progress
    from quizgen.study.settings import SchedulerSettings, utc_now
    from quizgen.study.store import Store
    from quizgen.study.sync import sync_deck

    settings = SchedulerSettings()
    steps = Steps(len(settings.learning_steps), len(settings.relearning_steps))
    found = package_progress(result, steps)
    with Store.open(store_path) as store:
        now = utc_now()
        for deck in result.decks:
            sync_deck(store, deck, now)
        report = apply_progress(store, found.items, settings, found.sm2)
    line = (
        f"progress into {store.path}: {report.items} {_cards(report.items)} scheduled as in Anki, "
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


def _cards(count: int) -> str:
    return "card" if count == 1 else "cards"
