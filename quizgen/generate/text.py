"""Read an article (plain text or Markdown) and keep a map back to its characters."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from quizgen.errors import GenerateError
from quizgen.generate.language import not_english
from quizgen.inputs import FileTooLarge, NotARegularFile, read_regular

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
MAX_ARTICLE_BYTES = 1024 * 1024
"""Articles above this size are refused (a whole book is about 1 MB)."""

# Inline Markdown: images are dropped, links keep their text, emphasis and code keep their content.
_INLINE = re.compile(
    r"!\[[^\]]*\]\([^)]*\)"  # image
    r"|\[(?P<link>[^\]]+)\]\([^)]*\)"  # link
    r"|(?P<mark>\*\*|__|\*|_|`+)(?=\S)"  # emphasis or code opening
    r"|(?<=\S)(?P<close>\*\*|__|\*|_|`+)"  # emphasis or code closing
    r"|<[^>\n]+>"  # inline HTML
)
_BLOCK_PREFIX = re.compile(r"^(?:\s{0,3}>\s?)*\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+)?")
_FENCE = re.compile(r"^\s*(```|~~~)")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")


@dataclass
class Article:
    """An article's text, and its plain form with Markdown syntax removed.

    `index[i]` is the offset in `text` of `plain[i]`; offsets stay exact for plain text.
    """

    path: str
    text: str
    plain: str
    index: list[int] | None = None
    markdown: bool = False

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


def read_article(path: str | Path) -> Article:
    """Read a UTF-8 English article; Markdown files (by suffix) lose their syntax in `plain`."""
    p = Path(path)
    try:
        data = read_regular(p, MAX_ARTICLE_BYTES)
    except NotARegularFile as exc:
        raise GenerateError(f"{p}: is a {exc.kind}, not an article file; give an article file (.txt or .md)") from None
    except FileTooLarge as exc:
        raise GenerateError(f"{p}: {exc.describe('articles')}; split it into parts") from None
    except OSError as exc:
        raise GenerateError(f"{p}: cannot read the article ({exc.strerror or exc}); check the path") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GenerateError(f"{p}: not UTF-8 text (bad byte at offset {exc.start}); save the article as UTF-8") from exc
    if "\x00" in text:
        raise GenerateError(f"{p}: is not a text file; give an article as plain text or Markdown")
    article = article_from_text(text, str(p), markdown=p.suffix.lower() in MARKDOWN_SUFFIXES)
    why = not_english(article.plain)
    if why:
        raise GenerateError(f"{p}: {why}; quizgen makes questions from English articles")
    return article


def article_from_text(text: str, path: str = "<text>", markdown: bool = False) -> Article:
    """An article from text already in memory."""
    if not markdown:
        return Article(path, text, text.replace("\r", " "))
    plain, index = strip_markdown(text)
    return Article(path, text, plain, index, markdown=True)


def strip_markdown(text: str) -> tuple[str, list[int]]:
    """Markdown text without its syntax, and the offset in `text` of every kept character."""
    out: list[str] = []
    index: list[int] = []

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
        body = start + _BLOCK_PREFIX.match(line).end()  # type: ignore[union-attr]
        at = body
        for m in _INLINE.finditer(text, body, end):
            keep(at, m.start())
            if m.group("link"):
                keep(m.start("link"), m.end("link"))
            at = m.end()
        keep(at, end)
    return "".join(out), index
