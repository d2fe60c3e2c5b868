"""Figures of a web page: an image with a caption, inside the article's main text.

A caption is not one of the article's sentences (trafilatura leaves captions out, as it leaves out
boilerplate), but it says what its image shows. So a card whose fact the caption states too (the
card's answer is named in the caption, with another word of the card's source sentence) may show
the image with its answer. Only a saved page's own images are kept: the image file must be beside
the page, a PNG, JPEG, GIF, WebP or SVG within the size limit. `quizgen generate` copies it into
a `media` folder beside the deck it writes.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

from quizgen.inputs import read_regular
from quizgen.model import cloze
from quizgen.model.media import IMAGE_TYPES, MAX_IMAGE_BYTES, SNIFF_BYTES, sniff

FOLDER = "media"
"""The folder, beside the written deck, that a figure's image is copied into."""
_WORD = re.compile(r"\w{4,}")


@dataclass(frozen=True)
class Figure:
    """An image of the page inside its main text, its caption, and the image file beside the page."""

    file: str
    caption: str

    @property
    def name(self) -> str:
        """The image's file name, as the deck's media folder holds it."""
        return os.path.basename(self.file)


def find_figures(tree: Any, text: str, page: str) -> list[Figure]:
    """The figures of the page `page` (parsed as `tree`) whose neighbouring paragraph is in the article `text`."""
    figures = []
    seen: set[str] = set()
    for element in tree.iter("figure"):
        caption = " ".join("".join(t for c in element.iter("figcaption") for t in c.itertext()).split())
        src = next((img.get("src") for img in element.iter("img") if img.get("src")), None)
        if not caption or not src or not _in_main_text(element, text):
            continue
        file = _local_image(src, page)
        if file is not None and file not in seen:
            seen.add(file)
            figures.append(Figure(file, caption))
    return figures


def _in_main_text(figure: Any, text: str) -> bool:
    """Whether the paragraph just before or after the figure is part of the article's text."""
    flat = " ".join(text.split())
    for neighbour in (figure.getprevious(), figure.getnext()):
        if neighbour is None:
            continue
        words = " ".join("".join(neighbour.itertext()).split())
        if len(words) >= 20 and words[:60] in flat:
            return True
    return False


def _local_image(src: str, page: str) -> str | None:
    """The image file `src` names beside the saved page `page`, when it is a usable image there."""
    parts = urlsplit(src)
    if parts.scheme or parts.netloc or src.startswith("/") or not os.path.isfile(page):
        return None
    file = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(page)), unquote(parts.path)))
    try:
        data = read_regular(file, MAX_IMAGE_BYTES)
    except OSError:
        return None
    return file if sniff(data[:SNIFF_BYTES]) in IMAGE_TYPES else None


def attach(cards: Iterable[dict[str, Any]], figures: list[Figure]) -> dict[str, Figure]:
    """Give each card (as plain data) whose fact a caption states that figure's image as its `answer_image`.

    Returns the media paths given, each with its figure (to copy the file).
    """
    given: dict[str, Figure] = {}
    for card in cards:
        sentence = (card.get("source") or {}).get("sentence") or ""
        for figure in figures:
            if _states(figure.caption, _answers(card), sentence):
                path = f"{FOLDER}/{figure.name}"
                card["answer_image"] = path
                given[path] = figure
                break
    return given


def _answers(card: dict[str, Any]) -> list[str]:
    kind = card.get("type")
    if kind == "cloze":
        return [d.text for d in cloze.deletions(card.get("text", ""))]
    if kind == "basic":
        return [card.get("back", "")]
    if kind in ("choice", "typed"):
        return [card.get("answer", "")]
    return []


def _states(caption: str, answers: list[str], sentence: str) -> bool:
    """Whether `caption` names every answer, and another word of the card's sentence."""
    text = caption.casefold()
    if not answers or not all(a.strip() and re.search(rf"\b{re.escape(a.casefold())}\b", text) for a in answers):
        return False
    answer_words = {w.casefold() for a in answers for w in _WORD.findall(a)}
    others = {w.casefold() for w in _WORD.findall(sentence)} - answer_words
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in others)
