"""True or false statements: the sentence itself, or the sentence with one thing swapped for another of its kind."""

from __future__ import annotations

import hashlib

from quizgen.generate.candidates import Fact
from quizgen.generate.edits import apply_edits


def is_false_turn(fact: Fact) -> bool:
    """A stable coin toss: about half of the statements are made false."""
    digest = hashlib.sha1(f"{fact.row.sentence.text}\n{fact.mention.text}".encode()).digest()
    return digest[0] % 2 == 0


def statement(fact: Fact, wrong: str | None) -> tuple[str, str | None]:
    """The statement, and its correction when `wrong` replaces the answer."""
    true = tidy(fact.text)
    if wrong is None:
        return true, None
    false = tidy(apply_edits(fact.row.sentence.text, [*fact.edits, (fact.mention.start, fact.mention.end, wrong)]))
    if false == true:
        return true, None
    return false, true


def tidy(text: str) -> str:
    """A sentence that starts with a capital letter and ends with a full stop."""
    text = text.strip()
    text = text[:1].upper() + text[1:]
    if text and text[-1] not in ".!?\"”’'":
        text += "."
    return text
