"""The progress store: creation, WAL, migrations, and refusing files it must not touch."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from quizgen.errors import StoreError
from quizgen.study import Store, default_store_path
from quizgen.study import migrations as mig
from quizgen.study.paths import STORE_ENV
from quizgen.study.store import APPLICATION_ID


def _filled_store(path: Path, rows: int = 3000) -> None:
    """A real store with enough rows to span many pages, closed (and checkpointed)."""
    with Store.open(path) as store, store.write() as conn:
        conn.execute("INSERT INTO decks VALUES ('d', 'D', 0)")
        conn.executemany(
            "INSERT INTO items (deck_id, card_uid, ordinal, position, card_type, prompt, content_hash)"
            " VALUES ('d', ?, 0, ?, 'basic', ?, 'h')",
            [(f"c{i}", i, "prompt " * 20) for i in range(rows)],
        )


def test_open_creates_a_versioned_wal_store(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "progress.sqlite3"
    with Store.open(path) as store:
        conn = store.connection
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        versions = [row[0] for row in conn.execute("SELECT version FROM migrations ORDER BY version")]
        assert versions == [m.version for m in mig.MIGRATIONS]
        assert store.schema_version == mig.SCHEMA_VERSION
    assert path.is_file()


def test_reopening_keeps_data_and_applies_nothing_twice(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    _filled_store(path, rows=5)
    with Store.open(path) as store:
        assert store.connection.execute("SELECT COUNT(*) FROM items").fetchone()[0] == 5
        assert store.connection.execute("SELECT COUNT(*) FROM migrations").fetchone()[0] == len(mig.MIGRATIONS)


def test_write_rolls_back_when_the_block_fails(tmp_path: Path) -> None:
    with Store.open(tmp_path / "p.sqlite3") as store:
        with pytest.raises(RuntimeError), store.write() as conn:
            conn.execute("INSERT INTO decks VALUES ('d', 'D', 0)")
            raise RuntimeError("boom")
        assert store.connection.execute("SELECT COUNT(*) FROM decks").fetchone()[0] == 0


def test_a_closed_store_says_so(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "p.sqlite3")
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.connection.execute("SELECT 1")


def test_default_path_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(STORE_ENV, str(tmp_path / "mine.sqlite3"))
    assert default_store_path() == tmp_path / "mine.sqlite3"
    monkeypatch.delenv(STORE_ENV)
    path = default_store_path()
    assert path.name == "progress.sqlite3" and "quizgen" in path.parts


def test_open_without_path_uses_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(STORE_ENV, str(tmp_path / "env.sqlite3"))
    with Store.open() as store:
        assert store.path == tmp_path / "env.sqlite3"
    assert (tmp_path / "env.sqlite3").is_file()


def test_create_false_refuses_a_missing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no progress store"):
        Store.open(tmp_path / "absent.sqlite3", create=False)
    assert not (tmp_path / "absent.sqlite3").exists()


def test_an_empty_file_becomes_a_store(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    with Store.open(path) as store:
        assert store.schema_version == mig.SCHEMA_VERSION


def _refused(path: Path, match: str) -> None:
    before = path.read_bytes()
    siblings = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(StoreError, match=match) as info:
        Store.open(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == siblings


def test_a_text_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("id: geo\ntitle: not a database\n" * 50)
    _refused(path, "not a SQLite database")


def test_a_foreign_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "collection.anki2"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, flds TEXT)")
    conn.execute("INSERT INTO notes VALUES (1, 'x')")
    conn.commit()
    conn.close()
    _refused(path, "not a quizgen progress store")


def test_a_store_from_a_newer_quizgen_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    _filled_store(path, rows=2)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO migrations VALUES (?, 'from the future', '2030-01-01')", (mig.SCHEMA_VERSION + 1,))
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")  # leave no log files behind, so the bytes say it all
    conn.close()
    _refused(path, "newer quizgen")


@pytest.mark.parametrize("keep", [0.5, 0.37, 60 / 1_000_000])
def test_a_truncated_store_is_refused_untouched(tmp_path: Path, keep: float) -> None:
    path = tmp_path / "p.sqlite3"
    _filled_store(path)
    data = path.read_bytes()
    assert len(data) > 100_000
    path.write_bytes(data[: max(60, int(len(data) * keep))])
    _refused(path, "truncated")


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="folder"):
        Store.open(tmp_path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions that apply")
def test_a_read_only_store_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    _filled_store(path, rows=1)
    path.chmod(0o444)
    try:
        with pytest.raises(StoreError, match="read-only"):
            Store.open(path)
    finally:
        path.chmod(0o644)


def test_migrate_applies_each_registered_migration_in_order(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "bare.sqlite3", isolation_level=None)
    conn.execute("BEGIN")
    assert mig.migrate(conn) == [m.version for m in mig.MIGRATIONS]
    conn.execute("COMMIT")
    assert mig.applied_version(conn) == mig.SCHEMA_VERSION
    assert conn.execute("PRAGMA user_version").fetchone()[0] == mig.SCHEMA_VERSION
    conn.execute("BEGIN")
    assert mig.migrate(conn) == []
    conn.execute("COMMIT")


def test_migrations_must_be_registered_in_order() -> None:
    with pytest.raises(RuntimeError, match="out of order"):
        mig.migration(mig.SCHEMA_VERSION + 2, "skips one")(lambda conn: None)


def test_a_damaged_store_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    _filled_store(path, rows=50)
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # scribble over the schema page, keep the header
    path.write_bytes(bytes(data))
    _refused(path, "damaged")


@pytest.mark.parametrize("version", range(1, mig.SCHEMA_VERSION))
def test_a_store_from_an_earlier_version_is_upgraded_in_place(tmp_path: Path, version: int) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    mig.migrate(conn, upto=version)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("INSERT INTO decks VALUES ('d', 'D', 0)")
    conn.execute("COMMIT")
    conn.close()
    with Store.open(path) as store:
        assert store.schema_version == mig.SCHEMA_VERSION
        assert store.connection.execute("SELECT deck_id FROM decks").fetchall() == [("d",)]
