"""Literal text with chosen spans emphasised: answers in source sentences, blanks in cloze texts."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rich.text import Text

from quizgen.model import cloze
from quizgen.visible import visible

ANSWER_STYLE = "bold underline"
"""How an answer is emphasised inside other text."""
BLANK_STYLE = "bold reverse"
"""How the blank of a cloze question stands out."""


def answer_spans(text: str, answers: Iterable[str]) -> list[tuple[int, int]]:
    """Where the answers occur in `text`, case-insensitively, as sorted non-overlapping spans.

    An answer not found whole is looked for word by word (words of four letters or more),
    so 'the Caspian Sea' still marks 'Caspian' in 'the Caspian is salty'.
    """
    spans: list[tuple[int, int]] = []
    for answer in answers:
        needle = answer.strip()
        if not needle:
            continue
        found = _find_all(text, needle)
        if not found:
            for word in re.findall(r"\w{4,}", needle):
                found += _find_all(text, word)
        spans += found
    return _merge(spans)


def highlighted(text: str, answers: Iterable[str], style: str = ANSWER_STYLE) -> Text:
    """`text` as literal rich Text (control characters shown as escapes) with every occurrence of the answers styled."""
    shown = visible(text)
    result = Text(shown)
    for start, end in answer_spans(shown, [visible(a) for a in answers]):
        result.stylize(style, start, end)
    return result


def cloze_text(text: str, number: int, reveal: bool) -> Text:
    """A cloze text with deletion `number` hidden as a blank, or revealed and emphasised; control characters shown."""
    result = Text()
    last = 0
    for d in cloze.deletions(text):
        result.append(visible(text[last : d.start]))
        if d.number != number:
            result.append(visible(d.text))
        elif reveal:
            result.append(visible(d.text), style=ANSWER_STYLE)
        else:
            result.append(visible(f"[{d.hint}]" if d.hint else "[...]"), style=BLANK_STYLE)
        last = d.end
    result.append(visible(text[last:]))
    return result


def _find_all(haystack: str, needle: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(re.escape(needle), haystack, re.IGNORECASE)]


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
