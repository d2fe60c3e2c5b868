"""Media on cards: the four fields, the rules a media path follows, and file types told by content.

A card may show an image and play a sound with its prompt (`image`, `audio`) and with its answer
(`answer_image`, `answer_audio`). Each is a path relative to the deck file that stays inside the
deck's folder. A file's type is told by its first bytes, never by its name.
"""

from __future__ import annotations

import re
from typing import Literal

MEDIA_FIELDS = ("image", "audio", "answer_image", "answer_audio")
"""The card keys that name a media file, in the order they are shown."""

Kind = Literal["image", "audio"]

IMAGE_TYPES = ("png", "jpeg", "gif", "webp", "svg")
AUDIO_TYPES = ("mp3", "ogg", "wav")

MAX_IMAGE_BYTES = 20 * 1024 * 1024
"""An image file above this size is refused."""
MAX_AUDIO_BYTES = 50 * 1024 * 1024
"""A sound file above this size is refused."""
SNIFF_BYTES = 1024
"""How many first bytes tell a file's type."""

_BAD_CHARACTERS = re.compile(r"[\x00-\x1f\x7f\\]")
_SVG_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]", re.S)


def kind_of_field(name: str) -> Kind:
    """'image' or 'audio': what the media field `name` holds."""
    return "audio" if name.endswith("audio") else "image"


def path_problem(path: str) -> str | None:
    """Why `path` cannot name a deck's media file (absolute, leaving the folder, odd characters), else None."""
    shown = path if len(path) <= 40 else path[:39] + "…"
    if not path.strip():
        return "a media path is empty; give a file name relative to the deck, such as media/map.png"
    if _BAD_CHARACTERS.search(path):
        return f"media path '{shown}' has a backslash or control character; write it with '/' only"
    if path.startswith("/") or re.match(r"^[A-Za-z]:", path):
        return f"media path '{shown}' is absolute; give it relative to the deck file, inside the deck's folder"
    if ".." in path.split("/"):
        return f"media path '{shown}' uses '..'; keep media inside the deck's folder and name them from there"
    if any(part in ("", ".") for part in path.split("/")):
        return f"media path '{shown}' has an empty or '.' part; write it like media/map.png"
    return None


def sniff(head: bytes) -> str | None:
    """The media type of a file beginning with `head` (see IMAGE_TYPES, AUDIO_TYPES), else None."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "wav"
    if head.startswith(b"OggS"):
        return "ogg"
    if head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "mp3"
    if _SVG_START.match(head[:SNIFF_BYTES]):
        return "svg"
    return None


def types_of(kind: Kind) -> tuple[str, ...]:
    """The file types a field of this kind accepts."""
    return IMAGE_TYPES if kind == "image" else AUDIO_TYPES


def limit_of(kind: Kind) -> int:
    """The size limit of a media file of this kind, in bytes."""
    return MAX_IMAGE_BYTES if kind == "image" else MAX_AUDIO_BYTES
