"""Build large, realistic decks for the benchmarks."""

from __future__ import annotations

from pathlib import Path

from quizgen.deckio.dump import dumps_deck
from quizgen.model.cards import BasicCard, CardSource, ChoiceCard, ClozeCard, Deck, TrueFalseCard, TypedCard

SENTENCE = "In {year}, the delegation from {place} met officials in Astana to discuss trade number {n}."


def big_deck(cards: int, deck_id: str = "bench") -> Deck:
    """A deck of `cards` cards of every type, each with a source sentence and a note."""
    made = []
    for n in range(cards):
        year = 1900 + n % 120
        place = f"Region {n % 97}"
        sentence = SENTENCE.format(year=year, place=place, n=n)
        source = CardSource(sentence=sentence, start=n * 100, end=n * 100 + len(sentence))
        common = {"id": f"card-{n}", "source": source, "tags": ["bench", f"group-{n % 10}"]}
        kind = n % 5
        if kind == 0:
            made.append(
                BasicCard(
                    type="basic",
                    front=f"What was discussed in meeting {n}?",
                    back=f"Trade number {n}",
                    note="Generated for the benchmark.",
                    **common,
                )
            )
        elif kind == 1:
            made.append(
                ClozeCard(
                    type="cloze",
                    text=f"In {{{{c1::{year}}}}}, the delegation from {{{{c2::{place}}}}} met officials in Astana.",
                    **common,
                )
            )
        elif kind == 2:
            made.append(
                ChoiceCard(
                    type="choice",
                    question=f"Where did delegation {n} come from?",
                    choices=[place, f"Region {n % 97 + 1}", f"Region {n % 97 + 2}", f"Region {n % 97 + 3}"],
                    answer=place,
                    **common,
                )
            )
        elif kind == 3:
            made.append(
                TrueFalseCard(
                    type="truefalse",
                    statement=f"Meeting {n} took place in {year}.",
                    answer=n % 2 == 0,
                    correction=None if n % 2 == 0 else f"It took place in {year + 1}.",
                    **common,
                )
            )
        else:
            made.append(
                TypedCard(
                    type="typed",
                    question=f"In which year did meeting {n} take place?",
                    answer=str(year),
                    accept=[f"in {year}"],
                    **common,
                )
            )
    return Deck(id=deck_id, title=f"Benchmark deck {deck_id} of {cards} cards", tags=["benchmark"], cards=made)


def write_big_deck(folder: Path, cards: int, deck_id: str = "bench") -> Path:
    """Write a benchmark deck of `cards` cards into `folder` and return its path."""
    path = folder / f"{deck_id}-{cards}.yaml"
    path.write_text(dumps_deck(big_deck(cards, deck_id)), encoding="utf-8")
    return path


CARDS_PER_FILE = 25_000
"""The most cards the benchmarks put in one file: 25,000 make about 8 MB, under the 10 MB limit."""


def write_deck_files(folder: Path, cards: int, prefix: str = "bench") -> list[Path]:
    """`cards` benchmark cards in as few deck files as the 10 MB limit allows, each with its own id."""
    count = -(-cards // CARDS_PER_FILE)
    sizes = [cards // count + (1 if i < cards % count else 0) for i in range(count)]
    ids = [prefix] if count == 1 else [f"{prefix}-{i}" for i in range(count)]
    return [write_big_deck(folder, size, deck_id) for size, deck_id in zip(sizes, ids, strict=True)]
