"""Who speaks a quotation: its own attribution ('"...," Mr Dixon said'), or the speaker of the quotation it
continues ('"We are totally committed ...," Mr Dixon said. "We are, however, ..."')."""

from __future__ import annotations

import re

from quizgen.generate.antecedents import previous_person_name
from quizgen.generate.index import ArticleIndex

QUOTES = ('"', "“", "”")
_VERBS = r"(?:said|says|added|adds|explained|insisted|warned|argued|wrote|told\b[^,.]{0,40}?|went on(?: to say)?)"
_AFTER = re.compile(rf"^\s*,?\s*(?:{_VERBS}\s+(?P<named>[^,]+?)|(?P<subject>[^,]+?)\s+{_VERBS})\s*(?:[,.]|$)")
_BEFORE = re.compile(rf"^(?P<subject>[^,\"“”]{{2,80}}?)\s+{_VERBS}\s*[:,]?\s*$")
_PRONOUNS = {"he", "she"}
MAX_SPEAKER_WORDS = 7


def opens_with_quote(text: str) -> bool:
    return text.lstrip()[:1] in ('"', "“")


def attribution(text: str) -> str | None:
    """The speaker named after a sentence-initial quotation ('"...," said Mr Blair.'), as written, or None."""
    if not opens_with_quote(text):
        return None
    marks = [i for i, c in enumerate(text) if c in QUOTES]
    if len(marks) < 2:
        return None
    found = _AFTER.match(text[marks[-1] + 1 :])
    if found is None:
        return None
    return _speaker(found.group("named") or found.group("subject"))


def framed(text: str) -> bool:
    """Whether the sentence quotes a speaker it names first ('He went on to say: "If we ...')."""
    opening = min((text.find(q) for q in ('"', "“") if q in text), default=-1)
    found = _BEFORE.match(text[:opening]) if opening > 0 else None
    return found is not None and _speaker(found.group("subject")) is not None


def continued_speaker(index: ArticleIndex, number: int, depth: int = 0) -> str | None:
    """The speaker of the quotation the previous sentence holds, when this sentence is a bare quotation that
    continues it; None when the previous sentence quotes nobody or its speaker is unclear."""
    if number == 0 or depth > 1:
        return None
    before = index.sentences[number - 1].sentence.text
    if index.sentences[number - 1].sentence.paragraph + 1 < index.sentences[number].sentence.paragraph:
        return None
    if not any(q in before for q in QUOTES):
        return None
    speaker = attribution(before)
    if speaker is None and opens_with_quote(before):
        return continued_speaker(index, number - 1, depth + 1)
    if speaker is None:
        opening = min(before.find(q) for q in ('"', "“") if q in before) if any(q in before for q in '"“') else -1
        found = _BEFORE.match(before[:opening]) if opening > 0 else None
        speaker = _speaker(found.group("subject")) if found else None
    if speaker is None:
        return None
    if speaker.lower() in _PRONOUNS:
        return previous_person_name(index, number - 1)
    return speaker


def _speaker(phrase: str) -> str | None:
    """A speaker phrase worth naming: a pronoun, or a phrase with a capitalised word past its first."""
    phrase = phrase.strip()
    words = phrase.split()
    if not words or len(words) > MAX_SPEAKER_WORDS:
        return None
    if phrase.lower() in _PRONOUNS:
        return phrase
    if re.search(rf"\s{_VERBS}$", phrase):
        return None  # '... said Peter Sanders said': garbled
    if words[0][:1].islower() and words[0] not in ("the", "a"):
        described = next((k for k, w in enumerate(words) if w[:1].isupper()), None)
        if described is None or described > 3 or not all(w.isalpha() for w in words[:described]):
            return None  # not 'retail analyst Nick Bubb': a lowercase job before a name
    if not any(w[:1].isupper() for w in words[1:]) and not (len(words) == 1 and words[0][:1].isupper()):
        return None  # "the report", "a spokesman"
    return phrase


def inside_quotation(text: str, start: int, end: int) -> bool:
    """Whether [start, end) lies within a quotation, not being the whole quoted phrase itself."""
    before = text[:start]
    opened = before.count('"') % 2 == 1 or before.count("“") > before.count("”")
    whole = text[start - 1 : start] in ('"', "“") and text[end : end + 1] in ('"', "”")
    return opened and not whole


QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")
"""A quoted phrase, from its opening mark to its closing one."""


def in_quoted_phrase(text: str, at: int) -> bool:
    """Whether position `at` lies strictly inside a quoted phrase of `text`."""
    return any(q.start() < at < q.end() for q in QUOTED.finditer(text))
