"""Saving decks: nothing is written that quizgen would then refuse to load."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.deckio.dump import DeckTooLarge, save_deck, save_decks
from quizgen.model.cards import Deck


def deck_of(cards: int, deck_id: str = "big") -> Deck:
    back = "b" * 1000
    return Deck.model_validate(
        {
            "id": deck_id,
            "title": "Big",
            "cards": [{"type": "basic", "front": f"Q{i}", "back": back} for i in range(cards)],
        }
    )


def test_a_deck_over_the_deck_file_limit_is_refused_and_no_deck_is_written(tmp_path: Path) -> None:
    small, big = deck_of(3, "small"), deck_of(12_000)
    with pytest.raises(DeckTooLarge, match=r"this deck of 12,000 cards would be [\d,]+ bytes, over the 10,485,760"):
        save_decks([small, big], [str(tmp_path / "small.yaml"), str(tmp_path / "big.yaml")])
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(DeckTooLarge):
        save_deck(big, tmp_path / "big.yaml")
    assert list(tmp_path.iterdir()) == []
