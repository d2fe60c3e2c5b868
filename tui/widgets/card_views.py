"""One view per card type: the question, and its answer once revealed or checked.

Every piece of card text goes through `quizgen.visible` and `rich.text.Text`, so `[bold]` or
`<script>` in a deck is shown exactly as typed, never read as markup, and an escape sequence is
shown as `\x1b...`, never sent to the terminal.
"""

from __future__ import annotations

from typing import ClassVar, Generic, TypeVar, cast

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import ScrollableContainer, VerticalGroup
from textual.geometry import Region
from textual.message import Message
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from quizgen.model.plain import PlainBasic, PlainChoice, PlainCloze, PlainTrueFalse, PlainTyped, StudyCard
from quizgen.study import Item
from quizgen.visible import visible
from tui.widgets.highlight import ANSWER_STYLE, cloze_text

LETTERS = "abcdefgh"
"""The keys that pick a choice, in order."""

CardT = TypeVar("CardT", bound=StudyCard, covariant=True)
"""The kind of card a view shows."""


class CardView(VerticalGroup, Generic[CardT]):
    """The question of one study item; subclasses add how it is answered.

    A view shows the next card of its kind in place (`load`), so that going from card to card
    rebuilds no widget.
    """

    kind: ClassVar[str] = ""
    """The card type this view shows."""
    self_graded = False
    """Whether the learner reveals the answer and grades themselves (basic, cloze)."""

    def __init__(self, item: Item, card: CardT) -> None:
        """A view of `item`, whose card is `card` (`item.card`, as the kind this view shows)."""
        super().__init__(classes="card-view")
        self.item = item
        self.card = card

    def question(self) -> Text:
        """The question, as literal text."""
        return Text(visible(self.card.prompt()))

    def compose(self) -> ComposeResult:
        yield Static(self.question(), classes="prompt")
        yield from self.compose_answer()

    def compose_answer(self) -> ComposeResult:
        yield from ()

    def load(self, item: Item) -> bool:
        """Show `item` as a fresh question in place of the current one, when its card is of this view's kind."""
        if item.card.type != self.kind:
            return False
        self.item, self.card = item, cast(CardT, item.card)
        self.query_one(".prompt", Static).update(self.question())
        self.reset()
        return True

    def reset(self) -> None:
        """Put the answer part back as it is for a fresh question."""

    def reveal(self) -> None:
        """Show the answer (self-graded cards)."""

    def show_result(self, given: str | bool, verdict: str) -> None:
        """Mark the learner's answer after automatic grading."""


class BasicView(CardView[PlainBasic]):
    """Front, then back on reveal, mounted then (back, then front, for the reverse item of a reversed card)."""

    kind = "basic"
    self_graded = True

    def question(self) -> Text:
        return Text(visible(self.card.sides(self.item.ordinal)[0]))

    def reset(self) -> None:
        for answer in self.query(".answer"):
            answer.display = False  # kept for the next card's answer: mounting one a card costs more

    def reveal(self) -> None:
        found = self.query(".answer")
        if found:
            answer = found.only_one(Static)
            answer.update(Text(visible(self.card.sides(self.item.ordinal)[1])))
            answer.display = True
        else:
            self.mount(Static(Text(visible(self.card.sides(self.item.ordinal)[1])), classes="answer"))


class ClozeView(CardView[PlainCloze]):
    """A text with one deletion blanked; reveal fills it in."""

    kind = "cloze"
    self_graded = True

    def question(self) -> Text:
        return cloze_text(self.card.text, self.item.ordinal, reveal=False)

    def reveal(self) -> None:
        self.query_one(".prompt", Static).update(cloze_text(self.card.text, self.item.ordinal, reveal=True))


class ChoiceList(OptionList):
    """The choices: arrows move, enter picks."""

    BINDINGS = [Binding("enter", "select", "Pick")]

    def scroll_to_highlight(self, top: bool = False) -> None:
        """Scroll the card body so the highlighted choice is in view (the list itself never scrolls)."""
        super().scroll_to_highlight(top)
        body = next((a for a in self.ancestors if isinstance(a, ScrollableContainer)), None)
        line = self._index_to_line.get(self.highlighted) if self.highlighted is not None else None
        if body is None or line is None or not self.is_mounted:
            return
        y = self.content_region.y + line - round(self.scroll_y) - body.content_region.y + round(body.scroll_y)
        if self.highlighted == 0:
            body.scroll_home(animate=False, immediate=True)  # the question too
            return
        height = self._heights.get(self.highlighted or 0, 1)
        body.scroll_to_region(Region(0, y, 1, height), animate=False, immediate=True)


