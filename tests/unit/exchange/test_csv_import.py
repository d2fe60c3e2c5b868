"""`quizgen import csv`: delimiters, headers, Anki's plain-text export, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.cli import main
from quizgen.deckio.loader import load_deck
from quizgen.errors import ImportFormatError
from quizgen.exchange.anki.identity import note_guid
from quizgen.exchange.csv_import import import_csv


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def pairs(path: Path, **kwargs: str) -> list[tuple[str, str]]:
    return [(c.front, c.back) for c in import_csv(path, **kwargs).deck.cards]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("hola\thello\nadiós\tgoodbye, friend\n", "\t"),
        ('hola,hello\nadiós,"goodbye, friend"\n', ","),
        ("hola;hello\nadiós;goodbye, friend\n", ";"),
        ("hola|hello\nadiós|goodbye, friend\n", "|"),
    ],
    ids=["tab", "comma", "semicolon", "pipe"],
)
def test_delimiters_are_detected(tmp_path: Path, text: str, delimiter: str) -> None:
    path = write(tmp_path, "spanish.txt", text)
    result = import_csv(path)
    assert result.delimiter == delimiter and not result.header
    assert pairs(path) == [("hola", "hello"), ("adiós", "goodbye, friend")]


def test_header_row_is_skipped_and_names_come_from_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "Spanish_words.csv", "\ufeffTerm,Definition\nhola,hello\n")
    result = import_csv(path)
    assert result.header
    assert (result.deck.id, result.deck.title) == ("spanish-words", "Spanish words")
    assert pairs(path) == [("hola", "hello")]
    assert import_csv(path, title="Mine", deck_id="mine").deck.title == "Mine"


def test_multiline_quoted_cells_and_trailing_empty_cells(tmp_path: Path) -> None:
    path = write(tmp_path, "m.csv", 'front,back,\n"two\nlines",x,\n')
    assert pairs(path) == [("two\nlines", "x")]


def test_anki_plain_text_export(tmp_path: Path) -> None:
    text = (
        "#separator:tab\n#html:true\n#guid column:1\n#tags column:4\n"
        "wfNw>6ef0d\t<b>hola</b>\thello&nbsp;<br>there\tes greet\n"
    )
    path = write(tmp_path, "anki.txt", text)
    card = import_csv(path).deck.cards[0]
    assert (card.front, card.back, card.tags) == ("hola", "hello\nthere", ["es", "greet"])  # type: ignore[union-attr]
    assert note_guid("any", card.uid) == "wfNw>6ef0d"


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = write(tmp_path, "excel.txt", "hola\thello\n".encode("utf-16"))
    assert pairs(path) == [("hola", "hello")]


def test_empty_sides_are_skipped_with_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path, "gaps.csv", "a,b\nc,\n\n,d\ne,f\n")
    result = import_csv(path)
    assert [(c.front, c.back) for c in result.deck.cards] == [("a", "b"), ("e", "f")]  # type: ignore[union-attr]
    assert [(w.line, "back" in w.message) for w in result.warnings] == [(2, True), (4, False)]


def test_ragged_rows_name_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "ragged.csv", "a,b\nc,d\ne,f,g\n")
    with pytest.raises(ImportFormatError, match=r"ragged\.csv:3: row has 3 columns; expected 2"):
        import_csv(path)


def test_wrong_encoding_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "latin.csv", "a,b\ncaf\xe9,coffee\n".encode("latin-1"))
    with pytest.raises(ImportFormatError, match=r"latin\.csv:2: is not UTF-8 text \(byte 0xe9\)"):
        import_csv(path)


def test_files_without_cards_and_bad_ids(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="no rows"):
        import_csv(write(tmp_path, "empty.csv", "front,back\n"))
    with pytest.raises(ImportFormatError, match="no such file"):
        import_csv(tmp_path / "missing.csv")
    with pytest.raises(ImportFormatError, match="--id 'Bad Id'"):
        import_csv(write(tmp_path, "ok.csv", "a,b\n"), deck_id="Bad Id")
    with pytest.raises(ImportFormatError, match="not a text file"):
        import_csv(write(tmp_path, "bin.csv", b"a\x00,b\n"))


def test_cli_writes_a_valid_deck(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "quizlet.txt", "<script>\ttag\nhola\thello\n")
    assert main(["import", "csv", str(path), "--title", "Quizlet set"]) == 0
    out = tmp_path / "quizlet.yaml"
    assert "2 cards (separated by tabs)" in capsys.readouterr().out
    deck = load_deck(out)
    assert deck.title == "Quizlet set" and deck.cards[0].front == "<script>"  # type: ignore[union-attr]


def test_cli_never_half_writes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = write(tmp_path, "deck.yaml", "precious: true\n")
    path = write(tmp_path, "bad.csv", "a,b\nc\n")
    assert main(["import", "csv", str(path), "-o", str(out), "--force"]) == 1
    assert "bad.csv:2: row has 1 column;" in capsys.readouterr().err
    assert out.read_text() == "precious: true\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv", "deck.yaml"]
