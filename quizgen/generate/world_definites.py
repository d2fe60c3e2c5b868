"""Definite phrases that need no antecedent: the one thing of its kind in the world of the article.

'in the summer', 'the justice system', 'the police', 'the terror suspects', 'the highest court' are understood
without the sentence before; 'the case', 'the deal', 'the plan', 'the network' are not, and the reference gates
(`reference_gates.anaphoric_definite`, `reference_gates.unnamed_reference_in_stem`) still drop those. Each rule
below is one class of phrase; `needs_no_antecedent` names the rule that lets a phrase pass.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

_SEASONS = frozenset("summer winter spring autumn past future moment".split())
"""'in the summer', 'in the past', 'at the moment': a time every reader places ('the time', 'the year' may point
back to a time the sentence before gave, so they are not here)."""

_OF_A_STATE = frozenset("government police public economy courts judiciary electorate".split())
"""The state's own institutions and its people, one of each in the country the article is about."""

_STATE_SYSTEMS = frozenset(
    "justice court courts legal prison tax benefits welfare education health asylum immigration electoral "
    "pension pensions civil".split()
)
"""'the justice system', 'the court system', 'the prison service', 'the civil service': a state's system of this."""

_STATE_TAXES = frozenset("council income inheritance corporation fuel poll".split())
"""'the council tax', 'the income tax': a tax the state levies on all, not one a party proposed."""

_PEOPLE = frozenset(
    "suspects detainees prisoners offenders criminals victims voters taxpayers consumers patients pensioners "
    "immigrants migrants refugees citizens".split()
)
"""Kinds of people a story speaks of as a class ('the terror suspects'), not as a group told of before."""

_POINTING = frozenset("previous past same other former latter remaining earlier new old current".split())
"""Modifiers that point back to things already told ('the same offenders', 'the new service')."""

_NOT_SUPERLATIVE = frozenset(("latest", "newest"))
"""'the latest deal' is the one the story told of last: it points back."""

_CLAUSE = frozenset(("who", "whose", "which"))


@dataclass(frozen=True)
class Phrase:
    """A definite phrase: its words after 'the' (modifiers, then the head), their part-of-speech tags ('' when
    unknown), the word right after it (lowercase, '' at the end), and whether a sentence before names a country."""

    words: Sequence[str]
    tags: Sequence[str]
    following: str = ""
    state_told_before: bool = False
    """One of the sentences before names a country (or its people): 'the government' may be that one's."""

    @property
    def head(self) -> str:
        return self.words[-1].lower()

    @property
    def modifiers(self) -> list[str]:
        return [w.lower() for w in self.words[:-1]]


def time_of_year(p: Phrase) -> bool:
    """'in the summer', 'in the past': a season or a time every reader places."""
    return not p.modifiers and p.head in _SEASONS


def institution_of_a_state(p: Phrase) -> bool:
    """'the government', 'the police', 'the public', 'the justice system', 'the court system', 'the council
    tax'."""
    if p.state_told_before:
        return False  # 'German schools ... Some schools get aid from the government': Germany's, told before
    if not p.modifiers:
        return p.head in _OF_A_STATE
    if p.head == "tax":
        return p.modifiers[-1] in _STATE_TAXES
    return p.head in ("system", "service") and p.modifiers[-1] in _STATE_SYSTEMS


def kind_of_people(p: Phrase) -> bool:
    """'the terror suspects', 'the young offenders': a kind of people with what sets them apart, spoken of as a
    class. A bare 'the suspects' or 'the same offenders' is a group told of before."""
    words = [*p.modifiers, p.head]
    return len(words) >= 2 and words[-1] in _PEOPLE and not any(w in _POINTING or not w.isalpha() for w in words[:-1])


def superlative(p: Phrase) -> bool:
    """'the highest court', 'the most unpopular tax': the one that outdoes all others of its kind."""
    return any(
        (tag == "JJS" and word.lower() not in _NOT_SUPERLATIVE) or word.lower() in ("most", "least")
        for word, tag in zip(p.words[:-1], p.tags[:-1], strict=False)
    )


def restricted_by_a_clause(p: Phrase) -> bool:
    """'the company which owns the club', 'the minister whose bill ...': the clause after says which."""
    return p.following in _CLAUSE


RULES: tuple[Callable[[Phrase], bool], ...] = (
    time_of_year,
    institution_of_a_state,
    kind_of_people,
    superlative,
    restricted_by_a_clause,
)
"""Every class of definite phrase that needs no antecedent."""


def needs_no_antecedent(p: Phrase) -> str | None:
    """The name of the rule by which the phrase needs no sentence before it, or None when it may point back."""
    return next((rule.__name__ for rule in RULES if rule(p)), None)
