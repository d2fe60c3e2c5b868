"""Find a deck's article again, and the paragraph a card's source sentence sits in."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import NamedTuple

from quizgen.errors import QuizgenError
from quizgen.generate.sources import read_source
from quizgen.generate.text import Article


class Paragraph(NamedTuple):
    """A paragraph of the article, and where the sentence is in it."""

    text: str
    start: int
    end: int


def find_article(name: str, sha256: str | None, deck_path: str | Path) -> Article | None:
    """The article file `name` a deck was generated from, when it is beside the deck (or in the current folder)
    and its text is still the one the cards' offsets count in (`sha256`, the deck's `source.sha256`); else None."""
    for folder in (Path(deck_path).resolve().parent, Path.cwd()):
        candidate = folder / name
        if candidate.is_file():
            try:
                article = read_source(str(candidate))
            except (QuizgenError, OSError):
                return None
            if sha256 and hashlib.sha256(article.text.encode()).hexdigest() != sha256:
                return None  # edited since: the offsets no longer hold
            return article
    return None


WRAPPED_LINE = 100
"""A line this short may be one of a paragraph's hard-wrapped lines; the paragraph then runs to a blank line."""


def paragraph_around(text: str, start: int, end: int) -> Paragraph | None:
    """The paragraph holding `text[start:end]`, and the span's place in it.

    A paragraph is the line the sentence is on, or, when the text is wrapped into short lines (or the
    sentence runs over several), the lines between blank lines.
    """
    if not 0 <= start <= end <= len(text):
        return None
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    last = len(text) if last < 0 else last
    if "\n" in text[start:end] or last - first <= WRAPPED_LINE:
        first = text.rfind("\n\n", 0, start)
        first = 0 if first < 0 else first + 2
        last = text.find("\n\n", end)
        last = len(text) if last < 0 else last
    return Paragraph(text[first:last], start - first, end - first)
