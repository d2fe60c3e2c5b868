"""A PDF's article: its text layer, read with pypdfium2 (PDFium), as paragraphs a person would read.

PDFium gives each page's lines in reading order (a two-column page column by column) and where each
line is. From that:

- running headers and footers go: lines at the top or bottom of a page that come back, digits aside,
  on other pages ('Page 3 of 10', a handout's title), and lone page numbers;
- lines join into paragraphs, which end at a wider gap, an indented line, a change of font size, or a
  short line ending a sentence at the foot of a column or page; lines in a larger font are headings;
- a word hyphenated across two lines is made whole ('kilo-' 'metres' → 'kilometres') unless it is a
  compound ('second-' 'longest'): one the document writes with its hyphen elsewhere, or whose first
  part is a word that starts compounds (numbers, 'self', 'well'...), and whose whole is no known word.

A PDF without a text layer (a scan) or locked by a password is refused with a message saying so.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from quizgen.errors import GenerateError
from quizgen.generate import lemmas
from quizgen.generate.text import Article, Extraction, article_from_text, check_english, check_length

INSTALL = "reading PDFs needs pypdfium2; install it with: pip install 'quizgen[pdf]'"
REMOVED = "running headers, footers and page numbers"
"""What the characters left out are, for --explain."""
EDGE = 0.15
"""Running headers and footers lie within this share of the page's height from its top or bottom."""
COMPOUND_HEADS = frozenset(
    "self well non half all cross ill high low full wide long short far old much best "
    "one two three four five six seven eight nine ten twenty thirty forty fifty sixty seventy eighty ninety "
    "first second third fourth fifth".split()
)
"""Words that start compounds: 'second-' at the end of a line and 'longest' on the next is 'second-longest'."""

_PAGE_NUMBER = re.compile(
    r"^(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,7})(?:\s*(?:of|/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$", re.I
)
_LINE = re.compile(r"[^\r\n]+")
_HYPHENS = "-\u2010\u2011\ufffe\u00ad\x02"
"""Hyphens a line may end with: ASCII, Unicode's, non-breaking, PDFium's mark of a hyphen it thinks soft,
the soft hyphen, and PDFium's older soft-hyphen mark."""
_SOFT = "\u00ad\x02"
_BROKEN = re.compile(rf"(?<![^\W\d_])([^\W\d_]+)[{_HYPHENS}]$")
"""A line ending in the first part of a hyphenated word."""
_MARKED = re.compile(r"([^\W\d_]+)([\ufffe\x02])([^\W\d_]+)")
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_ABBREVIATION = re.compile(r"(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|St|Prof|Jr|Sr|No|vs|e\.g|i\.e)\.)$")
_PARAGRAPH_END = re.compile(r"[.!?:][\"'”’)\]]*$")
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})


@dataclass(frozen=True)
class Line:
    """A line of a page: its text and the box around it (PDF points, y upwards)."""

    text: str
    page: int
    left: float
    right: float
    bottom: float
    top: float
    size: float
    """The height of the font's box: the font size, near enough."""

    def step(self, below: Line) -> float:
        """How far down the first line of `below` stands from the last line of this one (a line PDFium
        joined at a hyphen is two lines)."""
        return self.bottom - (below.top - below.size)


def pdf_article(data: bytes, path: str) -> Article:
    """The article in a PDF's text layer."""
    try:
        import pypdfium2 as pdfium
    except ImportError:
        raise GenerateError(f"{path}: {INSTALL}") from None

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise GenerateError(
                f"{path}: is locked with a password; save an unlocked copy (or print it to a new PDF) and give that"
            ) from None
        reason = str(exc).split("(", 1)[-1].rstrip(")") if "(" in str(exc) else str(exc)
        raise GenerateError(f"{path}: is not a readable PDF ({reason}); check that the file is whole") from None
    try:
        pages = [_lines(document[number], number) for number in range(len(document))]
        meta = document.get_metadata_dict(skip_empty=True)
    finally:
        document.close()
    found = sum(_letters(line.text) for page in pages for line in page)
    if not found:
        raise GenerateError(
            f"{path}: is a scanned PDF with no text layer ({len(pages)} pages of images); "
            "run OCR on it first (for example with ocrmypdf), or give its text as a .txt file"
        )
    kept = _without_running_lines(pages)
    notes = []
    blank = sum(1 for page in pages if not page)
    if blank:
        notes.append(f"{blank} of {len(pages)} pages had no text layer (scanned?) and were left out")
    paragraphs, headings = _paragraphs(kept)
    text, offsets, rejoined = _text(paragraphs, headings)
    if rejoined:
        notes.append(f"rejoined {rejoined} words hyphenated across lines")
    check_length(text, path)
    article = article_from_text(text, path)
    article.headings = frozenset(offsets)
    article.title = _title(meta.get("Title"))
    if meta.get("Author", "").strip():
        article.source = {"author": " ".join(meta["Author"].split())}
    removed = found - sum(_letters(line.text) for line in kept)
    version = f"pypdfium2 {pdfium.version.PYPDFIUM_INFO}"
    article.extraction = Extraction(version, "PDF", found, found - removed, REMOVED, tuple(notes))
    return check_english(article)


