"""benchmarks/generate_speed.py runs and prints its ratio; whether it meets the target is the report's business."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.generate_speed import extra_line, folder_bytes, install_line

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_one_round_prints_the_ratio_against_the_target() -> None:
    done = subprocess.run(
        [sys.executable, "benchmarks/generate_speed.py", "--rounds", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    line = next(line for line in done.stdout.splitlines() if line.startswith("generate process vs bare tagging"))
    ratio = re.search(r"(\d+\.\d+)x\s+1\.5x", line)
    assert ratio is not None and float(ratio.group(1)) > 0, line


def test_install_size_counts_files_once_and_says_the_target(tmp_path: Path) -> None:
    (tmp_path / "a").write_bytes(b"x" * 1000)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b").write_bytes(b"y" * 500)
    (tmp_path / "link").symlink_to(tmp_path / "a")
    assert folder_bytes(tmp_path) == 1500
    assert install_line(123.4).endswith("123.4 MB  target <= 200 MB  ok")
    assert install_line(467.0).endswith("OVER")
    assert extra_line("web", 250.0, 190.5) == "  with quizgen[web]: 250.0 MB (+59.5 MB, optional)"
