"""Helpers that drive the real Anki backend (the `anki` package) in tests."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from anki.collection import (
    Collection,
    ExportAnkiPackageOptions,
    ImportAnkiPackageOptions,
    ImportAnkiPackageRequest,
)
from anki.import_export_pb2 import ImportResponse


def fresh_collection(folder: Path, name: str = "collection.anki2") -> Collection:
    """A new, empty Anki collection in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    return Collection(str(folder / name))


def import_package(col: Collection, package: Path, merge_notetypes: bool = False) -> ImportResponse.Log:
    """Import an .apkg the way Anki's File > Import does, without scheduling; the import log."""
    options = ImportAnkiPackageOptions(with_scheduling=False, with_deck_configs=False, merge_notetypes=merge_notetypes)
    request = ImportAnkiPackageRequest(package_path=str(package), options=options)
    return col.import_anki_package(request).log


def notes_per_type(col: Collection) -> Counter[str]:
    """How many notes the collection holds of each note type, by name."""
    return Counter(col.get_note(nid).note_type()["name"] for nid in col.find_notes(""))  # type: ignore[index]


def cards_per_type(col: Collection) -> Counter[str]:
    """How many cards the collection holds of each note type, by name."""
    return Counter(col.get_card(cid).note_type()["name"] for cid in col.find_cards(""))  # type: ignore[index]


def note_by_guid(col: Collection, guid: str):  # type: ignore[no-untyped-def]
    """The note with `guid`."""
    nid = col.db.scalar("SELECT id FROM notes WHERE guid = ?", guid)
    assert nid, f"no note with GUID {guid}"
    return col.get_note(nid)


def export_package(col: Collection, path: Path, legacy: bool) -> Path:
    """Export the whole collection as an .apkg: legacy (collection.anki21) or current (collection.anki21b)."""
    options = ExportAnkiPackageOptions(with_scheduling=False, with_deck_configs=False, with_media=False, legacy=legacy)
    col.export_anki_package(out_path=str(path), options=options, limit=None)
    return path


def export_notes_text(col: Collection, path: Path, everything: bool = True) -> Path:
    """Export the collection as Anki's "Notes in Plain Text": with HTML, tags, deck, note type and GUID
    columns (`everything`), or bare fields without HTML."""
    col.export_note_csv(
        out_path=str(path),
        limit=None,
        with_html=everything,
        with_tags=everything,
        with_deck=everything,
        with_notetype=everything,
        with_guid=everything,
    )
    return path
