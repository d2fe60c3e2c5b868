"""The quizgen study app: a deck list, study sessions, summaries, stats and help."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from quizgen.deckio.deckfiles import Checked
from quizgen.study import Store
from quizgen.study.sync import StudyDeck
from tui.library import Clock, Library


class StudyApp(App[None]):
    """Studies the decks in `paths`, saving progress in the store at `store_path`."""

    CSS_PATH = "app.tcss"
    TITLE = "quizgen"
    BINDINGS = [Binding("ctrl+q", "quit", "Quit", show=False, priority=True)]

    def __init__(
        self,
        paths: Sequence[str | Path],
        *,
        store_path: str | Path | None = None,
        cram: bool = False,
        new_per_day: int | None = None,
        reviews_per_day: int | None = None,
        clock: Clock | None = None,
        theme: str | None = None,
    ) -> None:
        super().__init__()
        if theme:
            self.theme = theme
        self.library = Library(
            paths,
            Store.open(store_path),
            cram=cram,
            new_per_day=new_per_day,
            reviews_per_day=reviews_per_day,
            clock=clock,
        )
        self.clock = self.library.clock

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's commands, with "Keys" opening the app's own help (every key, not the focused widget's)."""
        for command in super().get_system_commands(screen):
            if command.title == "Keys":
                yield SystemCommand("Keys", "Every key of quizgen study", self.action_help)
            else:
                yield command

    def get_default_screen(self) -> Screen[None]:
        from tui.screens.deck_list import DeckListScreen

        # With one deck file a session starts at once: the list under it waits until it ends.
        return DeckListScreen(build_at_once=self.library.single_deck is None)

    def on_mount(self) -> None:
        for checked in self.library.broken:
            self.show_problems(checked)
        deck = self.library.single_deck
        if deck is not None:
            self.study([deck])
            self._build_decks_if_shown()

    def on_unmount(self) -> None:
        self.library.close()

    def show_problems(self, checked: Checked) -> None:
        """Notify the problems of a deck that could not be loaded."""
        from tui.screens.deck_list import problems_message

        self.notify(problems_message(checked), title="This deck has errors", severity="error", timeout=12, markup=False)

    def study(self, decks: Sequence[StudyDeck], title: str | None = None) -> None:
        """Start a session over `decks` (titled `title`, or the deck's own title), unless nothing is due."""
        from quizgen.errors import StoreError
        from tui import store_errors
        from tui.screens.study import StudyScreen

        current: list[StudyDeck] = []
        for deck in decks:
            found = self.library.current(deck)  # the file may have been edited since it was loaded
            if isinstance(found, Checked):
                self.show_problems(found)
            else:
                current.append(found)
        if not current:
            return
        try:
            session = self.library.session(current)
            first = session.next()
        except StoreError as error:
            store_errors.report(self, error, store_errors.SESSION_NOT_STARTED)
            return
        if first is None:
            these = "these decks" if len(current) > 1 else "this deck"
            self.notify(f"Nothing to study in {these} now; come back later, or start with --cram.")
            return
        self.push_screen(StudyScreen(session, title or current[0].title))

    def action_decks(self) -> None:
        """Go back to the deck list."""
        from tui.screens.deck_list import DeckListScreen

        while len(self.screen_stack) > 1 and not isinstance(self.screen, DeckListScreen):
            self.pop_screen()
        self._build_decks_if_shown()

    def _build_decks_if_shown(self) -> None:
        from tui.screens.deck_list import DeckListScreen

        if isinstance(self.screen, DeckListScreen) and not self.screen.built:
            self.call_later(self.screen.build)

    def action_help(self) -> None:
        """Show every key."""
        from tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_stats(self) -> None:
        """Show the statistics of the decks."""
        from tui.screens.stats import StatsScreen

        if isinstance(self.screen, StatsScreen):
            return
        deck_ids = getattr(self.screen, "deck_ids", None) or [d.id for d in self.library.decks]
        self.push_screen(StatsScreen(deck_ids))
