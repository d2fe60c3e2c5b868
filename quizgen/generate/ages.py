"""A person's age in a sentence: 'at age 39', 'aged 39', '39-year-old', 'Scholl, 21, was arrested'."""

from __future__ import annotations

import re

_BEFORE = re.compile(r"\b(?:aged|age|ages|age of)\s+$", re.IGNORECASE)
_AFTER = re.compile(r"^(?:-year-old|\s+years?\s+old)\b", re.IGNORECASE)
_APPOSED_BEFORE = re.compile(r"[A-Z][\w'’.-]*,\s+$")
OLDEST = 125


def is_age(text: str, start: int, end: int) -> bool:
    """Whether the number at [start, end) of `text` is an age, said as one or set between commas after a name."""
    return bool(_BEFORE.search(text[:start]) or _AFTER.match(text[end:])) or apposed_age(text, start, end)


def apposed_age(text: str, start: int, end: int) -> bool:
    """'Scholl, [21], was arrested': a bare whole number between commas right after a name."""
    number = text[start:end]
    return (
        number.isdigit()
        and int(number) <= OLDEST
        and _APPOSED_BEFORE.search(text[:start]) is not None
        and text[end:].startswith(",")
    )
