"""Automatic grading of choice, true/false and typed answers."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from fsrs import Rating

from quizgen.model import cloze
from quizgen.model.plain import StudyCard

if TYPE_CHECKING:
    from quizgen.model.cards import AnyCard

Verdict = Literal["right", "almost", "wrong"]
ARTICLES = ("a", "an", "the")
_NON_WORD = re.compile(r"[\W_]+")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class Feedback:
    """The automatic grade of an answer: the rating to record, a verdict, and the right answer."""

    rating: Rating
    """Again for wrong, Hard for almost, Good for right."""
    verdict: Verdict
    """'right', 'almost' or 'wrong'."""
    expected: str
    """The right answer, as text."""


_RATING: dict[Verdict, Rating] = {"right": Rating.Good, "almost": Rating.Hard, "wrong": Rating.Again}


def feedback(verdict: Verdict, expected: str) -> Feedback:
    """The Feedback for `verdict`."""
    return Feedback(_RATING[verdict], verdict, expected)


def normalise(text: str) -> str:
    """Text for comparison: no case, accents, punctuation, surrounding or repeated spaces, or leading article."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = _NON_WORD.sub(" ", bare).split()
    if len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    return " ".join(words)


def allowed_typos(expected: str) -> int:
    """How many edits still count as a near miss: none in short answers, more in longer ones."""
    length = len(expected.replace(" ", ""))
    if length < 5:
        return 0
    if length < 10:
        return 1
    if length < 20:
        return 2
    return 3


def grade_text(given: str, expected: str, accept: list[str] | tuple[str, ...] = ()) -> Verdict:
    """The verdict on a typed answer against the expected answer and its accepted aliases."""
    said = normalise(given)
    if not said and not given.strip():
        return "wrong"
    best: Verdict = "wrong"
    for answer in (expected, *accept):
        target = normalise(answer)
        if not target:  # an answer made only of punctuation is compared as typed
            if given.strip().casefold() == answer.strip().casefold():
                return "right"
            continue
        if said == target:
            return "right"
        if best == "wrong" and _near_miss(said, target):
            best = "almost"
    return best


def _near_miss(said: str, target: str) -> bool:
    if _DIGITS.findall(said) != _DIGITS.findall(target):
        return False  # 1945 is not a typo of 1946
    from rapidfuzz.distance import DamerauLevenshtein  # imported on first use: not needed to start the app

    limit = allowed_typos(target)
    return limit > 0 and DamerauLevenshtein.distance(said, target, score_cutoff=limit) <= limit


_TRUE = {"true", "t", "yes", "y", "1"}
_FALSE = {"false", "f", "no", "n", "0"}


def check(card: StudyCard | AnyCard, ordinal: int, given: str | bool) -> Feedback:
    """Grade `given` for study item `ordinal` of `card` without recording anything."""
    if card.type == "truefalse":
        expected = card.answer_text()
        if isinstance(given, str):
            word = normalise(given)
            if word not in _TRUE | _FALSE:
                return feedback("wrong", expected)
            given = word in _TRUE
        return feedback("right" if bool(given) == card.answer else "wrong", expected)
    if isinstance(given, bool):
        raise TypeError(f"a {card.type} card is answered with text, not {given!r}")
    if card.type == "choice":
        chosen = given.strip()
        right = chosen == card.answer.strip() or normalise(chosen) == normalise(card.answer)
        return feedback("right" if right else "wrong", card.answer)
    if card.type == "typed":
        return feedback(grade_text(given, card.answer, card.accept), card.answer)
    if card.type == "cloze":
        # A typed cloze: every deletion of this number must be given, in order, separated by ';' or ','.
        parts = cloze.answers(card.text, ordinal or 1)
        expected = "; ".join(parts)
        if len(parts) == 1:
            return feedback(grade_text(given, parts[0]), expected)
        pieces = [p for p in re.split(r"[;,]", given)]
        if len(pieces) != len(parts):
            return feedback(grade_text(given, expected), expected)
        verdicts = [grade_text(p, t) for p, t in zip(pieces, parts, strict=True)]
        worst: Verdict = "wrong" if "wrong" in verdicts else "almost" if "almost" in verdicts else "right"
        return feedback(worst, expected)
    return feedback(grade_text(given, card.answer_text()), card.answer_text())
