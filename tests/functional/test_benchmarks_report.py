"""`python -m benchmarks --quick` runs every benchmark and prints one complete table.

Only the report's shape is checked: every row is there and every measured ratio is a positive
number. Whether the targets are met is for the report to say, not for a timed test.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.generate_speed import SEED
from benchmarks.generator_eval import CORPUS
from benchmarks.rows import QUICK_SCALES

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow  # the whole benchmark suite, run with: pytest -m slow
SEED_WORDS = len(SEED.read_text(encoding="utf-8").split())
BENCHES = {
    "validate vs libyaml parse": QUICK_SCALES,
    "export anki vs libyaml + genanki": QUICK_SCALES,
    "anki package writing vs genanki": QUICK_SCALES,
    "export anki --with-progress vs without": QUICK_SCALES,
    "first card, cold vs bare Textual": QUICK_SCALES[:1],
    "first card, warm vs bare Textual": QUICK_SCALES[:1],
    "keypress to next card vs bare Textual": (5,),
    "keypress CPU time vs bare Textual": (5,),
    "1k-image deck, first card cold vs no images": (1_000,),
    "1k-image deck, first card warm vs no images": (1_000,),
    "1k-image deck, first image drawn vs no-image card": (1_000,),
    "review open vs study warm start": (1_000,),
    "review keypress to next card vs bare Textual": (5,),
    "queue build vs bare SELECT": QUICK_SCALES,
    "study session open vs SELECT items": QUICK_SCALES,
    "stats vs SELECT reviews": QUICK_SCALES,
    "generator vs split, news": QUICK_SCALES,
    "generator vs split, seed": QUICK_SCALES,
    "teacher GIFT vs load": QUICK_SCALES,
    "generate process vs bare tagging": (SEED_WORDS,),
    "web page text vs trafilatura.extract": (13, 36),
    "web page text vs trafilatura.extract, news page": (9,),
    "PDF text vs bare pypdfium2": (1, 3),
}
TARGETS = {
    "validate vs libyaml parse": 1.5,
    "export anki vs libyaml + genanki": 1.5,
    "export anki --with-progress vs without": 2.0,
    "first card, cold vs bare Textual": 1.5,
    "first card, warm vs bare Textual": 1.5,
    "review open vs study warm start": 1.5,
    "queue build vs bare SELECT": 2.0,
    "1k-image deck, first card cold vs no images": 1.2,
    "1k-image deck, first card warm vs no images": 1.2,
    "generate process vs bare tagging": 1.5,
    "web page text vs trafilatura.extract": 1.5,
    "PDF text vs bare pypdfium2": 1.5,
}


def test_quick_report_has_every_row_with_a_positive_ratio(tmp_path: Path) -> None:
    out = tmp_path / "rows.json"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--json", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    rows = json.loads(out.read_text(encoding="utf-8"))
    lines = done.stdout.splitlines()
    may_skip = set()
    if shutil.which("tmux") is None:
        may_skip |= {"first card, cold vs bare Textual", "first card, warm vs bare Textual"}
        may_skip |= {"keypress to next card vs bare Textual", "keypress CPU time vs bare Textual"}
        may_skip |= {bench for bench in BENCHES if bench.startswith("1k-image deck")}
    if not (CORPUS / "news").is_dir():
        may_skip |= {"generator vs split, news", "generator vs split, news articles"}

    for bench, sizes in BENCHES.items():
        found = {row["size"]: row for row in rows if row["bench"] == bench}
        assert set(sizes) <= set(found), (bench, sorted(found))
        for size in sizes:
            row = found[size]
            assert any(line.startswith(bench) and row_scale(row) in line for line in lines), (bench, size)
            if row["skipped"]:
                assert bench in may_skip, row
                continue
            assert isinstance(row["ratio"], float) and row["ratio"] > 0, row
            assert row["seconds"] > 0 and row["floor"] > 0, row
    for bench, target in TARGETS.items():
        assert all(row["target"] == target for row in rows if row["bench"] == bench), bench
    assert any(line.startswith("worse than linear:") for line in lines)


def row_scale(row: dict[str, object]) -> str:
    """The scale as the table prints it, e.g. "2k cards"."""
    size = int(str(row["size"]))
    amount = f"{size / 1000:g}k" if size >= 1000 else str(size)
    return f"{amount} {row['unit']}"
