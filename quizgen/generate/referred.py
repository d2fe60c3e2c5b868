"""What a reference gate found: the reference phrase ('the assistance offer') and its head noun ('offer').

A gate hands its verdict on as a line of --explain ("'the assistance offer' is not named on the card"). The
gates that find a reference write that line from a `Referred` (`Referred.quoted`), and the card tried again with
context (`candidates.with_context`) reads the `Referred` back from it (`referred_in`), so the two cannot drift
apart: a reference the line does not quote as one ('the sentence before, ...') gives no noun to look for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_QUOTED = re.compile(
    r"'(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Aa]n? similar)\s+(?:the\s+)?((?:[a-z]+\s+)*[a-z]+)'"
)
"""A quoted reference of lower-case words after its determiner ('the new service', 'that idea', 'a similar offer':
'similar' says it leans on an earlier one, not which one)."""


@dataclass(frozen=True)
class Referred:
    """A reference a gate found on a card, as the card writes it."""

    phrase: str
    """The reference with its determiner: 'the assistance offer', 'That idea', 'the Bill'."""

    @property
    def quoted(self) -> str:
        """The phrase as a gate's reason quotes it."""
        return f"'{self.phrase}'"

    @property
    def words(self) -> tuple[str, ...]:
        """The words that say what it is, its head noun last ('assistance', 'offer'); empty when the phrase is
        not a determiner and lower-case words (a name, 'its')."""
        found = _QUOTED.search(self.quoted)
        return tuple(found.group(1).split()) if found else ()

    @property
    def head(self) -> str | None:
        """The head noun ('offer' of 'the assistance offer'), or None."""
        return self.words[-1] if self.words else None


def referred_in(reason: str) -> Referred | None:
    """The first reference a gate's reason quotes ("'the strategy' is not named on the card"), or None."""
    found = _QUOTED.search(reason)
    return Referred(found.group(0)[1:-1]) if found else None
