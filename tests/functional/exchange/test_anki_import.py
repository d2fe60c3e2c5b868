"""`quizgen import anki` on packages the real Anki wrote from a user's collection, legacy and current format."""

from __future__ import annotations

from pathlib import Path

import pytest
from anki_backend import export_package, fresh_collection, import_package
from anki_collections import UserCollection

from quizgen.cli import main
from quizgen.deckio.loader import load_deck
from quizgen.exchange.anki import identity
from quizgen.exchange.anki.import_apkg import ImportResult
from quizgen.exchange.anki.import_apkg import import_package as read_decks
from quizgen.model.cards import AnyCard, BasicCard, ChoiceCard, ClozeCard, TypedCard


@pytest.fixture(scope="module")
def result(package: Path) -> ImportResult:
    return read_decks(package)


def by_note(result: ImportResult, user: UserCollection) -> dict[str, AnyCard]:
    """The imported cards by the short name of the note they came from."""
    names = {guid: name for name, guid in user.guids.items()}
    found: dict[str, AnyCard] = {}
    for deck in result.decks:
        for card in deck.cards:
            guid = identity.decode_foreign_id(card.uid) or identity.note_guid(deck.id, card.uid)
            found[names[guid]] = card
    return found


def test_decks_keep_their_names_and_hierarchical_tags(result: ImportResult) -> None:
    titles = {deck.title: deck for deck in result.decks}
    assert set(titles) == {"Science::Physics", "Languages::German", "Earlier::From quizgen"}
    physics = titles["Science::Physics"]
    tags = {tag for card in physics.cards for tag in [*physics.tags, *card.tags]}
    assert {"physics::relativity", "famous", "chemistry"} <= tags
    german = titles["Languages::German"]
    assert "lang::de::nouns" in {tag for card in german.cards for tag in [*german.tags, *card.tags]}


def test_basic_notes_keep_the_meaning_of_their_formatting(result: ImportResult, user: UserCollection) -> None:
    cards = by_note(result, user)
    assert (cards["sup"].front, cards["sup"].back) == ("E = mc²: whose?", "Einstein")  # type: ignore[union-attr]
    assert cards["sub"].back == "H₂O"  # type: ignore[union-attr]
    assert cards["list"].back == "1. observe\n2. guess"  # type: ignore[union-attr]
    assert cards["image"].front == "Which animal? [image: cat.png]"  # type: ignore[union-attr]
    assert cards["sound"].front == "Listen: [audio: hallo.mp3]"  # type: ignore[union-attr]
    assert all(isinstance(cards[n], BasicCard) and not cards[n].reverse for n in ("sup", "sub", "list"))  # type: ignore[union-attr]


def test_reversed_note_types_keep_both_directions(result: ImportResult, user: UserCollection) -> None:
    cards = by_note(result, user)
    for name, front, back in [
        ("reversed", "der Hund", "the dog"),
        ("optional-on", "die Katze", "the cat"),
        ("two-way", "das Haus", "the house"),
    ]:
        card = cards[name]
        assert isinstance(card, BasicCard) and (card.front, card.back, card.reverse) == (front, back, True), name
        assert card.study_items() == [0, 1]
    # "Add Reverse" switches the reverse card on; it is never card text.
    off = cards["optional-off"]
    assert isinstance(off, BasicCard) and (off.front, off.back, off.reverse) == ("die Maus", "the mouse", False)
    # A field both templates show on the back becomes the note, not part of the question.
    assert cards["two-way"].note == "neuter"


def test_type_in_the_answer_becomes_a_typed_card(result: ImportResult, user: UserCollection) -> None:
    card = by_note(result, user)["typein"]
    assert isinstance(card, TypedCard)
    assert (card.question, card.answer, card.accept) == ("The SI unit of force?", "newton", [])


def test_cloze_notes_and_image_occlusion(result: ImportResult, user: UserCollection) -> None:
    cards = by_note(result, user)
    cloze = cards["cloze"]
    assert isinstance(cloze, ClozeCard)
    assert cloze.text == "{{c1::Oxygen}} has the atomic number {{c2::8}}\nand the symbol O."
    assert cloze.note == "- a gas\n- reactive" and cloze.study_items() == [1, 2]
    assert "occlusion" not in cards
    messages = [str(w) for w in result.warnings]
    assert any("image occlusion notes are not supported" in m for m in messages)


def test_quizgen_notes_get_their_ids_back_unless_anki_formatting_was_flattened(
    result: ImportResult, user: UserCollection
) -> None:
    earlier = next(deck for deck in result.decks if deck.title == "Earlier::From quizgen")
    assert earlier.id == "earlier"
    ids = [card.uid for card in earlier.cards]
    assert ids[0] == "plain" and ids[2] == "pick"
    assert isinstance(earlier.card("pick"), ChoiceCard)
    # Bold added in Anki is gone from the card: the card no longer speaks for that note.
    assert identity.decode_foreign_id(ids[1]) == "qz1:earlier:formatted"
    # Every stock or custom note keeps its GUID in an anki- id; 11 notes of other types, 1 flattened.
    assert result.from_anki == 12


def test_mapping_lines_and_media_warnings(result: ImportResult) -> None:
    lines = "\n".join(result.mappings)
    assert "'Basic (and reversed card)' became basic cards asked both ways: Front → front; Back → back" in lines
    assert "'Basic (optional reversed card)'" in lines and "Add Reverse → left out" in lines
    assert "'Basic (type in the answer)' became typed cards: Front → question; Back → answer" in lines
    assert "'Vocab (two-way)'" in lines and "Notes → note" in lines
    assert "'Basic'" not in lines and "'Cloze'" not in lines and "Image Occlusion" not in lines
    messages = [str(w) for w in result.warnings]
    assert any("cat.png" in m and "media left as marks in the text" in m for m in messages)  # exported without media
    assert any("hallo.mp3" in m for m in messages)


def test_cli_writes_valid_decks_and_reports(package: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "yaml"
    assert main(["import", "anki", str(package), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert "wrote" in captured.out and "Vocab (two-way)" in captured.err and "cat.png" in captured.err
    assert "12 cards came from Anki notes that quizgen does not write back" in captured.out
    written = sorted(p.name for p in out.iterdir())
    assert written == ["earlier.yaml", "languages-german.yaml", "science-physics.yaml"]
    assert main(["validate", str(out)]) == 0
    assert len(load_deck(out / "languages-german.yaml").cards) == 5


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
