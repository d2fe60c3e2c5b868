"""The gates a card that asks a whole claim must pass: a denied claim's flip (`denials`) changes no answer, so the
gates on what a gap or a swapped answer leaves beside it do not bear on it; those on the text do."""

from __future__ import annotations

from quizgen.generate.gates import GATES, Candidate

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


def failed_claim_gate(candidate: Candidate) -> str | None:
    """Why the first failing gate on the card's text drops `candidate` ('gate name: reason'), or None."""
    for gate in GATES:
        if gate.__name__ in CLAIM_GATES:
            reason = gate(candidate)
            if reason:
                return f"{gate.__name__}: {reason}"
    return None


def claim_side(side: str | None) -> str | None:
    """The answer's side-detail reason when it makes the whole claim one, else None."""
    if side is not None and side.split(":")[0] in CLAIM_SIDE_RULES:
        return side
    return None
