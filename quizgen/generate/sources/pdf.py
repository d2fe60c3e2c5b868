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
from collections.abc import Container, Iterable
from typing import Any, NamedTuple

from quizgen.errors import GenerateError
from quizgen.generate import lemmas
from quizgen.generate.text import Article, Extraction, article_from_text, check_length

INSTALL = "reading PDFs needs pypdfium2; install it with: pip install 'quizgen[pdf]' (or pypdfium2 alone)"
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
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_LIGATURE = re.compile("[\ufb00-\ufb06]")
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})


class Line(NamedTuple):
    """A line of a page: its text and the box around it (PDF points, y upwards)."""

    text: str
    page: int
    left: float
    right: float
    bottom: float
    top: float
    size: float
    """The height of the font's box: the font size, near enough."""
    letters: int
    """Characters that are not spaces."""

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
        said = re.search(r"\(([^()]+)\)", str(exc))  # 'Failed to load document (PDFium: Data format error).'
        reason = said.group(1) if said else str(exc).rstrip(".")
        raise GenerateError(f"{path}: is not a readable PDF ({reason}); check that the file is whole") from None
    try:
        pages = [_lines(document[number], number) for number in range(len(document))]
        meta = document.get_metadata_dict(skip_empty=True)
    finally:
        document.close()
    found = sum(line.letters for page in pages for line in page)
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
    version = f"pypdfium2 {pdfium.version.PYPDFIUM_INFO}"
    article.extraction = Extraction(version, "PDF", found, sum(line.letters for line in kept), REMOVED, tuple(notes))
    return article


def _lines(page: Any, number: int) -> list[Line]:
    """The lines of a page in PDFium's reading order, each with its box."""
    import pypdfium2.raw as pdfium_c

    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        # PDFium counts a character beyond the Basic Multilingual Plane twice (as UTF-16 does)
        wide = [m.start() for m in _ASTRAL.finditer(text)] if _ASTRAL.search(text) else []
        ligatures = _LIGATURE.search(text) is not None
        box = pdfium_c.FS_RECTF()
        loose_box = pdfium_c.FPDFText_GetLooseCharBox
        lines = []
        for match in _LINE.finditer(text):
            raw = match.group()
            clean = raw.strip()
            if not clean:
                continue
            first = match.start() + len(raw) - len(raw.lstrip())
            last = first + len(clean) - 1
            if wide:
                first, last = first + _before(wide, first), last + _before(wide, last)
            # PDFium may give two lines as one, joined at a hyphen it marks U+FFFE: the box runs from the
            # first character's top to the last one's foot, and the font's size is the first character's
            loose_box(textpage, first, box)
            left, bottom, top = box.left, box.bottom, box.top
            loose_box(textpage, last, box)
            if ligatures:
                clean = clean.translate(_LIGATURES)
            letters = len(clean) - clean.count(" ")
            lines.append(Line(clean, number, left, box.right, min(bottom, box.bottom), top, top - bottom, letters))
        return lines
    finally:
        textpage.close()
        page.close()


def _before(wide: list[int], index: int) -> int:
    return sum(1 for i in wide if i < index)


