"""What the app studies: the deck files it was given, the progress store, and sessions over them."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from quizgen.deckio import seen
from quizgen.deckio.cache import CachedDeck, open_cached
from quizgen.deckio.deckfiles import Checked, deck_files
from quizgen.errors import Problem
from quizgen.study import DeckCounts, SchedulerSettings, Session, Store
from quizgen.study.settings import utc_now
from quizgen.study.sync import StudyDeck

Clock = Callable[[], datetime]


class Library:
    """The decks found in the given paths (good and bad), and the store their progress goes to."""

    def __init__(
        self,
        paths: Sequence[str | Path],
        store: Store,
        *,
        cram: bool = False,
        new_per_day: int | None = None,
        reviews_per_day: int | None = None,
        clock: Clock | None = None,
        settings: SchedulerSettings | None = None,
        reviewed_only: bool = False,
    ) -> None:
        self.paths = [Path(p) for p in paths]
        self.reviewed_only = reviewed_only
        """Leave out the generated cards no one has reviewed (`quizgen study --reviewed-only`)."""
        self.store = store
        self.cram = cram
        self.clock: Clock = clock or utc_now
        self.settings = settings or SchedulerSettings()
        if new_per_day is not None:
            self.settings = dataclasses.replace(self.settings, new_per_day=new_per_day)
        if reviews_per_day is not None:
            self.settings = dataclasses.replace(self.settings, reviews_per_day=reviews_per_day)
        self.decks: list[StudyDeck] = []
        """The good decks: cached ones validate each card when a session first shows it."""
        self.fingerprints: dict[str, str] = {}
        """The SHA-256 of each good deck's file: an unchanged deck is not synced card by card again."""
        self.broken: list[Checked] = []
        self._seen: dict[str, str] = {}  # deck id -> the file that has it
        for path in deck_files(self.paths):
            self._add(open_cached(path))

    def _add(self, found: CachedDeck | Checked) -> None:
        """Keep a good deck; list a broken one, or one whose id an earlier deck has."""
        if isinstance(found, CachedDeck):
            deck: StudyDeck = found
        elif found.deck is not None:
            deck = found.deck
        else:
            self.broken.append(found)
            return
        if deck.id in self._seen:
            message = f"deck id '{deck.id}' is also used by {self._seen[deck.id]}; give each deck its own id"
            self.broken.append(Checked(found.path, None, [Problem(found.path, message, 1, 1)]))
            return
        self._seen[deck.id] = found.path
        self.decks.append(self._filtered(deck))
        if found.digest is not None:
            self.fingerprints[deck.id] = self._fingerprint(found.digest)

    def _filtered(self, deck: StudyDeck) -> StudyDeck:
        """`deck`, without its unreviewed generated cards when only reviewed cards are studied."""
        if not self.reviewed_only:
            return deck
        from quizgen.model.review import reviewed_only

        full = deck.deck if isinstance(deck, CachedDeck) else deck
        return reviewed_only(full)  # type: ignore[arg-type]

    def _fingerprint(self, digest: str) -> str:
        """The name of a deck's content as studied: its file's hash, and whether unreviewed cards are left out."""
        return f"{digest}+reviewed-only" if self.reviewed_only else digest

    @property
    def single_deck(self) -> StudyDeck | None:
        """The deck to study at once: the only one, when a single deck file was given."""
        if len(self.paths) == 1 and self.paths[0].is_file() and len(self.decks) == 1:
            return self.decks[0]
        return None

    def folder(self, deck_id: str) -> Path:
        """The folder of the deck file with id `deck_id`: where its media paths start."""
        path = self._seen.get(deck_id)
        return Path(path).parent if path is not None else Path.cwd()

    def deck(self, deck_id: str) -> StudyDeck:
        """The loaded deck with id `deck_id`."""
        return next(d for d in self.decks if d.id == deck_id)

    def current(self, deck: StudyDeck) -> StudyDeck | Checked:
        """`deck` as its file is now: loaded again if the file changed since (a Checked when it now has errors).

        A running session keeps the deck it started with; the next session studies the edited file.
        """
        path, known = self._seen.get(deck.id), self.fingerprints.get(deck.id)
        if path is None or known is None or self._fingerprint(seen.digest_of(path) or "") == known:
            return deck  # (a file whose stat is unchanged since it was hashed is not read again)
        found = open_cached(path)
        if isinstance(found, CachedDeck):
            fresh: StudyDeck = found
        elif found.deck is not None:
            fresh = found.deck
        else:
            return found
        if fresh.id != deck.id:
            message = f"its deck id changed to '{fresh.id}'; start quizgen study again to study it"
            return Checked(path, None, [Problem(path, message, 1, 1)])
        fresh = self._filtered(fresh)
        self.decks = [fresh if d.id == deck.id else d for d in self.decks]
        if found.digest is not None:
            self.fingerprints[deck.id] = self._fingerprint(found.digest)
        return fresh

    def note_broken(self, checked: Checked) -> None:
        """Remember that the deck file `checked.path` now has the problems in `checked`."""
        self.broken = [c for c in self.broken if c.path != checked.path] + [checked]

    def session(self, decks: Sequence[StudyDeck]) -> Session:
        """A new study session over `decks`."""
        return Session.open(
            self.store,
            list(decks),
            settings=self.settings,
            cram=self.cram,
            now=self.clock,
            fingerprints=self.fingerprints,
        )

    def counts(self) -> dict[str, DeckCounts]:
        """New, learning and due counts of every good deck, read from the store."""
        decks = [d for d in map(self.current, list(self.decks)) if not isinstance(d, Checked)]
        if not decks:
            return {}
        overview = Session.open(
            self.store, decks, settings=self.settings, now=self.clock, fingerprints=self.fingerprints
        )
        return {deck.id: overview.counts(deck.id) for deck in decks}

    def close(self) -> None:
        """Close the store."""
        self.store.close()
