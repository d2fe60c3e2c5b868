"""Read an article from what a person has: a text or Markdown file, a saved web page, a PDF, a web address
or standard input.

`read_source` tells what the input is, by its address, its name's suffix, its content type or its first
bytes, and hands it to the reader of that kind: `quizgen.generate.text` for plain text and Markdown,
`html` (trafilatura) for web pages and `pdf` (pypdfium2) for PDFs; `url` fetches web addresses. Each
extractor is imported only when an input needs it, so plain text never pays for them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from quizgen.errors import GenerateError
from quizgen.generate.text import (
    MARKDOWN_SUFFIXES,
    MAX_ARTICLE_BYTES,
    STDIN,
    Article,
    check_english,
    decode_article,
)
from quizgen.inputs import FileTooLarge, NotARegularFile, read_regular

MAX_DOCUMENT_BYTES = 20_000_000
"""Web pages and PDFs above this size are refused (their text is held to MAX_ARTICLE_BYTES)."""
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
PDF_SUFFIX = ".pdf"
Progress = Callable[[str], None]
"""Told what reading an input is doing: 'fetching 1.2 of 3.4 MB', 'extracting the text of the PDF'."""


def read_source(
    where: str,
    title: str | None = None,
    timeout: float | None = None,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
) -> Article:
    """The article at `where`: a file, an http(s) address, or '-' for `stdin` (the process's by default).

    `title` overrides the title the input gives; `timeout` limits a fetch (url.TIMEOUT by default).
    """
    if title is not None and not title.strip():
        raise GenerateError("--title is empty; give the deck a title, or leave --title out")
    if where == "-":
        article = _from_stdin(stdin if stdin is not None else sys.stdin.buffer)
    elif where.lower().startswith(("http://", "https://")):
        article = _from_url(where, timeout, progress)
    else:
        article = _from_file(where, progress)
    if title is not None:
        article.title = " ".join(title.split())
    elif article.path == STDIN and article.title is None:
        article.title = first_line(article.plain)
    return article


def kind_of(data: bytes, name: str = "") -> str:
    """What an input is, 'pdf', 'html', 'markdown' or 'text': by the first bytes, then by the name's suffix."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"%PDF-"):
        return "pdf"
    suffix = Path(name).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    lower = head[:1024].lower()
    if suffix in HTML_SUFFIXES or lower.startswith((b"<!doctype html", b"<html")):
        return "html"
    if lower.startswith((b"<?xml", b"<!--")) and b"<html" in lower:
        return "html"
    if suffix == PDF_SUFFIX:
        return "pdf"  # not a PDF by its first bytes: the PDF reader says what is wrong
    return "text"


def first_line(plain: str, words: int = 12) -> str | None:
    """A title made of a text's first line: its first sentence, or its first `words` words."""
    for line in plain.splitlines():
        sentence = re.split(r"(?<=[.!?])\s", line.strip(), maxsplit=1)[0]
        found = sentence.rstrip(".").split()
        if found:
            return " ".join(found[:words]) + (" …" if len(found) > words else "")
    return None


def from_bytes(data: bytes, path: str, kind: str, url: str | None = None, charset: str | None = None) -> Article:
    """The English article in `data`, read as `kind` ('pdf', 'html', 'markdown' or 'text')."""
    if kind == "pdf":
        from quizgen.generate.sources.pdf import pdf_article

        return check_english(pdf_article(data, path))
    if kind == "html":
        from quizgen.generate.sources.html import html_article

        return check_english(html_article(_decoded(data, charset), path, url))
    return decode_article(data, path, markdown=kind == "markdown", encoding=charset or "utf-8")


def _from_file(where: str, progress: Progress | None) -> Article:
    path = Path(where)
    try:
        data = read_regular(path, MAX_DOCUMENT_BYTES)  # text over MAX_ARTICLE_BYTES is refused by decode_article
    except NotARegularFile as exc:
        raise GenerateError(f"{where}: {exc.strerror}; give an article file (.txt, .md, .html or .pdf)") from None
    except FileTooLarge as exc:
        raise GenerateError(
            f"{where}: {exc.describe('web pages and PDFs')}, and articles {MAX_ARTICLE_BYTES:,} bytes of text; "
            "save the part you need"
        ) from None
    except OSError as exc:
        raise GenerateError(f"{where}: cannot read the article ({exc.strerror or exc}); check the path") from exc
    kind = kind_of(data, path.name)
    _extracting(kind, progress)
    return from_bytes(data, where, kind)


def _from_url(url: str, timeout: float | None, progress: Progress | None) -> Article:
    from quizgen.generate.sources import url as web

    def fetching(read: int, total: int | None) -> None:
        if progress is not None:
            of = f" of {total / 1_000_000:.1f}" if total else ""
            progress(f"fetching: {read / 1_000_000:.1f}{of} MB")

    if progress is not None:
        progress("fetching")
    page = web.fetch(url, timeout=web.TIMEOUT if timeout is None else timeout, progress=fetching)
    kind = web.KINDS.get(page.content_type) or kind_of(page.data, "")
    if page.content_type in web.UNTYPED and kind not in ("pdf", "html"):
        raise GenerateError(
            f"{url}: is binary data ({page.content_type or 'no content type'}), not a web page, a PDF or text; "
            "give the address of an article"
        )
    if kind == "text" and Path(page.url.split("?", 1)[0]).suffix.lower() in MARKDOWN_SUFFIXES:
        kind = "markdown"
    _extracting(kind, progress)
    article = from_bytes(page.data, url, kind, url=page.url, charset=page.charset)
    article.source = {**article.source, "url": page.url, "fetched": page.fetched}
    return article


def _from_stdin(stream: BinaryIO) -> Article:
    data = stream.read(MAX_DOCUMENT_BYTES + 1)
    if not data.strip():
        raise GenerateError(
            f"{STDIN}: standard input is empty; pipe an article in, as in: cat article.txt | quizgen generate -"
        )
    if len(data) > MAX_DOCUMENT_BYTES:
        raise GenerateError(
            f"{STDIN}: is over {MAX_DOCUMENT_BYTES:,} bytes, the limit of web pages and PDFs; articles may be at "
            f"most {MAX_ARTICLE_BYTES:,} bytes of text"
        )
    text_kind = "markdown" if data.lstrip().startswith(b"# ") else "text"
    kind = kind_of(data, "")
    return from_bytes(data, STDIN, kind if kind != "text" else text_kind)


def _extracting(kind: str, progress: Progress | None) -> None:
    if progress is not None and kind in ("pdf", "html"):
        progress(f"extracting the text of the {'PDF' if kind == 'pdf' else 'web page'}")


def _decoded(data: bytes, charset: str | None) -> bytes | str:
    """A web page's bytes as text when the server named their charset (trafilatura guesses it otherwise)."""
    if not charset:
        return data
    try:
        return data.decode(charset, errors="replace")
    except LookupError:
        return data
