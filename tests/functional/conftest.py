"""Fixtures for every functional test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from study_support import utc_timezone


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A deck cache of the test's own, and study days in UTC."""
    monkeypatch.setenv("QUIZGEN_CACHE", str(tmp_path / "cache"))
    with utc_timezone():
        yield
