"""`quizgen show`: print a deck's cards in the terminal, every text shown literally."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # rendering is imported when `show` runs, not when the parser is built
    from rich.console import Console

    from quizgen.model.cards import Deck


def card_lines(card: object) -> list[tuple[str, str]]:
    """(label, text) pairs that show one card: its prompt, its answer and its extras."""
    from quizgen.model import cloze
    from quizgen.model.cards import BasicCard, ChoiceCard, ClozeCard, TrueFalseCard, TypedCard

    lines: list[tuple[str, str]] = []
    if isinstance(card, BasicCard):
        lines += [("front", card.front), ("back", card.back)]
        if card.reverse:
            lines.append(("reverse", "also asked back to front"))
    elif isinstance(card, ClozeCard):
        for number in cloze.ordinals(card.text):
            lines.append((f"c{number}", cloze.render(card.text, number)))
        lines.append(("answer", card.answer_text()))
    elif isinstance(card, ChoiceCard):
        lines.append(("question", card.question))
        for letter, choice in zip("ABCDEFGH", card.choices, strict=False):
            mark = "  (right)" if choice == card.answer else ""
            lines.append((f"{letter})", choice + mark))
    elif isinstance(card, TrueFalseCard):
        lines += [("statement", card.statement), ("answer", "true" if card.answer else "false")]
        if card.correction:
            lines.append(("correction", card.correction))
    elif isinstance(card, TypedCard):
        lines += [("question", card.question), ("answer", card.answer)]
        if card.accept:
            lines.append(("accept", ", ".join(card.accept)))
    note = getattr(card, "note", None)
    if note:
        lines.append(("note", note))
    for name, label in (
        ("image", "image"),
        ("audio", "audio"),
        ("answer_image", "ans image"),
        ("answer_audio", "ans audio"),
    ):
        path = getattr(card, name, None)
        if path:
            lines.append((label, path))
    tags = getattr(card, "tags", None)
    if tags:
        lines.append(("tags", " ".join(tags)))
    source = getattr(card, "source", None)
    if source is not None and source.sentence:
        where = f"  [{source.start}:{source.end}]" if source.start is not None and source.end is not None else ""
        lines.append(("source", source.sentence + where))
    return lines


def source_line(deck: Deck) -> str | None:
    """Where a generated deck came from: its article's file or address, author and date, and when it was
    fetched; None for a deck written by hand."""
    source = deck.source
    if source is None:
        return None
    parts = [part for part in (source.url or source.file, source.author, source.date and str(source.date)) if part]
    if source.fetched is not None:
        parts.append(f"fetched {source.fetched.isoformat().replace('+00:00', 'Z')}")
    return "from " + " · ".join(parts) if parts else None


def print_deck(deck: Deck, console: Console | None = None) -> None:
    """Print every card of `deck`."""
    from rich.console import Console
    from rich.text import Text

    from quizgen.visible import visible

    console = console or Console(highlight=False)
    head = Text(visible(deck.title, line=True), style="bold")
    head.append(f"  {deck.id} · {len(deck.cards)} cards", style="dim")
    console.print(head)
    if deck.description:
        console.print(Text(visible(deck.description.strip()), style="italic"))
    origin = source_line(deck)
    if origin:
        console.print(Text(visible(origin, line=True), style="dim"))
    if deck.dropped:
        dropped = ", ".join(deck.dropped)  # ids: lowercase letters, digits, '-' and '_' only
        console.print(Text(f"{len(deck.dropped)} cards dropped in review: {dropped}", style="dim"))
    for number, card in enumerate(deck.cards, 1):
        console.print()
        title = Text(f"{number}. ", style="bold")
        title.append(visible(card.uid, line=True), style="cyan")
        title.append(f"  {card.type}", style="magenta")
        if card.edited or card.reviewed:
            title.append("  edited" if card.edited else "  reviewed", style="green")
        console.print(title)
        for label, value in card_lines(card):
            # A long value wraps under its own column, clear of the labels.
            head = Text(f"   {label:>10}  ", style="dim")
            indent = Text(" " * len(head))
            width = max(20, console.width - len(head))
            for number, part in enumerate(Text(visible(value)).wrap(console, width)):
                line = (head if number == 0 else indent).copy()
                part.rstrip()
                line.append_text(part)
                console.print(line, soft_wrap=True)


def register(subparsers: Any) -> None:
    """Add the `show` command."""
    p = subparsers.add_parser(
        "show",
        help="preview a deck's cards in the terminal",
        description="Preview every card of a deck, text shown literally: for a generated deck, where its "
        "article came from, and each card's source sentence with its offsets in the article's text.",
    )
    p.add_argument("deck", metavar="DECK", help="the deck file")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from quizgen.deckio.loader import load_deck

    print_deck(load_deck(args.deck))
    return 0
