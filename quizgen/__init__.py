"""quizgen: turn articles into decks of questions, and learn them with spaced repetition."""

from quizgen.dump import dumps_deck, save_deck
from quizgen.errors import DeckError, Problem, QuizgenError
from quizgen.loader import check_file, load_deck, loads_deck
from quizgen.model import (
    BasicCard,
    Card,
    ChoiceCard,
    ClozeCard,
    Deck,
    TrueFalseCard,
    TypedCard,
)

__version__ = "0.1.0"

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
