"""Helpers that drive the real Anki backend (the `anki` package) in tests."""

from __future__ import annotations

import multiprocessing
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from anki.collection import (
    Collection,
    ExportAnkiPackageOptions,
    ImportAnkiPackageOptions,
    ImportAnkiPackageRequest,
)
from anki.import_export_pb2 import ImportResponse

T = TypeVar("T")


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


def scheduled_cards(package: str, folder: str) -> dict[str, Any]:
    """Import `package` with scheduling into a new FSRS collection in `folder`, as Anki's File > Import does
    with "Import any learning progress" ticked; what Anki then holds of every card, its day count and what
    Check Database says. Plain data, so that it can come back from another process."""
    col = fresh_collection(Path(folder))
    col.set_config("fsrs", True)
    options = ImportAnkiPackageOptions(with_scheduling=True, with_deck_configs=False)
    col.import_anki_package(ImportAnkiPackageRequest(package_path=package, options=options))
    cards = []
    for cid in col.find_cards(""):
        card = col.get_card(cid)
        memory = card.memory_state
        cards.append(
            {
                "guid": col.get_note(card.nid).guid,
                "ord": card.ord,
                "type": card.type,
                "queue": card.queue,
                "due": card.due,
                "reviews": col.db.scalar("SELECT count() FROM revlog WHERE cid = ?", cid),
                "stability": memory.stability if memory else None,
                "difficulty": memory.difficulty if memory else None,
            }
        )
    today = col.sched.today
    message, ok = col.fix_integrity()
    col.close()
    return {"today": today, "cards": cards, "integrity": (message, ok)}


def in_own_process(function: Callable[..., T], *args: Any) -> T:
    """Run `function(*args)` in a new interpreter, which reads the local time zone afresh: Anki's backend
    keeps the time zone it first saw in a process, so a test of another zone runs it elsewhere."""
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        return pool.apply(function, args)
