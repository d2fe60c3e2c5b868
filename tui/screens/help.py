"""The help screen: every key of the app."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.widgets.key_bar import KeyBar

KEYS: list[tuple[str, str]] = [
    ("Deck list", ""),
    ("↑ ↓  enter", "pick a deck and study it"),
    ("", "the top row, All decks, studies every deck at once"),
    ("q", "quit"),
    ("Studying", ""),
    ("space  enter", "show the answer of a basic or cloze card"),
    ("1 2 3 4", "grade Again, Hard, Good, Easy (each key shows its interval)"),
    ("a … h", "pick choice A) … H) (or ↑ ↓ and enter)"),
    ("t  f", "true or false"),
    ("enter", "check a typed answer; with nothing typed, show the answer (Again)"),
    ("space  enter", "after an automatic grade: next card, keeping the grade"),
    ("1 2 3 4", "after an automatic grade: change it (pressed again: next card)"),
    ("o", "open the card's image in the system viewer"),
    ("p", "play the card's sound (the footer says when no player is found)"),
    ("u", "undo the last answer (says which)"),
    ("ctrl+r", "redo what undo took back"),
    ("q  esc", "end the session and see the summary"),
    ("pgup pgdn", "scroll a long card"),
    ("Session summary", ""),
    ("enter  esc", "back to the deck list"),
    ("q", "quit"),
    ("Everywhere", ""),
    ("s", "statistics: a year of reviews, forecast, hardest cards (esc goes back)"),
    ("?", "this help (esc closes it)"),
    ("ctrl+p", "commands, such as changing the theme"),
    ("ctrl+q", "quit at once (progress is already saved)"),
    ("", "(in a typed answer s ? q u o p are letters; elsewhere a letter"),
    ("", " that does nothing on the card does nothing)"),
]
"""The keys table; the README shows the same keys."""


def keys_table() -> Table:
    """The keys as a two-column table with section headings."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for key, meaning in KEYS:
        if meaning:
            table.add_row(key, meaning)
        else:
            table.add_row(Text(key, style="bold underline"), "")
    return table


class HelpScreen(ModalScreen[None]):
    """Lists every key; escape, q or ? closes it."""

    BINDINGS = [Binding("escape,q,question_mark", "app.pop_screen", "Close", key_display="esc")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(Text("Keys", style="bold"), classes="heading")
            yield Static(keys_table())
        yield KeyBar()
