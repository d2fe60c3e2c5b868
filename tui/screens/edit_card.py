"""The edit form: one input per field of a card, checked by the deck's validator as you type."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from quizgen.deckio.review import Review
from quizgen.visible import visible

FIELDS: dict[str, list[tuple[str, str]]] = {
    "basic": [("front", "text"), ("back", "text")],
    "cloze": [("text", "text")],
    "choice": [("question", "text"), ("choices", "list"), ("answer", "text")],
    "truefalse": [("statement", "text"), ("answer", "bool"), ("correction", "optional")],
    "typed": [("question", "text"), ("answer", "text"), ("accept", "list")],
}
"""The fields the form edits for each card type, and what kind of value each holds."""
COMMON = [("note", "optional"), ("tags", "words")]


class EditCardScreen(ModalScreen[dict[str, Any] | None]):
    """Edits the card at `position` of `review`; dismissed with the card's new data, or None when cancelled."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", key_display="^s"),
        Binding("escape", "cancel", "Cancel", key_display="esc"),
    ]

    def __init__(self, review: Review, position: int) -> None:
        super().__init__()
        self.review = review
        self.position = position
        self.original = review.card_data(position)
        self.kind = str(self.original["type"])
        self.problems: list[str] = []

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="edit-form"):
            yield Static(
                Text(f"Edit {self.kind} card {self.review.cards[self.position].uid}", style="bold"),
                classes="edit-label",
            )
            for key, kind in [*FIELDS[self.kind], *COMMON]:
                value = self.original.get(key)
                if kind == "list":
                    items = [str(v) for v in value or []]
                    for i, item in enumerate([*items, ""]):
                        yield Static(f"{key} {i + 1}" + (" (new)" if i == len(items) else ""), classes="edit-label")
                        yield Input(item, id=f"f-{key}-{i}", classes=f"list-{key}", placeholder="(none)")
                    continue
                if kind == "words":
                    text = " ".join(str(v) for v in value or [])
                elif kind == "bool":
                    text = "" if value is None else str(value).lower()
                else:
                    text = "" if value is None else str(value)
                yield Static(key + (" (optional)" if kind in ("optional", "words") else ""), classes="edit-label")
                empty = "(none)" if kind in ("optional", "words") else "(required)"
                yield Input(text, id=f"f-{key}", placeholder=empty)
            yield Static(id="edit-problem")
            yield Static(Text("enter or ctrl+s saves · esc cancels", style="dim"))

    def on_mount(self) -> None:
        self.query(Input).first().focus()
        self._check()

    def data(self) -> dict[str, Any]:
        """The card as the form says it now."""
        data = dict(self.original)
        for key, kind in [*FIELDS[self.kind], *COMMON]:
            if kind == "list":
                items = [box.value for box in self.query(f".list-{key}").results(Input) if box.value.strip()]
                if items:
                    data[key] = items
                else:
                    data.pop(key, None) if key == "accept" else data.__setitem__(key, [])
                continue
            value = self.query_one(f"#f-{key}", Input).value
            if kind == "words":
                words = value.split()
                data.pop(key, None) if not words else data.__setitem__(key, words)
            elif kind == "optional" and not value.strip():
                data.pop(key, None)
            else:
                data[key] = value
        return data

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._check()

    def _check(self) -> None:
        """Validate the form's card and say what is wrong, or that it is valid."""
        _, self.problems = self.review.check(self.position, self.data())
        shown = self.query_one("#edit-problem", Static)
        if self.problems:
            shown.update(Text("✗ " + visible(self.problems[0], line=True)))
            shown.set_classes("-invalid")
        else:
            shown.update(Text("✓ valid"))
            shown.set_classes("-valid")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        self._check()
        if self.problems:
            self.notify(f"Not saved: {visible(self.problems[0], line=True)}", severity="error")
            return
        data = self.data()
        self.dismiss(None if data == self.original else data)

    def action_cancel(self) -> None:
        self.dismiss(None)
