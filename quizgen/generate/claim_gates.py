"""The gates a card that asks a whole claim must pass: a denied claim's flip (`denials`) changes no answer, so the
gates on what a gap or a swapped answer leaves beside it do not bear on it; those on the text do."""

from __future__ import annotations

import re

from quizgen.generate.gates import GATES, Candidate, failed_gate
from quizgen.generate.quotes import in_quoted_phrase

CLAIM_GATES = frozenset(
    (
        # references resolved
        "unnamed_reference_in_stem",
        "unresolved_opener",
        "anaphoric_definite",
        "short_name",
        "unanchored_pronoun",
        "unanchored_subject",
        "anaphoric_such",
        "some_of_no_group",
        "unnamed_office_holder",
        # a source fit to copy
        "glued_words",
        "cross_reference",
        "broken_off",
        "no_main_verb",
        "garbled_source",
        "list_cut_short",
        "opener_describes_what_went_before",
        "name_misspelt",
    )
)
"""The gates on a card's text, which a claim's card passes as any card does."""

CLAIM_SIDE_RULES = ("day_of_trading", "background_at_the_end", "peripheral")
"""The side-detail rules that judge the sentence rather than its answer ('only a speaker', 'one item of a
list'): the only ones that make a whole claim a side detail."""


_POINTING = frozenset("them these those this their theirs".split())
"""Words that point to things another sentence names: 'companies who use them' (the patents)."""
_TIMES = frozenset("year week month morning afternoon evening time summer winter spring autumn".split())
_BORROWED = frozenset("it its they".split())
"""Pronouns a claim may take from a name before them in its own sentence ('IBM said it would ...')."""
_THE_NOUN = re.compile(
    r"(?:[^.!?]*[.!?]\s+)?(?:\[…\]\s+)?(?:The|This|These|That|Those)\s+(?:[a-z]+\s+){0,2}?([a-z]+)"
    r"(?=,|\s+(?:is|are|was|were|has|have|had|will|would|may|might|can|could|should|did|does|do|said|says)\b)"
)
"""An opening definite subject right before its verb or an aside: 'The schematic was', 'The restored video, ...';
not 'The person in charge of ...', which its own phrase picks out."""


def claim_stands_alone(c: Candidate) -> str | None:
    """A whole claim is the card, so nothing of it may lean on a sentence the card does not show: a pronoun with no
    name before it in the sentence ('who use them'), or an opening 'The schematic' whose noun the article's
    subject does not go by. Stricter than the gates on a card that asks a name, which the name anchors."""
    if c.fact.context:
        return None
    text = c.fact.row.sentence.text
    removed = [(a, b) for a, b, _ in c.fact.edits]
    for k, tok in enumerate(c.fact.row.tokens):
        word = tok.text.lower()
        if any(a <= tok.start < b for a, b in removed) or in_quoted_phrase(text, tok.start):
            continue
        named_before = any(t.capitalised and t.tag.startswith("NNP") for t in c.fact.row.tokens[:k])
        after = c.fact.row.tokens[k + 1].text.lower() if k + 1 < len(c.fact.row.tokens) else ""
        if word in ("this", "that") and after in _TIMES:
            continue  # 'this year': the article's own time
        if word in _POINTING and tok.tag.startswith(("PRP", "DT", "WDT")) or word in _BORROWED and not named_before:
            return f"'{tok.text}' points to something the card does not name"
    opening = _THE_NOUN.match(c.card.prompt().removeprefix("True or false: "))
    subject_nouns = c.index.subject.nouns if c.index.subject is not None else frozenset()
    if opening and c.fact.row.sentence.number > 0 and opening.group(1) not in subject_nouns:
        return f"'{opening.group(0).strip()}' points to an earlier sentence"
    return None


def failed_claim_gate(candidate: Candidate) -> str | None:
    """Why the first failing gate on the card's text drops `candidate` ('gate name: reason'), or None."""
    return failed_gate(candidate, _CLAIM_GATE_FUNCTIONS)


_CLAIM_GATE_FUNCTIONS = (claim_stands_alone, *(gate for gate in GATES if gate.__name__ in CLAIM_GATES))
"""Whether the claim stands alone, then the gates on a card's text in their usual order."""


def claim_side(side: str | None) -> str | None:
    """The answer's side-detail reason when it makes the whole claim one, else None."""
    if side is not None and side.split(":")[0] in CLAIM_SIDE_RULES:
        return side
    return None
