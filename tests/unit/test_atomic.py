"""Atomic writes: a failed write leaves the old file whole and no temporary file behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.atomic import replacing, write_atomic


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
