"""A year of reviews as a calendar in the terminal: a column per week, a row per weekday, darker for more."""

from __future__ import annotations

import math
from datetime import timedelta

from rich.text import Text
from textual.widgets import Static

from quizgen.study.heatmap import Year

LEVELS = 4
"""Shades for days with reviews; a day without is a dot."""
CELL = "■"
WEEKDAYS = ["Mon", "", "Wed", "", "Fri", "", ""]


def level(count: int, peak: int) -> int:
    """The shade of a day with `count` reviews, 0 (none) to `LEVELS` (the busiest day)."""
    if count <= 0 or peak <= 0:
        return 0
    return max(1, math.ceil(LEVELS * count / peak))


class Heatmap(Static):
    """Reviews per day over the past year, like Anki's heatmap add-on."""

    COMPONENT_CLASSES = {"heatmap--empty", *(f"heatmap--level-{n}" for n in range(1, LEVELS + 1))}

    def __init__(self, year: Year, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.year = year

    def on_mount(self) -> None:
        self.update(self.render_year())

    def _style(self, shade: int) -> str:
        name = "heatmap--empty" if shade == 0 else f"heatmap--level-{shade}"
        return str(self.get_component_rich_style(name, partial=True))

    def render_year(self) -> Text:
        """The calendar, its month names, a key and the year's totals."""
        year = self.year
        weeks = math.ceil(len(year.counts) / 7)
        peak = max(year.counts, default=0)
        months = [" "] * weeks
        for week in range(weeks):
            day = year.first + timedelta(days=7 * week)
            if week == 0 or day.day <= 7:  # the first week of a month names it
                name = f"{day:%b}"
                if all(c == " " for c in months[week : week + len(name)]) and week + len(name) <= weeks:
                    months[week : week + len(name)] = list(name)
        text = Text("    " + "".join(months) + "\n")
        for weekday in range(7):
            text.append(f"{WEEKDAYS[weekday]:<4}", style="dim")
            for week in range(weeks):
                index = 7 * week + weekday
                if index >= len(year.counts):
                    text.append(" ")
                    continue
                shade = level(year.counts[index], peak)
                text.append("·" if shade == 0 else CELL, style=self._style(shade))
            text.append("\n")
        text.append("    less ", style="dim")
        text.append("·", style=self._style(0))
        for shade in range(1, LEVELS + 1):
            text.append(CELL, style=self._style(shade))
        text.append(" more\n", style="dim")
        days = "day" if year.days_studied == 1 else "days"
        text.append(f"    {year.reviews} reviews on {year.days_studied} {days} in the past year")
        if year.streak:
            text.append(f" · a streak of {year.streak} {'day' if year.streak == 1 else 'days'}")
        return text
