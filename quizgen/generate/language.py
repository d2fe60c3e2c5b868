"""Tell whether an article is in English: the generator's rules only work for English."""

from __future__ import annotations

import re

ENGLISH_WORDS = frozenset(
    "the of and an is was to for on that with as by at from it its are were be been this which or his her "
    "their he she they has have had not but also who".split()
)
"""Common English function words."""
OTHER_WORDS = frozenset(
    "de la le et les des du une est und der das ist von mit nicht ein eine den dem el los las y que por para "
    "con una il di che per della het een van zijn og er som att och är ja ei se ett för".split()
)
"""Common function words of other languages written in Latin script (none is an English word)."""
_WORD = re.compile(r"[^\W\d_]+")
_MIN_LETTERS = 20
_MIN_WORDS = 8


def not_english(text: str) -> str | None:
    """Why `text` is not English (mostly another script, or another language's words), else None."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= _MIN_LETTERS:
        latin = sum(ord(c) < 0x250 for c in letters)
        if latin * 2 < len(letters):
            return "is not in English (most letters are not Latin)"
    words = _WORD.findall(text.casefold())
    if len(words) >= _MIN_WORDS:
        english = sum(w in ENGLISH_WORDS for w in words)
        other = sum(w in OTHER_WORDS for w in words)
        if english < other:
            return "does not look like English (more French, German, Spanish... words than English ones)"
    return None
