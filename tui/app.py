"""The quizgen study app: a deck list, study sessions, summaries, stats and help."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from quizgen.deckio.deckfiles import Checked
from quizgen.study import SchedulerSettings, Store
from quizgen.study.sync import StudyDeck
from tui.library import Clock, Library


class StudyApp(App[None]):
    """Studies the decks in `paths`, saving progress in the store at `store_path`.

    `settings` schedules (FSRS's defaults, 20 new cards a deck a day, when None); `new_per_day` and
    `reviews_per_day` change its daily limits. `clock` gives the time (tests fix it). With `reviewed_only`,
    generated cards no one has reviewed are left out.
    """

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
        settings: SchedulerSettings | None = None,
        reviewed_only: bool = False,
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
            settings=settings,
            reviewed_only=reviewed_only,
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
        if self.library.single_deck is not None:
            from tui.screens.base import Backdrop

            return Backdrop()  # a session starts at once: the deck list comes when it ends
        from tui.screens.deck_list import DeckListScreen

        return DeckListScreen()

    def on_mount(self) -> None:
        # Decks with errors are listed, with their problems, on the deck list: nothing covers the first card.
        if self.library.single_deck is not None:
            # Once the app's mount is done: screens pushed during it are drawn only a frame after it ends.
            self.call_later(self._study_single_deck)

    def _study_single_deck(self) -> None:
        deck = self.library.single_deck
        if deck is not None:
            self.study([deck])
            self._list_decks_if_backdrop()

    def on_unmount(self) -> None:
        self.library.close()

    def show_problems(self, checked: Checked) -> None:
        """Show the problems of a deck file found broken since it was loaded: on the deck list, under the decks."""
        from tui.screens.deck_list import DeckListScreen

        self.library.note_broken(checked)
        for screen in self.screen_stack:
            if isinstance(screen, DeckListScreen) and screen.is_mounted:
                screen.show_problems()

    def study(self, decks: Sequence[StudyDeck], title: str | None = None) -> None:
        """Start a session over `decks` (titled `title`, or the deck's own title), unless nothing is due."""
        from quizgen.errors import StoreError
        from tui import store_errors
        from tui.screens.study import StudyScreen

        current: list[StudyDeck] = []
        broken: list[str] = []
        for deck in decks:
            found = self.library.current(deck)  # the file may have been edited since it was loaded
            if isinstance(found, Checked):
                self.show_problems(found)
                broken.append(Path(found.path).name)
            else:
                current.append(found)
        if not current:
            return
        try:
            session = self.library.session(current)
            first = session.next()
            next_card = None if first is not None else session.next_card_at()
        except StoreError as error:
            store_errors.report(self, error, store_errors.SESSION_NOT_STARTED)
            return
        title = title or current[0].title
        if first is None:
            from tui.screens.summary import SummaryScreen

            self.push_screen(SummaryScreen.nothing_to_study(title, [d.id for d in current], next_card))
            return
        banner = f"⚠ left out, with errors: {', '.join(broken)} (the deck list shows them)" if broken else None
        self.push_screen(StudyScreen(session, title, banner))

    def action_decks(self) -> None:
        """Go back to the deck list."""
        from tui.screens.deck_list import DeckListScreen

        while len(self.screen_stack) > 1 and not isinstance(self.screen, DeckListScreen):
            self.pop_screen()
        self._list_decks_if_backdrop()

    def _list_decks_if_backdrop(self) -> None:
        """Show the deck list over the backdrop of a session started at once, when the backdrop is showing."""
        from tui.screens.base import Backdrop

        if isinstance(self.screen, Backdrop):
            from tui.screens.deck_list import DeckListScreen

            self.push_screen(DeckListScreen())

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
        every = [d.id for d in self.library.decks]
        deck_ids = getattr(self.screen, "deck_ids", None) or every
        # The title names the scope: one deck's title, or all decks.
        if len(deck_ids) == 1:
            scope = next((d.title for d in self.library.decks if d.id == deck_ids[0]), deck_ids[0])
        else:
            scope = "all decks" if set(deck_ids) >= set(every) else f"{len(deck_ids)} decks"
        self.push_screen(StatsScreen(deck_ids, scope))
