"""The study screen: one card at a time, keys for revealing, answering and grading."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Footer, Input, Static

from quizgen.errors import StoreError
from quizgen.model.cards import AnyCard
from quizgen.study import Feedback, Item, Rating, Session
from quizgen.study.session import answer_seconds
from quizgen.visible import visible
from tui import store_errors
from tui.screens.base import AppScreen
from tui.widgets.card_views import LETTERS, CardView, ChoiceView, TrueFalseView, TypedView, view_for
from tui.widgets.panels import FeedbackPanel, SourcePanel

Phase = Literal["ask", "revealed", "checked"]
"""ask: waiting for an answer; revealed: waiting for a grade; checked: feedback shown."""


class StudyScreen(AppScreen):
    """Shows a session's items one by one until it is done or the learner ends it."""

    BINDINGS = [
        Binding("space,enter", "reveal", "Show answer"),
        Binding("space,enter", "next", "Next"),
        *[Binding(str(r.value), f"grade({r.value})", r.name) for r in Rating],
        Binding("a", "pick(0)", "Choose", key_display="a-h"),
        *[Binding(letter, f"pick({i})", show=False) for i, letter in enumerate(LETTERS) if i],
        Binding("t", "judge(True)", "True"),
        Binding("f", "judge(False)", "False"),
        Binding("u", "undo", "Undo"),
        Binding("q", "end('q')", "End"),
        Binding("escape", "end('typing')", "End", key_display="esc"),
        Binding("escape", "end('escape')", show=False),
        Binding("s", "app.stats", "Stats", show=False),
        Binding("question_mark", "app.help", "Help", key_display="?"),
        # Priority: the card body scrolls even while the choices or the answer box have focus.
        Binding("pagedown", "scroll('down')", "Scroll", key_display="pgdn", priority=True),
        Binding("pageup", "scroll('up')", show=False, priority=True),
    ]

    def __init__(self, session: Session, title: str) -> None:
        super().__init__()
        self.session = session
        self.deck_title = title
        self.item: Item | None = None
        self.view: CardView[AnyCard] | None = None
        self.phase: Phase = "ask"
        self.feedback: Feedback | None = None
        """The automatic grade of the answer, once checked."""
        self.given: str | bool | None = None
        self.answered = 0
        self.shown_at: datetime | None = None
        self.deck_ids = list(session.decks)

    def compose(self) -> ComposeResult:
        with Horizontal(id="status"):
            yield Static(Text(visible(self.deck_title, line=True)), id="deck-title")
            yield Static(id="progress")
        with VerticalScroll(id="body"):
            yield FeedbackPanel(classes="feedback")
            yield SourcePanel(classes="source")
        yield Footer(show_command_palette=False, compact=True)

    async def on_mount(self) -> None:
        self.query_one(FeedbackPanel).clear()
        self.query_one(SourcePanel).clear()
        await self.show_item(self.next_item())

    def next_item(self) -> Item | None:
        """The session's next item; None (which ends the session) when the store cannot be read."""
        try:
            return self.session.next()
        except StoreError as error:
            store_errors.report(self.app, error, store_errors.READ_FAILED)
            return None

    # Showing items

    async def show_item(self, item: Item | None) -> None:
        """Show `item` as a fresh question, or the summary when there is none."""
        if item is None:
            self.finish()
            return
        self.item, self.phase, self.feedback, self.given = item, "ask", None, None
        if self.view is not None:
            await self.view.remove()
        self.view = view_for(item)
        body = self.query_one("#body", VerticalScroll)
        await body.mount(self.view, before=0)
        self.query_one(FeedbackPanel).clear()
        self.query_one(SourcePanel).clear()
        body.scroll_home(animate=False)
        self._focus_for_phase()
        self._show_progress()
        self.shown_at = self.study_app.clock()
        self._bindings_after_layout()

    def _show_progress(self) -> None:
        new, learning, due = self.session.remaining_counts()
        if self.study_app.library.cram:
            parts = ["cram", f"{due} left"]
        else:
            parts = [f"{new} new", f"{learning} learning", f"{due} due"]
        if self.item is not None and self.item.edited:
            parts.insert(0, "edited since last review")
        self.query_one("#progress", Static).update(Text(" · ".join(parts)))
        if len(self.deck_ids) > 1 and self.item is not None:
            # Studying several decks: say which one this card comes from.
            deck = self.session.decks[self.item.deck_id]
            self.query_one("#deck-title", Static).update(Text(visible(f"{self.deck_title} · {deck.title}", line=True)))

    def _focus_for_phase(self) -> None:
        view = self.view
        if isinstance(view, TypedView) and self.phase == "ask":
            view.query_one(Input).focus()
        elif isinstance(view, ChoiceView) and self.phase == "ask":
            view.query_one("ChoiceList").focus()
        else:
            self.query_one("#body").focus()

    def _duration(self) -> float:
        """Seconds since the item was shown, capped so a pause does not count as study."""
        if self.shown_at is None:
            return 0.0
        return answer_seconds(self.shown_at, self.study_app.clock())

    # Which keys work now

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        view, phase = self.view, self.phase
        typing = isinstance(view, TypedView) and phase == "ask"
        if action == "reveal":
            return phase == "ask" and view is not None and view.self_graded
        if action == "next":
            return phase == "checked"
        if action == "grade":
            return phase in ("revealed", "checked")
        if action == "pick":
            return phase == "ask" and isinstance(view, ChoiceView)
        if action == "judge":
            return phase == "ask" and isinstance(view, TrueFalseView)
        if action == "undo":
            return not typing and (self.answered > 0 or phase == "checked")
        if action == "end":
            # While typing, q is a letter of the answer: only escape ends, and the footer says so.
            key = parameters[0] if parameters else "q"
            if key == "typing":
                return typing
            return not typing if key == "q" else True
        if action in ("app.stats", "app.help", "stats", "help"):
            return not typing
        if action == "scroll" and parameters == ("down",):
            # Shown only when the card does not fit; pgup stays quiet in the footer.
            return self.query_one("#body", VerticalScroll).max_scroll_y > 0
        return True

    def _bindings_after_layout(self) -> None:
        """Update the footer once the card is laid out (whether it scrolls is known only then)."""
        self.call_after_refresh(self.refresh_bindings)

    def on_resize(self) -> None:
        self._bindings_after_layout()

    # Answering

    async def action_reveal(self) -> None:
        if self.view is None or self.item is None:
            return
        self.view.reveal()
        self.phase = "revealed"
        self.query_one(SourcePanel).show(self.item)
        self._bindings_after_layout()

    async def action_grade(self, number: int) -> None:
        rating, item, feedback, undone = Rating(number), self.item, self.feedback, False
        if item is None:
            return
        try:
            if self.phase == "revealed":
                self.session.answer(item, rating, duration=self._duration())
                self.answered += 1
            elif self.phase == "checked" and feedback is not None:
                if rating != feedback.rating:
                    # The automatic grade is already saved; replace it with the learner's.
                    undone = self.session.undo() is not None
                    given = self.given if isinstance(self.given, str) else str(self.given).lower()
                    self.session.answer(item, rating, given=given, auto=False, duration=self._duration())
            else:
                return
        except StoreError as error:
            store_errors.report(self.app, error, store_errors.ANSWER_LOST)
            if undone:  # the automatic grade is gone too: ask the card again
                self.answered -= 1
                await self.show_item(item)
            return
        await self.show_item(self.next_item())

    async def action_next(self) -> None:
        if self.phase == "checked":
            await self.show_item(self.next_item())

    def action_pick(self, index: int) -> None:
        if isinstance(self.view, ChoiceView) and self.phase == "ask":
            choice = self.view.choice(index)
            if choice is None:
                self.notify(f"this card has {len(self.view.card.choices)} choices", severity="warning")
                return
            self.grade_automatically(choice)

    def on_choice_view_picked(self, message: ChoiceView.Picked) -> None:
        self.action_pick(message.index)

    def action_judge(self, value: bool) -> None:
        if isinstance(self.view, TrueFalseView) and self.phase == "ask":
            self.grade_automatically(value)

    def on_input_submitted(self, message: Input.Submitted) -> None:
        if isinstance(self.view, TypedView) and self.phase == "ask":
            if not message.value.strip():
                self.notify("type an answer first", severity="warning")
                return
            self.grade_automatically(message.value)

    def grade_automatically(self, given: str | bool) -> None:
        """Check the answer, save its grade at once, and show the feedback."""
        item = self.item
        assert self.view is not None and item is not None
        feedback = self.session.check(item, given)
        text = given if isinstance(given, str) else str(given).lower()
        try:
            self.session.answer(item, feedback.rating, given=text, auto=True, duration=self._duration())
        except StoreError as error:
            store_errors.report(self.app, error, store_errors.ANSWER_LOST)
            return
        self.answered += 1
        self.phase, self.feedback, self.given = "checked", feedback, given
        self.view.show_result(given, feedback.verdict)
        typed = given if isinstance(self.view, TypedView) else None
        self.query_one(FeedbackPanel).show(feedback.verdict, feedback.expected, typed)
        self.query_one(SourcePanel).show(item)
        self._focus_for_phase()
        self._bindings_after_layout()
        # Below a long card the verdict would be out of sight.
        self.call_after_refresh(self.query_one(FeedbackPanel).scroll_visible, animate=False)

    async def action_undo(self) -> None:
        try:
            item = self.session.undo()
        except StoreError as error:
            store_errors.report(self.app, error, store_errors.UNDO_FAILED)
            return
        if item is None:
            self.notify("nothing to undo")
            return
        self.answered = max(0, self.answered - 1)
        await self.show_item(item)

    def action_scroll(self, direction: str) -> None:
        body = self.query_one("#body", VerticalScroll)
        body.scroll_page_up() if direction == "up" else body.scroll_page_down()

    # Ending

    def action_end(self, key: str) -> None:
        self.finish()

    def finish(self) -> None:
        """Replace this screen with the session's summary."""
        from tui.screens.summary import SummaryScreen

        try:
            summary = self.session.summary()
        except StoreError as error:
            store_errors.report(self.app, error, store_errors.READ_FAILED)
            summary = self.session.tally()
        left = self.session.remaining()
        self.app.switch_screen(SummaryScreen(summary, self.deck_title, self.deck_ids, left))
