"""The media of an Anki package: read from its map, linked from the cards, and extracted beside the written decks.

A package holds its media as numbered zip entries, named by a map: JSON in older packages, a
zstd-compressed protobuf list in newer ones (whose entries are compressed too). A name in that map
is what Anki would write into its flat media folder; a name that is a path (`../x`, `/etc/x`,
`a/b`), a file over the size limit, or one that is neither an image nor a sound quizgen shows is
refused with a warning and left as a mark in the card's text. Other names are sanitised: letters,
digits, '.', '-', '_' and spaces are kept, anything else becomes '_'.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

import zstandard

from quizgen.atomic import check_output, replacing
from quizgen.errors import ImportFormatError
from quizgen.inputs import binary_size, open_regular
from quizgen.model.media import AUDIO_TYPES, IMAGE_TYPES, SNIFF_BYTES, limit_of, sniff
from quizgen.visible import excerpt

FOLDER = "media"
"""The folder, beside the written decks, that imported media go into; cards name them `media/NAME`."""
MAX_NAME = 100
"""Characters a sanitised media name keeps at most (its extension included)."""
MAX_ENTRIES = 100_000
"""Media files a package may name; a map with more is refused."""

_MARK = re.compile(r"[ \t]*\n?[ \t]*\[(?:image|audio|media): ([^\]\n]+)\]|[ \t]*\n?[ \t]*\[sound:([^\]\n]+)\]")
_PROMPT_KEYS = ("front", "text", "question", "statement")
_ANSWER_KEYS = ("back", "answer", "correction", "note")
_OPTIONAL_KEYS = ("correction", "note")


def refusal(name: str) -> str | None:
    """Why the media name `name` is refused (a path, or a name Anki would never write), else None."""
    if not name or name in (".", ".."):
        return "an empty name or '.'/'..'"
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return "an absolute path"
    if "/" in name or "\\" in name:
        return "a path into other folders (zip-slip)"
    if "\0" in name:
        return "a NUL character in its name"
    return None


def sanitise(name: str) -> str:
    """A safe file name for the media name `name`: no control or special characters, no leading dot, short."""
    text = unicodedata.normalize("NFC", name)
    text = "".join(c if c.isalnum() or c in "._-()+, " else "_" for c in text).strip(" .")
    text = re.sub(r"_{2,}", "_", text) or "file"
    if len(text) > MAX_NAME:
        stem, dot, suffix = text.rpartition(".")
        keep = suffix[:10] if dot else ""
        text = (stem if dot else text)[: MAX_NAME - len(keep) - 1] + ("." + keep if keep else "")
    return text


@dataclass
class PackageMedia:
    """The media a package names: zip entry and safe name of each, read lazily; warnings about the rest."""

    path: str
    compressed: bool
    entries: dict[str, str] = field(default_factory=dict)
    """Each media name -> its zip entry."""
    safe: dict[str, str] = field(default_factory=dict)
    """Each usable media name -> its sanitised file name (unique within the package)."""
    refused: dict[str, str] = field(default_factory=dict)
    """Each refused media name -> why."""
    types: dict[str, str | None] = field(default_factory=dict)
    used: dict[str, str] = field(default_factory=dict)
    """The media names cards link to -> their type, in the order first linked."""

    @classmethod
    def read(cls, path: str) -> PackageMedia:
        """The media map of the package at `path` (an empty one when it has none); ImportFormatError when damaged."""
        try:
            with open_regular(path) as f, zipfile.ZipFile(f) as zf:
                names = set(zf.namelist())
                compressed = "collection.anki21b" in names
                raw = zf.read("media") if "media" in names and zf.getinfo("media").file_size <= 64 << 20 else b"{}"
        except (OSError, zipfile.BadZipFile, ValueError):
            return cls(path, False)  # the collection's own reading reports what is wrong with the package
        media = cls(path, compressed)
        try:
            mapping = _map(raw, compressed)
        except (ValueError, zstandard.ZstdError, IndexError, UnicodeDecodeError):
            raise ImportFormatError(f"{path}: the package's media list is damaged; export it again from Anki") from None
        if len(mapping) > MAX_ENTRIES:
            raise ImportFormatError(f"{path}: names {len(mapping):,} media files, over {MAX_ENTRIES:,}")
        taken: set[str] = set()
        for entry, name in mapping.items():
            why = refusal(name) or (None if entry in names else "no such file in the package")
            if why:
                media.refused[name] = why
                continue
            media.entries[name] = entry
            safe = sanitise(name)
            stem, dot, suffix = safe.rpartition(".")
            number = 2
            while safe.casefold() in taken:
                safe = f"{stem}-{number}.{suffix}" if dot else f"{safe}-{number}"
                number += 1
            taken.add(safe.casefold())
            media.safe[name] = safe
        return media

    def type_of(self, name: str) -> str | None:
        """The media type of the file named `name` (read from its first bytes), None when unusable."""
        if name not in self.types:
            self.types[name] = self._sniff(name)
        return self.types[name]

    def _sniff(self, name: str) -> str | None:
        if name not in self.entries:
            self.refused.setdefault(name, "the package does not hold it")
            return None
        with self._open(name) as stream:
            head = stream.read(SNIFF_BYTES)
            found = sniff(head)
            if found is None:
                self.refused[name] = (
                    "neither an image nor a sound quizgen shows (PNG, JPEG, GIF, WebP, SVG, MP3, OGG, WAV)"
                )
                return None
            limit, size = _limit(found), len(head)
            while size <= limit and (chunk := stream.read(1 << 20)):
                size += len(chunk)
        if size > limit:
            self.refused[name] = f"it is over {limit:,} bytes ({binary_size(limit)}), the most such a file may be"
            return None
        return found

    @contextlib.contextmanager
    def _open(self, name: str) -> Iterator[Any]:
        with open_regular(self.path) as f, zipfile.ZipFile(f) as zf, zf.open(self.entries[name]) as packed:
            if self.compressed:
                with zstandard.ZstdDecompressor().stream_reader(packed) as unpacked:
                    yield unpacked
            else:
                yield packed

    def link(self, data: dict[str, Any]) -> list[str]:
        """Move the media marks of a card's data into its media fields (the first image and sound of each side).

        Returns the names left as marks: refused, missing, or a second image or sound on one side.
        """
        left: list[str] = []
        for prefix, keys in (("", _PROMPT_KEYS), ("answer_", _ANSWER_KEYS)):
            for key in keys:
                value = data.get(key)
                if not isinstance(value, str) or not _MARK.search(value):
                    continue
                linked = self._link_text(value, prefix, data, left)
                if linked:
                    data[key] = linked
                elif key in _OPTIONAL_KEYS:
                    del data[key]  # a note that only held media
                else:
                    data[key] = value.strip()  # a prompt or answer that was only media keeps its marks as its text
        return left

    def _link_text(self, text: str, prefix: str, data: dict[str, Any], left: list[str]) -> str:
        def replace(match: re.Match[str]) -> str:
            name = match[1] or match[2]
            kind = self.type_of(name)
            slot = prefix + ("image" if kind in IMAGE_TYPES else "audio" if kind in AUDIO_TYPES else "")
            if kind is None or slot in data:
                left.append(name)
                return match[0]
            data[slot] = f"{FOLDER}/{self.safe[name]}"
            self.used.setdefault(name, kind)
            return ""

        return _MARK.sub(replace, text).strip()

    def targets(self, folder: str) -> list[str]:
        """The files extracting the linked media into `folder` would write."""
        return [os.path.join(folder, FOLDER, self.safe[name]) for name in self.used]

    def check_targets(self, folder: str, force: bool) -> None:
        """Refuse, before anything is written, a target that exists with other content (without `force`) or is
        not a regular file (a link, a folder: never written through)."""
        for name, target in zip(self.used, self.targets(folder), strict=True):
            if self._same(name, target):
                continue
            check_output(target, force=force, inputs=[self.path])

    def extract(self, folder: str, force: bool) -> int:
        """Write every linked media file into `folder`/media; how many were written (the same file is kept)."""
        written = 0
        self.check_targets(folder, force)
        for name, target in zip(self.used, self.targets(folder), strict=True):
            if self._same(name, target):
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with replacing(target) as tmp, open(tmp, "wb") as out:
                self._copy(name, out)
            written += 1
        return written

    def _same(self, name: str, target: str) -> bool:
        """Whether `target` is already a regular file holding exactly the media `name`."""
        try:
            if not os.path.isfile(target) or os.path.islink(target):
                return False
            with open_regular(target) as have, self._open(name) as want:
                return _same_stream(have, want)
        except OSError:
            return False

    def _copy(self, name: str, out: BinaryIO) -> None:
        limit = _limit(self.used[name])
        written = 0
        with self._open(name) as stream:
            while chunk := stream.read(1 << 20):
                written += len(chunk)
                if written > limit:
                    raise ImportFormatError(
                        f"{self.path}: media file '{excerpt(name)}' is over {limit:,} bytes ({binary_size(limit)}), "
                        "the most a media file may be; nothing was written"
                    )
                out.write(chunk)

    def warnings(self) -> Iterator[str]:
        """One line per media name the cards refer to that was left out, and why."""
        for name, why in self.refused.items():
            yield f"media file '{excerpt(name)}' was not imported: {why}; the card keeps a mark in its text"


def _limit(kind: str) -> int:
    return limit_of("audio" if kind in AUDIO_TYPES else "image")


def _same_stream(a: Any, b: Any) -> bool:
    while True:
        x, y = a.read(1 << 16), b.read(1 << 16)
        if x != y:
            return False
        if not x:
            return True


def _map(raw: bytes, compressed: bool) -> dict[str, str]:
    """The package's media map: zip entry -> media name."""
    if not compressed:
        data = json.loads(raw.decode("utf-8") or "{}")
        if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
            raise ValueError("not a map of names")
        return data
    blob = zstandard.ZstdDecompressor().decompress(raw, max_output_size=64 << 20) if raw and raw != b"{}" else b""
    mapping = {}
    for index, entry in enumerate(_repeated(blob, 1)):
        fields = dict(_fields(entry))
        name = fields.get(1)
        legacy = fields.get(255)
        if isinstance(name, bytes):
            mapping[str(legacy) if isinstance(legacy, int) else str(index)] = name.decode("utf-8")
    return mapping


def _repeated(blob: bytes, number: int) -> Iterator[bytes]:
    for key, value in _fields(blob):
        if key == number and isinstance(value, bytes):
            yield value


def _fields(blob: bytes) -> Iterator[tuple[int, int | bytes]]:
    """The (field number, value) pairs of a serialised protobuf message."""
    pos = 0
    while pos < len(blob):
        key, pos = _varint(blob, pos)
        wire, number = key & 7, key >> 3
        if wire == 0:
            value, pos = _varint(blob, pos)
            yield number, value
        elif wire == 2:
            size, pos = _varint(blob, pos)
            if pos + size > len(blob):
                raise ValueError("cut short")
            yield number, blob[pos : pos + size]
            pos += size
        elif wire in (1, 5):
            pos += 8 if wire == 1 else 4
        else:
            raise ValueError("unknown wire type")


def _varint(blob: bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        byte = blob[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7
