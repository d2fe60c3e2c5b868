"""A person's review of a generated deck: which cards they vouch for."""

from __future__ import annotations

from typing import Protocol

from quizgen.model.cards import Deck


class _Marked(Protocol):
    @property
    def source(self) -> object: ...

    @property
    def reviewed(self) -> bool: ...

    @property
    def edited(self) -> bool: ...


def unreviewed_generated(card: _Marked) -> bool:
    """Whether `card` came from the generator (it has a source sentence) and no person has kept or edited it."""
    sentence = getattr(card.source, "sentence", None)
    return bool(sentence) and not (card.reviewed or card.edited)


def reviewed_only(deck: Deck) -> Deck:
    """`deck` without its unreviewed generated cards (it may be left with none)."""
    cards = [card for card in deck.cards if not unreviewed_generated(card)]
    if len(cards) == len(deck.cards):
        return deck
    return deck.model_copy(update={"cards": cards})
