"""A truncated or scribbled-over store: a clear error before and while studying, and its bytes left alone."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from faults_support import basic_deck, make_read_only, notices, quizgen, tiny_disk
from study_support import Clock, screen_text

from quizgen.study import Store
from tui.app import StudyApp
from tui.screens.study import StudyScreen
from tui.screens.summary import SummaryScreen

SIZE = (80, 24)


def truncate(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 2)


def scribble(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096:] = b"\xa5" * (len(data) - 4096)  # keep the header page, wipe the tables
    path.write_bytes(bytes(data))


DAMAGES: dict[str, Callable[[Path], None]] = {"truncated": truncate, "scribbled over": scribble}


def studied_store(path: Path, deck: Path, answers: int = 40) -> None:
    """A store with real progress in it, checkpointed into the main file and closed."""
    from quizgen.deckio.loader import load_deck
    from quizgen.study import SchedulerSettings, Session

    with Store.open(path) as store:
        session = Session.open(store, [load_deck(deck)], settings=SchedulerSettings(new_per_day=1000), now=Clock()())
        for _ in range(answers):
            item = session.next()
            assert item is not None
            session.answer(item, 3)


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.parametrize("damage", DAMAGES)
@pytest.mark.parametrize("command", ["study", "stats"])
def test_the_cli_refuses_a_damaged_store_in_one_line_and_leaves_it_alone(
    tmp_path: Path, damage: str, command: str
) -> None:
    deck = basic_deck(tmp_path / "deck.yaml", 200)
    folder = tmp_path / "store"
    folder.mkdir()
    store = folder / "progress.sqlite3"
    studied_store(store, deck, answers=200)
    DAMAGES[damage](store)
    before = files_of(folder)
    args = ["study", str(deck)] if command == "study" else ["stats", "--json"]
    result = quizgen(*args, "--store", str(store))
    assert result.returncode == 1, result.stdout + result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"quizgen: {store}: ") and "nothing was changed" in line
    assert "truncated" in line or "damaged" in line
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert files_of(folder) == before  # same bytes, and no log files left beside it


@pytest.mark.parametrize("damage", DAMAGES)
async def test_a_store_damaged_while_studying_is_reported_and_not_written(tmp_path: Path, damage: str) -> None:
    folder = tmp_path / "store"
    folder.mkdir()
    store = folder / "progress.sqlite3"
    app = StudyApp([basic_deck(tmp_path / "deck.yaml", 300)], store_path=store, clock=Clock(), new_per_day=300)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        for _ in range(3):
            await pilot.press("enter", "3")
            await pilot.pause()
        # Another program checkpoints the log into the file (as SQLite does on its own), then damages it.
        with sqlite3.connect(store) as other:
            other.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        other.close()
        DAMAGES[damage](store)
        damaged = store.read_bytes()
        shown = app.screen.item.card.uid
        await pilot.press("enter", "3")
        await pilot.pause()
        assert isinstance(app.screen, StudyScreen) and app.screen.item.card.uid == shown
        (notice,) = notices(app)
        assert "database disk image is malformed" in notice and "The file is damaged" in notice
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert app.screen.summary.answered == 3 and "Session done" in screen_text(app)
    assert store.read_bytes() == damaged
    with pytest.raises(Exception, match="damaged|truncated"):
        Store.open(store)
    assert store.read_bytes() == damaged


@pytest.mark.skipif(os.name != "posix", reason="needs a tmpfs")
def test_a_store_on_a_read_only_disk_is_refused_in_one_line(tmp_path: Path) -> None:
    deck = basic_deck(tmp_path / "deck.yaml", 20)
    with tiny_disk(tmp_path / "disk") as disk:
        if disk is None:
            pytest.skip("cannot mount a small filesystem here")
        store = disk / "progress.sqlite3"
        studied_store(store, deck, answers=5)
        if not make_read_only(disk):
            pytest.skip("cannot remount the small filesystem read-only")
        before = files_of(disk)
        result = quizgen("study", str(deck), "--store", str(store))
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert result.stderr.splitlines() == [
            f"quizgen: {store}: is read-only; check the permissions of the file and its folder"
        ]
        assert files_of(disk) == before


TAMPERED = ["difficulty", "stability", "last_review"]
"""Columns of a studied item that a hand-edited store may hold text in, where quizgen writes numbers."""


def tamper(store: Path, column: str) -> None:
    with sqlite3.connect(store) as conn:
        conn.execute(f"UPDATE items SET {column} = 'abc' WHERE state IS NOT NULL")
    conn.close()


@pytest.mark.parametrize("column", TAMPERED)
async def test_studying_a_store_with_a_value_of_the_wrong_type_is_reported_not_crashed(
    tmp_path: Path, column: str
) -> None:
    deck = basic_deck(tmp_path / "deck.yaml", 20)
    store = tmp_path / "progress.sqlite3"
    studied_store(store, deck, answers=20)
    tamper(store, column)
    clock = Clock()
    clock.advance(days=30)  # every studied item is due
    app = StudyApp([deck], store_path=store, clock=clock)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        for _ in range(3):
            await pilot.press("enter", "3")
            await pilot.pause()
        assert any("is damaged: it holds a value quizgen never writes" in n for n in notices(app)), notices(app)
    assert app.return_code in (None, 0)


def test_stats_on_the_difficulty_column_holding_text(tmp_path: Path) -> None:
    deck = basic_deck(tmp_path / "deck.yaml", 20)
    store = tmp_path / "progress.sqlite3"
    studied_store(store, deck, answers=20)
    tamper(store, "difficulty")
    result = quizgen("stats", "--store", str(store))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"quizgen: {store}: is damaged")


def test_stats_reads_a_store_and_creates_or_changes_nothing(tmp_path: Path) -> None:
    deck = basic_deck(tmp_path / "deck.yaml", 20)
    folder = tmp_path / "store"
    folder.mkdir()
    store = folder / "progress.sqlite3"
    studied_store(store, deck, answers=20)
    before = files_of(folder)
    for args in (["stats"], ["stats", "--json"]):
        result = quizgen(*args, "--store", str(store))
        assert result.returncode == 0, result.stderr
    assert files_of(folder) == before


def test_stats_reads_the_progress_a_running_study_has_not_checkpointed(tmp_path: Path) -> None:
    deck = basic_deck(tmp_path / "deck.yaml", 20)
    store = tmp_path / "progress.sqlite3"
    studied_store(store, deck, answers=5)
    with Store.open(store) as writer, writer.write() as conn:  # open, as a study app would keep it
        conn.execute("UPDATE items SET difficulty = 9.5 WHERE state IS NOT NULL")
        conn.execute(
            "INSERT INTO reviews (item_id, deck_id, reviewed_at, rating, state_before, auto)"
            " SELECT id, deck_id, 1, 3, 2, 0 FROM items WHERE state IS NOT NULL"
        )
    with Store.open(store) as writer:
        assert Path(f"{store}-wal").exists()
        result = quizgen("stats", "--json", "--store", str(store))
    assert result.returncode == 0, result.stderr
    assert '"reviews": 10' in result.stdout


@pytest.mark.parametrize("kind", ["empty", "fifo", "device"])
def test_stats_refuses_what_is_not_a_store_and_creates_nothing_beside_it(tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "store"
    folder.mkdir()
    store = folder / "progress.sqlite3"
    if kind == "empty":
        store.touch()
    elif kind == "fifo":
        os.mkfifo(store)
    elif os.geteuid() == 0:
        os.mknod(store, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # a /dev/null of the test's own
    else:
        pytest.skip("only root can make a device")
    commands = [["stats"]]
    if kind != "empty":  # studying may start a new store in an empty file, as SQLite does
        commands.append(["study", str(basic_deck(tmp_path / "deck.yaml", 2))])
    for command in commands:
        result = quizgen(*command, "--store", str(store))
        assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
        assert result.stderr.startswith(f"quizgen: {store}: ")
        if command[0] == "stats":
            assert sorted(p.name for p in folder.iterdir()) == ["progress.sqlite3"]
    if kind == "empty":
        assert store.stat().st_size == 0


@pytest.mark.parametrize("column", ["prompt", "deck_id", "card_uid"])
def test_stats_on_a_blob_where_text_belongs_is_a_damaged_store(tmp_path: Path, column: str) -> None:
    deck = basic_deck(tmp_path / "deck.yaml", 20)
    store = tmp_path / "progress.sqlite3"
    studied_store(store, deck, answers=20)
    with sqlite3.connect(store) as conn:
        conn.execute(f"UPDATE items SET {column} = x'1b5d303b41' WHERE id = (SELECT MIN(id) FROM items)")
    conn.close()
    for args in (["stats"], ["stats", "--json"]):
        result = quizgen(*args, "--store", str(store))
        assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
        assert result.stderr.startswith(f"quizgen: {store}: is damaged") and result.stdout == ""
