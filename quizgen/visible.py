"""Text from decks, articles, packages, CSV files and the store, made safe to show on a terminal.

Such text can hold any character. A terminal obeys the control characters among them: ESC
sequences that set the window title (OSC 0 and 2), write the clipboard (OSC 52) or clear the
screen, and the same as single C1 characters. Bidirectional overrides and zero-width characters
make a message read differently from what it says. `visible` is the one function every output
path passes such text through: it writes each of those characters as an escape (`\\x1b`,
`\\u202e`), as Python's `repr` would, and leaves every other character as it is.
"""

from __future__ import annotations

import json
import re
from typing import Any

_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f"
"""C0 controls but tab and line feed, DEL, and C1 controls (0x80-0x9f: CSI, OSC, ... in one character)."""
_SURROGATES = "\ud800-\udfff"
"""Halves of a UTF-16 pair, alone: a damaged value, which cannot even be encoded for output."""
_HIDDEN = "\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
"""Zero-width characters, bidirectional marks, embeddings, overrides and isolates."""

_IN_TEXT = re.compile(f"[{_CONTROLS}{_SURROGATES}]")
_IN_LINE = re.compile(f"[\t\n{_CONTROLS}{_SURROGATES}\u2028\u2029{_HIDDEN}]")
_IN_JSON = re.compile(f"[\x7f-\x9f{_SURROGATES}\u2028\u2029{_HIDDEN}]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}

EXCERPT = 40
"""How many characters of someone else's text a message quotes at most."""


def _escape(match: re.Match[str]) -> str:
    char = match[0]
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def visible(text: str, *, line: bool = False) -> str:
    """`text` with every character a terminal would obey written as an escape.

    Card text (`line` False) keeps its tabs and line breaks, and the bidirectional and zero-width
    characters a language may need. A message (`line` True) is one line, and shows those too.
    """
    pattern = _IN_LINE if line else _IN_TEXT
    if pattern.search(text) is None:
        return text
    return pattern.sub(_escape, text)


def excerpt(text: str, limit: int = EXCERPT) -> str:
    """The start of `text` for quoting in a message: one line, escaped, at most `limit` characters and '…'."""
    shown = visible(text, line=True)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def visible_json(data: Any, indent: int | None = 2) -> str:
    """`data` as JSON that reads the same to a program, with the characters `visible` escapes as `\\uXXXX`.

    JSON already escapes C0 controls; DEL, C1 controls, lone surrogates and hidden characters are
    escaped here, which leaves the value unchanged (they only occur inside strings).
    """
    text = json.dumps(data, indent=indent, ensure_ascii=False)
    return _IN_JSON.sub(lambda m: f"\\u{ord(m[0]):04x}", text)
