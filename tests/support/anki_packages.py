"""Anki packages too large to keep in the repository, made by genanki and then grown with SQL."""

from __future__ import annotations

import sqlite3
import tempfile
import zipfile
from pathlib import Path

import genanki


def package_of_notes(path: Path, notes: int, chars: int = 150) -> Path:
    """A package (genanki) of one deck of `notes` basic notes, each side about `chars` characters long."""
    deck = genanki.Deck(1_234_567_890, "Big")
    for i in range(notes):
        fields = [f"Question {i} " + "q" * chars, f"Answer {i} " + "a" * chars]
        deck.add_note(genanki.Note(model=genanki.BASIC_MODEL, fields=fields, guid=f"g{i}"))
    genanki.Package(deck).write_to_file(str(path))
    return path


def package_of_text(path: Path, notes: int, chars_each: int) -> Path:
    """A package whose `notes` notes each hold `chars_each` characters: small zipped, large unpacked."""
    with tempfile.TemporaryDirectory() as work:
        small = package_of_notes(Path(work) / "small.apkg", 1)
        with zipfile.ZipFile(small) as zf:
            zf.extract("collection.anki2", work)
        collection = Path(work) / "collection.anki2"
        conn = sqlite3.connect(collection)
        note = conn.execute("SELECT id, guid, mid, mod, usn, tags, sfld, csum, flags, data FROM notes").fetchone()
        card = conn.execute("SELECT * FROM cards").fetchone()
        text = "x" * chars_each
        for i in range(1, notes):
            conn.execute(
                "INSERT INTO notes (id, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (note[0] + i, f"big{i}", *note[2:6], f"Front {i}\x1f{text}", *note[6:]),
            )
            conn.execute(
                f"INSERT INTO cards VALUES ({','.join('?' * len(card))})", (card[0] + i, note[0] + i, *card[2:])
            )
        conn.commit()
        conn.close()
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.write(collection, "collection.anki2")
            zf.writestr("media", "{}")
    return path
