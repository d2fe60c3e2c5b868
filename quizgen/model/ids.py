"""Ids: made of a name, and made unique among others."""

from __future__ import annotations

import re

MAX_ID = 64
"""The longest id the deck format accepts."""
ID_PATTERN = r"^[a-z0-9_-]{1,64}$"
"""What a deck or card id may be: lowercase letters, digits, '_' and '-', at most `MAX_ID` characters."""


def slug(name: str, fallback: str = "deck") -> str:
    """An id made of `name`: lowercase letters, digits and '-', at most 64 characters; `fallback` if empty."""
    text = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")
    return text[:MAX_ID].strip("-") or fallback


def unique_id(candidate: str, taken: set[str]) -> str:
    """`candidate`, or `candidate-2`, `-3`, ... (shortened to fit) when taken; the result is added to `taken`."""
    result, n = candidate, 2
    while result in taken:
        suffix = f"-{n}"
        result = candidate[: MAX_ID - len(suffix)] + suffix
        n += 1
    taken.add(result)
    return result
