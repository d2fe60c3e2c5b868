"""Read an article (plain text or Markdown) and keep a map back to its characters.

Web pages and PDFs are read by `quizgen.generate.sources`, which extracts their text and hands it
here as an `Article` like any other: its `text` is the extracted text, the one the cards' offsets
point into.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from quizgen.errors import GenerateError
from quizgen.generate.language import not_english
from quizgen.inputs import FileTooLarge, NotARegularFile, binary_size, read_regular

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
MAX_ARTICLE_BYTES = 1024 * 1024
"""Articles above this size are refused (a whole book is about 1 MB)."""
STDIN = "<stdin>"
"""The path of an article read from standard input."""

# Inline Markdown: images are dropped, links keep their text, emphasis and code keep their content.
_INLINE = re.compile(
    r"!\[[^\]]*\]\([^)]*\)"  # image
    r"|\[(?P<link>[^\]]+)\]\([^)]*\)"  # link
    r"|(?P<mark>\*\*|__|\*|_|`+)(?=\S)"  # emphasis or code opening
    r"|(?<=\S)(?P<close>\*\*|__|\*|_|`+)"  # emphasis or code closing
    r"|<[^>\n]+>"  # inline HTML
)
_BLOCK_PREFIX = re.compile(r"^(?:\s{0,3}>\s?)*\s*(?:(?P<heading>#{1,6}\s+)|[-*+]\s+|\d+[.)]\s+)?")
_FENCE = re.compile(r"^\s*(```|~~~)")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")


@dataclass(frozen=True)
class Extraction:
    """How an article's text was taken out of a web page or a PDF, for --explain."""

    extractor: str
    """The library that did it, with its version: 'trafilatura 2.3.1'."""
    kind: str
    """What it read: 'web page' or 'PDF'."""
    found: int
    """Characters of text (not counting white space) in the page or document."""
    kept: int
    """Characters of text (not counting white space) in the extracted article."""
    removed: str
    """What the removed characters were: 'menus, banners, links, comments and footers'."""
    notes: tuple[str, ...] = ()
    """Further things done, one phrase each: 'rejoined 12 words hyphenated across lines'."""


@dataclass
class Article:
    """An article's text, and its plain form with Markdown syntax removed.

    `index[i]` is the offset in `text` of `plain[i]`; offsets stay exact for plain text. For a web
    page or a PDF, `text` is the text extracted from it.
    """

    path: str
    """What messages name: the file as given, the URL, or `STDIN`."""
    text: str
    plain: str
    index: list[int] | None = None
    markdown: bool = False
    title: str | None = None
    """The deck's title when the reader knows it (--title, a page's title); else the generator takes the
    headline, then the file name."""
    source: dict[str, str] = field(default_factory=dict)
    """What the deck's `source` records of where the text came from, besides its title and hash: the
    article's author and date, and its file or its url and the time it was fetched."""
    headings: frozenset[int] = frozenset()
    """Offsets in `plain` of the lines that are headings (from the page's or the Markdown's markup):
    headings are not sentences."""
    extraction: Extraction | None = None
    """How the text was extracted from a web page or a PDF; None for plain text and Markdown."""
    figures: list[Any] = field(default_factory=list)
    """A saved web page's figures inside its main text (`quizgen.generate.figures.Figure`): image and caption."""

    def to_text(self, plain_offset: int) -> int:
        """The offset in the article of a plain-text offset (an end offset may equal the length)."""
        if self.index is None:
            return plain_offset
        if plain_offset >= len(self.index):
            return len(self.text)
        return self.index[plain_offset]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Article offsets of the plain span [start, end)."""
        if self.index is None or start >= end:
            return start, end
        return self.to_text(start), self.to_text(end - 1) + 1

    @property
    def name(self) -> str:
        """What the deck's id is made from: the file's name without its suffix, the URL's last part, or
        the title of text from standard input."""
        url = self.source.get("url")
        if url:
            address = url.split("?", 1)[0].split("#", 1)[0].rstrip("/")
            last = unquote(address.rsplit("/", 1)[-1] if address.count("/") > 2 else address.split("//", 1)[-1])
            return last.rsplit(".", 1)[0] if re.search(r"\.(html?|php|aspx?|pdf|txt|md)$", last, re.I) else last
        if self.path == STDIN:
            return " ".join((self.title or "stdin").split()[:6])
        return Path(self.path).stem

    @property
    def origin(self) -> str:
        """Where the article came from, as the deck's description says it: the file name, the URL, or
        'standard input'."""
        if "url" in self.source:
            return self.source["url"]
        return "standard input" if self.path == STDIN else Path(self.path).name

    def provenance(self) -> dict[str, Any]:
        """The deck's `source` fields after its title, in the deck model's order."""
        found = {"file": Path(self.path).name} if self.path != STDIN and "url" not in self.source else {}
        found |= self.source
        order = ("author", "date", "file", "url", "fetched")
        fields = {key: found[key] for key in order if found.get(key)}
        fields["sha256"] = hashlib.sha256(self.text.encode()).hexdigest()
        return fields


def read_article(path: str | Path) -> Article:
    """Read a UTF-8 English article; Markdown files (by suffix) lose their syntax in `plain`."""
    p = Path(path)
    try:
        data = read_regular(p, MAX_ARTICLE_BYTES)
    except NotARegularFile as exc:
        raise GenerateError(f"{p}: {exc.strerror}; give an article file (.txt, .md, .html or .pdf)") from None
    except FileTooLarge as exc:
        raise GenerateError(f"{p}: {exc.describe('articles')}; split it into parts") from None
    except OSError as exc:
        raise GenerateError(f"{p}: cannot read the article ({exc.strerror or exc}); check the path") from exc
    return decode_article(data, str(p), markdown=p.suffix.lower() in MARKDOWN_SUFFIXES)


def too_big(path: str, size: int) -> str:
    """The message for an article of `size` bytes, over the limit."""
    return f"{path}: {FileTooLarge(path, size, MAX_ARTICLE_BYTES).describe('articles')}; split it into parts"


def check_length(text: str, path: str) -> None:
    """A GenerateError when the text extracted from a web page or PDF is over the articles' limit."""
    size = len(text.encode())
    if size > MAX_ARTICLE_BYTES:
        limit = MAX_ARTICLE_BYTES
        raise GenerateError(
            f"{path}: its text is {size:,} bytes; articles may be at most {limit:,} bytes ({binary_size(limit)}) "
            "of text, so save the part you need"
        )


