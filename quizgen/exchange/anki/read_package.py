"""Open an Anki package (.apkg) and read its decks, note types and notes.

A package is a zip holding one SQLite collection, in one of three forms:
`collection.anki21b` (zstd-compressed, schema 18: note types and decks in their
own tables, settings as protobuf), written by Anki 2.1.50 and later by default;
`collection.anki21` (schema 11: note types and decks as JSON in the `col` table),
written when "support older Anki versions" is ticked; and `collection.anki2`
(schema 11 too), written by old Anki and by genanki. A package holding a newer
form also holds a stub `collection.anki2`, so the newest form present is read.
"""

from __future__ import annotations

import json
import os
import sqlite3
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import BinaryIO, Protocol
from urllib.parse import quote

import zstandard

from quizgen.atomic import scratch_folder
from quizgen.deckio.deckfiles import MAX_BYTES
from quizgen.errors import ImportFormatError
from quizgen.exchange.anki.scheduling import Scheduling, read_scheduling
from quizgen.inputs import NotARegularFile, binary_size, open_regular

COLLECTIONS = ("collection.anki21b", "collection.anki21", "collection.anki2")
"""Collection files of a package, newest format first."""
MAX_COLLECTION_BYTES = 1 << 30
"""Collections larger than this (uncompressed) are refused."""
MAX_NOTE_TEXT = 4 * MAX_BYTES
"""How many characters the notes of one package may hold in all (four deck files' worth): memory stays bounded."""
_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Template:
    """A card template of a note type: its name, and the HTML of its front and back."""

    name: str
    front: str
    back: str


@dataclass
class NoteType:
    """A note type: its fields and card templates in order, and whether it is a cloze type."""

    id: int
    name: str
    fields: list[str]
    is_cloze: bool
    templates: list[Template] = field(default_factory=list)


@dataclass
class AnkiDeck:
    """An Anki deck: its full `Parent::Child` name and description (HTML)."""

    id: int
    name: str
    description: str = ""


@dataclass
class AnkiNote:
    """A note: GUID, note type, field HTML, tags, the deck of its first card, and its cards' template numbers."""

    id: int
    guid: str
    notetype_id: int
    fields: list[str]
    tags: list[str]
    deck_id: int
    card_ords: list[int] | None = None
    """The template (or cloze number - 1) of each card the note has, ascending; None when unknown."""
    line: int | None = None
    """The line the note was read from, in a text file of notes."""


@dataclass
class Package:
    """What a package holds, and which collection form it was read from."""

    path: str
    form: str
    decks: dict[int, AnkiDeck] = field(default_factory=dict)
    notetypes: dict[int, NoteType] = field(default_factory=dict)
    notes: list[AnkiNote] = field(default_factory=list)
    scheduling: Scheduling | None = None
    """The cards' scheduling and the review log, when asked for."""


def read_package(path: str | os.PathLike[str], with_scheduling: bool = False) -> Package:
    """The decks, note types and notes of the package at `path` (and with `with_scheduling`, its cards'
    scheduling and review log); ImportFormatError when it is not one.

    The collection is unpacked to a temporary file and read there by SQLite, so memory stays small
    whatever its size; a package whose notes hold more text than `MAX_NOTE_TEXT` is refused before
    any note is read.
    """
    name = os.fspath(path)
    with scratch_folder("quizgen-apkg") as work:
        collection = os.path.join(work, "collection")
        form = _extract_collection(name, collection)
        conn = _open_sqlite(name, collection)
        try:
            package = _read(conn, name, form)
            if with_scheduling:
                package.scheduling = read_scheduling(conn, _rollover(conn), name)
            return package
        except sqlite3.DatabaseError as exc:
            raise ImportFormatError(
                f"{name}: the collection inside is damaged ({exc}); export it again from Anki"
            ) from None
        except (ValueError, TypeError, KeyError, AttributeError, IndexError):
            # Rows of the wrong type or shape: a damaged or hand-edited collection.
            raise ImportFormatError(
                f"{name}: the collection inside is damaged (a note, note type or deck record is malformed); "
                "export it again from Anki"
            ) from None
        finally:
            conn.close()


