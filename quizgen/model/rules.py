"""Consistency rules and warnings that the schema alone cannot express."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from quizgen.model import cloze
from quizgen.model.cards import AnyCard, BasicCard, ChoiceCard, ClozeCard, Deck, TypedCard

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Finding:
    """A broken rule: where in the data, which card, and what to do."""

    path: Path
    message: str
    severity: str = "error"
    key: bool = False


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def check(deck: Deck) -> Iterator[Finding]:
    """Every broken consistency rule and every warning of `deck`."""
    return check_cards(enumerate(deck.cards))


def check_cards(cards: Iterable[tuple[int, AnyCard]]) -> Iterator[Finding]:
    """The findings of cards given with their positions in the deck."""
    seen_ids: dict[str, int] = {}
    prompts: dict[str, int] = {}
    for i, card in cards:
        at: Path = ("cards", i)
        if card.id:
            if card.id in seen_ids:
                yield Finding(
                    at + ("id",),
                    f"duplicate card id '{card.id}' (also card {seen_ids[card.id] + 1}); give each card its own id",
                )
            seen_ids.setdefault(card.id, i)
        if isinstance(card, ChoiceCard):
            yield from _check_choice(card, at)
        elif isinstance(card, ClozeCard):
            for message in cloze.problems(card.text):
                yield Finding(at + ("text",), message)
            numbers = cloze.ordinals(card.text)
            if numbers and numbers != list(range(1, numbers[-1] + 1)):
                missing = sorted(set(range(1, numbers[-1] + 1)) - set(numbers))
                gap = ", ".join(f"c{n}" for n in missing)
                yield Finding(at + ("text",), f"cloze numbers skip {gap}", "warning")
        elif isinstance(card, TypedCard):
            accepted = [_norm(card.answer)]
            for j, alias in enumerate(card.accept):
                if _norm(alias) in accepted:
                    yield Finding(
                        at + ("accept", j),
                        f"accepted answer '{alias}' repeats the answer or another alias; remove it",
                    )
                accepted.append(_norm(alias))
        if card.source is not None:
            yield from _check_source(card.source, at + ("source",))
        asked = [card.prompt()]
        if isinstance(card, BasicCard) and card.reverse:
            asked.append(card.back)
            if _norm(card.back) == _norm(card.front):
                yield Finding(
                    at + ("reverse",), "the back repeats the front, so the reverse card asks nothing new", "warning"
                )
        for prompt in dict.fromkeys(_norm(text) for text in asked):
            if prompt in prompts:
                yield Finding(
                    at,
                    f"same prompt as card {prompts[prompt] + 1}; learners will see it twice",
                    "warning",
                )
            prompts.setdefault(prompt, i)


def _check_choice(card: ChoiceCard, at: Path) -> Iterator[Finding]:
    n = len(card.choices)
    if not 2 <= n <= 8:
        yield Finding(at + ("choices",), f"a choice card needs 2 to 8 choices, not {n}")
    normalised: dict[str, int] = {}
    for j, choice in enumerate(card.choices):
        key = _norm(choice)
        if key in normalised:
            yield Finding(
                at + ("choices", j),
                f"choice '{choice}' repeats choice {normalised[key] + 1}; make every choice different",
            )
        normalised.setdefault(key, j)
    if card.answer not in card.choices:
        hint = ""
        if _norm(card.answer) in normalised:
            hint = f" (it differs from '{card.choices[normalised[_norm(card.answer)]]}' only in case or spacing)"
        yield Finding(
            at + ("answer",),
            f"answer '{card.answer}' is not one of the choices{hint}; copy it exactly from choices",
        )
    elif n >= 3:
        others = [len(c) for c in card.choices if c != card.answer]
        longest = max(others)
        if len(card.answer) >= 2 * longest and len(card.answer) - longest >= 10:
            yield Finding(
                at + ("answer",),
                "the answer is much longer than every other choice, which gives it away",
                "warning",
            )


def _check_source(source: object, at: Path) -> Iterator[Finding]:
    start = getattr(source, "start", None)
    end = getattr(source, "end", None)
    sentence = getattr(source, "sentence", None)
    if (start is None) != (end is None):
        yield Finding(at, "source needs both start and end, or neither")
    elif start is not None and end is not None:
        if end < start:
            yield Finding(at + ("end",), f"source end {end} comes before start {start}")
        elif sentence is not None and end - start != len(sentence):
            yield Finding(
                at + ("end",),
                f"source spans {end - start} characters but the sentence has {len(sentence)}; fix start and end",
            )
