"""Choose and order the questions of a quiz: a balance of card types, reproducible shuffles."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from quizgen.model.cards import CARD_TYPES, AnyCard, BasicCard, ChoiceCard, Deck


@dataclass(frozen=True)
class Question:
    """One numbered question of a quiz."""

    number: int
    """Its number on the sheet, from 1."""
    card: AnyCard
    """The card it asks."""
    choices: tuple[str, ...] = ()
    """For a choice card, the choices in the order printed."""
    reverse: bool = False
    """For a basic card with `reverse: true`, whether the sheet asks the back (expecting the front)."""


@dataclass(frozen=True)
class Quiz:
    """The questions of one version of a quiz."""

    title: str
    questions: list[Question]
    language: str = "en"
    seed: int | None = None
    """The seed of a shuffled version; None when the deck order is kept."""


def balanced_pick(cards: Sequence[AnyCard], count: int, rng: random.Random | None = None) -> list[AnyCard]:
    """`count` of `cards`, the card types as even as the deck allows.

    Quotas go round the types one card at a time, skipping types that run out. Without
    `rng` each type's cards are taken evenly spaced through the deck, in deck order; with
    `rng` they are sampled at random and the result is shuffled.
    """
    if count < 1:
        raise ValueError("count must be at least 1")
    if count >= len(cards):
        picked = list(cards)
        if rng is not None:
            rng.shuffle(picked)
        return picked
    groups: dict[str, list[int]] = {}
    for index, card in enumerate(cards):
        groups.setdefault(card.type, []).append(index)
    types = [t for t in CARD_TYPES if t in groups]
    if rng is not None:
        rng.shuffle(types)
    quota = dict.fromkeys(types, 0)
    left = count
    while left:
        for kind in types:
            if left and quota[kind] < len(groups[kind]):
                quota[kind] += 1
                left -= 1
    chosen: list[int] = []
    for kind in types:
        indexes, k = groups[kind], quota[kind]
        if rng is not None:
            chosen += rng.sample(indexes, k)
        else:
            chosen += [indexes[i * len(indexes) // k] for i in range(k)]
    if rng is not None:
        rng.shuffle(chosen)
    else:
        chosen.sort()
    return [cards[i] for i in chosen]


def build_quiz(
    decks: Sequence[Deck],
    count: int | None = None,
    seed: int | None = None,
    title: str | None = None,
) -> Quiz:
    """The quiz of `decks`: every card (or `count` of them), shuffled when `seed` is given.

    The same decks, count and seed always give the same quiz; the seed shuffles the
    questions and the order of each choice card's choices. A reversed basic card is asked one
    way only (the other would print its answer): front to back, or with a seed either way.
    """
    cards: list[AnyCard] = [card for deck in decks for card in deck.cards]
    rng = random.Random(seed) if seed is not None else None
    if count is not None:
        cards = balanced_pick(cards, count, rng)
    elif rng is not None:
        rng.shuffle(cards)
    questions = []
    for number, card in enumerate(cards, start=1):
        choices: tuple[str, ...] = ()
        reverse = False
        if isinstance(card, ChoiceCard):
            order = list(card.choices)
            if rng is not None:
                rng.shuffle(order)
            choices = tuple(order)
        elif isinstance(card, BasicCard) and card.reverse and rng is not None:
            reverse = rng.random() < 0.5
        questions.append(Question(number, card, choices, reverse))
    default_title = " + ".join(deck.title for deck in decks)
    language = decks[0].language if decks else "en"
    return Quiz(title or default_title, questions, language, seed)
