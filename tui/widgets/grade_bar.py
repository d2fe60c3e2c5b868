"""The grade keys, each with the interval it gives: '1 Again <10m  2 Hard <15m  3 Good 3d  4 Easy 8d'."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta

from rich.text import Text
from textual.widgets import Static

from quizgen.study import Rating
from tui.timefmt import interval


class GradeBar(Static):
    """Shown while a card waits for a grade: each grade key, its name and the interval it would give.

    The grade already saved for the card (an automatic one, or one the learner chose) is marked.
    """

    COMPONENT_CLASSES = {"grade-bar--key", "grade-bar--chosen"}

    def show(self, intervals: Mapping[Rating, timedelta], chosen: Rating | None = None) -> None:
        """Show the four grades with `intervals` (none when cramming), marking `chosen`."""
        key_style = self.get_component_rich_style("grade-bar--key")
        chosen_style = self.get_component_rich_style("grade-bar--chosen")
        line = Text(no_wrap=True, overflow="ellipsis")
        for rating in Rating:
            chip = Text.assemble((f" {rating.value} ", key_style), f"{rating.name}")
            if rating in intervals:
                chip.append(f" {interval(intervals[rating])}")
            chip.append(" ")
            if rating == chosen:
                chip.stylize(chosen_style)
            line.append_text(chip)
            line.append("  ")
        self.update(line, layout=False)  # one line, always
        self.display = True

    def clear(self) -> None:
        """Hide the bar until the next grade."""
        self.display = False
