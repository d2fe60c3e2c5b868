"""Anki-style cloze deletions: `{{c1::answer}}` and `{{c1::answer::hint}}`."""

from __future__ import annotations

import re
from dataclasses import dataclass

DELETION = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.DOTALL)


@dataclass(frozen=True)
class Deletion:
    """One `{{cN::text::hint}}` span of a cloze text."""

    number: int
    text: str
    hint: str | None
    start: int
    end: int


def deletions(text: str) -> list[Deletion]:
    """Every deletion of `text`, in order of appearance."""
    return [Deletion(int(m[1]), m[2], m[3], m.start(), m.end()) for m in DELETION.finditer(text)]


def ordinals(text: str) -> list[int]:
    """The distinct deletion numbers of `text`, ascending: one study item each."""
    return sorted({int(m[1]) for m in DELETION.finditer(text)})


def problems(text: str) -> list[str]:
    """What is malformed in a cloze text, as messages (empty when well formed)."""
    found = deletions(text)
    messages = []
    rest = DELETION.sub("", text)
    if "{{" in rest or "}}" in rest:
        messages.append("cloze text has unbalanced braces; write deletions as {{c1::answer}}")
    elif not found:
        messages.append("cloze text has no deletion; mark the answer as {{c1::answer}}")
    for d in found:
        if not d.text.strip():
            messages.append(f"cloze deletion c{d.number} is empty")
        if d.number == 0:
            messages.append("cloze numbers start at c1, not c0")
        if "{{" in d.text or "}}" in d.text:
            messages.append(f"cloze deletion c{d.number} is nested; nesting is not supported")
    return messages


def render(text: str, number: int, reveal: bool = False) -> str:
    """The text with deletion `number` hidden as `[...]` (or `[hint]`), or revealed."""

    def replace(m: re.Match[str]) -> str:
        if int(m[1]) != number or reveal:
            return m[2]
        return f"[{m[3]}]" if m[3] else "[...]"

    return DELETION.sub(replace, text)


def answers(text: str, number: int) -> list[str]:
    """The hidden texts of deletion `number`."""
    return [d.text for d in deletions(text) if d.number == number]


def plain(text: str) -> str:
    """The text with every deletion revealed."""
    return DELETION.sub(lambda m: m[2], text)
