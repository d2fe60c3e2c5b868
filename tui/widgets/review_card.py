"""A card as the review screen shows it: what the learner sees, and the answer, all at once.

Card text goes through `visible` and `rich.text.Text`, so it is shown exactly as typed, never read as markup,
its control characters as escapes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from quizgen.model import cloze
from quizgen.visible import visible
from tui.widgets.highlight import ANSWER_STYLE, BLANK_STYLE

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
        lines.append(Text(visible(card.front), style="bold"))
        lines.append(Text.assemble(("Back    ", LABEL), (visible(card.back), ANSWER_STYLE)))
        if card.reverse:
            lines.append(Text("also asked back to front", style=LABEL))
    elif card.type == "cloze":
        lines.append(_cloze(card.text, reveal=False))
        lines.append(Text.assemble(("Answer  ", LABEL), _cloze(card.text, reveal=True)))
    elif card.type == "choice":
        lines.append(Text(visible(card.question), style="bold"))
        for i, choice in enumerate(card.choices):
            right = choice == card.answer
            mark = "✓" if right else " "
            lines.append(
                Text.assemble(
                    f"{mark} {LETTERS[i] if i < len(LETTERS) else '?'}) ",
                    (visible(choice), ANSWER_STYLE if right else ""),
                )
            )
    elif card.type == "truefalse":
        lines.append(Text(visible(card.statement), style="bold"))
        line = Text.assemble(("Answer  ", LABEL), ("true" if card.answer else "false", ANSWER_STYLE))
        if card.correction:
            line.append("  ")
            line.append(visible(card.correction))
        lines.append(line)
    else:
        lines.append(Text(visible(card.question), style="bold"))
        lines.append(Text.assemble(("Answer  ", LABEL), (visible(card.answer), ANSWER_STYLE)))
        if card.accept:
            lines.append(Text.assemble(("Also    ", LABEL), Text(visible("; ".join(card.accept)))))
    if card.note:
        lines.append(Text.assemble(("Note    ", LABEL), Text(visible(card.note))))
    if card.tags:
        lines.append(Text.assemble(("Tags    ", LABEL), Text(visible(" ".join(card.tags)))))
    return Text("\n").join(lines)


def _cloze(text: str, reveal: bool) -> Text:
    """A cloze text as the learner sees it, every deletion a blank (`[...]`, or its hint), or with every
    deletion filled in and emphasised, its number after it."""
    result = Text(style="bold" if not reveal else "")
    last = 0
    for d in cloze.deletions(text):
        result.append(visible(text[last : d.start]))
        if reveal:
            result.append(visible(d.text), style=ANSWER_STYLE)
            result.append(f"[c{d.number}]", style="dim")
        else:
            result.append(visible(f"[{d.hint}]" if d.hint else "[...]"), style=BLANK_STYLE)
        last = d.end
    result.append(visible(text[last:]))
    return result


def source_text(paragraph: str, start: int, end: int) -> Text:
    """A paragraph of the article with the card's sentence in it highlighted."""
    before, sentence = visible(paragraph[:start]), visible(paragraph[start:end])
    result = Text(before + sentence + visible(paragraph[end:]), style="dim")
    result.stylize("not dim reverse", len(before), len(before) + len(sentence))
    return result