def _extract_collection(name: str, target: str) -> str:
    """Unpack the newest collection of the package `name` to the file `target`; returns its form."""
    try:
        with open_regular(name) as f, zipfile.ZipFile(f) as zf:
            names = set(zf.namelist())
            form = next((c for c in COLLECTIONS if c in names), None)
            if form is None:
                raise ImportFormatError(
                    f"{name}: holds no Anki collection (no {', '.join(COLLECTIONS)}); is it an .apkg from Anki?"
                )
            if zf.getinfo(form).file_size > MAX_COLLECTION_BYTES:
                raise _too_large(name)
            with zf.open(form) as packed, open(target, "wb") as out:
                if form.endswith("b"):
                    with zstandard.ZstdDecompressor().stream_reader(packed) as unpacked:
                        _copy(name, unpacked, out)
                else:
                    _copy(name, packed, out)
    except FileNotFoundError:
        raise ImportFormatError(f"{name}: no such file") from None
    except NotARegularFile as exc:
        raise ImportFormatError(f"{name}: is a {exc.kind}, not an Anki package; give an .apkg file") from None
    except zipfile.BadZipFile:
        raise ImportFormatError(f"{name}: is not an Anki package (not a zip file, or cut short)") from None
    except zstandard.ZstdError as exc:
        raise ImportFormatError(f"{name}: the compressed collection is damaged ({exc}); export it again") from None
    except (zlib.error, EOFError, NotImplementedError, ValueError) as exc:
        # ValueError: a damaged entry, such as a file name that is not UTF-8 although flagged so.
        raise ImportFormatError(f"{name}: the package is damaged or cut short ({exc}); export it again") from None
    except OSError as exc:
        raise ImportFormatError(f"{name}: cannot read: {exc.strerror or exc}") from None
    return form


def _copy(name: str, source: _Readable, out: BinaryIO) -> None:
    """Copy in chunks, refusing a collection that unpacks to more than `MAX_COLLECTION_BYTES`."""
    written = 0
    while chunk := source.read(1 << 20):
        written += len(chunk)
        if written > MAX_COLLECTION_BYTES:
            raise _too_large(name)
        out.write(chunk)


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


def _too_large(name: str) -> ImportFormatError:
    limit = MAX_COLLECTION_BYTES
    return ImportFormatError(
        f"{name}: the collection unpacks to more than {limit:,} bytes ({binary_size(limit)}); export a smaller deck"
    )


