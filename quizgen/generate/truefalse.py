"""False statements: the sentence with one thing swapped for another of its kind, and the sentence as the correction."""

from __future__ import annotations

from quizgen.generate.candidates import Fact
from quizgen.generate.edits import apply_edits


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
