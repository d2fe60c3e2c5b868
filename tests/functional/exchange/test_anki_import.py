"""`quizgen import anki` on packages written by the real Anki, in the legacy and the current format."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest
from anki.collection import Collection
from anki_backend import export_package, fresh_collection, import_package, note_by_guid

from quizgen.cli import main
from quizgen.deckio.loader import load_deck
from quizgen.exchange.anki import identity
from quizgen.exchange.anki.export import export_decks
from quizgen.exchange.anki.import_apkg import import_package as read_decks
from quizgen.model.cards import BasicCard, ClozeCard, Deck


def build_collection(folder: Path) -> tuple[Collection, dict[str, str]]:
    """A collection with Basic, Cloze and a custom note type; the GUID of each note, by a short name."""
    col = fresh_collection(folder)
    spanish = col.decks.id("Languages::Spanish")
    trivia = col.decks.id("Trivia")
    trivia_deck = col.decks.get(trivia)
    trivia_deck["desc"] = "Facts <b>and</b> figures"  # type: ignore[index]
    col.decks.save(trivia_deck)  # type: ignore[arg-type]
    guids: dict[str, str] = {}

    basic = col.new_note(col.models.by_name("Basic"))  # type: ignore[arg-type]
    basic["Front"] = "<b>Hola</b>&nbsp;amigo"
    basic["Back"] = "Hello<div>friend</div>"
    basic.tags = ["greetings", "es::basics"]
    col.add_note(basic, spanish)
    guids["basic"] = basic.guid

    cloze = col.new_note(col.models.by_name("Cloze"))  # type: ignore[arg-type]
    cloze["Text"] = "{{c1::Madrid}} is the capital of {{c2::Spain}} &amp; more"
    cloze["Back Extra"] = "Since 1561."
    cloze.tags = ["geo"]
    col.add_note(cloze, trivia)
    guids["cloze"] = cloze.guid

    models = col.models
    vocab = models.new("Vocabulary")
    for name in ("Word", "Meaning", "Example"):
        models.add_field(vocab, models.new_field(name))
    template = models.new_template("Recognise")
    template["qfmt"] = "{{Word}}"
    template["afmt"] = "{{FrontSide}}<hr id=answer>{{Meaning}}<br>{{Example}}"
    models.add_template(vocab, template)
    models.add(vocab)
    word = col.new_note(col.models.by_name("Vocabulary"))  # type: ignore[arg-type]
    word["Word"] = 'gato <img src="cat.jpg">'
    word["Meaning"] = "cat [sound:gato.mp3]"
    word["Example"] = "El gato duerme."
    col.add_note(word, spanish)
    guids["vocab"] = word.guid

    half = col.new_note(col.models.by_name("Vocabulary"))  # type: ignore[arg-type]
    half["Word"] = "perro"
    col.add_note(half, spanish)
    guids["half"] = half.guid
    return col, guids


@pytest.fixture(params=[True, False], ids=["legacy-anki21", "current-anki21b"])
def package(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, dict[str, str]]:
    col, guids = build_collection(tmp_path / "source")
    path = export_package(col, tmp_path / "anki.apkg", legacy=request.param)
    col.close()
    expected = "collection.anki21" if request.param else "collection.anki21b"
    assert expected in zipfile.ZipFile(path).namelist()
    return path, guids


def cards_by_guid(decks: list[Deck]) -> dict[str, object]:
    return {identity.note_guid(deck.id, card.uid): card for deck in decks for card in deck.cards}


def test_basic_cloze_and_custom_notes_become_cards(package: tuple[Path, dict[str, str]]) -> None:
    path, guids = package
    result = read_decks(path)
    assert {deck.title for deck in result.decks} == {"Languages::Spanish", "Trivia"}
    assert {deck.id for deck in result.decks} == {"languages-spanish", "trivia"}
    assert {deck.title: deck.description for deck in result.decks}["Trivia"] == "Facts and figures"
    cards = cards_by_guid(result.decks)

    basic = cards[guids["basic"]]
    assert isinstance(basic, BasicCard)
    assert (basic.front, basic.back) == ("Hola amigo", "Hello\nfriend")

    cloze = cards[guids["cloze"]]
    assert isinstance(cloze, ClozeCard)
    assert cloze.text == "{{c1::Madrid}} is the capital of {{c2::Spain}} & more"
    assert cloze.note == "Since 1561."
    assert cloze.study_items() == [1, 2]

    word = cards[guids["vocab"]]
    assert isinstance(word, BasicCard)
    assert word.front == "gato [image: cat.jpg]"
    assert word.back == "cat [audio: gato.mp3]\nEl gato duerme."


def test_tags_mapping_and_media_are_reported(package: tuple[Path, dict[str, str]]) -> None:
    path, guids = package
    result = read_decks(path)
    spanish = next(d for d in result.decks if d.title == "Languages::Spanish")
    basic = cards_by_guid(result.decks)[guids["basic"]]
    assert sorted([*spanish.tags, *basic.tags]) == ["es::basics", "greetings"]  # type: ignore[attr-defined]
    assert len(result.mappings) == 1
    assert "Vocabulary" in result.mappings[0] and "Word → front" in result.mappings[0]
    messages = [str(w) for w in result.warnings]
    assert any("cat.jpg" in m and "gato.mp3" in m for m in messages)
    # The note with only a word has no back: left out, and said so.
    assert guids["half"] not in cards_by_guid(result.decks)
    assert any("skipped" in m and "no back" in m for m in messages)


def test_cli_writes_valid_decks_and_reports(
    package: tuple[Path, dict[str, str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = package
    out = tmp_path / "yaml"
    assert main(["import", "anki", str(path), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert "wrote" in captured.out and "Vocabulary" in captured.err and "cat.jpg" in captured.err
    written = sorted(p.name for p in out.iterdir())
    assert written == ["languages-spanish.yaml", "trivia.yaml"]
    assert main(["validate", str(out)]) == 0
    assert len(load_deck(out / "trivia.yaml").cards) == 1


def test_exporting_imported_notes_keeps_their_guids(package: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    path, guids = package
    out = tmp_path / "yaml"
    assert main(["import", "anki", str(path), "-o", str(out)]) == 0
    deck = load_deck(out / "languages-spanish.yaml")
    deck.card(identity.foreign_card_id(guids["basic"])).back = "Hello, friend"
    trivia = load_deck(out / "trivia.yaml")
    # Exported a day later, as after an edit: Anki takes the newer notes.
    export_decks([deck, trivia], tmp_path / "back.apkg", timestamp=time.time() + 86_400)

    # Into the collection the notes came from: the same notes, no new ones.
    col = Collection(str(tmp_path / "source" / "collection.anki2"))
    before = col.note_count()
    log = import_package(col, tmp_path / "back.apkg")
    assert len(log.new) == 0 and col.note_count() == before
    # Anki updates a note of another note type only when asked to merge note types.
    log = import_package(col, tmp_path / "back.apkg", merge_notetypes=True)
    assert len(log.new) == 0 and col.note_count() == before
    assert note_by_guid(col, guids["basic"])["Back"] == "Hello, friend"
    assert note_by_guid(col, guids["cloze"])["Text"].startswith("{{c1::Madrid}}")
    assert col.fix_integrity()[1]
    col.close()


def test_a_full_circle_through_anki_keeps_quizgen_ids(tmp_path: Path) -> None:
    source = tmp_path / "deck.yaml"
    source.write_text(
        "id: circle\ntitle: Circle::Inner\ntags: [t]\ncards:\n"
        "  - {id: one, type: basic, front: 'x < y?', back: yes, note: a note}\n"
        "  - {type: cloze, text: 'The {{c1::sun}} and the {{c2::moon}}.', note: both}\n"
        "  - {type: typed, question: Two?, answer: '2', accept: [two]}\n",
        encoding="utf-8",
    )
    assert main(["export", "anki", str(source), "-o", str(tmp_path / "a.apkg")]) == 0
    col = fresh_collection(tmp_path / "anki")
    import_package(col, tmp_path / "a.apkg")
    export_package(col, tmp_path / "b.apkg", legacy=False)
    col.close()
    assert main(["import", "anki", str(tmp_path / "b.apkg"), "-o", str(tmp_path / "back.yaml")]) == 0
    original, back = load_deck(source), load_deck(tmp_path / "back.yaml")
    assert (back.id, back.title) == (original.id, original.title)
    assert [c.uid for c in back.cards] == [c.uid for c in original.cards]
    strip = {"id", "tags"}
    assert [c.model_dump(exclude=strip) for c in back.cards] == [c.model_dump(exclude=strip) for c in original.cards]
