"""The summary shown when a session ends (answered, correct, time, next card), and the same screen
when there is nothing to study: when the next card comes."""

from __future__ import annotations

from datetime import datetime

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, VerticalGroup
from textual.widgets import Static

from quizgen.study import Summary
from quizgen.visible import visible
from tui.screens.base import AppScreen
from tui.timefmt import clock, next_card
from tui.widgets.key_bar import KeyBar


def summary_table(summary: Summary, now: datetime, cram: bool = False, left: int = 0) -> Table:
    """The summary's numbers as a two-column table: what is `left` of an ended session, and whether
    a cram session left the schedule alone."""
    table = Table.grid(padding=(0, 3))
    table.add_column(style="dim")
    table.add_column(style="bold")
    correct = f"{round(100 * summary.correct / summary.answered)} %" if summary.answered else "–"
    table.add_row("Answered", str(summary.answered))
    table.add_row("Correct", correct)
    table.add_row("Time", clock(summary.seconds))
    if left:
        table.add_row("Left", f"{left} for today")
    table.add_row("Next card", next_card(summary.next_due, now))
    if cram:
        table.add_row("Schedule", "unchanged (cram is practice)")
    return table


class SummaryScreen(AppScreen):
    """What the session achieved (or that there is nothing to study yet); enter goes back to the decks, q quits."""

    BINDINGS = [
        Binding("enter,escape", "app.decks", "Decks"),
        Binding("q", "app.quit", "Quit"),
        Binding("s", "app.stats", "Stats"),
        Binding("question_mark", "app.help", "Help", key_display="?"),
    ]

    def __init__(self, summary: Summary, title: str, deck_ids: list[str], left: int = 0, empty: bool = False) -> None:
        super().__init__()
        self.left = left
        """Items the session could still have shown when it ended."""
        self.deck_ids = deck_ids
        self.summary = summary
        self.deck_title = title
        self.empty = empty
        """Whether no session started: nothing was due."""

    @classmethod
    def nothing_to_study(cls, title: str, deck_ids: list[str], next_due: datetime | None) -> SummaryScreen:
        """The screen that says a deck has nothing to study now, and when its next card comes."""
        return cls(Summary(0, 0, 0.0, next_due), title, deck_ids, empty=True)

    def compose(self) -> ComposeResult:
        cram = self.study_app.library.cram
        now = self.study_app.clock()
        with Center():
            with VerticalGroup(id="summary"):
                if self.summary.answered:
                    heading = "Cram session done" if cram else "Session done"
                else:
                    heading = "Session ended" if self.left else "Nothing to study now"
                yield Static(Text(heading, style="bold"), classes="heading")
                yield Static(Text(visible(self.deck_title, line=True)), classes="subheading")
                if self.empty:
                    when = next_card(self.summary.next_due, now)
                    yield Static(Text.assemble("Next card ", (when, "bold")), id="next-card")
                else:
                    yield Static(summary_table(self.summary, now, cram, self.left), id="summary-table")
        yield KeyBar()
