"""Statistics of one deck or all: a year of reviews as a heatmap, reviews per day, the 30-day due
forecast, retention and the hardest cards."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static
from textual_plotext import PlotextPlot

from quizgen.errors import StoreError
from quizgen.study import stats
from quizgen.study.forecast import due_forecast
from quizgen.study.heatmap import Year, year_of_reviews
from quizgen.visible import visible
from tui import store_errors
from tui.screens.base import AppScreen
from tui.widgets.heatmap import Heatmap
from tui.widgets.key_bar import KeyBar


class BarPlot(PlotextPlot):
    """A bar chart of one count per day."""

    def __init__(self, title: str, labels: Sequence[str], values: Sequence[int]) -> None:
        super().__init__()
        self.chart_title = title
        self.labels = list(labels)
        self.values = list(values)

    def on_mount(self) -> None:
        plt = self.plt
        plt.title(self.chart_title)
        plt.bar(self.labels, self.values, width=0.6)
        # Label every fifth day so the axis stays readable at 80 columns.
        ticks = sorted({*range(0, len(self.labels), 5), len(self.labels) - 1})
        plt.xticks(ticks, [self.labels[i] for i in ticks])
        peak = max(self.values, default=0)
        plt.yticks(sorted({0, peak // 2, peak}))


class StatsScreen(AppScreen):
    """The statistics of some decks (`scope` names them: a deck's title, or all decks), read when the screen opens."""

    BINDINGS = [
        Binding("escape,q,s", "app.pop_screen", "Back", key_display="esc"),
        # Priority: shown in the footer (and working) over the scrolling body's own quiet bindings.
        Binding("pagedown", "scroll('down')", "Scroll", key_display="↑↓ pgdn", priority=True),
        Binding("pageup", "scroll('up')", show=False, priority=True),
        Binding("question_mark", "app.help", "Help", key_display="?"),
    ]

    def __init__(self, deck_ids: Sequence[str], scope: str = "all decks") -> None:
        super().__init__()
        self.deck_ids = list(deck_ids)
        self.scope = visible(scope, line=True)  # a deck's title: any text at all

    def compose(self) -> ComposeResult:
        yield Static(Text.assemble(("quizgen · statistics · ", "bold"), (self.scope, "bold")), id="title")
        with VerticalScroll(id="stats"):
            yield Static(id="totals", classes="stats-line")
        yield KeyBar()

    def _read(self) -> tuple[stats.Stats, list[int], Year]:
        library = self.study_app.library
        now = self.study_app.clock()
        try:
            found = stats.compute(library.store, self.deck_ids or None, now=now, settings=library.settings)
        except StoreError:
            found = stats.compute(library.store, None, now=now, settings=library.settings)
        forecast = due_forecast(library.store, found.decks, now, library.settings)
        return found, forecast, year_of_reviews(library.store, found.decks, now, library.settings)

    async def on_mount(self) -> None:
        try:
            found, forecast, year = self._read()
        except StoreError as error:
            store_errors.report(self.app, error, "The statistics cannot be shown now.")
            self.query_one("#totals", Static).update(Text("The progress store cannot be read."))
            return
        self.query_one("#totals", Static).update(totals(found))
        body = self.query_one("#stats", VerticalScroll)
        past = [f"{n - len(found.per_day) + 1}" for n in range(len(found.per_day))]
        ahead = [f"+{n}" for n in range(len(forecast))]
        await body.mount_all(
            [
                Static(Text("Reviews in the past year", style="bold"), classes="stats-heading"),
                Heatmap(year, classes="stats-line"),
                BarPlot("Reviews per day, last 30 days", past, [d["reviews"] for d in found.per_day]),
                BarPlot("Due per day, next 30 days", ahead, forecast),
                Static(hardest_table(found), classes="stats-line"),
            ]
        )
        body.focus()
        self.call_after_refresh(self.refresh_bindings)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "scroll" and parameters == ("down",):
            return self.query_one("#stats", VerticalScroll).max_scroll_y > 0
        return True

    def action_scroll(self, direction: str) -> None:
        body = self.query_one("#stats", VerticalScroll)
        body.scroll_page_up() if direction == "up" else body.scroll_page_down()


def totals(found: stats.Stats) -> Text:
    """One paragraph of the headline numbers."""
    retention = "–" if found.retention is None else f"{found.retention:.0%}"
    text = Text()
    for label, value in (
        ("Reviews ", f"{found.reviews} ({found.reviews_today} today)"),
        ("   Retention ", f"{retention} of {found.retention_reviews} reviews"),
        ("   Studied ", f"{found.cards_studied} of {found.cards}"),
        ("\nDue ", f"{found.due_today} today, {found.due_tomorrow} tomorrow, {found.due_week} this week"),
    ):
        text.append(label, style="dim")
        text.append(value, style="bold")
    return text


def hardest_table(found: stats.Stats) -> Table | Text:
    """The hardest cards, with their difficulty and lapses."""
    if not found.hardest:
        needs = stats.HARDEST_MIN_REVIEWS
        return Text(f"Hardest cards: none yet; a card is listed once it has {needs} reviews.", style="dim")
    title = f"Hardest cards (reviewed {stats.HARDEST_MIN_REVIEWS} times or more)"
    table = Table(title=title, title_justify="left", box=None, padding=(0, 1), expand=True)
    table.add_column("Difficulty", justify="right", no_wrap=True)
    table.add_column("Lapses", justify="right", no_wrap=True)
    table.add_column("Card", ratio=1, overflow="ellipsis", no_wrap=True)
    for card in found.hardest:
        table.add_row(
            f"{card.difficulty:.1f}", str(card.lapses), Text(visible(" ".join(card.prompt.split()), line=True))
        )
    return table
