"""Carry a person's review over to a deck generated again from the same article.

A card they dropped never comes back, nor its fact as a card of another type; a card they edited
keeps their text (even when the generator would make it differently now, or no longer makes it); a
card they kept stays marked reviewed while the generator makes exactly that card again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quizgen.generate.rank import Option
    from quizgen.model.cards import AnyCard, Deck

_MARKS = ("reviewed", "edited")


def dropped_ids(previous: Deck | None) -> frozenset[str]:
    """The ids of the cards a person dropped from `previous`."""
    return frozenset(previous.dropped) if previous is not None else frozenset()


def without_dropped(options: list[Option], dropped: frozenset[str]) -> list[Option]:
    """`options` but the dropped facts: a card of any type asking the answer of a dropped card in its sentence."""
    if not dropped:
        return options
    facts = {(o.sentence, o.answer.casefold()) for o in options if o.card.uid in dropped}
    return [o for o in options if o.card.uid not in dropped and (o.sentence, o.answer.casefold()) not in facts]


def carry_review(data: dict[str, Any], previous: Deck | None) -> dict[str, Any]:
    """The generated deck `data` with the decisions recorded in `previous` carried over."""
    if previous is None:
        return data
    before = {card.uid: card for card in previous.cards}
    cards: list[dict[str, Any]] = []
    made: set[str] = set()
    for card in data["cards"]:
        old = before.get(card["id"])
        made.add(card["id"])
        if old is not None and old.edited:
            cards.append(_as_written(old))
        elif old is not None and old.reviewed and _content(_as_written(old)) == _content(card):
            cards.append(_with_mark(card, "reviewed"))
        else:
            cards.append(card)
    # An edited card the generator no longer makes stays, after the card it followed.
    for number, card in enumerate(previous.cards):
        if not card.edited or card.uid in made:
            continue
        after = {c.uid for c in previous.cards[:number]}
        at = max((i + 1 for i, c in enumerate(cards) if c["id"] in after), default=0)
        cards.insert(at, _as_written(card))
        made.add(card.uid)
    result = {k: v for k, v in data.items() if k != "cards"}
    if previous.dropped:
        result["dropped"] = list(previous.dropped)
    result["cards"] = cards
    return result


def _as_written(card: AnyCard) -> dict[str, Any]:
    data: dict[str, Any] = card.model_dump(mode="json", exclude_defaults=True, exclude_none=True)
    data["type"] = card.type
    data["id"] = card.uid
    first = {k: data[k] for k in ("id", "type", *_MARKS) if k in data}
    return {**first, **{k: v for k, v in data.items() if k not in first}}


def _content(card: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in card.items() if k not in _MARKS}


def _with_mark(card: dict[str, Any], mark: str) -> dict[str, Any]:
    head: dict[str, Any] = {k: card[k] for k in ("id", "type") if k in card}
    return {**head, mark: True, **{k: v for k, v in card.items() if k not in head}}
