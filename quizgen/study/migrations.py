"""The store's schema, as registered migrations recorded in the `migrations` table.

Each migration moves the schema from version N-1 to N. A store records every
migration applied to it; a store whose highest version is above the highest
registered here was written by a newer quizgen and is refused.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    """One step of the schema: its version, a short name and the SQL that applies it."""

    version: int
    name: str
    apply: Callable[[sqlite3.Connection], None]


MIGRATIONS: list[Migration] = []
"""Every migration, in version order."""


def migration(version: int, name: str) -> Callable[[Callable[[sqlite3.Connection], None]], Callable]:
    """Register the decorated function as the migration to `version`."""

    def register(fn: Callable[[sqlite3.Connection], None]) -> Callable[[sqlite3.Connection], None]:
        if version != len(MIGRATIONS) + 1:
            raise RuntimeError(f"migration {version} registered out of order")
        MIGRATIONS.append(Migration(version, name, fn))
        return fn

    return register


def execute_each(conn: sqlite3.Connection, *statements: str) -> None:
    """Run `statements` in order, in the open transaction: one SQL statement each.

    Unlike `executescript()`, this never commits the transaction first, and no script is split on
    `;`, so a `;` inside a string literal or a trigger body is safe. `execute()` refuses a string
    that holds more than one statement.
    """
    for statement in statements:
        conn.execute(statement)


@migration(1, "items, reviews and practice")
def _v1(conn: sqlite3.Connection) -> None:
    # Times are integer microseconds since the Unix epoch, UTC: exact and quick to compare.
    execute_each(
        conn,
        """CREATE TABLE decks (
            deck_id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            synced_at INTEGER NOT NULL
        )""",
        """CREATE TABLE items (
            id INTEGER PRIMARY KEY,
            deck_id TEXT NOT NULL,
            card_uid TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            position INTEGER NOT NULL,
            card_type TEXT NOT NULL,
            prompt TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            reviewed_hash TEXT,
            removed INTEGER NOT NULL DEFAULT 0,
            state INTEGER,
            step INTEGER,
            stability REAL,
            difficulty REAL,
            due INTEGER,
            last_review INTEGER,
            introduced INTEGER,
            UNIQUE (deck_id, card_uid, ordinal)
        )""",
        "CREATE INDEX items_scheduled ON items (deck_id, state, due) WHERE removed = 0",
        "CREATE INDEX items_new ON items (deck_id, position, ordinal) WHERE state IS NULL AND removed = 0",
        "CREATE INDEX items_introduced ON items (deck_id, introduced) WHERE introduced IS NOT NULL",
        "CREATE INDEX items_last_review ON items (deck_id, last_review)",
        """CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES items (id),
            deck_id TEXT NOT NULL,
            reviewed_at INTEGER NOT NULL,
            rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
            state_before INTEGER,
            given TEXT,
            auto INTEGER NOT NULL,
            duration REAL
        )""",
        "CREATE INDEX reviews_item ON reviews (item_id, reviewed_at)",
        "CREATE INDEX reviews_deck ON reviews (deck_id, reviewed_at, state_before, rating)",
        """CREATE TABLE practice (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES items (id),
            deck_id TEXT NOT NULL,
            reviewed_at INTEGER NOT NULL,
            rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
            given TEXT,
            auto INTEGER NOT NULL,
            duration REAL
        )""",
        "CREATE INDEX practice_item ON practice (item_id, reviewed_at)",
        "CREATE INDEX practice_deck ON practice (deck_id, reviewed_at)",
    )


@migration(2, "deck fingerprints")
def _v2(conn: sqlite3.Connection) -> None:
    # The fingerprint of the deck content an items table was last synced with (for example its
    # file's hash): a deck synced again with the same fingerprint needs no comparison card by card.
    conn.execute("CREATE TABLE deck_fingerprints (deck_id TEXT PRIMARY KEY, fingerprint TEXT NOT NULL)")


@migration(3, "buried items")
def _v3(conn: sqlite3.Connection) -> None:
    # An item buried (a sibling of the item just answered, with nothing else left to show) stays out
    # of the queue until this time: the start of the next study day.
    conn.execute("ALTER TABLE items ADD COLUMN buried_until INTEGER")


@migration(4, "personal parameters")
def _v4(conn: sqlite3.Connection) -> None:
    # FSRS parameters fitted to the review log (`quizgen optimize`): for one deck, or for every deck
    # without its own ('' as the deck id). `weights` is a JSON list of numbers.
    conn.execute(
        """CREATE TABLE parameters (
            deck_id TEXT PRIMARY KEY,
            weights TEXT NOT NULL,
            reviews INTEGER NOT NULL,
            log_loss_before REAL NOT NULL,
            log_loss_after REAL NOT NULL,
            fitted_at INTEGER NOT NULL
        )"""
    )


SCHEMA_VERSION = MIGRATIONS[-1].version
"""The schema version this quizgen writes."""


def create_table(conn: sqlite3.Connection) -> None:
    """Create the table that records applied migrations, if it is missing."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )


def applied_version(conn: sqlite3.Connection) -> int:
    """The highest migration recorded in the store (0 when none)."""
    row = conn.execute("SELECT MAX(version) FROM migrations").fetchone()
    return int(row[0] or 0)


def migrate(conn: sqlite3.Connection, upto: int | None = None) -> list[int]:
    """Apply, in the open transaction, each registered migration the store lacks; returns their versions."""
    create_table(conn)
    current = applied_version(conn)
    done = []
    for step in MIGRATIONS:
        if step.version <= current or (upto is not None and step.version > upto):
            continue
        step.apply(conn)
        conn.execute(
            "INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ'))",
            (step.version, step.name),
        )
        done.append(step.version)
    if done:
        conn.execute(f"PRAGMA user_version = {done[-1]}")
    return done
