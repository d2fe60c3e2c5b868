"""Speakers who are the actor of their sentence's claim, not the source of a report.

"Michael Howard said he would not back the plans" states Howard's stance: who said it is the fact. "Howard
said the plans were flawed" reports something about the plans: Howard is its source. Each rule is a named
function of the text after the mention, by structure only:

- `speaker_is_the_reported_subject`: the reported clause's subject refers back to the speaker ('X said he
  would ...', 'the company said it will cut ...');
- `stance_verb`: the verb takes a stance rather than reports ('X has backed ...', 'X rejected ...');
- `claim_before_the_quotation`: the speaker's own claim comes first and the quotation follows it ('X pleaded
  guilty and told the court, "..."'); the card asks the claim, cut from the quotation (`claims.reported_tail`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quizgen.generate.claims import reported_tail
from quizgen.generate.entities import Mention
from quizgen.generate.index import Analysed

_APPOSITION = r"(?:\s*,[^,\"“”]{1,80},)?"
"""'X, the party's leader, said ...': a description between the name and its verb."""
_ADVERB = r"(?:(?:also|now|later|previously|already|strongly|firmly|publicly)\s+)?"
_PERFECT = r"(?:(?:has|have|had)\s+)?"
_WHEN = r"(?:\s+(?:on|last|this|late|early)\s+[A-Za-z]+)?"
"""'X said on Friday he was ...': when it was said, between the verb and the reported clause."""
_REPORTS = r"(?:said|says|announced|announces|confirmed|confirms|stated|insisted|insists|told\s+[\w'’ ]{1,40}?)"
_BACK_REFERENCE = {"person": r"(?:he|she)", "org": r"(?:it|they)", "country": r"(?:it|they)"}
_COMPLEMENT = re.compile(r"\b(?:for|of|at|from|with)\s+(?:the\s+)?$")
_EXPLETIVE = re.compile(r"^(?:is|was|would be|will be|could be|might be)\s+(?![a-z]+ing\b)")
"""'it was a basic principle', 'it would be far better': 'it' points forward, unlike 'it was trying to'."""
_STANCES = (
    r"(?:backed|backs|rejected|rejects|opposed|opposes|denied|denies|admitted|admits|pledged|pledges|"
    r"promised|promises|refused|refuses|vowed|vows|condemned|condemns|defended|defends|criticised|criticized|"
    r"criticises|criticizes|welcomed|welcomes)"
)
_STANCE = re.compile(rf"^{_APPOSITION}\s+{_ADVERB}{_PERFECT}{_ADVERB}{_STANCES}\b")


def speaker_is_the_reported_subject(row: Analysed, m: Mention) -> str | None:
    """'X said he would not back ...', 'Qantas said it would cut 1,000 jobs': the report is about the speaker."""
    text = row.sentence.text
    pronoun = _BACK_REFERENCE.get(m.kind)
    if pronoun is None:
        return None
    if _COMPLEMENT.search(text[: m.start]):
        return None  # 'A spokeswoman for Human Rights Watch said ...': the speaker is someone of the body
    pattern = rf"^{_APPOSITION}\s+{_ADVERB}{_PERFECT}{_ADVERB}{_REPORTS}{_WHEN}\s+(?:that\s+)?{pronoun}\s+[a-z]"
    found = re.match(pattern, text[m.end :])
    if found is None or _EXPLETIVE.match(text[m.end + found.end() - 1 :]) and pronoun != _BACK_REFERENCE["person"]:
        return None  # 'said it was a "basic principle" that ...': an empty 'it', not the speaker
    return "the reported clause is about the speaker"


def stance_verb(row: Analysed, m: Mention) -> str | None:
    """'X has backed the orders', 'X rejected calls for ...': the speaker takes a stance, the claim is theirs."""
    if m.kind in ("person", "org", "country", "name") and _STANCE.match(row.sentence.text[m.end :]):
        return "the speaker takes a stance"
    return None


def claim_before_the_quotation(row: Analysed, m: Mention) -> str | None:
    """'X pleaded guilty and told the court, "..."': the mention comes in the claim the quotation follows."""
    text = row.sentence.text
    if not row.tokens or not any(q in text for q in ('"', "“")):
        return None
    tail = reported_tail(text, row.tokens)
    if tail is not None and tail.quoted and m.end <= tail.start:
        return "a claim comes before the quotation"
    return None


ActorRule = Callable[[Analysed, Mention], str | None]
ACTOR_RULES: tuple[ActorRule, ...] = (speaker_is_the_reported_subject, stance_verb, claim_before_the_quotation)
"""Every rule that makes a speaker the actor of the claim."""


def actor_reason(row: Analysed, m: Mention) -> str | None:
    """Why the mention `m` of the sentence `row` is the actor of its claim ('rule name: reason'), or None."""
    for rule in ACTOR_RULES:
        reason = rule(row, m)
        if reason:
            return f"{rule.__name__}: {reason}"
    return None
