"""A card as the review screen shows it: what the learner sees, and the answer, all at once.

Card text goes through `rich.text.Text`, so it is shown exactly as typed, never read as markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from quizgen.model import cloze
from tui.widgets.highlight import ANSWER_STYLE

if TYPE_CHECKING:  # the first card shows before the deck model (and the study screen's views) are imported
    from quizgen.model.cards import AnyCard
    from quizgen.model.plain import StudyCard

LETTERS = "ABCDEFGH"
"""The labels of a choice card's choices, as the study screen shows them."""

LABEL = "dim"


def card_text(card: AnyCard | StudyCard) -> Text:
    """The card's prompt, its answer emphasised, then its note and tags."""
    lines: list[Text] = []
    if card.type == "basic":
        lines.append(Text(card.front, style="bold"))
        lines.append(Text.assemble(("Back    ", LABEL), (card.back, ANSWER_STYLE)))
        if card.reverse:
            lines.append(Text("also asked back to front", style=LABEL))
    elif card.type == "cloze":
        lines.append(_cloze(card.text))
    elif card.type == "choice":
        lines.append(Text(card.question, style="bold"))
        for i, choice in enumerate(card.choices):
            right = choice == card.answer
            mark = "✓" if right else " "
            lines.append(
                Text.assemble(
                    f"{mark} {LETTERS[i] if i < len(LETTERS) else '?'}) ",
                    (choice, ANSWER_STYLE if right else ""),
                )
            )
    elif card.type == "truefalse":
        lines.append(Text(card.statement, style="bold"))
        line = Text.assemble(("Answer  ", LABEL), ("true" if card.answer else "false", ANSWER_STYLE))
        if card.correction:
            line.append("  ")
            line.append(card.correction)
        lines.append(line)
    else:
        lines.append(Text(card.question, style="bold"))
        lines.append(Text.assemble(("Answer  ", LABEL), (card.answer, ANSWER_STYLE)))
        if card.accept:
            lines.append(Text.assemble(("Also    ", LABEL), Text("; ".join(card.accept))))
    if card.note:
        lines.append(Text.assemble(("Note    ", LABEL), Text(card.note)))
    if card.tags:
        lines.append(Text.assemble(("Tags    ", LABEL), Text(" ".join(card.tags))))
    return Text("\n").join(lines)


def _cloze(text: str) -> Text:
    """A cloze text with every deletion shown and emphasised, its number before it."""
    result = Text(style="bold")
    last = 0
    for d in cloze.deletions(text):
        result.append(text[last : d.start])
        result.append(d.text, style=ANSWER_STYLE)
        result.append(f"[c{d.number}" + (f": {d.hint}]" if d.hint else "]"), style="dim")
        last = d.end
    result.append(text[last:])
    return result


def source_text(paragraph: str, start: int, end: int) -> Text:
    """A paragraph of the article with the card's sentence in it highlighted."""
    result = Text(paragraph, style="dim")
    result.stylize("not dim reverse", start, end)
    return result
