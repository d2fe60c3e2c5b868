"""Stable Anki identity: deck ids and note GUIDs derived from quizgen ids, and back.

- The Anki deck id is a hash of the quizgen deck id, so every export of a deck
  lands in the same Anki deck.
- The note GUID of a quizgen card is `qz1:DECK-ID:CARD-ID`. It is the same on
  every export, so Anki updates the note instead of adding a new one; it names
  the deck, so the same card id in two decks never collides; and it is readable,
  so importing the package gives the card its id back.
- quizgen writes only notes it made. A card read from any other note (a stock or
  custom note type), or from a quizgen note that import changed (formatting
  flattened, media left out), keeps that note's GUID in its card id: `anki-`
  followed by the GUID in lowercase base32. Export never writes that GUID back:
  Anki would overwrite the original note with quizgen's note type and flattened
  text, and with "Merge note types" it converts the note to quizgen's note type
  even when the export is older. Such a card is left out of an export unless it
  is asked for; then it becomes a new note, `qz1:DECK-ID:anki-...`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re

from quizgen.model.cards import ID_PATTERN

GUID_PREFIX = "qz1"
"""First part of the GUID of every note quizgen writes."""
FOREIGN_PREFIX = "anki-"
"""Card id prefix of a card read from a note quizgen will not write back."""

_ID = ID_PATTERN.strip("^$")
_OWN_GUID = re.compile(rf"^{GUID_PREFIX}:({_ID}):({_ID})$")
_ID_RE = re.compile(ID_PATTERN)
_FOREIGN_ID = re.compile(rf"^{FOREIGN_PREFIX}([a-z2-7]+)$")


def anki_deck_id(deck_id: str) -> int:
    """The Anki deck id of a quizgen deck: a stable 52-bit hash, never 1 (Anki's Default deck)."""
    digest = hashlib.sha256(f"quizgen deck {deck_id}".encode()).digest()
    return (1 << 31) + int.from_bytes(digest[:8], "big") % (1 << 52)


def note_guid(deck_id: str, card_uid: str) -> str:
    """The GUID quizgen writes for a card's note: `qz1:DECK:CARD`, for every card."""
    return f"{GUID_PREFIX}:{deck_id}:{card_uid}"


def parse_guid(guid: str) -> tuple[str, str] | None:
    """(deck id, card id) of a GUID quizgen wrote, else None."""
    m = _OWN_GUID.match(guid)
    return (m[1], m[2]) if m else None


def foreign_card_id(guid: str) -> str | None:
    """The card id that keeps a GUID (`anki-` + base32), or None when it would be too long."""
    encoded = base64.b32encode(guid.encode("utf-8")).decode("ascii").rstrip("=").lower()
    card_id = FOREIGN_PREFIX + encoded
    return card_id if _ID_RE.match(card_id) and decode_foreign_id(card_id) == guid else None


def decode_foreign_id(card_id: str) -> str | None:
    """The GUID kept in an `anki-…` card id, or None when `card_id` keeps none."""
    m = _FOREIGN_ID.match(card_id)
    if not m:
        return None
    encoded = m[1].upper()
    try:
        guid = base64.b32decode(encoded + "=" * (-len(encoded) % 8)).decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    # Only a GUID Anki could have written: printable ASCII without spaces.
    if not guid or not all(33 <= ord(c) < 127 for c in guid):
        return None
    if base64.b32encode(guid.encode()).decode("ascii").rstrip("=").lower() != m[1]:
        return None
    return guid


def from_anki(card_uid: str) -> bool:
    """Whether the card was read from an Anki note that quizgen does not write back."""
    return decode_foreign_id(card_uid) is not None
