"""Write decks as minimal, stable, diff-friendly YAML."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from quizgen.atomic import write_atomic
from quizgen.deckio import yamlio
from quizgen.deckio.deckfiles import MAX_BYTES
from quizgen.errors import ImportFormatError, QuizgenError
from quizgen.inputs import binary_size

if TYPE_CHECKING:  # writing a generated deck's plain data does not load the model
    from quizgen.model.cards import Deck

SCHEMA_MODELINE = "# yaml-language-server: $schema={}\n"


def deck_data(deck: Deck) -> dict[str, Any]:
    """The deck as plain data, without defaults, in the model's key order."""
    return deck.model_dump(mode="json", exclude_defaults=True, exclude_none=True)


def dumps_deck(deck: Deck, schema: str | None = None) -> str:
    """The deck as YAML text; with `schema`, led by a yaml-language-server modeline."""
    return dumps_deck_data(deck_data(deck), schema)


def dumps_deck_data(data: dict[str, Any], schema: str | None = None) -> str:
    """A deck given as plain data (as `deck_data` makes it) as YAML text, as `dumps_deck` writes it."""
    data = {**data, "cards": [card_order(card) for card in data["cards"]]}
    head = SCHEMA_MODELINE.format(schema) if schema else ""
    return head + yamlio.dumps(data)


_FIRST = ("id", "type", "reviewed", "edited")
_LAST = ("image", "audio", "answer_image", "answer_audio", "note", "tags", "source")


def card_order(card: dict[str, Any]) -> dict[str, Any]:
    """id, type and the review marks first, the card's own fields next, shared extras last."""
    first = {k: card[k] for k in _FIRST if k in card}
    middle = {k: v for k, v in card.items() if k not in _FIRST and k not in _LAST}
    last = {k: card[k] for k in _LAST if k in card}
    return {**first, **middle, **last}


def save_deck(deck: Deck, path: str | os.PathLike[str], schema: str | None = None) -> None:
    """Write the deck to `path` atomically; `DeckTooLarge` when the file would be over the deck-file limit."""
    write_atomic(path, _within_limit(len(deck.cards), dumps_deck(deck, schema), os.fspath(path)))


class DeckTooLarge(QuizgenError):
    """A deck that would make a file quizgen then refuses to load."""


def _within_limit(cards: int, text: str, path: str) -> str:
    size = len(text.encode("utf-8"))
    if size > MAX_BYTES:
        fits = max(1, cards * MAX_BYTES // size)
        raise DeckTooLarge(
            f"{path}: this deck of {cards:,} cards would be {size:,} bytes, over the {MAX_BYTES:,} bytes "
            f"({binary_size(MAX_BYTES)}) a deck file may hold; split it into decks of about {fits:,} cards"
        )
    return text


def save_decks(decks: list[Deck], paths: list[str]) -> None:
    """Write each deck to its path atomically, after checking that every one validates and fits in a deck file.

    Nothing is written unless every deck loads back; an unwritable path is an `ImportFormatError`.
    """
    from quizgen.deckio.loader import loads_deck

    texts = []
    for deck, path in zip(decks, paths, strict=True):
        text = _within_limit(len(deck.cards), dumps_deck(deck), path)
        loads_deck(text, path)  # the written file must load; DeckError says why if not
        texts.append(text)
    for text, path in zip(texts, paths, strict=True):
        try:
            write_atomic(path, text)
        except OSError as exc:
            raise ImportFormatError(f"{path}: cannot write: {exc.strerror or exc}") from None


def save_deck_data(data: dict[str, Any], path: str | os.PathLike[str], schema: str | None = None) -> None:
    """Write a deck given as plain data to `path` atomically, as `save_deck` writes it."""
    write_atomic(path, _within_limit(len(data["cards"]), dumps_deck_data(data, schema), os.fspath(path)))
