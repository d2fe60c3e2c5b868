"""Make a card's fact into a card of another type, through the generator's public functions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from quizgen.errors import QuizgenError
from quizgen.generate.deck import generate_deck
from quizgen.generate.text import Article
from quizgen.model.card_types import CARD_TYPES

if TYPE_CHECKING:
    from quizgen.model.cards import AnyCard


class Retyper:
    """The cards the generator makes for each sentence of one article, one type at a time (each made once)."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self._made: dict[str, dict[tuple[Any, Any], dict[str, Any]]] = {}

    def _of_type(self, kind: str) -> dict[tuple[Any, Any], dict[str, Any]]:
        """The card of type `kind` the generator makes from each sentence, by the sentence's offsets."""
        if kind not in self._made:
            try:
                generated = generate_deck(self.article, types=[kind])
                cards = generated.data["cards"]
            except QuizgenError:
                cards = []
            found: dict[tuple[Any, Any], dict[str, Any]] = {}
            for card in cards:
                source = card.get("source") or {}
                found.setdefault((source.get("start"), source.get("end")), card)
            self._made[kind] = found
        return self._made[kind]

    def alternatives(self, card: AnyCard) -> dict[str, dict[str, Any]]:
        """The cards of other types the generator makes from `card`'s sentence, by type, in the types' order."""
        source = card.source
        if source is None or source.start is None or source.end is None:
            return {}
        found = {}
        for kind in CARD_TYPES:
            if kind == card.type:
                continue
            made = self._of_type(kind).get((source.start, source.end))
            if made is not None:
                found[kind] = made
        return found


def next_type(current: str, available: list[str]) -> str | None:
    """The type after `current` among `available`, in the order of the card types (wrapping round)."""
    if not available:
        return None
    order = list(CARD_TYPES)
    after = order[order.index(current) + 1 :] + order[: order.index(current)] if current in order else order
    return next((kind for kind in after if kind in available), None)
