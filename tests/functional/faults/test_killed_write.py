"""A write killed with SIGKILL half-way: the target keeps its old bytes, and the next write cleans up."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from faults_support import REPO, quizgen

WRITER = textwrap.dedent(
    """
    import sys, time
    from quizgen.atomic import replacing

    with replacing(sys.argv[1]) as tmp:
        with open(tmp, "wb") as f:
            f.write(b"x" * (16 << 20))
            f.flush()
        print("written", flush=True)
        time.sleep(120)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_the_next_write_removes_what_a_killed_write_left(tmp_path: Path) -> None:
    target = tmp_path / "sheet.md"
    target.write_text("old sheet\n")
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(target)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert proc.stdout is not None and proc.stdout.readline() == "written\n"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    left = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert len(left) == 1 and left[0].stat().st_size == 16 << 20  # what the issue saw: 16 MB, forever
    assert target.read_text() == "old sheet\n"

    done = quizgen(
        "export", "markdown", str(REPO / "tests/bad_inputs/decks/good.yaml"), "-o", str(tmp_path / "other.md")
    )
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.md", "sheet.md"]


def _dead_pid() -> int:
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


def test_the_next_import_removes_the_collection_a_killed_import_unpacked(tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    killed = scratch / f"quizgen-apkg-{_dead_pid()}-x1y2"  # as a SIGKILLed import leaves it
    killed.mkdir()
    (killed / "collection").write_bytes(b"\0" * (1 << 20))
    running = scratch / f"quizgen-apkg-{os.getpid()}-a1b2"  # a process that still runs: left alone
    running.mkdir()
    other = scratch / f"unrelated-{_dead_pid()}-x"
    other.mkdir()
    package = tmp_path / "deck.apkg"
    done = quizgen("export", "anki", str(REPO / "tests/bad_inputs/decks/good.yaml"), "-o", str(package))
    assert done.returncode == 0, done.stderr
    env = {**os.environ, "TMPDIR": str(scratch), "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-m", "quizgen", "import", "anki", str(package), "-o", str(tmp_path / "out")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in scratch.iterdir()) == sorted([running.name, other.name])