def _lines(page: Any, number: int) -> list[Line]:
    """The lines of a page in PDFium's reading order, each with its box."""
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        # PDFium counts a character beyond the Basic Multilingual Plane twice (as UTF-16 does)
        wide = [i for i, c in enumerate(text) if ord(c) > 0xFFFF]
        lines = []
        for match in _LINE.finditer(text):
            raw = match.group()
            if not raw.strip():
                continue
            first = match.start() + len(raw) - len(raw.lstrip())
            last = match.start() + len(raw.rstrip()) - 1
            # PDFium may give two lines as one, joined at a hyphen it marks U+FFFE: the box runs from the
            # first character's top to the last one's foot, and the font's size is the first character's
            left, bottom, _, top = textpage.get_charbox(first + _before(wide, first), loose=True)
            _, foot, right, _ = textpage.get_charbox(last + _before(wide, last), loose=True)
            clean = raw.strip().translate(_LIGATURES)
            lines.append(Line(clean, number, left, right, min(bottom, foot), top, top - bottom))
        return lines
    finally:
        textpage.close()
        page.close()


def _before(wide: list[int], index: int) -> int:
    return sum(1 for i in wide if i < index) if wide else 0


def _without_running_lines(pages: list[list[Line]]) -> list[Line]:
    """Every line but the running headers and footers and the page numbers, in order."""
    height = max((line.top for page in pages for line in page), default=0.0)
    edges: list[set[Line]] = []
    for page in pages:
        by_height = sorted(page, key=lambda line: line.top)
        outer = by_height[:2] + by_height[-2:]
        edges.append({line for line in outer if line.bottom < EDGE * height or line.top > (1 - EDGE) * height})
    seen = Counter(key for found in edges for key in {_smashed(line.text) for line in found})
    kept = []
    for page, found in zip(pages, edges, strict=True):
        for line in page:
            running = line in found and (seen[_smashed(line.text)] > 1 or _PAGE_NUMBER.match(line.text))
            if not running:
                kept.append(line)
    return kept


def _smashed(text: str) -> str:
    """A line with its digits and spacing smoothed, to find it on other pages."""
    return " ".join(re.sub(r"\d+", "#", text.lower()).split())


def _paragraphs(lines: list[Line]) -> tuple[list[list[Line]], list[bool]]:
    """The lines grouped into paragraphs, and whether each paragraph is a heading."""
    if not lines:
        return [], []
    layout = _Layout(lines)
    paragraphs: list[list[Line]] = [[lines[0]]]
    for (a, b), right in zip(_pairs(lines), layout.rights, strict=False):
        if layout.starts_paragraph(a, b, right):
            paragraphs.append([b])
        else:
            paragraphs[-1].append(b)
    headings = [min(line.size for line in p) > 1.15 * layout.size and len(_words(p)) <= 20 for p in paragraphs]
    return paragraphs, headings


def _pairs(lines: list[Line]) -> Iterable[tuple[Line, Line]]:
    return zip(lines, lines[1:], strict=False)


