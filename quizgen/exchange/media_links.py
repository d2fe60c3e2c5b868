"""A card's media in the files quizgen exports: paths relative to the output, or the image itself inlined.

GIFT and Markdown refer to each media file by its path relative to the folder of the file
written (the current folder for standard output), so the file and the media travel together.
A worksheet is one self-contained page, so its images are inlined as `data:` addresses; sounds
have no place on paper and are left out.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Iterable

from quizgen.deckio.media import MediaError, MediaRef, card_media, read_media
from quizgen.errors import ExportError
from quizgen.model.cards import AnyCard, Deck

MIME = {
    "png": "image/png",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "webp": "image/webp",
    "svg": "image/svg+xml",
}
"""The media type of each image type, for `data:` addresses."""


class MediaLinks:
    """Where the media of the cards of some decks are, for a file written to `output` (None: standard output)."""

    def __init__(self, decks: Iterable[tuple[Deck, str | os.PathLike[str]]], output: str | None = None) -> None:
        self._folders: dict[int, str] = {}
        for deck, path in decks:
            folder = os.path.dirname(os.path.abspath(path))
            for card in deck.cards:
                self._folders[id(card)] = folder
        self._base = os.path.dirname(os.path.abspath(output)) if output and output != "-" else os.getcwd()

    def refs(self, card: AnyCard, answer: bool = False) -> list[MediaRef]:
        """The media of `card` shown with its prompt, or (`answer`) with its answer."""
        folder = self._folders.get(id(card))
        if folder is None:
            return []
        return [r for r in card_media(card, folder) if r.field.startswith("answer_") == answer]

    def relative(self, ref: MediaRef) -> str:
        """The path of a media file from the output's folder, with '/' between its parts."""
        return os.path.relpath(ref.file, self._base).replace(os.sep, "/")

    def inline(self, card: AnyCard, ref: MediaRef) -> str:
        """The image `ref` of `card` as a `data:` address; ExportError when the file cannot be used."""
        try:
            data, kind = read_media(self._folders[id(card)], ref.path, "image")
        except MediaError as exc:  # the deck was checked when loaded: the file changed since
            raise ExportError(f"[card {card.uid}] {exc}") from None
        return f"data:{MIME[kind]};base64,{base64.b64encode(data).decode('ascii')}"