def _open_sqlite(name: str, path: str) -> sqlite3.Connection:
    with open(path, "r+b") as f:
        header = f.read(100)
        if not header.startswith(_SQLITE_MAGIC) or len(header) < 100:
            raise ImportFormatError(
                f"{name}: the collection inside is not an SQLite database; export it again from Anki"
            )
        # Anki saves collections in WAL mode; the unpacked copy must say "rollback journal" to open alone.
        f.seek(18)
        f.write(b"\x01\x01")
    try:
        conn = sqlite3.connect(f"file:{quote(path)}?immutable=1", uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise ImportFormatError(
            f"{name}: the collection inside is damaged ({exc}); export it again from Anki"
        ) from None
    return conn


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _read(conn: sqlite3.Connection, name: str, form: str) -> Package:
    tables = _tables(conn)
    if not {"col", "notes", "cards"} <= tables:
        raise ImportFormatError(f"{name}: {form} is not an Anki collection (tables notes/cards missing)")
    version = conn.execute("SELECT ver FROM col").fetchone()
    version = version[0] if version else None
    package = Package(name, form)
    if {"notetypes", "fields", "decks"} <= tables:
        _read_schema18(conn, package)
    elif version is not None and 11 <= version <= 17:
        _read_schema11(conn, package)
    else:
        raise ImportFormatError(
            f"{name}: unknown Anki collection schema {version}; update quizgen or export with a current Anki"
        )
    count, text = conn.execute("SELECT COUNT(*), COALESCE(SUM(LENGTH(flds)), 0) FROM notes").fetchone()
    if _int(text) > MAX_NOTE_TEXT:
        raise ImportFormatError(
            f"{name}: its {_int(count):,} notes hold {_int(text):,} characters of text, more than the "
            f"{MAX_NOTE_TEXT:,} one import may read (a deck file holds at most {binary_size(MAX_BYTES)}); "
            "export fewer decks from Anki at a time"
        )
    _read_notes(conn, package)
    return package


def _rollover(conn: sqlite3.Connection) -> int:
    """The hour a study day starts in the collection (Anki's default: 4)."""
    value: object = None
    if "config" in _tables(conn):
        row = conn.execute("SELECT val FROM config WHERE KEY = 'rollover'").fetchone()
        value = json.loads(row[0]) if row else None
    else:
        (conf,) = conn.execute("SELECT conf FROM col").fetchone()
        value = json.loads(conf or "{}").get("rollover") if conf else None
    return value if isinstance(value, int) and 0 <= value <= 23 else 4


def _read_schema11(conn: sqlite3.Connection, package: Package) -> None:
    models_json, decks_json = conn.execute("SELECT models, decks FROM col").fetchone()
    for raw in json.loads(models_json or "{}").values():
        flds = sorted(raw.get("flds", []), key=lambda f: _int(f.get("ord", 0)))
        fields = [_text(f["name"]) for f in flds]
        tmpls = sorted(raw.get("tmpls", []), key=lambda t: _int(t.get("ord", 0)))
        templates = [Template(_text(t["name"]), _text(t.get("qfmt", "")), _text(t.get("afmt", ""))) for t in tmpls]
        ntid = _int(raw["id"])
        package.notetypes[ntid] = NoteType(ntid, _text(raw.get("name", "")), fields, raw.get("type") == 1, templates)
    for raw in json.loads(decks_json or "{}").values():
        did = _int(raw["id"])
        package.decks[did] = AnkiDeck(did, _text(raw.get("name", "")), _text(raw.get("desc") or ""))


def _read_schema18(conn: sqlite3.Connection, package: Package) -> None:
    fields: dict[int, list[tuple[int, str]]] = {}
    for ntid, ord_, fname in conn.execute("SELECT ntid, ord, name FROM fields"):
        fields.setdefault(_int(ntid), []).append((_int(ord_), _text(fname)))
    templates: dict[int, list[tuple[int, Template]]] = {}
    for ntid, ord_, tname, tconfig in conn.execute("SELECT ntid, ord, name, config FROM templates"):
        # CardTemplate.Config field 1 is the front's HTML, field 2 the back's.
        front, back = (_protobuf_text(tconfig or b"", number) for number in (1, 2))
        templates.setdefault(_int(ntid), []).append((_int(ord_), Template(_text(tname), front, back)))
    for ntid, ntname, config in conn.execute("SELECT id, name, config FROM notetypes"):
        # NotetypeConfig field 1 is the kind: 0 normal, 1 cloze.
        kind = _protobuf_field(config or b"", 1)
        names = [n for _, n in sorted(fields.get(ntid, []))]
        cards = [t for _, t in sorted(templates.get(ntid, []), key=lambda pair: pair[0])]
        package.notetypes[_int(ntid)] = NoteType(_int(ntid), _text(ntname), names, kind == 1, cards)
    for did, dname, kind_blob in conn.execute("SELECT id, name, kind FROM decks"):
        # DeckKindContainer field 1 is a normal deck, whose field 4 is the description.
        normal = _protobuf_field(kind_blob or b"", 1)
        desc = _protobuf_field(normal, 4) if isinstance(normal, bytes) else None
        description = desc.decode("utf-8", "replace") if isinstance(desc, bytes) else ""
        package.decks[_int(did)] = AnkiDeck(_int(did), _text(dname).replace("\x1f", "::"), description)


def _read_notes(conn: sqlite3.Connection, package: Package) -> None:
    first_deck: dict[int, int] = {}
    ords: dict[int, list[int]] = {}
    # A card in a filtered deck belongs to its original deck (odid).
    query = "SELECT nid, ord, CASE WHEN odid THEN odid ELSE did END FROM cards ORDER BY nid, ord"
    for nid, ord_, did in conn.execute(query):
        first_deck.setdefault(_int(nid), _int(did))
        ords.setdefault(_int(nid), []).append(_int(ord_))
    for nid, guid, mid, tags, flds in conn.execute("SELECT id, guid, mid, tags, flds FROM notes ORDER BY id"):
        if nid not in first_deck:
            continue  # a note without cards is not studied anywhere
        fields = _text(flds).split("\x1f")
        note = AnkiNote(nid, _text(guid), _int(mid), fields, _text(tags).split(), first_deck[nid], ords[nid])
        package.notes.append(note)


def _int(value: object) -> int:
    """An integer read from the collection; TypeError (a damaged collection) for anything else."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise TypeError(f"expected an integer, found {type(value).__name__}")
    return int(value)


def _text(value: object) -> str:
    """Text read from the collection; TypeError (a damaged collection) for anything else."""
    if not isinstance(value, str):
        raise TypeError(f"expected text, found {type(value).__name__}")
    return value


def _protobuf_text(blob: bytes, number: int) -> str:
    """The text of top-level field `number` of a serialised protobuf message ("" when absent)."""
    value = _protobuf_field(blob, number)
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else ""


def _protobuf_field(blob: bytes, number: int) -> int | bytes | None:
    """The value of top-level field `number` of a serialised protobuf message (None when absent)."""
    pos = 0
    found: int | bytes | None = None
    try:
        while pos < len(blob):
            key, pos = _varint(blob, pos)
            wire, field_no = key & 7, key >> 3
            value: int | bytes
            if wire == 0:
                value, pos = _varint(blob, pos)
            elif wire == 2:
                size, pos = _varint(blob, pos)
                value, pos = blob[pos : pos + size], pos + size
            elif wire == 1:
                value, pos = int.from_bytes(blob[pos : pos + 8], "little"), pos + 8
            elif wire == 5:
                value, pos = int.from_bytes(blob[pos : pos + 4], "little"), pos + 4
            else:
                return found
            if field_no == number:
                found = value
    except IndexError:
        return found
    return found


def _varint(blob: bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        byte = blob[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7
