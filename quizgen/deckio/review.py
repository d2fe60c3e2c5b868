"""A person's review of a deck: keep, drop or edit each card, undo, and save the decisions into the file.

The review works on the validated deck and remembers one decision per card; nothing touches the file
until `save`, which writes the decisions through `roundtrip` (comments, order and untouched cards kept)
in one atomic rename.
"""

from __future__ import annotations

import functools
import hashlib
import os
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

from quizgen.atomic import check_kind, write_atomic
from quizgen.deckio.cache import CachedDeck, open_cached
from quizgen.deckio.deckfiles import MAX_BYTES
from quizgen.deckio.dump import card_order
from quizgen.errors import DeckError, Problem, QuizgenError
from quizgen.inputs import read_regular
from quizgen.model.plain import StudyCard

if TYPE_CHECKING:
    from pydantic import TypeAdapter

    from quizgen.model import rules
    from quizgen.model.cards import AnyCard, Deck

Verdict = Literal["kept", "dropped", "edited"]


@functools.cache
def _card_adapter() -> TypeAdapter[AnyCard]:
    from pydantic import TypeAdapter

    from quizgen.model.cards import Card

    return TypeAdapter(Card)


@dataclass(frozen=True)
class _Step:
    """What one decision changed, so that undo can put it back."""

    position: int
    verdict: Verdict | None
    card: AnyCard


class Review:
    """The review of the deck file at `path`: its cards, the decision on each, and their undo.

    An unchanged deck opens from the validated-deck cache as plain data, as a study session does, so the
    first card shows before pydantic is imported; the cards are validated when first changed or checked
    (`cards`, `deck`), or when the screen is idle (`load`).
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        found = open_cached(self.path)  # a missing, unreadable or broken deck raises below, with its problems
        self._cached: CachedDeck | None = None
        self._uids: list[str] = []
        if isinstance(found, CachedDeck) and (uids := found.card_ids()) is not None:
            self._cached, self._uids = found, uids
            self.title: str = found.title
        elif isinstance(found, CachedDeck):
            self._set_deck(found.deck)
        elif found.deck is None:
            raise DeckError(found.problems)
        else:
            self._set_deck(found.deck)
        check_kind(self.path)  # saving replaces the file: a link to a deck is refused before any work
        self._text = _read_text(self.path)
        digest = found.digest
        if digest and hashlib.sha256(self._text.encode("utf-8")).hexdigest() != digest:
            self._reparse()  # the file changed between the two reads: the deck is the text's
        self.verdicts: list[Verdict | None] = [_verdict_of(self.shown(i)) for i in range(self.size)]
        self._history: list[_Step] = []
        self._found: dict[int, list[rules.Finding]] | None = None  # the findings by card, until a decision

    def _reparse(self) -> None:
        from quizgen.deckio.loader import loads_deck

        self._cached, self._uids = None, []
        self._set_deck(loads_deck(self._text, self.path))

    def _set_deck(self, deck: Deck) -> None:
        self.__dict__["deck"] = deck
        self.__dict__["cards"] = list(deck.cards)
        self.title = deck.title

    @cached_property
    def deck(self) -> Deck:
        """The deck as its file holds it, validated."""
        assert self._cached is not None
        return self._cached.deck

    @cached_property
    def cards(self) -> list[AnyCard]:
        """The cards as they are now, validated: an edit replaces a card here."""
        return list(self.deck.cards)

    def load(self) -> None:
        """Validate the cards now (at a moment nothing waits for it)."""
        _ = self.cards

    @property
    def loaded(self) -> bool:
        """Whether the cards are validated."""
        return "cards" in self.__dict__

    def article(self) -> tuple[str, str | None] | None:
        """The file name of the article the deck was generated from, and the SHA-256 of its text, when known."""
        if "deck" in self.__dict__ or self._cached is None:
            source = self.deck.source
            return (source.file, source.sha256) if source is not None and source.file else None
        found = self._cached.header.get("source")
        if isinstance(found, dict) and isinstance(found.get("file"), str):
            return found["file"], found.get("sha256")
        return None

    @property
    def size(self) -> int:
        """How many cards the deck has."""
        return len(self.cards) if "cards" in self.__dict__ else len(self._uids)

    def shown(self, position: int) -> AnyCard | StudyCard:
        """The card at `position` as it is now, for showing: plain data until the cards are validated."""
        if "cards" in self.__dict__ or self._cached is None:
            return self.cards[position]
        return self._cached.plain_card(self._uids[position])

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
        if "cards" not in self.__dict__:
            return False  # nothing decided yet: every decision validates the cards
        return any(
            v != _verdict_of(c) or c is not o
            for v, c, o in zip(self.verdicts, self.cards, self.deck.cards, strict=True)
        )

    # What is known of the cards

    def counts(self) -> dict[str, int]:
        """How many cards are reviewed (any decision), kept, dropped and edited, of how many in all."""
        return {
            "cards": self.size,
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
        from quizgen.model import rules

        live = [(i, c) for i, c in enumerate(cards) if self.verdicts[i] != "dropped"]
        return list(rules.check_cards(live))

    def check(self, position: int, data: dict[str, Any]) -> tuple[AnyCard | None, list[str]]:
        """The card `data` would make at `position`, or None and the validator's messages when it is invalid."""
        from pydantic import ValidationError

        try:
            card = _card_adapter().validate_python(data)
        except ValidationError as exc:
            return None, [_message(error) for error in exc.errors()]
        old = self.cards[position]
        if not card.id:  # a card's id stays when its prompt changes, and so does its progress
            card = card.model_copy(update={"id": old.uid})
        cards = [*self.cards[:position], card, *self.cards[position + 1 :]]
        before = {(f.path, f.message) for f in self._findings(self.cards) if f.severity == "error"}
        errors = [
            f.message
            for f in self._findings(cards)
            if f.severity == "error" and (f.path[:2] == ("cards", position) or (f.path, f.message) not in before)
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
        if _read_text(self.path) != self._text:
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
                if card.uid != original.uid:  # a type change: the generator must not make the old card again
                    document.record_dropped(original.uid)
            elif verdict == "kept":
                document.mark(position, "reviewed")
        text = document.dumps()
        from quizgen.deckio.loader import loads_deck

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
        self._set_deck(loads_deck(text, self.path))
        self.verdicts = [_verdict_of(card) for card in self.cards]
        self._history.clear()
        self._found = None
        return changed


def _read_text(path: str) -> str:
    """The deck file's text, as the loader reads it (without importing the loader, and pydantic with it)."""
    try:
        return read_regular(path, MAX_BYTES).decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        from quizgen.deckio.loader import read_text

        return read_text(path)  # raises DeckError, saying what is wrong with the file


def _verdict_of(card: AnyCard | StudyCard) -> Verdict | None:
    """The decision the deck file records for `card`."""
    if card.edited:
        return "edited"
    return "kept" if card.reviewed else None


def _message(error: Any) -> str:
    """The validator's message for one pydantic error of a card on its own."""
    from quizgen.deckio import messages

    loc = ("cards", 0, *error["loc"])
    return messages.describe({**error, "loc": loc})
