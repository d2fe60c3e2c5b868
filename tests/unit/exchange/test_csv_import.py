"""`quizgen import csv`: delimiters, headers, Anki's plain-text export, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.cli import main
from quizgen.deckio.loader import load_deck
from quizgen.errors import ImportFormatError
from quizgen.exchange.anki.identity import decode_foreign_id
from quizgen.exchange.csv_import import import_csv


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def pairs(path: Path, **kwargs: str) -> list[tuple[str, str]]:
    [deck] = import_csv(path, **kwargs).decks
    return [(c.front, c.back) for c in deck.cards]  # type: ignore[union-attr]


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
    assert (result.decks[0].id, result.decks[0].title) == ("spanish-words", "Spanish words")
    assert pairs(path) == [("hola", "hello")]
    assert import_csv(path, title="Mine", deck_id="mine").decks[0].title == "Mine"


def test_multiline_quoted_cells_and_trailing_empty_cells(tmp_path: Path) -> None:
    path = write(tmp_path, "m.csv", 'front,back,\n"two\nlines",x,\n')
    assert pairs(path) == [("two\nlines", "x")]


def test_anki_plain_text_export(tmp_path: Path) -> None:
    text = (
        "#separator:tab\n#html:true\n#guid column:1\n#tags column:4\n"
        "wfNw>6ef0d\t<b>hola</b>\thello&nbsp;<br>there\tes greet\n"
    )
    path = write(tmp_path, "anki.txt", text)
    card = import_csv(path).decks[0].cards[0]
    assert (card.front, card.back, card.tags) == ("hola", "hello\nthere", ["es", "greet"])  # type: ignore[union-attr]
    assert decode_foreign_id(card.uid) == "wfNw>6ef0d"


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = write(tmp_path, "excel.txt", "hola\thello\n".encode("utf-16"))
    assert pairs(path) == [("hola", "hello")]


def test_empty_sides_are_skipped_with_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path, "gaps.csv", "a,b\nc,\n\n,d\ne,f\n")
    result = import_csv(path)
    assert [(c.front, c.back) for c in result.decks[0].cards] == [("a", "b"), ("e", "f")]  # type: ignore[union-attr]
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
    assert "2 cards ('Quizlet set', separated by tabs)" in capsys.readouterr().out
    deck = load_deck(out)
    assert deck.title == "Quizlet set" and deck.cards[0].front == "<script>"  # type: ignore[union-attr]


def test_cli_never_half_writes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = write(tmp_path, "deck.yaml", "precious: true\n")
    path = write(tmp_path, "bad.csv", "a,b\nc\n")
    assert main(["import", "csv", str(path), "-o", str(out), "--force"]) == 1
    assert "bad.csv:2: row has 1 column;" in capsys.readouterr().err
    assert out.read_text() == "precious: true\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv", "deck.yaml"]


def test_quizlet_keeps_quotes_at_the_start_of_a_definition(tmp_path: Path) -> None:
    # Quizlet's export never quotes: these quotes are part of the text.
    text = (
        'hamlet\t"To be, or not to be"\n'
        'quote\t"Veni, vidi, vici" said Caesar\n'
        'open\t"a quote that never closes\n'
        "next\tthe row after it\n"
        'last\tends with a quote"\n'
    )
    path = write(tmp_path, "quizlet.txt", text)
    result = import_csv(path)
    assert pairs(path) == [
        ("hamlet", '"To be, or not to be"'),
        ("quote", '"Veni, vidi, vici" said Caesar'),
        ("open", '"a quote that never closes'),
        ("next", "the row after it"),
        ("last", 'ends with a quote"'),
    ]
    messages = [(w.line, w.message) for w in result.warnings]
    assert messages == [(3, "a quote opens a field that would swallow lines 4-5; read as text")]


def test_tab_files_still_unquote_what_needed_quotes(tmp_path: Path) -> None:
    # Anki and spreadsheets quote a cell only when it holds a tab, a line break or a quote.
    text = 'a\t"has\ta tab"\nb\t"says ""hi"""\nc\t"two\nlines"\nd\tplain\n'
    path = write(tmp_path, "tabs.tsv", text)
    result = import_csv(path)
    assert pairs(path) == [("a", "has\ta tab"), ("b", 'says "hi"'), ("c", "two\nlines"), ("d", "plain")]
    assert [(w.line, w.message) for w in result.warnings] == [
        (3, "a quoted field runs over lines 3-4; check its quotes if that was not meant")
    ]
    assert [c.front for c in result.decks[0].cards] == ["a", "b", "c", "d"]


def test_an_unmatched_quote_in_a_csv_file_never_swallows_the_rows_after_it(tmp_path: Path) -> None:
    path = write(tmp_path, "broken.csv", 'a,"b\nc,d\ne,"f" and more\ng,h\n')
    result = import_csv(path)
    assert pairs(path) == [("a", '"b'), ("c", "d"), ("e", '"f" and more'), ("g", "h")]
    assert [(w.line, w.message) for w in result.warnings] == [
        (1, "a quoted field has text after its closing quote; read as text"),
        (3, "a quoted field has text after its closing quote; read as text"),
    ]


def test_a_csv_field_over_lines_is_kept_with_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path, "multi.csv", 'a,"one, two\nthree"\nb,c\n')
    result = import_csv(path)
    assert pairs(path) == [("a", "one, two\nthree"), ("b", "c")]
    assert [(w.line, w.message) for w in result.warnings] == [
        (1, "a quoted field runs over lines 1-2; check its quotes if that was not meant")
    ]


def test_a_field_over_the_size_limit_is_one_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "huge.csv", "a,b\nc," + "x" * 200_000 + "\n")
    with pytest.raises(ImportFormatError, match=r"huge\.csv:2: a field is longer than 131,072 characters"):
        import_csv(path)
    out = tmp_path / "huge.yaml"
    assert main(["import", "csv", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("quizgen: ") and len(err.splitlines()) == 1 and "Traceback" not in err
    assert not out.exists()


def test_a_field_over_the_limit_through_a_stray_quote_names_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "stray.csv", 'a,b\nc,"' + "word, " * 30_000 + '"\n')
    with pytest.raises(ImportFormatError, match=r"stray\.csv:2: a field is longer"):
        import_csv(path)
