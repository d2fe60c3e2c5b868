"""quizgen: turn articles into decks of questions, and learn them with spaced repetition."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quizgen.deckio.dump import dumps_deck, save_deck
    from quizgen.deckio.loader import check_file, load_deck, loads_deck
    from quizgen.errors import DeckError, Problem, QuizgenError
    from quizgen.model.cards import (
        BasicCard,
        Card,
        ChoiceCard,
        ClozeCard,
        Deck,
        TrueFalseCard,
        TypedCard,
    )

__version__ = "0.1.0"

# The public API, imported when first used: `quizgen study` starts without loading the YAML machinery.
_EXPORTS = {
    "BasicCard": "quizgen.model.cards",
    "Card": "quizgen.model.cards",
    "ChoiceCard": "quizgen.model.cards",
    "ClozeCard": "quizgen.model.cards",
    "Deck": "quizgen.model.cards",
    "DeckError": "quizgen.errors",
    "Problem": "quizgen.errors",
    "QuizgenError": "quizgen.errors",
    "TrueFalseCard": "quizgen.model.cards",
    "TypedCard": "quizgen.model.cards",
    "check_file": "quizgen.deckio.loader",
    "dumps_deck": "quizgen.deckio.dump",
    "load_deck": "quizgen.deckio.loader",
    "loads_deck": "quizgen.deckio.loader",
    "save_deck": "quizgen.deckio.dump",
}

__all__ = [
    "BasicCard",
    "Card",
    "ChoiceCard",
    "ClozeCard",
    "Deck",
    "DeckError",
    "Problem",
    "QuizgenError",
    "TrueFalseCard",
    "TypedCard",
    "check_file",
    "dumps_deck",
    "load_deck",
    "loads_deck",
    "save_deck",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'quizgen' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
