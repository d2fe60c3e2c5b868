"""Recognise a file that is not a SQLite database, or a truncated one, before opening it."""

from __future__ import annotations

import os
from pathlib import Path

MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


def problem(path: Path) -> str | None:
    """Why `path` cannot be a healthy SQLite database, or None when it may be one (or is absent or empty)."""
    try:
        size = path.stat().st_size
        if size == 0:
            return None  # SQLite starts a new database in an empty file.
        with path.open("rb") as fh:
            header = fh.read(HEADER_SIZE)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    if not header.startswith(MAGIC[: len(header)]) or (len(header) >= len(MAGIC) and header[:16] != MAGIC):
        return "is not a SQLite database"
    if len(header) < HEADER_SIZE:
        return f"is truncated ({size} bytes, shorter than a SQLite header)"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "is damaged (its header gives an impossible page size)"
    if size % page_size:
        return f"is truncated ({size} bytes is not a whole number of {page_size}-byte pages)"
    pages = int.from_bytes(header[28:32], "big")
    counter_valid = header[92:96] == header[24:28]
    if counter_valid and pages * page_size > size and not _has_wal(path):
        # With a write-ahead log present, a checkpoint may have been cut short; SQLite replays it.
        return f"is truncated ({size} bytes, but its header says {pages * page_size})"
    return None


def _has_wal(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def writable(path: Path) -> bool:
    """Whether quizgen may write `path` (and its folder, where SQLite keeps its log files)."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(folder, os.W_OK)
