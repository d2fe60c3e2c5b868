"""Atomic writes: a failed write leaves the old file whole and no temporary file behind."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest

from quizgen import atomic
from quizgen.atomic import OutputError, check_output, replacing, write_atomic


def test_write_atomic_replaces_the_file(tmp_path: Path) -> None:
    path = tmp_path / "deck.yaml"
    path.write_text("old")
    write_atomic(path, "new\n")
    assert path.read_text() == "new\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.yaml"]


def test_a_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "deck.apkg"
    path.write_bytes(b"old bytes")
    with pytest.raises(RuntimeError):
        with replacing(path) as tmp:
            Path(tmp).write_bytes(b"half")
            raise RuntimeError("disk trouble")
    assert path.read_bytes() == b"old bytes"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.apkg"]


def test_a_link_at_the_old_predictable_name_is_never_written_through(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_text("precious")
    (tmp_path / f".deck.yaml.{os.getpid()}.tmp").symlink_to(victim)
    write_atomic(tmp_path / "deck.yaml", "new\n")
    assert victim.read_text() == "precious"
    assert (tmp_path / "deck.yaml").read_text() == "new\n" and not (tmp_path / "deck.yaml").is_symlink()


def test_a_taken_temporary_name_is_skipped_never_opened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    names = iter(["guessed", "fresh"])
    monkeypatch.setattr(atomic.secrets, "token_hex", lambda n: next(names))
    victim = tmp_path / "victim"
    victim.write_text("precious")
    planted = tmp_path / f".deck.yaml.{os.getpid()}.guessed{atomic.SUFFIX}"
    planted.symlink_to(victim)
    write_atomic(tmp_path / "deck.yaml", "new\n")
    assert victim.read_text() == "precious" and planted.is_symlink()
    assert (tmp_path / "deck.yaml").read_text() == "new\n"


def test_a_new_file_gets_the_permissions_the_umask_gives(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "deck.yaml", "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "deck.yaml").stat().st_mode) == 0o644


@pytest.mark.parametrize("kind", ["fifo", "link", "folder"])
def test_only_a_regular_file_or_nothing_is_replaced(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "out"
    target = tmp_path / "target"
    target.write_text("precious")
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "link":
        path.symlink_to(target)
    else:
        path.mkdir()
    with pytest.raises(OutputError, match="out: is a"):
        write_atomic(path, "new")
    assert target.read_text() == "precious"
    assert {"fifo": stat.S_ISFIFO, "link": stat.S_ISLNK, "folder": stat.S_ISDIR}[kind](path.lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_check_output_refuses_an_existing_file_unless_forced_and_an_input_always(tmp_path: Path) -> None:
    path = tmp_path / "out.md"
    check_output(path)  # nothing there yet
    path.write_text("x")
    with pytest.raises(OutputError, match="already exists; .* --force"):
        check_output(path)
    check_output(path, force=True)
    with pytest.raises(OutputError, match="is also an input"):
        check_output(path, force=True, inputs=[tmp_path / "." / "out.md"])


def test_sweep_removes_the_files_of_processes_that_are_gone(tmp_path: Path) -> None:
    gone = _dead_pid()
    dead = tmp_path / f".deck.yaml.{gone}.abc{atomic.SUFFIX}"
    mine = tmp_path / f".deck.yaml.{os.getpid()}.abc{atomic.SUFFIX}"
    parent = tmp_path / f".deck.yaml.{os.getppid()}.abc{atomic.SUFFIX}"
    other = tmp_path / f".deck.yaml.{gone}.abc.tmp"  # not quizgen's
    link = tmp_path / f".x.{gone}.abc{atomic.SUFFIX}"
    for path in (dead, mine, parent, other):
        path.write_text("x")
    link.symlink_to(other)
    assert atomic.sweep(tmp_path) == [dead.name]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in (mine, parent, other, link))


def _dead_pid() -> int:
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid
