"""The progress store: one SQLite file in WAL mode holding item states and the review log.

Every write is a short `BEGIN IMMEDIATE` transaction, so two processes studying
with the same store wait for each other (busy timeout, then retries) instead of
failing with "database is locked". Nothing is written to a file that is not a
quizgen store, or that comes from a newer quizgen.
"""

from __future__ import annotations

import sqlite3
import stat
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TypeVar
from urllib.parse import quote

from quizgen.errors import StoreError
from quizgen.inputs import kind_of
from quizgen.study import filecheck, migrations
from quizgen.study.paths import default_store_path

APPLICATION_ID = 0x517A676E
"""Written in the SQLite header (`PRAGMA application_id`) so a store is recognised as quizgen's."""
BUSY_TIMEOUT = 10.0
"""Seconds SQLite waits for another process's write to finish."""
LOCK_RETRIES = 6
"""How many more times a write is tried after the busy timeout ran out."""

T = TypeVar("T")


class Store:
    """An open progress store. Use `Store.open(path)`; close it, or use it as a context manager."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = conn
        self._lock = threading.RLock()

    @classmethod
    def open(cls, path: str | Path | None = None, *, create: bool = True) -> Store:
        """Open the store at `path` (`default_store_path()` when None), creating it unless `create` is False."""
        target = Path(path).expanduser() if path is not None else default_store_path()
        _refuse_special(target)
        if not create and not target.exists():
            raise StoreError(f"{target}: no progress store here yet; study a deck first (quizgen study DECK)")
        why = filecheck.problem(target)
        if why:
            raise StoreError(f"{target}: {why}, not a quizgen progress store; nothing was changed")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{target}: cannot create its folder ({exc.strerror or exc})") from None
        if not filecheck.writable(target):
            raise StoreError(f"{target}: is read-only; check the permissions of the file and its folder")
        try:
            conn = sqlite3.connect(str(target), timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"{target}: cannot be opened ({exc})") from None
        store = cls(target, conn)
        try:
            store._prepare()
        except BaseException:
            conn.close()
            raise
        return store

    @classmethod
    def open_read_only(cls, path: str | Path | None = None) -> Store:
        """Open the store at `path` to read it, writing and creating nothing: no schema, no log files.

        An empty file or one that holds no progress is refused, as is anything but a regular file.
        When no other program has the store open (no `-wal` and `-shm` beside it) it is opened
        immutable, the one read-only way in which SQLite creates no files beside it; otherwise
        the existing log files are read with the store.
        """
        target = Path(path).expanduser() if path is not None else default_store_path()
        _refuse_special(target)
        if not target.exists():
            raise StoreError(f"{target}: no progress store here yet; study a deck first (quizgen study DECK)")
        if target.stat().st_size == 0:
            raise StoreError(f"{target}: is empty, not a quizgen progress store; study a deck first, or check the path")
        why = filecheck.problem(target)
        if why:
            raise StoreError(f"{target}: {why}, not a quizgen progress store; nothing was changed")
        shared = Path(f"{target}-wal").exists() and Path(f"{target}-shm").exists()
        uri = f"file:{quote(str(target.absolute()))}?" + ("mode=ro" if shared else "immutable=1")
        try:
            conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"{target}: cannot be opened ({exc})") from None
        store = cls(target, conn)
        try:
            if store._identify() == 0:
                raise StoreError(f"{target}: holds no progress yet, not a quizgen progress store; check the path")
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(
                f"{target}: is damaged or not a quizgen progress store ({exc}); nothing was changed"
            ) from None
        except BaseException:
            conn.close()
            raise
        return store

    def _prepare(self) -> None:
        conn = self.connection
        try:
            version = self._identify()
            if version < migrations.SCHEMA_VERSION:
                _retry(lambda: conn.execute("PRAGMA journal_mode = WAL"), self.path)
                with self.write():
                    if self._identify() < migrations.SCHEMA_VERSION:
                        migrations.migrate(conn)
                        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            mode = _retry(lambda: conn.execute("PRAGMA journal_mode = WAL").fetchone()[0], self.path)
            if str(mode).lower() != "wal":
                raise StoreError(f"{self.path}: cannot use write-ahead logging here (journal mode {mode})")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.OperationalError as exc:
            if _is_busy(exc):
                raise StoreError(f"{self.path}: is locked by another program; try again") from None
            raise StoreError(f"{self.path}: cannot be opened ({exc}); nothing was changed") from None
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{self.path}: is damaged or not a quizgen progress store ({exc}); nothing was changed"
            ) from None

    def _identify(self) -> int:
        """The store's schema version (0 for an empty database); refuses foreign and newer files."""
        conn = self.connection
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if not tables and app_id in (0, APPLICATION_ID):
            return 0
        if app_id != APPLICATION_ID or "migrations" not in tables:
            raise StoreError(
                f"{self.path}: is a SQLite database but not a quizgen progress store; "
                "nothing was changed (choose another file with --store or QUIZGEN_STORE)"
            )
        version = migrations.applied_version(conn)
        if version > migrations.SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: was written by a newer quizgen (store schema {version}, this quizgen "
                f"knows up to {migrations.SCHEMA_VERSION}); upgrade quizgen to use it. Nothing was changed"
            )
        return version

    @property
    def connection(self) -> sqlite3.Connection:
        """The SQLite connection (autocommit; use `read()` and `write()` for transactions)."""
        if self._conn is None:
            raise StoreError(f"{self.path}: the store is closed")
        return self._conn

    @property
    def schema_version(self) -> int:
        """The schema version of the open store."""
        with self.read() as conn:
            return migrations.applied_version(conn)

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot for several queries: a deferred transaction, ended after the block."""
        with self._lock:
            conn = self.connection
            try:
                conn.execute("BEGIN")
                yield conn
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"{self.path}: cannot read progress: {explain(exc)}") from None
            except WRONG_VALUE as exc:
                raise StoreError(damaged(self.path, exc)) from None
            finally:
                self._rollback()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (`BEGIN IMMEDIATE` ... `COMMIT`); rolled back if the block raises."""
        with self._lock:
            conn = self.connection
            _retry(lambda: conn.execute("BEGIN IMMEDIATE"), self.path)
            try:
                yield conn
                _retry(lambda: conn.execute("COMMIT"), self.path)
            except sqlite3.DatabaseError as exc:
                self._rollback()
                raise StoreError(f"{self.path}: cannot save progress: {explain(exc)}") from None
            except WRONG_VALUE as exc:
                self._rollback()
                raise StoreError(damaged(self.path, exc)) from None
            except BaseException:
                self._rollback()
                raise

    def _rollback(self) -> None:
        conn = self._conn
        if conn is not None and conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass

    def close(self) -> None:
        """Close the store; later use raises StoreError."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"


_ADVICE = {
    sqlite3.SQLITE_FULL: "Free some space on the disk, then try again; progress saved before is kept",
    sqlite3.SQLITE_READONLY: "Check the permissions of the file, its folder and the disk, then try again; "
    "progress saved before is kept",
    sqlite3.SQLITE_IOERR: "Check the disk, then try again; progress saved before is kept",
    sqlite3.SQLITE_CORRUPT: "The file is damaged; keep a copy of it and choose another store with --store",
    sqlite3.SQLITE_NOTADB: "The file is damaged; keep a copy of it and choose another store with --store",
}
"""What a learner can do about each kind of SQLite failure (by primary result code)."""


WRONG_VALUE = (ValueError, TypeError, OverflowError)
"""What reading a value of the wrong type raises, such as text where a number belongs."""


def damaged(path: Path, exc: Exception) -> str:
    """The message for a store holding a value quizgen never writes (text where a number belongs)."""
    return (
        f"{path}: is damaged: it holds a value quizgen never writes ({exc}); "
        "keep a copy of it and choose another store with --store"
    )


def explain(exc: sqlite3.Error) -> str:
    """SQLite's message, followed by what a learner can do about it when that is known."""
    code = getattr(exc, "sqlite_errorcode", None)
    advice = _ADVICE.get(code & 0xFF) if isinstance(code, int) else None
    return f"{exc}. {advice}" if advice else str(exc)


def _refuse_special(target: Path) -> None:
    """A folder, device, FIFO or socket is never opened as a store: SQLite would block, or write beside it."""
    try:
        mode = target.stat().st_mode
    except OSError:
        return  # absent (or unreadable): the caller says so
    if stat.S_ISDIR(mode):
        raise StoreError(f"{target}: is a folder; give the path of a progress store file")
    if not stat.S_ISREG(mode):
        raise StoreError(f"{target}: is a {kind_of(mode)}, not a quizgen progress store; give the path of a file")


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _retry(action: Callable[[], T], path: Path) -> T:
    """Run `action`, trying again while another process holds the write lock."""
    for attempt in range(LOCK_RETRIES + 1):
        try:
            return action()
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc):
                raise StoreError(f"{path}: cannot save progress: {explain(exc)}") from None
            if attempt == LOCK_RETRIES:
                raise StoreError(
                    f"{path}: another program has kept the progress store locked for too long; try again"
                ) from None
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")
