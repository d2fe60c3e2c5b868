"""No source or document of the project holds a merge left half done (conflict markers inside a docstring
pass every other check)."""

from __future__ import annotations

import re
from pathlib import Path

from repo_paths import REPO

MARKER = re.compile(r"^(?:<{7}|>{7}) |^={7}$", re.MULTILINE)
SUFFIXES = {".py", ".md", ".toml", ".yaml", ".yml", ".cfg", ".txt", ".json"}
TOP = ("quizgen", "tui", "tests", "docs", "benchmarks", "decks", "seeds")


def sources() -> list[Path]:
    found = [p for top in TOP for p in (REPO / top).rglob("*") if p.suffix in SUFFIXES and p.is_file()]
    return found + [p for p in REPO.iterdir() if p.suffix in SUFFIXES and p.is_file()]


def markers(path: Path) -> list[int]:
    text = path.read_text(encoding="utf-8", errors="replace")
    return [text.count("\n", 0, m.start()) + 1 for m in MARKER.finditer(text)]


def test_no_file_holds_conflict_markers() -> None:
    files = sources()
    assert len(files) > 100
    left = {str(p.relative_to(REPO)): lines for p in files if (lines := markers(p))}
    assert left == {}


def test_a_conflict_marker_is_found(tmp_path: Path) -> None:
    half = tmp_path / "half.py"
    half.write_text('"""Doc.\n<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> main\n"""\n', encoding="utf-8")
    assert markers(half) == [2, 4, 6]
