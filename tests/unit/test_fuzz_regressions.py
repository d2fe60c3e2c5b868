"""Every input that once crashed a fuzz target (see fuzz/README.md) now gives only a clear QuizgenError.

Each input is replayed through the same entry point as the fuzzer (`fuzz/targets.py`), which
raises on anything but a one-line QuizgenError, a one-line problem or warning, and decks that
load again.
"""

from __future__ import annotations

import sqlite3
import sys
import zipfile
from pathlib import Path

import pytest

from quizgen.deckio.loader import loads_deck
from quizgen.exchange.anki.export import export_decks

ROOT = Path(__file__).resolve().parents[2]
REGRESSIONS = ROOT / "tests" / "regressions"
sys.path.insert(0, str(ROOT / "fuzz"))

import targets  # noqa: E402

SMALL_DECK = """\
id: tiny
title: Tiny
cards:
  - {id: b1, type: basic, front: Capital of France?, back: Paris}
  - {id: b2, type: basic, front: Capital of Italy?, back: Rome}
"""
DAMAGED_COLLECTIONS = {
    "version-is-a-blob": "UPDATE col SET ver = x'00ff'",
    "guid-is-a-blob": "UPDATE notes SET guid = x'0102' WHERE rowid = (SELECT min(rowid) FROM notes)",
    "two-notes-one-guid": "UPDATE notes SET guid = 'same'",
    "guid-with-line-break": "UPDATE notes SET guid = char(10) || '%%' WHERE rowid = (SELECT min(rowid) FROM notes)",
    "models-not-json": "UPDATE col SET models = '{not json'",
    "fields-are-a-blob": "UPDATE notes SET flds = x'00'",
}
"""Damage the Anki fuzz target found, written into a real export (packages are built here, not stored)."""


def _files(kind: str) -> list[Path]:
    return sorted((REGRESSIONS / kind).iterdir())


@pytest.mark.parametrize("path", _files("deck"), ids=lambda p: p.name)
def test_deck_regression(path: Path) -> None:
    targets.deck_input(path.read_bytes())


@pytest.mark.parametrize("path", _files("csv"), ids=lambda p: p.name)
def test_csv_regression(path: Path) -> None:
    targets.csv_input(path.read_bytes())


@pytest.mark.parametrize("path", _files("apkg"), ids=lambda p: p.name)
def test_apkg_input_regression(path: Path) -> None:
    targets.apkg_input(path.read_bytes())


@pytest.fixture(scope="module")
def collection(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    apkg = tmp_path_factory.mktemp("export") / "tiny.apkg"
    export_decks([loads_deck(SMALL_DECK)], str(apkg))
    with zipfile.ZipFile(apkg) as zf:
        return zf.read("collection.anki2")


@pytest.mark.parametrize("damage", DAMAGED_COLLECTIONS.values(), ids=DAMAGED_COLLECTIONS.keys())
def test_apkg_regression(damage: str, collection: bytes) -> None:
    conn = sqlite3.connect(":memory:")
    conn.deserialize(collection)
    assert conn.execute(damage).rowcount > 0
    conn.commit()
    package = targets.zipped(conn.serialize())
    conn.close()
    targets.apkg_input(b"\x00" + package)
