"""The deck list: every deck with its new, learning and due counts; enter studies one, or all together.

Deck files with errors are listed too, with their problems under the list (never over a card).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Static

from quizgen.deckio.deckfiles import Checked
from quizgen.errors import StoreError
from quizgen.study import DeckCounts
from quizgen.visible import visible
from tui import store_errors
from tui.screens.base import AppScreen
from tui.timefmt import ago
from tui.widgets.key_bar import KeyBar

COLUMNS = ("Deck", "New", "Learning", "Due", "Last studied")
ALL_DECKS = "*"
"""The row key of the "All decks" row (never a deck id, which is lower-case letters, digits, - and _)."""


class DeckTable(DataTable[Text]):
    """The decks, one per row; enter studies the highlighted one, or every deck on the "All decks" row."""

    BINDINGS = [
        Binding("enter", "study(False)", "Study"),
        Binding("enter", "study(True)", "Study all"),
    ]

    def on_all_decks(self) -> bool:
        """Whether the cursor is on the "All decks" row."""
        if not self.row_count:
            return False
        return self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value == ALL_DECKS

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "select_cursor":
            return False  # enter is "study", whose footer label follows the highlighted row
        if action == "study":
            return bool(parameters and parameters[0]) == self.on_all_decks()
        return True

    def action_study(self, every_deck: bool) -> None:
        """Study the highlighted row: its deck, or every deck on the "All decks" row."""
        self.action_select_cursor()

    def on_data_table_row_highlighted(self) -> None:
        self.refresh_bindings()


class DeckListScreen(AppScreen):
    """Lists the decks; counts are filled in just after the list first appears.

    Given one deck file, the app starts its session at once over a backdrop, and the list takes the
    backdrop's place when the session ends.
    """

    BINDINGS = [
        Binding("s", "app.stats", "Stats"),
        Binding("question_mark", "app.help", "Help", key_display="?"),
        Binding("q", "app.quit", "Quit"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.counts_shown = False
        """Whether the counts of the decks are on screen."""

    def compose(self) -> ComposeResult:
        yield Static(Text("quizgen · decks", style="bold"), id="title")
        yield DeckTable(id="decks", cursor_type="row", zebra_stripes=True)
        yield Static(id="problems")
        yield Static(id="hint")
        yield KeyBar()

    def on_mount(self) -> None:
        self._fill()

    def _fill(self) -> None:
        table = self.query_one(DeckTable)
        table.add_column(COLUMNS[0], key="title")
        for name in COLUMNS[1:]:
            table.add_column(name, key=name.lower())
        library = self.study_app.library
        if len(library.decks) > 1:
            table.add_row(Text("All decks", style="bold"), *[Text("…") for _ in COLUMNS[1:]], key=ALL_DECKS)
        for deck in library.decks:
            table.add_row(Text(visible(deck.title, line=True)), *[Text("…") for _ in COLUMNS[1:]], key=deck.id)
        for checked in library.broken:
            name = visible(Path(checked.path).name, line=True)
            row = [Text(name, style="dim"), *[Text("") for _ in COLUMNS[1:4]], Text("has errors", style="bold")]
            table.add_row(*row, key=f"broken:{checked.path}")
        self._show_hint()
        self.show_problems()
        table.focus()

    def on_screen_resume(self) -> None:
        # Counts are read just after the list is drawn, so it appears at once.
        self.call_after_refresh(self._counts_if_shown)

    def _counts_if_shown(self) -> None:
        if self.is_current:
            self.refresh_counts()

    def _show_hint(self) -> None:
        library = self.study_app.library
        if library.decks:
            hint = f"{len(library.decks)} decks" if len(library.decks) != 1 else "1 deck"
            if library.broken:
                hint += f", {len(library.broken)} with errors (listed above)"
        elif library.broken:
            hint = "Every deck has errors; fix them, then run: quizgen validate PATH"
        else:
            where = ", ".join(str(p) for p in library.paths)
            hint = f"No decks in {where}. Write one with: quizgen new my-deck.yaml --title 'My deck'"
        self.query_one("#hint", Static).update(Text(visible(hint, line=True), style="dim"))

    def show_problems(self) -> None:
        """List the problems of every deck file with errors under the decks (hidden when there are none)."""
        panel = self.query_one("#problems", Static)
        broken = self.study_app.library.broken
        lines: list[Text] = []
        if broken:
            limit = 8 if len(broken) == 1 else 3
            for checked in broken:
                lines.append(Text(visible(f"{Path(checked.path).name} has errors:", line=True), style="bold"))
                lines.append(Text(problems_message(checked, limit)))
        panel.update(Text("\n").join(lines))
        panel.display = bool(broken)

    def refresh_counts(self) -> None:
        """Read the counts of every deck from the store and show them."""
        table = self.query_one(DeckTable)
        now = self.study_app.clock()
        try:
            every = self.study_app.library.counts()
        except StoreError as error:
            store_errors.report(self.app, error, "The counts of the decks cannot be shown now.")
            return
        for deck_id, counts in every.items():
            table.update_cell(deck_id, "new", Text(str(counts.new)))
            table.update_cell(deck_id, "learning", Text(str(counts.learning)))
            table.update_cell(deck_id, "due", Text(str(counts.due), style="bold" if counts.due else ""))
            table.update_cell(deck_id, "last studied", Text(ago(counts.last_studied, now)))
        if len(self.study_app.library.decks) > 1:
            self._show_total(table, list(every.values()), now)
        self.counts_shown = True
        self.call_after_refresh(self._prepare_to_study)

    def _prepare_to_study(self) -> None:
        """While the learner reads the list, load what enter on the highlighted row needs first: the study
        screen's code, and the cards of the deck its first card comes from."""
        if not self.is_current:
            return
        import tui.screens.study  # noqa: F401  (imported now rather than on enter)

        table = self.query_one(DeckTable)
        key = str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value) if table.row_count else ""
        decks = self.study_app.library.decks
        deck = decks[0] if key == ALL_DECKS and decks else next((d for d in decks if d.id == key), None)
        preload = getattr(deck, "preload", None)
        if callable(preload):
            preload()

    def _show_total(self, table: DeckTable, every: list[DeckCounts], now: datetime) -> None:
        """The "All decks" row: the sums of the counts, and when any deck was last studied."""
        new, learning, due = (sum(getattr(c, name) for c in every) for name in ("new", "learning", "due"))
        last = max((c.last_studied for c in every if c.last_studied is not None), default=None)
        table.update_cell(ALL_DECKS, "new", Text(str(new)))
        table.update_cell(ALL_DECKS, "learning", Text(str(learning)))
        table.update_cell(ALL_DECKS, "due", Text(str(due), style="bold" if due else ""))
        table.update_cell(ALL_DECKS, "last studied", Text(ago(last, now)))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        key = str(event.row_key.value)
        if key.startswith("broken:"):
            self.show_problems()  # they are listed under the decks
            return
        library = self.study_app.library
        if key == ALL_DECKS:
            self.study_app.study(library.decks, "All decks")
        else:
            self.study_app.study([library.deck(key)])


def problems_message(checked: Checked, limit: int = 8) -> str:
    """The problems of a broken deck, one `file:line: message` per line (the file named without its folder)."""
    lines = [str(p).replace(p.path, Path(p.path).name, 1) for p in checked.errors or checked.problems]
    if len(lines) > limit:
        lines = lines[:limit] + [f"… and {len(lines) - limit} more; run: quizgen validate {checked.path}"]
    return "\n".join(visible(line, line=True) for line in lines)
