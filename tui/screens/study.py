"""The study screen: one card at a time, keys for revealing, answering and grading.

Grading works as in Anki: on a card you grade yourself, a grade key (1-4) saves the grade and
moves on. A card graded automatically (choice, true/false, typed) has its grade saved at once
and shown with the verdict ("≈ Almost → Hard"); enter or space moves on with it. A grade key
that differs from the grade shown replaces it and shows the new one; pressing the grade that is
shown (or enter) moves on. The grade keys show the interval each grade gives.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Literal

from rich.table import Table
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Input, Static

from quizgen.errors import StoreError
from quizgen.model import cloze
from quizgen.model.plain import StudyCard
from quizgen.study import Feedback, Item, Rating, Session
from quizgen.study.session import answer_seconds
from quizgen.visible import excerpt, visible
from tui import store_errors
from tui.player import NO_PLAYER
from tui.screens.base import AppScreen
from tui.widgets.card_views import LETTERS, CardView, ChoiceView, TrueFalseView, TypedView, view_for
from tui.widgets.grade_bar import GradeBar
from tui.widgets.key_bar import KeyBar
from tui.widgets.media_panel import MediaPanel
from tui.widgets.panels import FeedbackPanel, SourcePanel

Phase = Literal["ask", "revealed", "checked"]
"""ask: waiting for an answer; revealed: waiting for a grade; checked: feedback shown."""

TYPING_NOTICE = "This card takes no typed answer: letters here are keys (? lists them)."
LETTERS_BEFORE_NOTICE = 3
"""Letters typed in a row on a card without an answer box before the app says so."""


class StudyScreen(AppScreen):
    """Shows a session's items one by one until it is done or the learner ends it."""

    COMPONENT_CLASSES = {"study--muted"}

    BINDINGS = [
        Binding("space,enter", "reveal", "Show answer"),
        Binding("space,enter", "next", "Next"),
        # The grade bar above the footer shows the grade keys, with their intervals.
        *[Binding(str(r.value), f"grade({r.value})", r.name, show=False) for r in Rating],
        # True before false, here and on the card; bound before the choice letters, which include f.
        Binding("t", "judge(True)", "True"),
        Binding("f", "judge(False)", "False"),
        # One "Choose" binding per number of choices, so the footer shows the letters that exist (a–c).
        *[Binding("a", f"pick(0,{n})", "Choose", key_display=f"a–{LETTERS[n - 1]}") for n in range(2, 9)],
        *[Binding(letter, f"pick({i})", show=False) for i, letter in enumerate(LETTERS) if i],
        Binding("o", "open_image", "Image"),
        Binding("p", "play", "Play"),
        Binding("p", "no_player", "Play: no player"),
        Binding("u", "undo", "Undo"),
        Binding("ctrl+r", "redo", "Redo"),
        Binding("q", "end('q')", "End"),
        Binding("escape", "end('typing')", "End", key_display="esc"),
        Binding("escape", "end('escape')", show=False),
        Binding("s", "app.stats", "Stats", show=False),
        Binding("question_mark", "app.help", "Help", key_display="?"),
        # Priority: the card body scrolls even while the choices or the answer box have focus.
        Binding("pagedown", "scroll('down')", "Scroll", key_display="pgdn", priority=True),
        Binding("pageup", "scroll('up')", show=False, priority=True),
    ]

    def __init__(self, session: Session, title: str, banner: str | None = None) -> None:
        super().__init__()
        self.session = session
        self.deck_title = title
        self.banner = banner
        """A one-line notice above the card (decks left out because they have errors)."""
        self.item: Item | None = None
        self.view: CardView[StudyCard] | None = None
        self.phase: Phase = "ask"
        self.feedback: Feedback | None = None
        """The automatic grade of the answer, once checked."""
        self.grade: Rating | None = None
        """The grade saved for a checked answer: the automatic one, or the learner's."""
        self.given: str | bool | None = None
        self.intervals: dict[Rating, timedelta] = {}
        self.answered = 0
        self.shown_at: datetime | None = None
        self.deck_ids = list(session.decks)
        self._letters = 0  # letters typed in a row outside an answer box
        self._complete = False
        self._panels: list[Widget] = []  # the answer panels and the grade keys, once mounted

    def compose(self) -> ComposeResult:
        # The first card is composed with the screen, so that it is in its first frame; the panels shown
        # after an answer, the grade keys and the footer are mounted just after (see `complete`).
        yield Static(id="status")
        if self.banner:
            yield Static(Text(visible(self.banner, line=True)), id="banner")
        first = self.next_item()
        with VerticalScroll(id="body"):
            if first is not None:
                yield self._ask(first)
            yield MediaPanel()

    async def on_mount(self) -> None:
        if self.item is None:
            self.finish()  # nothing to show (or the store could not be read)
            return
        self._asked()
        self.call_after_refresh(self.complete)
        self.call_after_refresh(self._show_media, False)  # the card's text first; its image a frame later

    async def complete(self) -> None:
        """Mount what the first question does not need: the answer panels, the grade keys and the footer."""
        if self._complete:
            return
        self._complete = True
        panels: list[Widget] = [FeedbackPanel(classes="feedback"), SourcePanel(classes="source"), GradeBar(id="grades")]
        for panel in panels:
            panel.display = False
        self._panels = panels
        await self.query_one("#body", VerticalScroll).mount_all(panels[:2])
        await self.mount_all([panels[2], KeyBar()])
        self._bindings_after_layout()

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
        view = self.view
        body = self.query_one("#body", VerticalScroll)
        if view is not None and view.load(item):  # a view of the same kind shows it in place
            self._ask(item, view)
        else:
            if view is not None:
                await view.remove()
            await body.mount(self._ask(item), before=0 if body.children else None)
        for panel in self._panels:
            panel.display = False
        body.scroll_home(animate=False)
        await self._show_media(answered=False)
        self._asked()

    def _ask(self, item: Item, view: CardView[StudyCard] | None = None) -> CardView[StudyCard]:
        """Make `item` the question: its state reset, in `view` (already showing it) or a new view, returned."""
        self.item, self.phase, self.feedback, self.given, self.grade = item, "ask", None, None, None
        self.intervals, self._letters = {}, 0
        self.view = view if view is not None else view_for(item)
        return self.view

    def _asked(self) -> None:
        """What follows a question on the screen: focus, the status line, the time it was shown, the keys."""
        self._focus_for_phase()
        self._show_progress()
        self.shown_at = self.study_app.clock()
        self._bindings_after_layout()

    def _show_progress(self) -> None:
        """The status line: the deck's title (and the card's deck, studying several), then what is left."""
        new, learning, due = self.session.remaining_counts()
        if self.study_app.library.cram:
            parts = ["cram", f"{due} left"]
        else:
            parts = [f"{new} new", f"{learning} learning", f"{due} due"]
        if self.item is not None and self.item.edited:
            parts.insert(0, "edited since last review")
        title = self.deck_title
        if len(self.deck_ids) > 1 and self.item is not None:
            title += f" · {self.session.decks[self.item.deck_id].title}"
        line = Table.grid(expand=True)
        line.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
        line.add_column(justify="right", no_wrap=True)
        line.add_row(Text(visible(title, line=True), style="bold"), Text(" · ".join(parts), style=self.status_dim))
        self.query_one("#status", Static).update(line, layout=False)  # one line, always

    @property
    def status_dim(self) -> str:
        """The muted style of the progress counts, from the theme."""
        return str(self.get_component_rich_style("study--muted", partial=True))

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

    def _show_grades(self) -> None:
        """Show the grade keys with the interval each gives (the chosen grade marked, once there is one)."""
        self.query_one(GradeBar).show(self.intervals, self.grade)

    def _preview(self, item: Item) -> None:
        """Ask the scheduler for the interval of each grade of `item` (nothing is saved)."""
        try:
            self.intervals = self.session.preview(item)
        except StoreError:
            self.intervals = {}  # the grade keys still work; the answer reports the store's problem

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
            if phase != "ask" or not isinstance(view, ChoiceView):
                return False
            count = len(view.card.choices)
            if len(parameters) == 2:  # the footer's "Choose": the binding whose range is this card's
                return parameters[1] == count
            # A letter past the last choice does nothing.
            return isinstance(parameters[0], int) and parameters[0] < count
        if action == "judge":
            return phase == "ask" and isinstance(view, TrueFalseView)
        if action == "undo":
            return not typing and self.session.last_answer() is not None
        if action == "redo":
            return phase == "ask" and self.session.redoable() is not None
        if action == "end":
            # While typing, q is a letter of the answer: only escape ends, and the footer says so.
            key = parameters[0] if parameters else "q"
            if key == "typing":
                return typing
            return not typing if key == "q" else True
        if action in ("app.stats", "app.help", "stats", "help"):
            return not typing
        if action == "open_image":
            return not typing and self._media_panel().image is not None
        if action in ("play", "no_player"):
            if typing or self._media_panel().sound is None:
                return False
            return (self._media_panel().player() is not None) == (action == "play")
        if action == "scroll" and parameters == ("down",):
            # Shown only when the card does not fit; pgup stays quiet in the footer.
            return self.query_one("#body", VerticalScroll).max_scroll_y > 0
        return True

    def _bindings_after_layout(self) -> None:
        """Update the footer now, in the frame that shows the card, and again once the card is laid out
        (whether it scrolls is known only then; the key bar redraws only if that changes its keys)."""
        self.refresh_bindings()
        self.call_after_refresh(self.refresh_bindings)

    def on_resize(self) -> None:
        self._bindings_after_layout()

    def on_key(self, event: events.Key) -> None:
        """Count letters typed in a row outside an answer box, and say once that this card takes none."""
        if isinstance(self.focused, Input) and not self.focused.disabled:
            self._letters = 0  # typing an answer
            return
        if event.character is not None and len(event.key) == 1 and event.character.isalpha():
            self._letters += 1
            if self._letters == LETTERS_BEFORE_NOTICE:
                self.notify(TYPING_NOTICE, severity="warning", timeout=5, markup=False)
        else:
            self._letters = 0

    # Answering

    async def action_reveal(self) -> None:
        if self.view is None or self.item is None:
            return
        await self.complete()
        self.view.reveal()
        self.phase = "revealed"
        await self._show_media(answered=True)
        self.query_one(SourcePanel).show(self.item)
        self._preview(self.item)
        self._show_grades()
        self._bindings_after_layout()

    async def action_grade(self, number: int) -> None:
        rating, item = Rating(number), self.item
        if item is None:
            return
        if self.phase == "revealed":
            try:
                self.session.answer(item, rating, duration=self._duration())
            except StoreError as error:
                store_errors.report(self.app, error, store_errors.ANSWER_LOST)
                return
            self.answered += 1
            await self.show_item(self.next_item())
        elif self.phase == "checked":
            if rating == self.grade:
                await self.show_item(self.next_item())  # the grade shown, pressed again: move on
            else:
                await self.change_grade(item, rating)

    async def change_grade(self, item: Item, rating: Rating) -> None:
        """Replace the grade saved for a checked answer with `rating`, and show it (enter moves on)."""
        given = self.given if isinstance(self.given, str) else str(self.given).lower()
        undone = False
        try:
            undone = self.session.undo() is not None
            self.session.answer(item, rating, given=given, auto=False, duration=self._duration())
        except StoreError as error:
            store_errors.report(self.app, error, store_errors.ANSWER_LOST)
            if undone:  # the earlier grade is gone too: ask the card again
                self.answered -= 1
                await self.show_item(item)
            return
        self.grade = rating
        self._show_feedback()
        self._show_grades()

    async def action_next(self) -> None:
        if self.phase == "checked":
            await self.show_item(self.next_item())

    async def action_pick(self, index: int, count: int | None = None) -> None:
        if isinstance(self.view, ChoiceView) and self.phase == "ask":
            choice = self.view.choice(index)
            if choice is not None:
                await self.grade_automatically(choice)

    async def on_choice_view_picked(self, message: ChoiceView.Picked) -> None:
        await self.action_pick(message.index)

    async def action_judge(self, value: bool) -> None:
        if isinstance(self.view, TrueFalseView) and self.phase == "ask":
            await self.grade_automatically(value)

    async def on_input_submitted(self, message: Input.Submitted) -> None:
        if isinstance(self.view, TypedView) and self.phase == "ask":
            # An empty answer gives up, as in Anki: the answer is shown and graded Again.
            await self.grade_automatically(message.value)

    async def grade_automatically(self, given: str | bool) -> None:
        """Check the answer, save its grade at once, and show the verdict, the grade and the grade keys."""
        item = self.item
        assert self.view is not None and item is not None
        await self.complete()
        feedback = self.session.check(item, given)
        text = given if isinstance(given, str) else str(given).lower()
        try:
            self.intervals = self.session.preview(item)  # before the answer: the grade keys replace it
            self.session.answer(item, feedback.rating, given=text, auto=True, duration=self._duration())
        except StoreError as error:
            store_errors.report(self.app, error, store_errors.ANSWER_LOST)
            return
        self.answered += 1
        self.phase, self.feedback, self.given, self.grade = "checked", feedback, given, feedback.rating
        await self._show_media(answered=True)
        self.view.show_result(given, feedback.verdict)
        self._show_feedback()
        self.query_one(SourcePanel).show(item)
        self._show_grades()
        self._focus_for_phase()
        self._bindings_after_layout()
        # Below a long card the verdict would be out of sight.
        self.call_after_refresh(self.query_one(FeedbackPanel).scroll_visible, animate=False)

    def _show_feedback(self) -> None:
        feedback, view, grade = self.feedback, self.view, self.grade
        if feedback is None or view is None or grade is None:
            return
        panel = self.query_one(FeedbackPanel)
        if isinstance(view, TypedView) and isinstance(self.given, str):
            given = self.given
            comparison = None
            if feedback.verdict != "right":
                from quizgen.study.compare import closest, compare  # needed only once a typed answer is wrong

                card = view.card
                target = closest(given, [card.answer, *card.accept]) if given.strip() else card.answer
                comparison = compare(given, target)
            panel.show(feedback, grade, comparison=comparison, given=given)
        elif isinstance(view, ChoiceView):
            right = view.card.choices.index(view.card.answer)
            panel.show(feedback, grade, pointer=f"{LETTERS[right].upper()})")
        else:
            panel.show(feedback, grade)  # true/false: the card says under the statement whether it is true

    async def action_undo(self) -> None:
        last = self.session.last_answer()
        try:
            item = self.session.undo()
        except StoreError as error:
            store_errors.report(self.app, error, store_errors.UNDO_FAILED)
            return
        if item is None or last is None:
            self.notify("Nothing was undone: that answer was changed by another program since.", markup=False)
            return
        self.answered = max(0, self.answered - 1)
        self.notify(f"Undid {last[1].name} on “{_short(last[0])}”; ctrl+r redoes it.", title="Undo", markup=False)
        await self.show_item(item)

    async def action_redo(self) -> None:
        again = self.session.redoable()
        try:
            item = self.session.redo()
        except StoreError as error:
            store_errors.report(self.app, error, store_errors.REDO_FAILED)
            return
        if item is None or again is None:
            self.notify("Nothing was redone: that card was answered again since.", markup=False)
            return
        self.answered += 1
        self.notify(f"Redid {again[1].name} on “{_short(again[0])}”.", title="Redo", markup=False)
        await self.show_item(self.next_item())

    # Media

    def _media_panel(self) -> MediaPanel:
        return self.query_one(MediaPanel)

    async def _show_media(self, answered: bool) -> None:
        """Show the media of the card asked (and of its answer, once `answered`); stop a sound still playing."""
        item = self.item
        if item is None:
            return
        if not answered:
            self._media_panel().stop()
        card = item.card
        if answered and not (getattr(card, "answer_image", None) or getattr(card, "answer_audio", None)):
            return  # nothing more to show: the prompt's media stay
        await self._media_panel().show(card, self.study_app.library.folder(item.deck_id), answered)
        self._bindings_after_layout()

    def action_play(self) -> None:
        problem = self._media_panel().play()
        if problem:
            self.notify(problem, markup=False)

    def action_no_player(self) -> None:
        self.notify(self._media_panel().play() or NO_PLAYER, severity="warning", markup=False)

    def action_open_image(self) -> None:
        problem = self._media_panel().open_image()
        if problem:
            self.notify(problem, markup=False)

    def action_scroll(self, direction: str) -> None:
        body = self.query_one("#body", VerticalScroll)
        body.scroll_page_up() if direction == "up" else body.scroll_page_down()

    # Ending

    def action_end(self, key: str) -> None:
        self.finish()

    def finish(self) -> None:
        """Replace this screen with the session's summary."""
        self._media_panel().stop()
        from tui.screens.summary import SummaryScreen

        try:
            summary = self.session.summary()
        except StoreError as error:
            store_errors.report(self.app, error, store_errors.READ_FAILED)
            summary = self.session.tally()
        left = self.session.remaining()
        self.app.switch_screen(SummaryScreen(summary, self.deck_title, self.deck_ids, left))


def _short(item: Item, width: int = 40) -> str:
    """The item's question as the learner saw it, on one line, cut to `width` characters."""
    card = item.card
    text = cloze.render(card.text, item.ordinal) if card.type == "cloze" else card.prompt()
    return excerpt(" ".join(text.split()), width)
