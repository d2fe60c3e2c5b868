"""The panels shown after an answer: the verdict, and where the answer comes from."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from quizgen.model import cloze
from quizgen.study import Item
from quizgen.visible import visible
from tui.widgets.highlight import highlighted

VERDICTS = {"right": "✓ Right", "almost": "≈ Almost", "wrong": "✗ Wrong"}


class FeedbackPanel(Static):
    """Right, almost, or wrong with the right answer."""

    def show(self, verdict: str, expected: str, given: str | bool | None = None) -> None:
        """Show the verdict of an automatically graded answer."""
        line = Text(VERDICTS.get(verdict, verdict), style="bold")
        if verdict != "right":
            line.append("  the answer is ")
            line.append(visible(expected), style="bold")
        if isinstance(given, str) and verdict != "right":
            line.append("\nyou typed ")
            line.append(visible(given))
        self.set_classes(f"feedback -{verdict}")
        self.update(line)
        self.display = True

    def clear(self) -> None:
        """Hide the panel until the next answer."""
        self.display = False


def answers_of(item: Item) -> list[str]:
    """The texts to highlight in the card's source sentence."""
    card = item.card
    if card.type == "cloze":
        return cloze.answers(card.text, item.ordinal)
    if card.type == "typed":
        return [card.answer, *card.accept]
    if card.type == "truefalse":
        return [card.correction] if card.correction else []
    return [card.answer_text()]


class SourcePanel(Static):
    """The card's source sentence with the answer highlighted, then its note."""

    def show(self, item: Item) -> None:
        """Show the source and note of `item`'s card; stays hidden when it has neither."""
        card = item.card
        parts: list[Text] = []
        if card.source is not None and card.source.sentence:
            sentence = cloze.plain(card.source.sentence)
            parts.append(Text.assemble(("Source  ", "dim"), highlighted(sentence, answers_of(item))))
        if card.note:
            parts.append(Text.assemble(("Note  ", "dim"), Text(visible(card.note))))
        if not parts:
            self.clear()
            return
        self.update(Text("\n").join(parts))
        self.display = True

    def clear(self) -> None:
        """Hide the panel until the next answer."""
        self.display = False
