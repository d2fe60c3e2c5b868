"""A deck file's hash is known from its stat while the file is unchanged, and never when it may have changed."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest

from quizgen.deckio import seen


@pytest.fixture(autouse=True)
def _cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUIZGEN_CACHE", str(tmp_path / "cache"))
    seen._loaded.clear()  # the index is read once per process: start each test from its own file


def old_file(path: Path, text: str, age: float = 3600) -> str:
    """Write `text` to `path`, dated `age` seconds ago; returns its SHA-256."""
    path.write_text(text)
    when = time.time() - age
    os.utime(path, (when, when))
    return hashlib.sha256(text.encode()).hexdigest()


def test_an_unchanged_file_is_known_by_its_stat(tmp_path: Path) -> None:
    deck = tmp_path / "deck.yaml"
    digest = old_file(deck, "id: d\n")
    st = os.stat(deck)
    assert seen.known_digest(str(deck), st) is None  # never hashed yet
    assert seen.digest_of(str(deck)) == digest
    assert seen.known_digest(str(deck), os.stat(deck)) == digest
    seen._loaded.clear()  # another process reads the index from its file
    assert seen.known_digest(str(deck), os.stat(deck)) == digest


def test_a_file_written_just_before_it_was_hashed_is_not_vouched_for(tmp_path: Path) -> None:
    deck = tmp_path / "deck.yaml"
    deck.write_text("id: d\n")
    assert seen.digest_of(str(deck)) is not None
    assert seen.known_digest(str(deck), os.stat(deck)) is None  # another write could hide behind its stat


def test_an_edit_that_keeps_the_size_and_the_modification_time_is_still_seen(tmp_path: Path) -> None:
    deck = tmp_path / "deck.yaml"
    old_file(deck, "id: a\n")
    seen.digest_of(str(deck))
    before = os.stat(deck)
    time.sleep(0.01)
    new = old_file(deck, "id: b\n")  # same size
    os.utime(deck, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the same modification time
    assert os.stat(deck).st_mtime_ns == before.st_mtime_ns and os.stat(deck).st_size == before.st_size
    assert seen.known_digest(str(deck), os.stat(deck)) is None  # its change time differs
    assert seen.digest_of(str(deck)) == new


def test_a_damaged_index_only_costs_reading_the_files(tmp_path: Path) -> None:
    deck = tmp_path / "deck.yaml"
    digest = old_file(deck, "id: d\n")
    seen.digest_of(str(deck))
    seen._index_path().write_text("{not json")
    seen._loaded.clear()
    assert seen.known_digest(str(deck), os.stat(deck)) is None
    assert seen.digest_of(str(deck)) == digest
    assert seen.digest_of(str(tmp_path / "missing.yaml")) is None
