"""The panels shown after an answer: the verdict and its grade, and where the answer comes from.

Each piece of text is shown once: a panel leaves out what the card view already shows (the
right choice is marked in the list, a statement's truth is under it, a source sentence that
only repeats the card is left out).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import Static

from quizgen.model import cloze
from quizgen.study import Feedback, Item, Rating
from quizgen.study.grading import normalise
from quizgen.visible import visible
from tui.widgets.highlight import highlighted

if TYPE_CHECKING:  # the comparison is made, and imported, only once a typed answer is wrong
    from quizgen.study.compare import Comparison, Run

VERDICTS = {"right": "✓ Right", "almost": "≈ Almost", "wrong": "✗ Wrong"}
RUN_STYLES = {"same": "", "wrong": "bold reverse", "missing": "bold underline"}
"""How the type-in comparison marks a character typed wrongly, and one missed."""


class FeedbackPanel(Static):
    """The verdict of an automatically graded answer, the grade it gave, and what the learner needs to see."""

    def show(
        self,
        feedback: Feedback,
        grade: Rating,
        *,
        pointer: str | None = None,
        comparison: Comparison | None = None,
        given: str | None = None,
    ) -> None:
        """Show `feedback` and the `grade` saved for it (the learner's, when it is not the automatic one).

        `pointer` names where the right answer is on the card (a choice's letter); `comparison`
        sets what was typed against the answer; `given` is what was typed (empty: the learner gave up).
        """
        label = "✗ No answer" if given is not None and not given.strip() else VERDICTS[feedback.verdict]
        line = Text.assemble((f"{label} → {grade.name}", "bold"))
        if grade != feedback.rating:
            line.append(f", your grade (was {feedback.rating.name})")
        if pointer is not None and feedback.verdict != "right":
            line.append("  the answer is ")
            line.append(visible(pointer, line=True), style="bold")
        if comparison is not None:
            if comparison.typed:
                line.append("\n")
                line.append_text(_runs("typed   ", comparison.typed))
            line.append("\n")
            line.append_text(_runs("answer  ", comparison.answer))
        self.set_classes(f"feedback -{feedback.verdict}")
        self.update(line)
        self.display = True

    def clear(self) -> None:
        """Hide the panel until the next answer."""
        self.display = False


def _runs(label: str, runs: Iterable[Run]) -> Text:
    text = Text(label, style="dim")
    for run in runs:
        text.append(visible(run.text), style=RUN_STYLES[run.kind])
    return text


def answers_of(item: Item) -> list[str]:
    """The texts to highlight in the card's source sentence."""
    card = item.card
    if card.type == "cloze":
        return cloze.answers(card.text, item.ordinal)
    if card.type == "typed":
        return [card.answer, *card.accept]
    if card.type == "truefalse":
        return [card.correction] if card.correction else []
    if card.type == "basic":
        return [card.sides(item.ordinal)[1]]
    return [card.answer_text()]


def on_screen(item: Item) -> list[str]:
    """The texts of `item` the card view shows once it is answered."""
    card = item.card
    if card.type == "cloze":
        return [cloze.plain(card.text)]
    if card.type == "basic":
        return [card.front, card.back]
    if card.type == "choice":
        return [card.question, *card.choices]
    if card.type == "truefalse":
        return [card.statement, card.correction or ""]
    return [card.question, card.answer]


def repeats(sentence: str, shown: Iterable[str]) -> bool:
    """Whether `sentence` only repeats text already shown: every word of it is on the screen (case and
    punctuation aside), as when it is the question with its blank filled by the answer."""
    words = set(normalise(sentence).split())
    on_screen = {word for text in shown for word in normalise(text).split()}
    return bool(words) and words <= on_screen


class SourcePanel(Static):
    """The card's source sentence with the answer highlighted, then its note."""

    def show(self, item: Item) -> None:
        """Show the source and note of `item`'s card, leaving out a source that only repeats the card;
        stays hidden when nothing is left."""
        card = item.card
        parts: list[Text] = []
        if card.source is not None and card.source.sentence:
            sentence = cloze.plain(card.source.sentence)
            if not repeats(sentence, on_screen(item)):
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
