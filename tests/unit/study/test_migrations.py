"""Migration statements run one by one inside the open transaction, whatever `;` they contain."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from quizgen.study import migrations as mig


def test_semicolons_in_literals_and_triggers_stay_in_their_statement(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "bare.sqlite3", isolation_level=None)
    conn.execute("BEGIN")
    mig.execute_each(
        conn,
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL DEFAULT 'a; b')",
        "CREATE TABLE log (note_id INTEGER, what TEXT)",
        """CREATE TRIGGER notes_logged AFTER INSERT ON notes BEGIN
            INSERT INTO log VALUES (new.id, 'added; once');
            UPDATE log SET what = what || ';' WHERE note_id = new.id;
        END""",
        "INSERT INTO notes (id) VALUES (1)",
    )
    assert conn.in_transaction  # nothing was committed on the way
    conn.execute("COMMIT")
    assert conn.execute("SELECT text FROM notes").fetchall() == [("a; b",)]
    assert conn.execute("SELECT * FROM log").fetchall() == [(1, "added; once;")]


def test_two_statements_in_one_string_are_refused(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "bare.sqlite3", isolation_level=None)
    with pytest.raises(sqlite3.ProgrammingError):
        mig.execute_each(conn, "CREATE TABLE a (x); CREATE TABLE b (x)")
