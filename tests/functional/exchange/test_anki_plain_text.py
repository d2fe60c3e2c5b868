"""`quizgen import csv` on Anki's "Notes in Plain Text" export, written by the real Anki."""

from __future__ import annotations

from pathlib import Path

import pytest
from anki_backend import export_notes_text
from anki_collections import UserCollection

from quizgen.cli import main
from quizgen.deckio.loader import load_deck
from quizgen.exchange.anki import identity, stock, templates
from quizgen.exchange.anki.import_apkg import import_package
from quizgen.exchange.anki.read_package import NoteType, Template
from quizgen.exchange.csv_import import CsvImport, import_csv
from quizgen.model.cards import BasicCard, ChoiceCard, ClozeCard, Deck, TypedCard


@pytest.fixture(scope="module")
def notes_file(user: UserCollection, tmp_path_factory: pytest.TempPathFactory) -> Path:
    col = user.open()
    path = export_notes_text(col, tmp_path_factory.mktemp("text") / "notes.txt")
    col.close()
    return path


@pytest.fixture(scope="module")
def result(notes_file: Path) -> CsvImport:
    return import_csv(notes_file)


def by_title(decks: list[Deck]) -> dict[str, Deck]:
    return {deck.title: deck for deck in decks}


def test_the_file_is_anki_s_with_every_column(notes_file: Path) -> None:
    head = notes_file.read_text(encoding="utf-8").splitlines()[:6]
    assert head[:2] == ["#separator:tab", "#html:true"]
    assert {"#guid column:1", "#notetype column:2", "#deck column:3"} <= set(head)


def test_the_deck_column_splits_decks(result: CsvImport) -> None:
    decks = by_title(result.decks)
    assert set(decks) == {"Science::Physics", "Languages::German", "Earlier::From quizgen"}
    assert [len(decks[t].cards) for t in ("Science::Physics", "Languages::German", "Earlier::From quizgen")] == [
        6,
        5,
        3,
    ]


def test_rows_padded_to_the_widest_note_type_all_import(result: CsvImport) -> None:
    german = by_title(result.decks)["Languages::German"]
    cards = {card.front: card for card in german.cards if isinstance(card, BasicCard)}
    assert (cards["die Katze"].back, cards["die Katze"].reverse) == ("the cat", True)
    assert (cards["die Maus"].back, cards["die Maus"].reverse) == ("the mouse", False)
    assert cards["der Hund"].reverse
    # A note type of the user's own: the file names it but does not hold its templates.
    assert (cards["das Haus"].back, cards["das Haus"].reverse) == ("the house\nneuter", False)


def test_the_note_type_column_makes_each_note_the_card_it_is(result: CsvImport) -> None:
    physics = by_title(result.decks)["Science::Physics"]
    [cloze] = [card for card in physics.cards if isinstance(card, ClozeCard)]
    assert cloze.text == "{{c1::Oxygen}} has the atomic number {{c2::8}}\nand the symbol O."
    assert cloze.study_items() == [1, 2]
    [typed] = [card for card in physics.cards if isinstance(card, TypedCard)]
    assert (typed.question, typed.answer) == ("The SI unit of force?", "newton")
    earlier = by_title(result.decks)["Earlier::From quizgen"]
    assert isinstance(earlier.card("pick"), ChoiceCard)
    assert earlier.card("pick").choices == ["argon", "iron", "salt"]  # type: ignore[union-attr]
    messages = [str(w) for w in result.warnings]
    assert any("image occlusion notes are not supported" in m and ":" in m.split("warning")[0] for m in messages)


def test_cards_have_the_ids_an_apkg_of_the_same_collection_gives(result: CsvImport, package: Path) -> None:
    from_package = {card.uid for deck in import_package(package).decks for card in deck.cards}
    from_text = {card.uid for deck in result.decks for card in deck.cards}
    assert from_text == from_package
    assert result.from_anki == 12
    assert all(identity.from_anki(uid) or uid in ("plain", "pick") for uid in from_text)


def test_the_cli_writes_one_deck_file_per_deck(
    notes_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "decks"
    assert main(["import", "csv", str(notes_file), "-o", str(out)]) == 0
    printed = capsys.readouterr()
    assert sorted(p.name for p in out.iterdir()) == ["earlier.yaml", "languages-german.yaml", "science-physics.yaml"]
    assert "12 cards came from Anki notes" in printed.out
    assert main(["validate", str(out)]) == 0
    assert load_deck(out / "earlier.yaml").card("plain").back == "4"  # type: ignore[union-attr]
    assert main(["import", "csv", str(notes_file), "--title", "One"]) == 1
    assert "holds 3 decks (#deck column); --title and --id name a single deck" in capsys.readouterr().err


def test_the_bare_export_without_html_or_columns_imports_too(user: UserCollection, tmp_path: Path) -> None:
    col = user.open()
    path = export_notes_text(col, tmp_path / "bare.txt", everything=False)
    col.close()
    result = import_csv(path)
    [deck] = result.decks
    fronts = [card.prompt() for card in deck.cards]
    assert "E = mc2: whose?" in fronts, "without HTML, Anki itself has flattened the formatting"
    assert "{{c1::Oxygen}} has the atomic number {{c2::8}} and the symbol O." in fronts
    assert any("became basic cards" in line for line in result.mappings)


def test_the_stock_note_types_known_by_name_are_anki_s(user: UserCollection) -> None:
    col = user.open()
    try:
        for name in stock.STOCK:
            model = col.models.by_name(name)
            assert model is not None, name
            real = NoteType(
                model["id"],
                name,
                [f["name"] for f in model["flds"]],
                model["type"] == 1,
                [Template(t["name"], t["qfmt"], t["afmt"]) for t in model["tmpls"]],
            )
            known = stock.note_type(name, len(real.fields), 1)
            assert known.fields == real.fields and known.is_cloze == real.is_cloze, name
            assert templates.shape(known) == templates.shape(real), name
            assert [t.name for t in known.templates] == [t.name for t in real.templates], name
    finally:
        col.close()
