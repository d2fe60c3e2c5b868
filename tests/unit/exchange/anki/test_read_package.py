"""Bad Anki packages give one clear error naming the file."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from quizgen.cli import main
from quizgen.deckio.loader import loads_deck
from quizgen.errors import ImportFormatError
from quizgen.exchange.anki.export import export_decks
from quizgen.exchange.anki.identity import note_guid
from quizgen.exchange.anki.read_package import read_package

DECK = "id: d\ntitle: D\ncards:\n  - {id: a, type: basic, front: F, back: B}\n  - {type: cloze, text: '{{c1::x}}'}\n"


@pytest.fixture
def package(tmp_path: Path) -> Path:
    path = tmp_path / "good.apkg"
    export_decks([loads_deck(DECK)], path, timestamp=1_700_000_000)
    return path


def test_a_package_of_our_own_reads(package: Path) -> None:
    read = read_package(package)
    assert read.form == "collection.anki2"
    deck = loads_deck(DECK)
    assert [n.guid for n in read.notes] == [note_guid("d", card.uid) for card in deck.cards]
    assert read.notes[0].fields == ["F", "B", "", ""]
    assert {nt.name for nt in read.notetypes.values()} >= {"quizgen Basic", "quizgen Cloze"}


def expect_error(path: Path, words: str) -> str:
    with pytest.raises(ImportFormatError) as info:
        read_package(path)
    message = str(info.value)
    assert message.startswith(str(path)) and words in message and "\n" not in message
    return message


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "notes.apkg"
    path.write_text("front,back\n")
    expect_error(path, "not an Anki package")


def test_missing_file(tmp_path: Path) -> None:
    expect_error(tmp_path / "nothing.apkg", "no such file")


def test_zip_without_a_collection(tmp_path: Path) -> None:
    path = tmp_path / "empty.apkg"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("media", "{}")
    expect_error(path, "holds no Anki collection")


def test_truncated_package(package: Path, tmp_path: Path) -> None:
    data = package.read_bytes()
    cut = tmp_path / "cut.apkg"
    cut.write_bytes(data[: len(data) // 2])
    expect_error(cut, "cut short")


def test_damaged_collection(package: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(package) as zf:
        db = zf.read("collection.anki2")
    broken = tmp_path / "broken.apkg"
    with zipfile.ZipFile(broken, "w") as zf:
        zf.writestr("collection.anki2", db[:4096] + b"\x00" * 64)
    expect_error(broken, "damaged")


def test_unknown_schema(package: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(package) as zf:
        (tmp_path / "c.db").write_bytes(zf.read("collection.anki2"))
    conn = sqlite3.connect(tmp_path / "c.db")
    conn.execute("UPDATE col SET ver = 99")
    conn.commit()
    conn.close()
    future = tmp_path / "future.apkg"
    with zipfile.ZipFile(future, "w") as zf:
        zf.write(tmp_path / "c.db", "collection.anki2")
    expect_error(future, "unknown Anki collection schema 99")


def test_cli_reports_bad_packages_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.apkg"
    path.write_bytes(b"PK\x03\x04 not really")
    assert main(["import", "anki", str(path), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"quizgen: {path}") and "Traceback" not in err
    assert not (tmp_path / "out").exists()
