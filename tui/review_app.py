"""The review app: one deck's cards, one at a time, for a person to keep, drop, edit or retype."""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding
from textual.screen import Screen

from quizgen.deckio.review import Review


class ReviewApp(App[None]):
    """Reviews the deck of `review`; `q` saves the decisions into its file and quits."""

    CSS_PATH = ["app.tcss", "review.tcss"]
    TITLE = "quizgen review"
    BINDINGS = [Binding("ctrl+q", "quit", "Quit without saving", show=False, priority=True)]

    def __init__(self, review: Review, *, theme: str | None = None, find_article: bool = True) -> None:
        """`find_article` off leaves the article unread (the paragraph and type changes need it)."""
        super().__init__()
        if theme:
            self.theme = theme
        self.review = review
        self.find_article = find_article

    _warned = False

    async def action_quit(self) -> None:
        """Quit without saving; with decisions not saved yet, only when asked twice."""
        if self.review.changed and not self._warned:
            self._warned = True
            self.notify(
                "Decisions not saved: q saves and quits; ctrl+q again quits without saving.", severity="warning"
            )
            return
        self.exit()

    def get_default_screen(self) -> Screen[None]:
        from tui.screens.review import ReviewScreen

        return ReviewScreen(self.review, find_article=self.find_article)
