"""Hostile text for the output tests: escape sequences a terminal would obey, and a check of what was written.

`PAYLOAD` writes the clipboard (OSC 52), sets the window title (OSC 0 and 2, ended by BEL and by
ST), clears the screen and the scrollback, resets the terminal, asks it to answer (DSR, which
types into the input), and does the same with single C1 characters; then DEL. `HIDDEN` holds a
right-to-left override, an isolate and a zero-width space.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

PAYLOAD = (
    "\x1b]52;c;SElKQUNLRUQ=\x07"
    "\x1b]0;HIJACKED\x07"
    "\x1b]2;HIJACKED\x1b\\"
    "\x1b[2J\x1b[3J\x1bc"
    "\x1b[6n"
    "\x9b6n\x9d0;HIJACKED\x9c"
    "\x7f"
)
HIDDEN = "\u202e\u2066\u200b"
SHOWN = "\\x1b]52;c;SElKQUNLRUQ=\\x07"
"""How the start of `PAYLOAD` reads once made visible."""


def hostile(text: str) -> str:
    """`text` with the payload and the hidden characters inside it."""
    return f"{text} {PAYLOAD}{HIDDEN} end"


def hostile_deck_data(deck_id: str = "hostile") -> dict[str, Any]:
    """A valid deck of every card type whose every text carries the payload."""

    def source(kind: str) -> dict[str, str]:
        # A sentence of each card's own: cards of one sentence are siblings, and a session buries them.
        return {"sentence": hostile(f"Astana is the capital of Kazakhstan ({deck_id}, {kind}).")}

    return {
        "id": deck_id,
        "title": hostile("Hostile deck"),
        "description": hostile("About escapes."),
        "cards": [
            {
                "id": "basic",
                "type": "basic",
                "front": hostile("Front"),
                "back": hostile("Back"),
                "note": hostile("Note"),
                "source": source("basic"),
            },
            {
                "id": "cloze",
                "type": "cloze",
                "text": hostile("{{c1::" + hostile("Astana") + "::" + hostile("hint") + "}} is"),
            },
            {
                "id": "choice",
                "type": "choice",
                "question": hostile("Question"),
                "choices": [hostile("Right"), hostile("Wrong")],
                "answer": hostile("Right"),
                "note": hostile("Choice note"),
                "source": source("choice"),
            },
            {
                "id": "truefalse",
                "type": "truefalse",
                "statement": hostile("Statement"),
                "answer": False,
                "correction": hostile("Correction"),
                "source": source("truefalse"),
            },
            {
                "id": "typed",
                "type": "typed",
                "question": hostile("Typed question"),
                "answer": hostile("Typed"),
                "accept": [hostile("Other")],
                "note": hostile("Typed note"),
                "source": source("typed"),
            },
        ],
    }


def write_hostile_deck(path: Path, deck_id: str = "hostile") -> Path:
    """Write the hostile deck to `path` (PyYAML writes the escapes as "\\e", "\\x9B", ...)."""
    path.write_text(yaml.safe_dump(hostile_deck_data(deck_id), allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


_APPS_OWN = re.compile(
    r"\x1b\[[0-9;]*[mHABCDK]"  # colours and cursor moves
    r"|\x1b\[\?[0-9;]*[hl]"  # modes: cursor, mouse, synchronised output
    r"|\x1b\]22;[a-z-]*\x07"  # Textual's pointer shape
)


def obeyed(output: str, own: bool = False) -> list[str]:
    """The escape sequences and control characters in `output` a terminal would act on.

    With `own`, the sequences a Textual app writes itself (colours, cursor moves, modes) are left out.
    """
    rest = _APPS_OWN.sub("", output) if own else output
    return re.findall(r"\x1b.{0,16}|[\x80-\x9f].{0,16}|\x7f", rest, re.S)


def hidden(output: str) -> list[str]:
    """The bidirectional and zero-width characters in `output`."""
    return re.findall(r"[\u202a-\u202e\u2066-\u2069\u200b-\u200f]", output)
