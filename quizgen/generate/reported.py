"""Who 'He' is in 'He went on to say: "..."' and 'She added: "..."': the one person the quotation goes on from.

A reported speech that opens with a pronoun continues what an earlier sentence reported. The speaker is
certain when, going back over sentences that only go on reporting ('He said ...', a bare quotation), the
first sentence naming anyone names exactly one person and reports what they said.
"""

from __future__ import annotations

import re

from quizgen.generate.index import ArticleIndex
from quizgen.generate.quotes import QUOTES

REACH = 3
"""How many sentences back the speaker may be named."""
_FRAME = re.compile(r"^(?:He|She)\s+(?:went on(?: to say)?|added|continued|said|told [a-z ]{1,30})\s*[:,]\s*[\"“]")
"""A reported speech opening with its speaker's pronoun: 'He went on to say: "'."""
_GOING_ON = re.compile(r"^(?:[\"“]|(?:He|She)\s+(?:said|says|added|went on|continued|told)\b)")
"""A sentence that goes on reporting the same speaker, naming no one."""
_SPEECH = re.compile(r"\b(?:said|says|told|added|warned|argued|insisted|explained|called)\b")


def reported_speaker(index: ArticleIndex, number: int) -> tuple[int, int, str] | None:
    """The pronoun of a reported speech opening sentence `number` ('He' of 'He went on to say: "...'), as its
    start, end and the full name of the one person it can be; None when the sentence is no such speech or the
    speaker is not certain."""
    text = index.sentences[number].sentence.text
    if _FRAME.match(text) is None:
        return None
    for k in range(number - 1, max(-1, number - 1 - REACH), -1):
        row = index.sentences[k]
        if row.sentence.paragraph + 2 < index.sentences[k + 1].sentence.paragraph:
            return None  # more than a blank line between: another passage
        people = {m.key for m in row.mentions if m.kind == "person"}
        if not people:
            if _GOING_ON.match(row.sentence.text) is None:
                return None  # a sentence of something else between: the pronoun may mean anyone
            continue
        if len(people) != 1 or _SPEECH.search(row.sentence.text) is None:
            return None
        if not any(q in text for q in QUOTES):
            return None
        pronoun = text.split()[0]
        return 0, len(pronoun), index.display("person", next(iter(people)))
    return None