def _without_running_lines(pages: list[list[Line]]) -> list[Line]:
    """Every line but the running headers and footers and the page numbers, in order."""
    height = max((line.top for page in pages for line in page), default=0.0)
    edges: list[list[Line]] = []
    for page in pages:
        by_height = sorted(page, key=lambda line: line.top)
        outer = by_height[:2] + by_height[-2:]
        edges.append([line for line in outer if line.bottom < EDGE * height or line.top > (1 - EDGE) * height])
    keys = [{line: _smashed(line.text) for line in found} for found in edges]
    seen = Counter(key for found in keys for key in set(found.values()))
    kept = []
    for page, found in zip(pages, keys, strict=True):
        for line in page:
            running = line in found and (seen[found[line]] > 1 or _PAGE_NUMBER.match(line.text))
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
    for index, b in enumerate(lines[1:]):
        if layout.starts_paragraph(index):
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
        self.lines = lines
        self.size = size = statistics.median(line.size for line in lines)
        self.follows = [
            a.page == b.page and b.top <= a.bottom + size * 0.5 and b.left < a.right and a.left < b.right
            for a, b in _pairs(lines)
        ]
        """For each line but the last, whether the next one follows it down the same column of the same page."""
        steps = [
            step for (a, b), down in zip(_pairs(lines), self.follows, strict=False) if down and (step := a.step(b)) > 0
        ]
        self.pitch = statistics.median(steps or [size * 1.2])
        self.rights = self._column_rights()
        inside = [
            right - a.right
            for (a, b), right, down in zip(_pairs(lines), self.rights, self.follows, strict=False)
            if down and a.step(b) < self.pitch * 1.15 and abs(a.size - size) < 1
        ]
        ragged = sorted(inside)[int(len(inside) * 0.9)] if inside else 0.0
        self.short = max(2 * size, ragged + size)

    def _column_rights(self) -> list[float]:
        """For every line, the right edge of its column: the rightmost end of the lines of its size that run
        down with it (a heading may span the columns)."""
        rights: list[float] = []
        run = [self.lines[0]]
        for line, down in zip(self.lines[1:], self.follows, strict=True):
            if not down or abs(run[-1].size - line.size) > 0.15 * self.size:
                rights.extend([max(member.right for member in run)] * len(run))
                run = []
            run.append(line)
        rights.extend([max(member.right for member in run)] * len(run))
        return rights

    def starts_paragraph(self, index: int) -> bool:
        """Whether the line after line `index` starts a new paragraph."""
        a, b, right, size = self.lines[index], self.lines[index + 1], self.rights[index], self.size
        if abs(a.size - b.size) > 0.15 * size:
            return True  # a heading begins or ends
        heading = a.size > 1.15 * size
        tail = max(len(a.text) - 12, 0)  # the patterns look at the line's end only
        ends = bool(_PARAGRAPH_END.search(a.text, tail)) and not _ABBREVIATION.search(a.text, tail)
        short = not heading and ends and a.right < right - self.short
        if not self.follows[index]:
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
    vocabulary = _Words([line.text for paragraph in paragraphs for line in paragraph])
    parts: list[str] = []
    offsets: list[int] = []
    at = rejoined = 0
    for paragraph, heading in zip(paragraphs, headings, strict=True):
        pieces = [paragraph[0].text]
        for before, after in _pairs(paragraph):
            joint, made_whole = _joint(before.text, after.text, vocabulary)
            if joint != " ":
                pieces[-1] = pieces[-1][:-1]  # the hyphen goes, or becomes an ASCII one
            pieces += [joint, after.text]
            rejoined += made_whole
        text, merged = _merged("".join(pieces), vocabulary)
        rejoined += merged
        if heading:
            offsets.append(at)
        parts.append(text)
        at += len(text) + 2
    return "\n\n".join(parts) + "\n", offsets, rejoined


class _Words:
    """The words a document writes (hyphenated ones whole, lowercase), found when first asked for: only a
    line ending in a hyphen needs them."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.words: set[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self.words is None:
            self.words = set(_WORDS.findall(" ".join(self.lines).lower()))
        return word in self.words


def _join(line: str, after: str, vocabulary: Container[str]) -> tuple[str, bool]:
    """Two lines of a paragraph as one, and whether a word hyphenated across them was made whole."""
    joint, made_whole = _joint(line, after, vocabulary)
    return (line if joint == " " else line[:-1]) + joint + after, made_whole


def _joint(line: str, after: str, vocabulary: Container[str]) -> tuple[str, bool]:
    """What joins a line to the next one of its paragraph: a space; '-' for a compound hyphenated at the
    line's end (in place of its hyphen); nothing for a word hyphenated there. And whether it was the last."""
    broken = _BROKEN.search(line, max(len(line) - 40, 0)) if line[-1] in _HYPHENS else None
    if broken is None or not after[:1].isalpha():
        return " ", False
    if after[:1].isupper() or (line[-1] not in _SOFT and _compound(broken.group(1), _WORDS.match(after), vocabulary)):
        return "-", False
    return "", True


def _merged(text: str, vocabulary: Container[str]) -> tuple[str, int]:
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

    if "\ufffe" in text or "\x02" in text:
        text = _MARKED.sub(hyphen, text).replace("\ufffe", "-").replace("\x02", "-")
    return text.replace("\u00ad", "") if "\u00ad" in text else text, whole


def _compound(head: str, tail: re.Match[str] | None, vocabulary: Container[str]) -> bool:
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
