"""Helpers of the fault tests: small decks on disk, a tiny disk to fill, and the app's notifications."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from repo_paths import REPO


def basic_deck(path: Path, count: int, deck_id: str = "faults", prefix: str = "Question") -> Path:
    """Write a deck of `count` basic cards `c0`, `c1`, ... to `path`."""
    cards = "".join(
        f"  - id: c{i}\n    type: basic\n    front: {prefix} {i}?\n    back: Answer {i}\n" for i in range(count)
    )
    path.write_text(f"id: {deck_id}\ntitle: Fault drill\ncards:\n{cards}", encoding="utf-8")
    return path


def notices(app: Any) -> list[str]:
    """The title and message of every notification the app is showing."""
    return [f"{n.title}: {n.message}" for n in app._notifications]


def quizgen(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    """Run the quizgen command line in a separate process."""
    return subprocess.run(
        [sys.executable, "-m", "quizgen", *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def _mount(*args: str) -> bool:
    if shutil.which("mount") is None:
        return False
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@contextlib.contextmanager
def tiny_disk(where: Path, size: str = "2m") -> Iterator[Path | None]:
    """A real filesystem of `size` bytes mounted at `where` (tmpfs); None when mounting is not allowed."""
    where.mkdir(parents=True, exist_ok=True)
    if not _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)):
        yield None
        return
    try:
        yield where
    finally:
        if subprocess.run(["umount", str(where)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(where)], capture_output=True)


def make_read_only(disk: Path) -> bool:
    """Remount a tiny disk read-only (every file on it must be closed)."""
    return _mount("-o", "remount,ro", str(disk))


def fill(disk: Path) -> Path:
    """Fill `disk` to the last byte with one file; delete that file to free the space again."""
    filler = disk / "filler"
    with filler.open("wb", buffering=0) as fh:
        for size in (1 << 16, 4096, 512, 1):
            with contextlib.suppress(OSError):
                while True:
                    fh.write(b"\0" * size)
    return filler
