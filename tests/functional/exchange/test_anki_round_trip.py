"""Anki → quizgen → Anki, back into the very collection the notes came from, with and without
"Merge note types": quizgen never changes a note it did not write, and adds nothing unasked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from anki.collection import Collection
from anki_backend import import_package
from anki_collections import UserCollection

from quizgen.cli import main
from quizgen.deckio.dump import save_deck
from quizgen.deckio.loader import load_deck

QUIZGEN_TYPES = {"quizgen Basic", "quizgen Cloze", "quizgen Choice", "quizgen True/False", "quizgen Typed"}

Snapshot = dict[str, tuple[str, tuple[str, ...], tuple[str, ...], tuple[int, ...]]]


def snapshot(col: Collection) -> Snapshot:
    """Every note by GUID: its note type, its fields, its tags, and the templates of its cards."""
    notes: Snapshot = {}
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        ords = tuple(sorted(card.ord for card in note.cards()))
        notes[note.guid] = (note.note_type()["name"], tuple(note.fields), tuple(sorted(note.tags)), ords)  # type: ignore[index]
    return notes


def copy_of(user: UserCollection, folder: Path) -> Collection:
    folder.mkdir()
    shutil.copy(user.path, folder / "collection.anki2")
    return Collection(str(folder / "collection.anki2"))


def through_quizgen(package: Path, tmp_path: Path, *export_args: str) -> Path:
    """The package imported into YAML decks with `quizgen import anki`, then exported again."""
    decks, out = tmp_path / "decks", tmp_path / "back.apkg"
    assert main(["import", "anki", str(package), "-o", str(decks)]) == 0
    assert main(["export", "anki", str(decks), "-o", str(out), *export_args]) == 0
    return out


def test_exporting_an_imported_collection_leaves_that_collection_as_it_was(
    user: UserCollection, package: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    back = through_quizgen(package, tmp_path)
    assert "left out 12 cards imported from Anki notes" in capsys.readouterr().out
    col = copy_of(user, tmp_path / "anki")
    before, cards = snapshot(col), col.card_count()
    assert cards == 19
    for merge in (False, True):
        log = import_package(col, back, merge_notetypes=merge)
        assert len(log.new) == 0 and len(log.conflicting) == 0
        # Only the two quizgen notes that import left as they were come back, as themselves.
        assert {n.fields[0] for n in [*log.updated, *log.duplicate]} == {"What is 2 + 2?", "Which is a noble gas?"}
        assert snapshot(col) == before, f"merge_notetypes={merge}"
        assert col.card_count() == cards
    assert col.fix_integrity()[1]
    col.close()


def test_imported_cards_go_back_only_as_new_notes_beside_the_originals(
    user: UserCollection, package: Path, tmp_path: Path
) -> None:
    back = through_quizgen(package, tmp_path, "--include-imported")
    col = copy_of(user, tmp_path / "anki")
    before, cards = snapshot(col), col.card_count()
    log = import_package(col, back, merge_notetypes=True)
    after = snapshot(col)
    # Every original note is as it was: no stock note changed type, no field was flattened.
    assert {guid: after[guid] for guid in before} == before
    added = {guid: note for guid, note in after.items() if guid not in before}
    assert len(log.new) == len(added) == 12
    assert {note[0] for note in added.values()} <= QUIZGEN_TYPES | {"quizgen Basic (optional reversed card)"}
    assert all(guid.startswith("qz1:") for guid in added)
    # 12 notes: 3 reversed basic cards (2 Anki cards each), a cloze with 2 numbers, 8 one-card notes.
    assert col.card_count() == cards + 3 * 2 + 2 + 8
    # Exported again, the copies update themselves and add nothing.
    log = import_package(col, back, merge_notetypes=True)
    assert len(log.new) == 0 and snapshot(col) == after
    col.close()


def test_an_edited_quizgen_card_updates_its_note_and_nothing_else(
    user: UserCollection, package: Path, tmp_path: Path
) -> None:
    decks = tmp_path / "decks"
    assert main(["import", "anki", str(package), "-o", str(decks)]) == 0
    deck = load_deck(decks / "earlier.yaml")
    deck.card("plain").back = "four"  # type: ignore[union-attr]
    save_deck(deck, decks / "earlier.yaml")
    assert main(["export", "anki", str(decks), "-o", str(tmp_path / "back.apkg")]) == 0
    col = copy_of(user, tmp_path / "anki")
    before = snapshot(col)
    import_package(col, tmp_path / "back.apkg", merge_notetypes=True)
    after = snapshot(col)
    changed = {guid for guid in before if after[guid] != before[guid]}
    assert changed == {"qz1:earlier:plain"}
    assert after["qz1:earlier:plain"][1][:2] == ("What is 2 + 2?", "four")
    col.close()
