"""The keys that work now, on one line at the foot of the screen.

Textual's Footer builds a widget per key and rebuilds them all whenever the keys change, which on
the study screen is twice a card (the answer shown, the next card) and cost more than the rest of
a keypress. This bar draws the same keys as one line of text, and redraws only when they change.
"""

from __future__ import annotations

from rich.text import Text
from textual.screen import Screen
from textual.widgets import Static


class KeyBar(Static):
    """The shown bindings of the screen that work now: key, then description, as Textual's compact Footer."""

    COMPONENT_CLASSES = {"key-bar--key", "key-bar--description"}

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }

    KeyBar > .key-bar--key {
        color: $footer-key-foreground;
        text-style: bold;
    }

    KeyBar > .key-bar--description {
        color: $footer-description-foreground;
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self._shown: tuple[tuple[str, str, bool], ...] | None = None

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._keys_changed)
        self._draw()

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _keys_changed(self, screen: Screen[object]) -> None:
        self._draw()

    def keys(self) -> tuple[tuple[str, str, bool], ...]:
        """(key as shown, description, enabled) of each shown binding, one per action, in order."""
        seen: set[str] = set()
        found = []
        for active in self.screen.active_bindings.values():
            binding = active.binding
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            found.append((self.app.get_key_display(binding), binding.description, active.enabled))
        return tuple(found)

    def _draw(self) -> None:
        keys = self.keys()
        if keys == self._shown:
            return
        self._shown = keys
        key_style = self.get_component_rich_style("key-bar--key", partial=True)
        text_style = self.get_component_rich_style("key-bar--description", partial=True)
        line = Text(no_wrap=True, overflow="ellipsis")
        for number, (key, description, enabled) in enumerate(keys):
            if number:
                line.append(" ")
            chip = Text.assemble((key, key_style), " ", (description, text_style))
            if not enabled:
                chip.stylize("dim")
            line.append_text(chip)
        self.update(line, layout=False)  # one line, always: no layout pass
