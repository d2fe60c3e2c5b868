"""The review screen: a deck's cards one at a time, each with its answer, its source and its warnings.

k keeps a card, d drops it, e edits it in a form, t makes its fact a card of another type, u undoes,
the arrows move, / searches and q saves the decisions into the deck file and quits. A card's image and
sound are shown below it, prompt's and answer's together: o opens the image, p plays the sound.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.table import Table
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Input, Static

from quizgen.deckio.review import Review
from quizgen.errors import QuizgenError
from quizgen.visible import visible
from tui.widgets.key_bar import KeyBar
from tui.widgets.media_panel import MediaPanel
from tui.widgets.review_card import card_text, source_text

if TYPE_CHECKING:
    from quizgen.generate.retype import Retyper
    from quizgen.generate.text import Article

BADGES = {
    None: ("not reviewed", "dim"),
    "kept": ("✓ kept", "bold green"),
    "dropped": ("✗ dropped", "bold red"),
    "edited": ("✎ edited", "bold yellow"),
}


class ReviewScreen(Screen[None]):
    """Walks through the cards of `review`."""

    BINDINGS = [
        Binding("k", "keep", "Keep"),
        Binding("d", "drop", "Drop"),
        Binding("e", "edit", "Edit"),
        Binding("ctrl+e", "editor", "Editor", key_display="^e"),
        Binding("t", "retype", "Type"),
        Binding("u", "undo", "Undo"),
        Binding("right,down", "move(1)", "Move", key_display="←→", priority=True),
        Binding("left,up", "move(-1)", show=False, priority=True),
        Binding("slash", "search", "Search", key_display="/"),
        Binding("o", "open_image", "Image"),
        Binding("p", "play", "Play"),
        Binding("q", "save_quit", "Save & quit"),
        Binding("escape", "close_search", show=False),
    ]

    def __init__(self, review: Review, *, find_article: bool = True) -> None:
        super().__init__()
        self.review = review
        self.position = 0
        self.article: Article | None = None
        self._find_article = find_article
        self._retyper: Retyper | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="status")
        yield Static(id="verdict")
        with VerticalScroll(id="body"):
            yield Static(id="card")
            yield MediaPanel()
            yield Static(id="source")
            yield Static(id="warnings")
        yield Input(placeholder="search the cards, then enter (esc closes)", id="search")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#search", Input).display = False
        self.show_card()
        self.query_one("#body").focus()
        if self._find_article:  # once the first card is drawn: the generator's import is not quick
            self.set_timer(0.05, self._load_article)

    @work(thread=True, exclusive=True, group="article")
    def _load_article(self) -> None:
        """Read the deck's article (a web page or PDF takes a moment) without holding up the first card."""
        from quizgen.generate.provenance import find_article

        known = self.review.article()
        article = find_article(known[0], known[1], self.review.path) if known else None
        if article is not None:
            self.app.call_from_thread(self._article_found, article)

    def _article_found(self, article: Article) -> None:
        self.article = article
        self.show_card()

    # Showing a card

    def show_card(self) -> None:
        """Show the card at the current position, with its decision, source and warnings."""
        review = self.review
        card = review.shown(self.position)
        verdict = review.verdicts[self.position]
        self._show_status()
        badge, style = BADGES[verdict]
        line = Text.assemble((badge, style), ("   ", ""), (f"{card.type} · {card.uid}", "dim"))
        self.query_one("#verdict", Static).update(line)
        shown = card_text(card)
        if verdict == "dropped":
            shown.stylize("strike dim")
        self.query_one("#card", Static).update(shown)
        self.query_one("#source", Static).update(self._source(card))
        self.call_after_refresh(self._show_media, card)  # the card's text first; its image a frame later
        if not review.loaded:  # the first card shows before the cards are validated; its warnings just after
            self.call_after_refresh(self._validated)
        warnings = review.findings(self.position) if review.loaded else []
        if warnings:
            text = Text("\n").join(
                Text.assemble(("⚠ " if f.severity == "warning" else "✗ ", "bold"), visible(f.message, line=True))
                for f in warnings
            )
            self.query_one("#warnings", Static).update(text)
            self.query_one("#warnings").display = True
        else:
            self.query_one("#warnings").display = False
        self.query_one("#body", VerticalScroll).scroll_home(animate=False)
        self.refresh_bindings()

    async def _show_media(self, card: Any) -> None:
        panel = self.query_one(MediaPanel)
        panel.stop()
        await panel.show(card, Path(self.review.path).parent, answered=True)
        self.refresh_bindings()

    def _validated(self) -> None:
        if not self.review.loaded:
            self.review.load()
            self.show_card()

    def _source(self, card: Any) -> Text:
        source = card.source
        if source is None or not source.sentence:
            return Text("No source sentence (written by hand).", style="dim")
        head = Text("Source  ", style="dim")
        if self.article is not None and source.start is not None and source.end is not None:
            from quizgen.generate.provenance import paragraph_around

            found = paragraph_around(self.article.text, source.start, source.end)
            if found is not None and self.article.text[source.start : source.end] == source.sentence:
                return head + source_text(found.text, found.start, found.end)
        return head + Text(visible(source.sentence))

    def _show_status(self) -> None:
        counts = self.review.counts()
        left = Text(visible(self.review.title, line=True), style="bold")
        parts = [f"card {self.position + 1}/{counts['cards']}", f"{counts['reviewed']} reviewed"]
        parts += [f"{counts[k]} {k}" for k in ("kept", "dropped", "edited")]
        right = Text(" · ".join(parts))
        line = Table.grid(expand=True)
        line.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
        line.add_column(justify="right", no_wrap=True)
        line.add_row(left, right)
        self.query_one("#status", Static).update(line)

    # Keys

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        searching = self.query_one("#search", Input).display if self.is_mounted else False
        if action == "close_search":
            return searching
        if searching:
            return False
        if action == "undo":
            return self.review.can_undo
        if action == "open_image":
            return self.query_one(MediaPanel).image is not None
        if action == "play":
            return self.query_one(MediaPanel).sound is not None
        return True

    def action_open_image(self) -> None:
        problem = self.query_one(MediaPanel).open_image()
        if problem:
            self.notify(problem, markup=False)

    def action_play(self) -> None:
        problem = self.query_one(MediaPanel).play()
        if problem:
            self.notify(problem, severity="warning", markup=False)

    def action_keep(self) -> None:
        self.review.keep(self.position)
        self._next_or_stay()

    def action_drop(self) -> None:
        self.review.drop(self.position)
        self._next_or_stay()

    def _next_or_stay(self) -> None:
        if self.position < self.review.size - 1:
            self.position += 1
        self.show_card()

    def action_move(self, step: int) -> None:
        self.position = max(0, min(self.review.size - 1, self.position + step))
        self.show_card()

    def action_undo(self) -> None:
        position = self.review.undo()
        if position is not None:
            self.position = position
            self.notify("Undone.", timeout=2)
        self.show_card()

    def action_edit(self) -> None:
        from tui.screens.edit_card import EditCardScreen

        position = self.position

        def done(data: dict[str, Any] | None) -> None:
            if data is not None and not self.review.edit(position, data):
                self.show_card()

        self.app.push_screen(EditCardScreen(self.review, position), done)

    def action_editor(self) -> None:
        """Edit the card's YAML in $EDITOR; an edit the validator refuses is not made, and it says why."""
        from quizgen.deckio import yamlio

        position = self.position
        editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
        fd, name = tempfile.mkstemp(suffix=".yaml", prefix="quizgen-card-")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(yamlio.dumps(self.review.card_data(position)))
            try:
                with self.app.suspend():
                    code = subprocess.call([*shlex.split(editor), name])
            except Exception:  # a terminal that cannot be suspended (a test): run it anyway
                code = subprocess.call([*shlex.split(editor), name])
            with open(name, encoding="utf-8") as f:
                text = f.read()
        except OSError as exc:
            self.notify(
                visible(f"cannot run the editor '{editor}': {exc.strerror or exc}", line=True), severity="error"
            )
            return
        finally:
            if os.path.exists(name):
                os.unlink(name)
        if code != 0:
            self.notify(f"the editor exited with {code}; the card is unchanged", severity="warning")
            return
        try:
            data = yamlio.loads(text)
        except yamlio.YamlProblem as exc:
            line = "" if exc.line is None else f" (line {exc.line + 1})"
            self.notify(f"{visible(exc.message, line=True)}{line}; the card is unchanged", severity="error")
            return
        if not isinstance(data, dict):
            self.notify("the card must be a mapping of keys; the card is unchanged", severity="error")
            return
        if data == self.review.card_data(position):
            return
        problems = self.review.edit(position, data)
        if problems:
            self.notify(f"{visible(problems[0], line=True)}; the card is unchanged", severity="error")
        self.show_card()

    def action_retype(self) -> None:
        card = self.review.cards[self.position]
        if card.source is None or card.source.start is None:
            self.notify("This card has no source sentence, so no other type can be made of it.", severity="warning")
            return
        if self.article is None:
            known = self.review.article()
            name = known[0] if known else None
            where = (
                f"its article {name} was not found beside the deck, or has changed"
                if name
                else "the deck names no article file"
            )
            self.notify(f"Cannot change the type: {where}.", severity="warning")
            return
        self.notify("Making the other types…", timeout=2)
        self._retype(self.position)

    @work(thread=True, exclusive=True, group="retype")
    def _retype(self, position: int) -> None:
        from quizgen.generate.retype import Retyper

        if self._retyper is None and self.article is not None:
            self._retyper = Retyper(self.article)
        card = self.review.cards[position]
        options = self._retyper.alternatives(card) if self._retyper is not None else {}
        self.app.call_from_thread(self._retyped, position, options)

    def _retyped(self, position: int, options: dict[str, dict[str, Any]]) -> None:
        from quizgen.generate.retype import next_type

        card = self.review.cards[position]
        kind = next_type(card.type, list(options))
        if kind is None:
            self.notify(
                f"The generator makes no other type of card from this sentence; it stays {card.type}.",
                severity="warning",
            )
            return
        problems = self.review.edit(position, options[kind])
        if problems:
            self.notify(f"The {kind} card would be invalid: {visible(problems[0], line=True)}", severity="error")
            return
        others = [k for k in options if k != kind]
        also = f" (t again: {', '.join(others)})" if others else ""
        self.notify(f"Now a {kind} card{also}.", timeout=3)
        if position == self.position:
            self.show_card()

    # Search

    def action_search(self) -> None:
        box = self.query_one("#search", Input)
        box.display = True
        box.focus()
        self.refresh_bindings()

    def action_close_search(self) -> None:
        box = self.query_one("#search", Input)
        box.display = False
        self.query_one("#body").focus()
        self.refresh_bindings()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "search":
            return
        query = event.value.strip().casefold()
        self.action_close_search()
        if not query:
            return
        cards = self.review.cards
        for step in range(1, len(cards) + 1):
            position = (self.position + step) % len(cards)
            if query in " ".join(_texts(self.review.card_data(position))).casefold():
                self.position = position
                self.show_card()
                return
        self.notify(f"No card contains '{visible(event.value.strip(), line=True)}'.", severity="warning")

    # Saving

    def action_save_quit(self) -> None:
        try:
            changed = self.review.save()
        except QuizgenError as exc:
            self.notify(visible(str(exc), line=True), severity="error", timeout=10)
            return
        cards = "card" if changed == 1 else "cards"
        message = visible(f"saved {self.review.path}: {changed} {cards} changed", line=True)
        self.app.exit(message=message if changed else None)


def _texts(value: Any) -> list[str]:
    """Every piece of text in a card's data."""
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return [str(value)]
