"""The article-to-deck generator: offline, deterministic and rule-based."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.generate.deck import Generated, generate_deck
from quizgen.generate.text import Article, article_from_text, read_article

if TYPE_CHECKING:
    from quizgen.model import Deck


def generate_file(
    path: str | Path, max_cards: int | None = None, types: list[str] | None = None, previous: Deck | None = None
) -> Generated:
    """Generate a deck from the article at `path`, keeping the cards of `previous` whose facts are unchanged."""
    return generate_deck(read_article(path), max_cards=max_cards, types=types, previous=previous)


def generate_text(
    text: str, path: str = "<text>", max_cards: int | None = None, types: list[str] | None = None
) -> Generated:
    """Generate a deck from article text in memory."""
    return generate_deck(article_from_text(text, path), max_cards=max_cards, types=types)


__all__ = [
    "Article",
    "Generated",
    "article_from_text",
    "generate_deck",
    "generate_file",
    "generate_text",
    "read_article",
]
