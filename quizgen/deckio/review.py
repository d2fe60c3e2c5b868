"""A person's review of a deck: keep, drop or edit each card, undo, and save the decisions into the file.

The review works on the validated deck and remembers one decision per card; nothing touches the file
until `save`, which writes the decisions through `roundtrip` (comments, order and untouched cards kept)
in one atomic rename.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import TypeAdapter, ValidationError

from quizgen.atomic import write_atomic
from quizgen.deckio import messages
from quizgen.deckio.cache import check_cached
from quizgen.deckio.dump import card_order
from quizgen.deckio.loader import loads_deck, read_text
from quizgen.errors import DeckError, Problem, QuizgenError
from quizgen.model import rules
from quizgen.model.cards import AnyCard, Card, Deck

Verdict = Literal["kept", "dropped", "edited"]

_CARD: TypeAdapter[AnyCard] = TypeAdapter(Card)


@dataclass(frozen=True)
class _Step:
    """What one decision changed, so that undo can put it back."""

    position: int
    verdict: Verdict | None
    card: AnyCard


class Review:
    """The review of the deck file at `path`: its cards, the decision on each, and their undo."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        self._text = read_text(self.path)
        checked = check_cached(self.path)  # an unchanged deck comes from the validated-deck cache
        if checked.deck is None:
            raise DeckError(checked.problems)
        self.deck: Deck = checked.deck
        self.cards: list[AnyCard] = list(self.deck.cards)
        """The cards as they are now: an edit replaces a card here."""
        self.verdicts: list[Verdict | None] = [_verdict_of(card) for card in self.cards]
        self._history: list[_Step] = []
        self._found: dict[int, list[rules.Finding]] | None = None  # the findings by card, until a decision

    # Decisions

    def keep(self, position: int) -> None:
        """Keep the card at `position` as it is (a kept card that was edited stays edited)."""
        card = self.cards[position]
        edited = card is not self.deck.cards[position] or card.edited
        self._decide(position, "edited" if edited else "kept", card)

    def drop(self, position: int) -> None:
        """Drop the card at `position`: it leaves the deck, and generating the deck again never brings it back."""
        self._decide(position, "dropped", self.cards[position])

    def edit(self, position: int, data: dict[str, Any]) -> list[str]:
        """Give the card at `position` the content `data` (the card's keys, as in the deck file).

        Returns the validator's messages when the edit would make the card (or the deck) invalid, and
        changes nothing then; an empty list when the edit was made.
        """
        card, problems = self.check(position, data)
        if card is None:
            return problems
        self._decide(position, "edited", card)
        return []

    def undo(self) -> int | None:
        """Take back the last decision; the position of its card, or None when there is nothing to undo."""
        if not self._history:
            return None
        step = self._history.pop()
        self._found = None
        self.verdicts[step.position] = step.verdict
        self.cards[step.position] = step.card
        return step.position

    def _decide(self, position: int, verdict: Verdict, card: AnyCard) -> None:
        self._found = None
        self._history.append(_Step(position, self.verdicts[position], self.cards[position]))
        self.verdicts[position] = verdict
        self.cards[position] = card

    @property
    def can_undo(self) -> bool:
        """Whether there is a decision to take back."""
        return bool(self._history)

    @property
    def changed(self) -> bool:
        """Whether saving would change the file."""
        return any(
            v != _verdict_of(c) or c is not o
            for v, c, o in zip(self.verdicts, self.cards, self.deck.cards, strict=True)
        )

    # What is known of the cards

    def counts(self) -> dict[str, int]:
        """How many cards are reviewed (any decision), kept, dropped and edited, of how many in all."""
        return {
            "cards": len(self.cards),
            "reviewed": sum(v is not None for v in self.verdicts),
            "kept": self.verdicts.count("kept"),
            "dropped": self.verdicts.count("dropped"),
            "edited": self.verdicts.count("edited"),
        }

    def card_data(self, position: int) -> dict[str, Any]:
        """The card at `position` as its deck file holds it (its keys in the file's order)."""
        card = self.cards[position]
        data = card.model_dump(mode="json", exclude_defaults=True, exclude_none=True)
        data["type"] = card.type
        return card_order(data)

    def findings(self, position: int) -> list[rules.Finding]:
        """The validator's warnings (and errors) about the card at `position`, among the cards left."""
        if self._found is None:  # checked once per decision, not once per card shown
            self._found = {}
            for finding in self._findings(self.cards):
                self._found.setdefault(int(finding.path[1]), []).append(finding)
        return self._found.get(position, [])

    def _findings(self, cards: list[AnyCard]) -> list[rules.Finding]:
        live = [(i, c) for i, c in enumerate(cards) if self.verdicts[i] != "dropped"]
        return list(rules.check_cards(live))

    def check(self, position: int, data: dict[str, Any]) -> tuple[AnyCard | None, list[str]]:
        """The card `data` would make at `position`, or None and the validator's messages when it is invalid."""
        try:
            card = _CARD.validate_python(data)
        except ValidationError as exc:
            return None, [_message(error) for error in exc.errors()]
        old = self.cards[position]
        if not card.id:  # a card's id stays when its prompt changes, and so does its progress
            card = card.model_copy(update={"id": old.uid})
        cards = [*self.cards[:position], card, *self.cards[position + 1 :]]
        errors = [
            f.message for f in self._findings(cards) if f.severity == "error" and f.path[:2] == ("cards", position)
        ]
        return (None, errors) if errors else (card, [])

    # Saving

    def save(self) -> int:
        """Write the decisions into the deck file atomically; how many cards were changed.

        DeckError when every card would be dropped, or the file changed on disk since it was read (the
        decisions are kept in memory then, and nothing is written).
        """
        if all(v == "dropped" for v in self.verdicts):
            raise DeckError([Problem(self.path, "every card is dropped; keep at least one card, or delete the file")])
        if read_text(self.path) != self._text:
            raise DeckError(
                [
                    Problem(
                        self.path,
                        "the file changed since the review opened it; quit without saving and review it again",
                    )
                ]
            )
        from quizgen.deckio.roundtrip import DeckDocument  # ruamel.yaml, needed only to save

        document = DeckDocument(self._text)
        changed = 0
        for position in reversed(range(len(self.cards))):
            verdict, card, original = self.verdicts[position], self.cards[position], self.deck.cards[position]
            if verdict == _verdict_of(original) and card is original:
                continue
            changed += 1
            if verdict == "dropped":
                document.drop(position, original.uid)
            elif verdict == "edited":
                document.replace(position, card_order({**self.card_data(position), "edited": True}))
            elif verdict == "kept":
                document.mark(position, "reviewed")
        text = document.dumps()
        try:
            loads_deck(text, self.path)  # what is written must load
        except DeckError as exc:
            raise QuizgenError(
                f"{self.path}: the review would write an invalid deck ({exc}); nothing was saved"
            ) from None
        try:
            write_atomic(self.path, text)
        except OSError as exc:
            raise QuizgenError(f"{self.path}: cannot write: {exc.strerror or exc}; nothing was saved") from None
        self._text = text
        self.deck = loads_deck(text, self.path)
        self.cards = list(self.deck.cards)
        self.verdicts = [_verdict_of(card) for card in self.cards]
        self._history.clear()
        self._found = None
        return changed


def _verdict_of(card: AnyCard) -> Verdict | None:
    """The decision the deck file records for `card`."""
    if card.edited:
        return "edited"
    return "kept" if card.reviewed else None


def _message(error: Any) -> str:
    """The validator's message for one pydantic error of a card on its own."""
    loc = ("cards", 0, *error["loc"])
    return messages.describe({**error, "loc": loc})
