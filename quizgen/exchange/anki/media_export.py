"""The media files of exported cards: checked, given flat Anki names, and referenced from the fields the Anki way.

Anki keeps a collection's media in one flat folder and refers to them from note fields: an image
as `<img src="map.png">`, a sound as `[sound:map.mp3]`. A card's prompt media go at the end of its
prompt field and its answer media at the end of the field shown with the answer (the note, or a
cloze's Back Extra), each on its own line.
"""

from __future__ import annotations

import hashlib
import html
import os
from collections.abc import Sequence
from dataclasses import dataclass, field

from quizgen.deckio.media import MediaError, MediaRef, card_media, read_media
from quizgen.errors import ExportError
from quizgen.model.cards import AnyCard
from quizgen.model.media import Kind


@dataclass
class MediaFiles:
    """The media files of a package: each file's name in the package, and where to read it when writing."""

    names: dict[str, str] = field(default_factory=dict)
    """Each media file (its real path) -> its name in the package."""
    sources: dict[str, tuple[str, str, Kind, str]] = field(default_factory=dict)
    """Each name in the package -> (deck folder, media path, kind, SHA-1 of the bytes checked)."""

    def add(self, folder: str, ref: MediaRef, content: bytes) -> str:
        """The package name of `ref`'s file: its own name, or with a short hash when another file has that name."""
        real = os.path.realpath(ref.file)
        if real in self.names:
            return self.names[real]
        name = os.path.basename(ref.file)
        digest = hashlib.sha1(content).hexdigest()
        if name in self.sources and self.sources[name][3] != digest:
            stem, dot, suffix = name.rpartition(".")
            name = f"{stem}-{digest[:8]}.{suffix}" if dot else f"{name}-{digest[:8]}"
        self.names[real] = name
        self.sources[name] = (folder, ref.path, ref.kind, digest)
        return name

    def read(self, name: str) -> bytes:
        """The bytes of the file written as `name`, read again (one file in memory at a time); ExportError
        when it changed since it was checked."""
        folder, path, kind, digest = self.sources[name]
        try:
            content, _ = read_media(folder, path, kind)
        except MediaError as exc:
            raise ExportError(f"{folder}: {exc}") from None
        if hashlib.sha1(content).hexdigest() != digest:
            raise ExportError(f"{folder}: {kind} file '{path}' changed during the export; export again")
        return content


@dataclass(frozen=True)
class CardMedia:
    """The Anki markup of one card's media: what goes after its prompt, and after its answer."""

    prompt: str = ""
    answer: str = ""


def collect(card: AnyCard, folder: str | None, files: MediaFiles, deck_title: str) -> CardMedia:
    """Check and read `card`'s media files (its deck is in `folder`); ExportError naming the card when one is bad."""
    refs = card_media(card, folder or ".")
    if not refs:
        return CardMedia()
    if folder is None:
        raise ExportError(f"deck '{deck_title}': card '{card.uid}' has media, but the deck's folder is not known")
    prompt: list[str] = []
    answer: list[str] = []
    for ref in refs:
        try:
            content, _ = read_media(folder, ref.path, ref.kind)
        except MediaError as exc:
            raise ExportError(f"{folder}: [card {card.uid}] {exc}") from None
        name = files.add(folder, ref, content)
        markup = f'<img src="{html.escape(name)}">' if ref.kind == "image" else f"[sound:{name}]"
        (answer if ref.field.startswith("answer_") else prompt).append(markup)
    return CardMedia("".join(f"<br>{m}" for m in prompt), "".join(f"<br>{m}" for m in answer))


def markup_of(card: AnyCard) -> CardMedia:
    """The Anki markup of `card`'s media named by their file names, as an export without name clashes writes it."""
    prompt: list[str] = []
    answer: list[str] = []
    for ref in card_media(card, "."):
        name = ref.path.rsplit("/", 1)[-1]
        markup = f'<img src="{html.escape(name)}">' if ref.kind == "image" else f"[sound:{name}]"
        (answer if ref.field.startswith("answer_") else prompt).append(markup)
    return CardMedia("".join(f"<br>{m}" for m in prompt), "".join(f"<br>{m}" for m in answer))


def with_media(fields: Sequence[str], media: CardMedia, prompt_at: int, answer_at: int) -> list[str]:
    """`fields` with the card's media added after the prompt field and the answer-side field."""
    result = list(fields)
    if media.prompt:
        result[prompt_at] += media.prompt
    if media.answer:
        result[answer_at] = (result[answer_at] + media.answer) if result[answer_at] else media.answer[4:]
    return result