class ChoiceView(CardView[PlainChoice]):
    """A question and its choices labelled A) B) C) …"""

    kind = "choice"

    class Picked(Message):
        """The learner picked the choice at `index` with arrows and enter."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def compose_answer(self) -> ComposeResult:
        yield ChoiceList(*self._options(), classes="choices")

    def _options(self) -> list[Option]:
        return [Option(self._label(i)) for i in range(len(self.card.choices))]

    def reset(self) -> None:
        choices = self.query_one(ChoiceList)
        choices.clear_options()
        choices.add_options(self._options())
        choices.disabled = False
        choices.highlighted = 0

    def _label(self, index: int, mark: str = " ", style: str = "") -> Table:
        # A grid keeps a long choice's wrapped lines under its text, clear of the letter.
        label = Table.grid()
        label.add_column(no_wrap=True)
        label.add_column(ratio=1)
        label.add_row(
            Text(f"{mark} {LETTERS[index].upper()}) ", style="bold"),
            Text(visible(self.card.choices[index]), style=style),
        )
        return label

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Picked(event.option_index))

    def choice(self, index: int) -> str | None:
        """The text of the choice at `index`, None when there is no such choice."""
        return self.card.choices[index] if 0 <= index < len(self.card.choices) else None

    def show_result(self, given: str | bool, verdict: str) -> None:
        choices = self.query_one(ChoiceList)
        for i, text in enumerate(self.card.choices):
            if text == self.card.answer:
                choices.replace_option_prompt_at_index(i, self._label(i, "✓", ANSWER_STYLE))
            elif text == given:
                choices.replace_option_prompt_at_index(i, self._label(i, "✗", "strike"))
        choices.disabled = True


class TrueFalseView(CardView[PlainTrueFalse]):
    """A statement; `t` or `f` judges it (in that order here and in the footer)."""

    kind = "truefalse"

    def compose_answer(self) -> ComposeResult:
        yield Static(self._keys(), classes="hint")

    @staticmethod
    def _keys() -> Text:
        return Text.assemble(("t", "bold"), " true    ", ("f", "bold"), " false")

    def reset(self) -> None:
        self.query_one(".hint", Static).update(self._keys())

    def show_result(self, given: str | bool, verdict: str) -> None:
        truth = "true" if self.card.answer else "false"
        line = Text.assemble("The statement is ", (truth, ANSWER_STYLE), ".")
        if not self.card.answer and self.card.correction:
            line.append(" ")
            line.append(visible(self.card.correction))
        self.query_one(".hint", Static).update(line)


class AnswerInput(Input):
    """The typed answer: enter submits."""

    BINDINGS = [Binding("enter", "submit", "Check")]


class TypedView(CardView[PlainTyped]):
    """A question and an input box that has focus; enter on an empty box gives up and shows the answer."""

    kind = "typed"

    def reset(self) -> None:
        box = self.query_one(AnswerInput)
        box.value = ""
        box.disabled = False
        box.display = True

    def compose_answer(self) -> ComposeResult:
        yield AnswerInput(placeholder="type the answer, then enter (enter alone shows it)", classes="typed")

    def show_result(self, given: str | bool, verdict: str) -> None:
        box = self.query_one(AnswerInput)
        box.disabled = True
        # A right answer stays in its box; otherwise the comparison below shows what was typed.
        box.display = verdict == "right"


def view_for(item: Item) -> CardView[StudyCard]:
    """The view that shows `item`'s card."""
    card = item.card
    if card.type == "basic":
        return BasicView(item, card)
    if card.type == "cloze":
        return ClozeView(item, card)
    if card.type == "choice":
        return ChoiceView(item, card)
    if card.type == "truefalse":
        return TrueFalseView(item, card)
    return TypedView(item, card)
