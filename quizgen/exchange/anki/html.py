"""Text to Anki field HTML and back.

Export escapes every text, so a card about `<script>` shows the literal text and
nothing runs; newlines become `<br>`. Import turns field HTML into plain text that
means the same (superscripts, subscripts, lists and line breaks kept) and lists the
media files a field refers to, which quizgen does not import yet.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_SOUND = re.compile(r"\[sound:([^\]]+)\]")
_BR = re.compile(r"<br\s*/?>", re.I)
_BLANK_LINES = re.compile(r"\n{3,}")


_MATH_DELIMITER = re.compile(r"\\(?=[()\[\]])")
"""A backslash that starts or ends MathJax: `\\(`, `\\)`, `\\[`, `\\]`."""
_ANKI_TAG = re.compile(r"\[(?=sound:|anki:|latex\]|\$\$?\]|/latex\]|/\$\$?\])", re.I)
"""The `[` of Anki's own markup: `[sound:...]`, `[anki:tts]`, `[latex]`, `[$]`, `[$$]`."""


def to_html(text: str) -> str:
    """Field HTML that shows `text` literally: escaped, newlines as `<br>`.

    Anki's own markup is neutralised too: the `[` of `[sound:...]`, `[latex]`, `[$]` and the
    backslash of `\\(`, `\\)`, `\\[`, `\\]` are written as character references, so Anki plays no
    sound, renders no LaTeX image and sees no MathJax in the card's text (the note types also keep
    MathJax away from it in the browser: see `note_types`).
    """
    escaped = html.escape(text, quote=False).replace("\x1f", "&#31;")
    escaped = _ANKI_TAG.sub("&#91;", _MATH_DELIMITER.sub("&#92;", escaped))
    return escaped.replace("\n", "<br>")


def from_html(field_html: str) -> str:
    """The exact inverse of `to_html`, for fields quizgen wrote itself."""
    parts = _BR.sub("\n", field_html).split("&#31;")
    return "\x1f".join(html.unescape(part) for part in parts)


@dataclass
class PlainText:
    """A field as plain text, and the media files it referred to."""

    text: str
    media: list[str] = field(default_factory=list)


SUPERSCRIPT = dict(
    zip(
        "0123456789+-\u2212=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVW",
        "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ",
        strict=True,
    )
)
"""Characters that have a Unicode superscript form, and that form."""
SUBSCRIPT = dict(zip("0123456789+-\u2212=()aehijklmnoprstuvxə", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓₔ", strict=True))
"""Characters that have a Unicode subscript form, and that form."""

_BLOCKS = {"div", "p", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "hr", "dl", "dt", "dd"}
_MEDIA = {"img": "image", "audio": "media", "video": "media", "source": "media", "embed": "media"}
_VOID = {"br", "hr", "img", "source", "embed", "wbr", "input", "meta", "link", "col", "area", "base", "track"}


def scripted(text: str, table: dict[str, str], mark: str) -> str:
    """`text` raised or lowered: in Unicode super- or subscript when every character has a form, else
    `^x` / `_x` (`^(...)` / `_(...)` around more than one character)."""
    text = text.strip()
    if not text:
        return ""
    if all(ch in table for ch in text):
        return "".join(table[ch] for ch in text)
    return f"{mark}{text}" if len(text) == 1 else f"{mark}({text})"


class _Flattener(HTMLParser):
    """Field HTML to plain text that means the same: line breaks, list items, super- and subscripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.media: list[str] = []
        self.lists: list[list[int]] = []  # one per open list: [next number] for <ol>, [] for <ul>
        self.scripts: list[tuple[str, int]] = []  # open <sup>/<sub>, and where their text starts in `out`
        self.hidden = 0
        self.cells = 0
        self.line_start = True
        self.new_line = False

    def emit(self, text: str) -> None:
        if not text:
            return
        if self.new_line and not self.line_start:
            self.out.append("\n")
        self.new_line = False
        self.out.append(text)
        self.line_start = text.endswith("\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.hidden += 1
        elif tag == "br":
            self.emit("\n")
        elif tag in ("ul", "ol"):
            self.new_line = True
            self.lists.append([1] if tag == "ol" else [])
        elif tag == "li":
            counter = self.lists[-1] if self.lists else []
            bullet = f"{counter[0]}. " if counter else "- "
            if counter:
                counter[0] += 1
            self.new_line = True
            self.emit("  " * max(len(self.lists) - 1, 0) + bullet)
        elif tag in ("sup", "sub"):
            self.scripts.append((tag, len(self.out)))
        elif tag in ("td", "th"):
            self.emit(" | " if self.cells else "")
            self.cells += 1
        elif tag in ("s", "del", "strike"):
            self.emit("~~")
        elif tag in _BLOCKS:
            self.new_line = True
            self.cells = 0
        if tag in _MEDIA:
            src = dict(attrs).get("src")
            if src:
                self.media.append(src)
                self.emit(f"[{_MEDIA[tag]}: {src}]")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.hidden = max(self.hidden - 1, 0)
        elif tag in ("sup", "sub") and self.scripts and self.scripts[-1][0] == tag:
            _, at = self.scripts.pop()
            inner = "".join(self.out[at:])
            del self.out[at:]
            table, mark = (SUPERSCRIPT, "^") if tag == "sup" else (SUBSCRIPT, "_")
            self.emit(scripted(inner, table, mark))
        elif tag in ("s", "del", "strike"):
            self.emit("~~")
        elif tag in ("ul", "ol"):
            if self.lists:
                self.lists.pop()
            self.new_line = True
        elif tag in _BLOCKS or tag == "li":
            self.new_line = True

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.emit(data)


def to_text(field_html: str) -> PlainText:
    """Plain text of a field written in Anki, meaning kept: `mc<sup>2</sup>` is `mc²`, list items keep
    their bullets or numbers, line breaks stay; images and sounds become a mark such as `[image: cat.jpg]`."""
    if "<" in field_html:
        parser = _Flattener()
        parser.feed(field_html)
        parser.close()
        media, text = parser.media, "".join(parser.out)
    else:  # no tag: only character references to read
        media, text = [], html.unescape(field_html)

    def sound_mark(m: re.Match[str]) -> str:
        media.append(m[1])
        return f"[audio: {m[1]}]"

    text = _SOUND.sub(sound_mark, text)
    text = text.replace("\xa0", " ").replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    text = _BLANK_LINES.sub("\n\n", "\n".join(lines))
    return PlainText(text.strip("\n").strip(), media)


_OTHER_TAG = re.compile(r"<(?!br\s*/?>)[a-zA-Z/!]", re.I)


def own_field_text(field_html: str) -> PlainText:
    """Text of a field of a quizgen note type: exact when untouched, else as edited in Anki."""
    if _OTHER_TAG.search(field_html):
        return to_text(field_html)
    return PlainText(from_html(field_html), [html.unescape(name) for name in _SOUND.findall(field_html)])
