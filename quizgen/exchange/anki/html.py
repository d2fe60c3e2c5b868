"""Text to Anki field HTML and back.

Export escapes every text, so a card about `<script>` shows the literal text and
nothing runs; newlines become `<br>`. Import turns field HTML into plain text and
lists the media files a field refers to, which quizgen does not import yet.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

_MEDIA_TAG = re.compile(
    r"<(img|audio|video|source|embed)\b[^>]*?\bsrc\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))[^>]*>", re.I
)
_SOUND = re.compile(r"\[sound:([^\]]+)\]")
_HIDDEN = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_BR = re.compile(r"<br\s*/?>", re.I)
_BLOCK_OPEN = re.compile(r"<(div|p|li|tr|h[1-6]|blockquote|pre)\b[^>]*>", re.I)
_TAG = re.compile(r"<[a-zA-Z/!][^>]*>")
_BLANK_LINES = re.compile(r"\n{3,}")


def to_html(text: str) -> str:
    """Field HTML that shows `text` literally: escaped, newlines as `<br>`."""
    escaped = html.escape(text, quote=False).replace("\x1f", "&#31;")
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


def to_text(field_html: str) -> PlainText:
    """Plain text of a field written in Anki: tags stripped, lines kept, media replaced by a mark."""
    media: list[str] = []

    def media_mark(m: re.Match[str]) -> str:
        name = html.unescape(m[2] or m[3] or m[4] or "")
        media.append(name)
        kind = "image" if m[1].lower() == "img" else "media"
        return f"[{kind}: {name}]"

    def sound_mark(m: re.Match[str]) -> str:
        name = html.unescape(m[1])
        media.append(name)
        return f"[audio: {name}]"

    text = _HIDDEN.sub("", field_html)
    text = _MEDIA_TAG.sub(media_mark, text)
    text = _SOUND.sub(sound_mark, text)
    text = _BR.sub("\n", text)
    text = _BLOCK_OPEN.sub("\n", text)
    text = _TAG.sub("", text)
    text = html.unescape(text).replace("\xa0", " ").replace("\r\n", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    text = _BLANK_LINES.sub("\n\n", "\n".join(lines))
    return PlainText(text.strip(), media)


_OTHER_TAG = re.compile(r"<(?!br\s*/?>)[a-zA-Z/!]", re.I)


def own_field_text(field_html: str) -> PlainText:
    """Text of a field of a quizgen note type: exact when untouched, else as edited in Anki."""
    if _OTHER_TAG.search(field_html):
        return to_text(field_html)
    return PlainText(from_html(field_html), [html.unescape(name) for name in _SOUND.findall(field_html)])
