"""Bring a deck's cards into the store: add new items, record edits, hide removed cards.

Progress follows (deck id, card id, ordinal): an edited card keeps its state and
gets a new content hash; a card no longer in the deck keeps its history but is
marked removed, and returns with its progress if the card comes back.

A deck loaded from a file can be synced with a fingerprint of that file; the
store remembers it, and the next sync with the same fingerprint reads nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from quizgen import __version__
from quizgen.model import cloze
from quizgen.study.scheduler import to_micros
from quizgen.study.store import Store

if TYPE_CHECKING:
    from quizgen.model.cards import AnyCard


class StudyDeck(Protocol):
    """What syncing and studying need of a deck: a `Deck` is one; `deck_cache.CachedDeck`, which
    validates its cards only when they are asked for, is another (and a session reads its cards
    with its `plain_card()`, without pydantic)."""

    @property
    def id(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def cards(self) -> Sequence[AnyCard]: ...

    def card(self, uid: str) -> AnyCard:
        """The card with id `uid`; KeyError when there is none."""
        ...


@dataclass(frozen=True)
class SyncResult:
    """What a sync changed in the store for one deck."""

    added: int = 0
    edited: int = 0
    moved: int = 0
    removed: int = 0
    restored: int = 0

    @property
    def changed(self) -> bool:
        """Whether anything was written."""
        return any((self.added, self.edited, self.moved, self.removed, self.restored))


def deck_items(deck: StudyDeck) -> Iterator[tuple[AnyCard, int, int]]:
    """(card, ordinal, position) of every study item of `deck`, in deck order."""
    for position, card in enumerate(deck.cards):
        for ordinal in card.study_items():
            yield card, ordinal, position


def display_prompt(card: AnyCard, ordinal: int) -> str:
    """The prompt of one study item as a learner sees it (a cloze number hidden as [...], a reversed card's back)."""
    if card.type == "cloze":
        return cloze.render(card.text, ordinal)
    if card.type == "basic":
        return card.sides(ordinal)[0]
    return str(card.prompt())


Key = tuple[str, int]
"""A study item of a deck: (card id, ordinal)."""
Wanted = tuple[int, str, str, str]
"""What a sync writes of an item: (position, card type, prompt, content hash)."""
Stored = tuple[int, str, str, str, int]
"""What the store has of an item: (position, card type, prompt, content hash, removed)."""

SYNC_FORMAT = 1
"""Version of what a sync writes (positions, prompts, content hashes); bump it when that changes,
so that fingerprints recorded by an older quizgen no longer match."""


def sync_deck(
    store: Store, deck: StudyDeck, now: datetime, fingerprint: str | None = None, *, remove_missing: bool = True
) -> SyncResult:
    """Update the store's items of `deck`; writes only when something changed.

    `fingerprint` names the deck's exact content, such as the SHA-256 of the file it was loaded
    from. When the deck was last synced with the same fingerprint, nothing is read or compared.
    With `remove_missing` off, items the deck lacks are left as they are (an import of some of a
    deck's cards adds and updates those, and touches no other).
    """
    tag = None if fingerprint is None else f"{SYNC_FORMAT}/{__version__}:{fingerprint}"
    if tag is not None:
        with store.read() as conn:
            if _fingerprint(conn, deck.id) == tag:
                return SyncResult()
    wanted: dict[Key, Wanted] = {
        (card.uid, ordinal): (position, card.type, display_prompt(card, ordinal), card.content_hash())
        for card, ordinal, position in deck_items(deck)
    }
    with store.read() as conn:
        existing = _existing(conn, deck.id)
        title_row = conn.execute("SELECT title FROM decks WHERE deck_id = ?", (deck.id,)).fetchone()
        recorded = _fingerprint(conn, deck.id)
    if not remove_missing:
        existing = {key: row for key, row in existing.items() if key in wanted}
        tag = None  # the store's items may now differ from this deck's
    if not _plan(wanted, existing).changed and title_row is not None and title_row[0] == deck.title:
        if tag is not None and recorded != tag:
            with store.write() as conn:
                _record(conn, deck.id, tag)
        return SyncResult()
    with store.write() as conn:
        existing = _existing(conn, deck.id)  # re-read inside the write lock: another process may have synced
        if not remove_missing:
            existing = {key: row for key, row in existing.items() if key in wanted}
        result = _plan(wanted, existing)
        conn.execute(
            "INSERT INTO decks (deck_id, title, synced_at) VALUES (?, ?, ?)"
            " ON CONFLICT (deck_id) DO UPDATE SET title = excluded.title, synced_at = excluded.synced_at",
            (deck.id, deck.title, to_micros(now)),
        )
        upserts = [
            (deck.id, uid, ordinal, *values)
            for (uid, ordinal), values in wanted.items()
            if existing.get((uid, ordinal)) != (*values, 0)
        ]
        conn.executemany(
            "INSERT INTO items (deck_id, card_uid, ordinal, position, card_type, prompt, content_hash, removed)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, 0)"
            " ON CONFLICT (deck_id, card_uid, ordinal) DO UPDATE SET position = excluded.position,"
            " card_type = excluded.card_type, prompt = excluded.prompt,"
            " content_hash = excluded.content_hash, removed = 0",
            upserts,
        )
        gone = [
            (deck.id, uid, ordinal)
            for (uid, ordinal), row in existing.items()
            if (uid, ordinal) not in wanted and not row[4]
        ]
        conn.executemany(
            "UPDATE items SET removed = 1 WHERE deck_id = ? AND card_uid = ? AND ordinal = ?",
            gone,
        )
        _record(conn, deck.id, tag)
    return result


def _fingerprint(conn: sqlite3.Connection, deck_id: str) -> str | None:
    row = conn.execute("SELECT fingerprint FROM deck_fingerprints WHERE deck_id = ?", (deck_id,)).fetchone()
    return None if row is None else str(row[0])


def _record(conn: sqlite3.Connection, deck_id: str, tag: str | None) -> None:
    """Remember which content the deck's items now match; forget it when that is unknown."""
    if tag is None:
        conn.execute("DELETE FROM deck_fingerprints WHERE deck_id = ?", (deck_id,))
    else:
        conn.execute(
            "INSERT INTO deck_fingerprints (deck_id, fingerprint) VALUES (?, ?)"
            " ON CONFLICT (deck_id) DO UPDATE SET fingerprint = excluded.fingerprint",
            (deck_id, tag),
        )


def _existing(conn: sqlite3.Connection, deck_id: str) -> dict[Key, Stored]:
    rows = conn.execute(
        "SELECT card_uid, ordinal, position, card_type, prompt, content_hash, removed FROM items WHERE deck_id = ?",
        (deck_id,),
    )
    return {(uid, ordinal): tuple(rest) for uid, ordinal, *rest in rows}


def _plan(wanted: dict[Key, Wanted], existing: dict[Key, Stored]) -> SyncResult:
    added = edited = moved = removed = restored = 0
    for key, (position, kind, prompt, digest) in wanted.items():
        row = existing.get(key)
        if row is None:
            added += 1
            continue
        old_position, old_kind, old_prompt, old_digest, was_removed = row
        if was_removed:
            restored += 1
        if old_digest != digest or old_kind != kind or old_prompt != prompt:
            edited += 1
        elif old_position != position:
            moved += 1
    removed = sum(1 for key, row in existing.items() if key not in wanted and not row[4])
    return SyncResult(added, edited, moved, removed, restored)
