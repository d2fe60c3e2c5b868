"""Imports that would write a deck quizgen then refuses: refused early, with the count, in bounded memory."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from anki_packages import package_of_notes, package_of_text
from repo_paths import REPO

from quizgen.deckio.deckfiles import MAX_BYTES

pytestmark = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads peak memory from /proc")


PEAK = """
import atexit, sys
from quizgen.cli import main

def peak():
    with open("/proc/self/status") as status, open(sys.argv[1], "w") as out:
        out.write(next(line.split()[1] for line in status if line.startswith("VmHWM:")))

atexit.register(peak)
sys.exit(main(sys.argv[2:]))
"""
"""Runs the command line, and writes the process's peak resident memory (VmHWM, in kB) to a file at exit.
VmHWM is the peak of this program alone: unlike ru_maxrss, it does not carry over the pytest process's
memory through fork and exec."""


def run(*args: str, cwd: Path) -> tuple[int, str, float, float]:
    """`quizgen import ...`: its exit code, standard error, seconds, and peak resident memory in MB."""
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-c", PEAK, str(cwd / "peak"), "import", *args],
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    seconds = time.monotonic() - started
    return proc.returncode, proc.stderr, seconds, int((cwd / "peak").read_text()) / 1024


def test_a_package_that_unpacks_to_128_mb_is_refused_at_once_in_little_memory(tmp_path: Path) -> None:
    package = package_of_text(tmp_path / "small-zipped.apkg", notes=33, chars_each=4_000_000)
    assert package.stat().st_size < 1_000_000  # 128 MB of notes, zipped
    code, stderr, seconds, peak = run("anki", str(package), "-o", str(tmp_path / "out"), cwd=tmp_path)
    assert peak < 150, f"{peak:.0f} MB"  # the whole collection in memory (once or four times) would be far more
    assert seconds < 30
    assert code == 1 and "Traceback" not in stderr, stderr
    assert "its 33 notes hold 128,000,600 characters of text" in stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_deck_over_the_deck_file_limit_is_refused_with_its_count_before_anything_is_written(tmp_path: Path) -> None:
    package = package_of_notes(tmp_path / "big.apkg", notes=36_000)
    out = tmp_path / "out"
    code, stderr, _, peak = run("anki", str(package), "-o", str(out), cwd=tmp_path)
    assert code == 1 and "Traceback" not in stderr, stderr
    assert "deck 'Big' has 36,000 notes, and its first " in stderr and f"{MAX_BYTES:,} bytes" in stderr
    assert peak < 300, f"{peak:.0f} MB"
    assert not out.exists() or not any(out.iterdir())


def test_a_csv_file_with_more_text_than_a_deck_file_holds_is_refused_with_its_count(tmp_path: Path) -> None:
    rows = 40_000
    source = tmp_path / "words.csv"
    source.write_text("".join(f"front {i} {'f' * 140},back {i} {'b' * 140}\n" for i in range(rows)))
    assert MAX_BYTES < source.stat().st_size < 50 * 1024 * 1024
    code, stderr, _, _ = run("csv", str(source), cwd=tmp_path)
    assert code == 1 and "Traceback" not in stderr, stderr
    assert f"its {rows:,} cards hold " in stderr and "split it into files of about " in stderr
    assert not (tmp_path / "words.yaml").exists()