class _Layout:
    """What the document's lines have in common: the body's font size and line spacing, each column's right
    edge, and how far short of it a line may end inside a paragraph (nothing when the text is justified)."""

    def __init__(self, lines: list[Line]) -> None:
        self.size = statistics.median(line.size for line in lines)
        steps = [a.step(b) for a, b in _pairs(lines) if self.same_column(a, b) and a.step(b) > 0]
        self.pitch = statistics.median(steps or [self.size * 1.2])
        self.rights = self._column_rights(lines)
        inside = [
            right - a.right
            for (a, b), right in zip(_pairs(lines), self.rights, strict=False)
            if self.same_column(a, b) and a.step(b) < self.pitch * 1.15 and abs(a.size - self.size) < 1
        ]
        ragged = sorted(inside)[int(len(inside) * 0.9)] if inside else 0.0
        self.short = max(2 * self.size, ragged + self.size)

    def same_column(self, a: Line, b: Line) -> bool:
        """Whether `b` follows `a` down the same column of the same page."""
        return a.page == b.page and b.top <= a.bottom + self.size * 0.5 and b.left < a.right and a.left < b.right

    def _column_rights(self, lines: list[Line]) -> list[float]:
        """For every line, the right edge of its column: the rightmost end of the lines of its size that run
        down with it (a heading may span the columns)."""
        rights: list[float] = []
        run: list[Line] = []
        for line in lines:
            if run and (not self.same_column(run[-1], line) or abs(run[-1].size - line.size) > 0.15 * self.size):
                rights.extend([max(member.right for member in run)] * len(run))
                run = []
            run.append(line)
        rights.extend([max(member.right for member in run)] * len(run))
        return rights

    def starts_paragraph(self, a: Line, b: Line, right: float) -> bool:
        """Whether line `b`, after line `a` whose column ends at `right`, starts a new paragraph."""
        size = self.size
        if abs(a.size - b.size) > 0.15 * size:
            return True  # a heading begins or ends
        heading = a.size > 1.15 * size
        ends = bool(_PARAGRAPH_END.search(a.text)) and not _ABBREVIATION.search(a.text)
        short = not heading and ends and a.right < right - self.short
        if not self.same_column(a, b):
            return short  # on at the top of the next column or page, unless the last line ended a paragraph
        if a.step(b) > self.pitch * 1.3 * (a.size / size):
            return True  # a wider gap
        if b.left > a.left + 0.8 * size and a.right > b.left:
            return True  # an indented first line
        return short and a.right < right - 0.3 * (right - a.left)


def _words(paragraph: list[Line]) -> list[str]:
    return " ".join(line.text for line in paragraph).split()


def _text(paragraphs: list[list[Line]], headings: list[bool]) -> tuple[str, list[int], int]:
    """The article's text, paragraphs a blank line apart, the offsets of the headings, and how many
    hyphenated words were made whole."""
    vocabulary = set(_WORDS.findall(" ".join(line.text.lower() for p in paragraphs for line in p)))
    parts: list[str] = []
    offsets: list[int] = []
    at = rejoined = 0
    for paragraph, heading in zip(paragraphs, headings, strict=True):
        text = paragraph[0].text
        for line in paragraph[1:]:
            text, made_whole = _join(text, line.text, vocabulary)
            rejoined += made_whole
        text, merged = _merged(text, vocabulary)
        rejoined += merged
        if heading:
            offsets.append(at)
        parts.append(text)
        at += len(text) + 2
    return "\n\n".join(parts) + "\n", offsets, rejoined


def _join(text: str, line: str, vocabulary: set[str]) -> tuple[str, bool]:
    """`text` and the next line of its paragraph, and whether a hyphenated word was made whole."""
    broken = _BROKEN.search(text)
    if broken is None or not line[:1].isalpha():
        return text + " " + line, False
    head = broken.group(1)
    if line[:1].isupper() or (text[-1] not in _SOFT and _compound(head, _WORDS.match(line), vocabulary)):
        return text[:-1] + "-" + line, False
    return text[:-1] + line, True


def _merged(text: str, vocabulary: set[str]) -> tuple[str, int]:
    """`text` with the lines PDFium joined at a hyphen (marking it U+FFFE, or U+0002 when soft) decided as
    `_join` decides, and soft hyphens dropped; and how many hyphenated words were made whole."""
    whole = 0

    def hyphen(match: re.Match[str]) -> str:
        nonlocal whole
        head, mark, tail = match.groups()
        if mark == "\ufffe" and (tail[:1].isupper() or _compound(head, _WORDS.match(tail), vocabulary)):
            return f"{head}-{tail}"
        whole += 1
        return head + tail

    text = _MARKED.sub(hyphen, text)
    return text.replace("\ufffe", "-").replace("\x02", "-").replace("\u00ad", ""), whole


def _compound(head: str, tail: re.Match[str] | None, vocabulary: set[str]) -> bool:
    """Whether `head`- at a line's end and `tail` on the next are a compound written with its hyphen."""
    if tail is None:
        return False
    first, rest = head.lower(), tail.group().lower().split("-", 1)[0]
    if f"{first}-{rest}" in vocabulary:
        return True
    whole = first + rest
    if whole in vocabulary or lemmas.known(whole):
        return False
    return first in COMPOUND_HEADS and len(rest) >= 3


def _title(title: str | None) -> str | None:
    """The document's title, unless it is a file name or a placeholder a program left there."""
    title = " ".join((title or "").split())
    if (
        not title
        or title.lower() in ("untitled", "title", "document")
        or re.search(r"\.(docx?|odt|pdf|tex)$", title, re.I)
    ):
        return None
    return re.sub(r"^Microsoft (?:Word|PowerPoint) - ", "", title) or None


def _letters(text: str) -> int:
    """Characters of `text` that are not white space."""
    return len("".join(text.split()))