def decode_article(data: bytes, path: str, markdown: bool = False, encoding: str = "utf-8") -> Article:
    """An English article from the bytes of a text file (UTF-8 unless `encoding` says otherwise)."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise GenerateError(too_big(path, len(data)))
    try:
        text = data.decode("utf-8-sig" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding)
    except UnicodeDecodeError as exc:
        raise GenerateError(
            f"{path}: not {encoding.upper()} text (bad byte at offset {exc.start}); save the article as UTF-8"
        ) from exc
    except LookupError as exc:
        raise GenerateError(f"{path}: is in an unknown encoding ({encoding}); save the article as UTF-8") from exc
    if "\x00" in text:
        raise GenerateError(f"{path}: is not a text file; give an article as plain text or Markdown")
    return check_english(article_from_text(text, path, markdown=markdown))


def check_english(article: Article) -> Article:
    """`article`, when it is in English; else a GenerateError naming it."""
    why = not_english(article.plain)
    if why:
        raise GenerateError(f"{article.path}: {why}; quizgen makes questions from English articles")
    return article


def article_from_text(text: str, path: str = "<text>", markdown: bool = False) -> Article:
    """An article from text already in memory."""
    if not markdown:
        return Article(path, text, text.replace("\r", " "))
    plain, index, headings = strip_markdown(text)
    return Article(path, text, plain, index, markdown=True, headings=frozenset(headings))


def strip_markdown(text: str) -> tuple[str, list[int], list[int]]:
    """Markdown text without its syntax, the offset in `text` of every kept character, and the offsets in
    the plain text of the lines that are headings ('# ...')."""
    out: list[str] = []
    index: list[int] = []
    headings: list[int] = []

    def keep(start: int, end: int) -> None:
        for i in range(start, end):
            out.append(" " if text[i] == "\r" else text[i])
            index.append(i)

    pos = 0
    fenced = False
    for line in text.splitlines(keepends=True):
        start, end = pos, pos + len(line)
        pos = end
        if _FENCE.match(line):
            fenced = not fenced
            keep(end - 1, end) if line.endswith("\n") else None
            continue
        if fenced or _RULE.match(line):
            if line.endswith("\n"):
                keep(end - 1, end)
            continue
        prefix = _BLOCK_PREFIX.match(line)
        assert prefix is not None  # every part of the pattern is optional
        if prefix.group("heading"):
            headings.append(len(out))
        body = start + prefix.end()
        at = body
        for m in _INLINE.finditer(text, body, end):
            keep(at, m.start())
            if m.group("link"):
                keep(m.start("link"), m.end("link"))
            at = m.end()
        keep(at, end)
    return "".join(out), index, headings
