"""What the app studies: the deck files it was given, the progress store, and sessions over them."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from pathlib import Path

from quizgen.deck_cache import check_cached
from quizgen.errors import Problem
from quizgen.loader import Checked, deck_files
from quizgen.model import Deck
from quizgen.study import DeckCounts, SchedulerSettings, Session, Store

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The current time, UTC-aware."""
    return datetime.now(timezone.utc)


class Library:
    """The decks found in the given paths (good and bad), and the store their progress goes to."""

    def __init__(
        self,
        paths: Sequence[str | Path],
        store: Store,
        *,
        cram: bool = False,
        new_per_day: int | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.paths = [Path(p) for p in paths]
        self.store = store
        self.cram = cram
        self.clock: Clock = clock or utc_now
        self.settings = SchedulerSettings()
        if new_per_day is not None:
            self.settings = dataclasses.replace(self.settings, new_per_day=new_per_day)
        self.checked: list[Checked] = [check_cached(path) for path in deck_files(self.paths)]
        self.decks: list[Deck] = []
        self.fingerprints: dict[str, str] = {}
        """The SHA-256 of each good deck's file: an unchanged deck is not synced card by card again."""
        self.broken: list[Checked] = []
        self._sort()
        self._counts: dict[str, DeckCounts] = {}

    def _sort(self) -> None:
        seen: dict[str, str] = {}
        for checked in self.checked:
            deck = checked.deck
            if deck is None:
                self.broken.append(checked)
            elif deck.id in seen:
                message = f"deck id '{deck.id}' is also used by {seen[deck.id]}; give each deck its own id"
                self.broken.append(Checked(checked.path, None, [Problem(checked.path, message, 1, 1)]))
            else:
                seen[deck.id] = checked.path
                self.decks.append(deck)
                if checked.digest is not None:
                    self.fingerprints[deck.id] = checked.digest

    @property
    def single_deck(self) -> Deck | None:
        """The deck to study at once: the only one, when a single deck file was given."""
        if len(self.paths) == 1 and self.paths[0].is_file() and len(self.decks) == 1:
            return self.decks[0]
        return None

    def deck(self, deck_id: str) -> Deck:
        """The loaded deck with id `deck_id`."""
        return next(d for d in self.decks if d.id == deck_id)

    def session(self, decks: Sequence[Deck]) -> Session:
        """A new study session over `decks`."""
        return Session(
            self.store,
            list(decks),
            settings=self.settings,
            cram=self.cram,
            now=self.clock,
            fingerprints=self.fingerprints,
        )

    def counts(self) -> dict[str, DeckCounts]:
        """New, learning and due counts of every good deck, read from the store."""
        if not self.decks:
            return {}
        overview = Session(
            self.store, self.decks, settings=self.settings, now=self.clock, fingerprints=self.fingerprints
        )
        self._counts = {deck.id: overview.counts(deck.id) for deck in self.decks}
        return self._counts

    def close(self) -> None:
        """Close the store."""
        self.store.close()
