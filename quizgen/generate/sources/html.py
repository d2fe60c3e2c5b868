"""A web page's article: its main text, extracted with trafilatura, and its title, author and date.

trafilatura finds the page's main content and leaves out navigation, cookie banners, related links,
comments and footers. Its blocks become the article's lines, a blank line apart: paragraphs and list
items are read for facts; headings are kept (they give the text its shape) but are never sentences.
Wikipedia's citation marks ('[1]', '[edit]') are removed from the text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from quizgen.errors import GenerateError
from quizgen.generate.text import Article, Extraction, article_from_text, check_length

REMOVED = "menus, banners, related links, comments and footers"
"""What the characters trafilatura leaves out are, for --explain."""
INSTALL = "reading web pages needs trafilatura; install it with: pip install 'quizgen[web]'"

MIN_PROSE_WORDS = 20
"""A page whose text has fewer words in sentences than this has no article (trafilatura falls back on
the whole page's text when it finds no main content: a home page's menus and links)."""
_SENTENCE = re.compile(r"[.!?][\"'”’)\]]*$")
_CONSENT = re.compile(
    r"^(?=.{0,400}$).*\bcookies?\b.*\b(?:accept|consent|preferences|manage|settings|opt out)\b", re.I | re.S
)
"""A cookie-consent notice, which trafilatura keeps when the article is short: never part of an article."""
_MARK = re.compile(r"\s*\[(?:\d{1,3}|[a-z]|edit|citation needed|clarification needed|note \d+|nb \d+)\]", re.I)
"""A citation or edit mark, with the space before it: 'Gates.[1]', 'History[edit]'."""
_TITLE_SEPARATOR = re.compile(r"\s+[-|–—:·•»]\s+\S")
_VISIBLE = "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"


def html_article(content: bytes | str, path: str, url: str | None = None) -> Article:
    """The article of a web page (its HTML as bytes, or as text when its encoding is known)."""
    try:
        import trafilatura
    except ImportError:
        raise GenerateError(f"{path}: {INSTALL}") from None

    tree = trafilatura.load_html(content)
    if tree is None:
        raise GenerateError(f"{path}: is not a readable web page; save the page again (as 'Web page, HTML only')")
    found = _letters("".join(tree.xpath(_VISIBLE)))
    title, source = _metadata(tree, url)
    document: Any = trafilatura.bare_extraction(tree, url=url, include_comments=False, include_tables=False)
    blocks = list(_blocks(document.body)) if document is not None and document.body is not None else []
    if document is None or _prose(blocks) < MIN_PROSE_WORDS:
        raise GenerateError(
            f"{path}: no main text found in the page (only menus, links or forms); "
            "give the page of the article itself, or save its text as a .txt file"
        )
    text, headings = _join(blocks)
    check_length(text, path)
    article = article_from_text(text, path)
    article.headings = frozenset(headings)
    article.title = _title(title, next((t for kind, t in blocks if kind == "h1"), None))
    article.source = source
    extractor = f"trafilatura {trafilatura.__version__}"
    article.extraction = Extraction(extractor, "web page", found, _letters(text), REMOVED)
    if url is None:
        from quizgen.generate.figures import find_figures

        article.figures = find_figures(tree, text, path)
    return article


def _metadata(tree: Any, url: str | None) -> tuple[str | None, dict[str, str]]:
    """The page's title, and its author and date, as its <head> gives them (meta tags, JSON-LD) and as
    htmldate finds the date without searching the text.

    trafilatura's own metadata search also looks through the whole page for a byline, its categories,
    tags and licence, which takes as long again as extracting the text; its parts are used here instead.
    """
    from htmldate import find_date
    from trafilatura.metadata import examine_meta, extract_meta_json, extract_title

    meta = examine_meta(tree)
    try:
        meta = extract_meta_json(tree, meta)
    except Exception:  # trafilatura guards its JSON-LD reader the same way: it has bugs
        pass
    found: dict[str, str] = {}
    if meta.author and " " in meta.author.strip():  # one word is a user name, as trafilatura judges
        found["author"] = " ".join(meta.author.split())
    today = dt.date.today().isoformat()
    date = find_date(tree, extensive_search=False, original_date=True, url=url or meta.url, max_date=today)
    try:
        found["date"] = dt.date.fromisoformat(str(date)).isoformat()
    except ValueError:
        pass
    return meta.title or extract_title(tree), found


def _blocks(body: Any) -> Iterator[tuple[str, str]]:
    """(kind, text) of each block of trafilatura's body: 'h1' or 'heading' for headings, 'p' for the rest."""
    for element in body:
        if element.tag == "head":
            text = _text(element)
            if text:
                yield ("h1" if element.get("rend") == "h1" else "heading"), text
        elif element.tag == "list":
            yield from (("p", text) for text in _items(element))
        elif element.tag not in ("table", "code", "graphic"):  # paragraphs, quotes and the like
            text = _text(element)
            if text and not _CONSENT.search(text):
                yield "p", text
        tail = _clean(element.tail or "")
        if tail:
            yield "p", tail


def _items(listing: Any) -> Iterator[str]:
    """The text of every item of a list, nested lists' items after their parent's."""
    for item in listing.iterchildren("item"):
        text = _text(item, skip="list")
        if text:
            yield text
        for inner in item.iterchildren("list"):
            yield from _items(inner)


def _text(element: Any, skip: str | None = None) -> str:
    """An element's text, line breaks (<lb/>) kept, children tagged `skip` left out."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag != skip:
            parts.append(_text(child))
        parts.append(child.tail or "")
    return _clean("".join(parts))


def _clean(text: str) -> str:
    """Text without citation marks, each line's spaces collapsed, empty lines dropped."""
    lines = (" ".join(line.split()) for line in _MARK.sub("", text).split("\n"))
    return "\n".join(line for line in lines if line)


def _join(blocks: list[tuple[str, str]]) -> tuple[str, list[int]]:
    """The article's text, a blank line between blocks, and the offsets of the heading lines."""
    parts: list[str] = []
    headings: list[int] = []
    at = 0
    for kind, text in blocks:
        if kind != "p":
            headings.append(at)
            text = " ".join(text.split())  # a heading is one line
        parts.append(text)
        at += len(text) + 2
    return "\n\n".join(parts) + "\n", headings


def _title(title: str | None, h1: str | None) -> str | None:
    """The page's title without the site's name: its <h1> when the <title> is the <h1> and a suffix."""
    if title and h1 and title != h1 and title.startswith(h1) and _TITLE_SEPARATOR.match(title, len(h1)):
        return h1
    return title or h1


def _prose(blocks: list[tuple[str, str]]) -> int:
    """Words of the paragraphs' lines that are sentences: six words or more, ending as sentences do."""
    lines = (line.split() for kind, text in blocks if kind == "p" for line in text.split("\n"))
    return sum(len(words) for words in lines if len(words) >= 6 and _SENTENCE.search(words[-1]))


def _letters(text: str) -> int:
    """Characters of `text` that are not white space."""
    return len("".join(text.split()))
