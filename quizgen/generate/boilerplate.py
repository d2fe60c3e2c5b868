"""Recognise lines that are not the article's facts: credits, captions, bylines, datelines."""

from __future__ import annotations

import re
from dataclasses import dataclass

_CREDIT = re.compile(
    r"(/|\||©|\bvia)\s*(Flickr|Getty Images?|Reuters|AP|AFP|EPA|PA( Media)?|Shutterstock|Unsplash|Alamy|"
    r"Wikimedia( Commons)?|iStock|Pexels|[A-Z][\w.]*\s*Photos?)\s*\.?\s*$"
    r"|^\s*(Photo|Image|Picture|Credit|Caption|Source|Illustration)s?\s*(:|by\b|credit\b)"
    r"|\((Photo|Image|Picture|Credit)[^)]*\)\s*$"
    r"|^\s*Photo by .* on \w+\s*$",
    re.IGNORECASE,
)
_NAVIGATION = re.compile(
    r"^\s*(read more|related|see also|also read|click here|sign up|subscribe|follow us|share this|"
    r"advertisement|copyright|all rights reserved|listen to|watch:|more on this story)\b",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^\s*By\s+[A-Z][\w.'’-]*(\s+(and\s+)?[A-Z][\w.'’-]*){0,4}\s*(,.*)?$")
_PREFIX = re.compile(
    r"^\s*(?:[A-Z][A-Z0-9&.'’ -]{1,40}\s*//+\s*"  # CV NEWS FEED //
    r"|[A-Z][A-Z .'’-]{2,30}(?:,\s*[A-Z][A-Za-z. ]{1,20})?\s*(?:\([A-Za-z .]+\))?\s*[—–-]{1,2}\s+"  # LONDON (Reuters) -
    r"|\([A-Z][A-Za-z .]+\)\s*[—–-]{1,2}\s+)"  # (AP) -
)
_SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*\s*$")


@dataclass(frozen=True)
class Paragraph:
    """A line of the article: the span to read for facts, or why it is skipped."""

    start: int
    end: int
    skip: str | None = None
    """Why the whole line holds no facts (None when it does)."""
    stripped: str | None = None
    """A prefix (byline, dateline) removed from the start of the line."""


def classify(line: str, start: int, first: bool = False) -> Paragraph:
    """Classify one line of plain text that starts at offset `start`."""
    end = start + len(line)
    text = line.strip()
    if not text:
        return Paragraph(start, end, "blank line")
    if _CREDIT.search(text):
        return Paragraph(start, end, "photo credit or caption")
    if _NAVIGATION.match(text):
        return Paragraph(start, end, "navigation or 'read more' line")
    if _BYLINE.match(text) and len(text.split()) <= 12:
        return Paragraph(start, end, "byline")
    words = len(text.split())
    if not _SENTENCE_END.search(text) and words <= 15:
        reason = "headline" if first else "heading or caption (no sentence)"
        return Paragraph(start, end, reason)
    m = _PREFIX.match(line)
    if m and m.end() < len(line.rstrip()) and _prefix_is_label(m.group(0)):
        return Paragraph(start + m.end(), end, None, m.group(0).strip())
    lead = len(line) - len(line.lstrip())
    return Paragraph(start + lead, end)


def _prefix_is_label(prefix: str) -> bool:
    """A dateline or byline label is in capitals; an ordinary sentence start is not."""
    letters = [c for c in re.sub(r"\([^)]*\)", "", prefix) if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def paragraphs(plain: str, headings: frozenset[int] = frozenset()) -> list[Paragraph]:
    """Every line of `plain`, classified; the first non-blank line may be a headline.

    `headings` are the offsets of lines the article's markup makes headings (a web page's <h2>, a
    Markdown '## '): they are skipped whatever they say, as a question or a sentence may head a section.
    """
    found: list[Paragraph] = []
    pos = 0
    first = True
    for line in plain.split("\n"):
        para = classify(line, pos, first)
        if pos in headings and line.strip():
            para = Paragraph(pos, pos + len(line), "headline" if first else "heading")
        if para.skip != "blank line":
            first = False
        found.append(para)
        pos += len(line) + 1
    return found
