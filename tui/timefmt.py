"""Short human wording for times and durations: 'in 10 min', '3 days ago', '4:05'."""

from __future__ import annotations

import math
from datetime import datetime, timedelta


def span(delta: timedelta) -> str:
    """A rounded length of time: '45 s', '10 min', '3 h', '2 days', '5 months'."""
    seconds = abs(delta.total_seconds())
    if seconds < 60:
        return f"{int(seconds)} s"
    if seconds < 3600:
        return f"{int(seconds // 60)} min"
    if seconds < 86400:
        return f"{int(seconds // 3600)} h"
    days = int(seconds // 86400)
    if days < 60:
        return "1 day" if days == 1 else f"{days} days"
    if days < 730:
        return f"{days // 30} months"
    return f"{days // 365} years"


def ago(when: datetime | None, now: datetime) -> str:
    """When something happened, relative to `now`: 'never', 'just now', 'today', '3 days ago'."""
    if when is None:
        return "never"
    delta = now - when
    if delta < timedelta(minutes=1):
        return "just now"
    if delta < timedelta(days=1):
        return f"{span(delta)} ago"
    days = delta.days
    return "yesterday" if days == 1 else f"{span(delta)} ago"


def until(when: datetime | None, now: datetime) -> str:
    """When something is due, relative to `now`: 'now', 'in 10 min', 'in 3 days', or 'nothing scheduled'."""
    if when is None:
        return "nothing scheduled"
    if when <= now:
        return "now"
    return f"in {span(when - now)}"


def clock(seconds: float) -> str:
    """A duration as m:ss, or h:mm:ss past an hour."""
    total = int(round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"


def interval(delta: timedelta) -> str:
    """An interval as Anki writes it on a grade key: '<10m' (a learning step), '3d', '1.2mo', '2.5y'."""
    seconds = delta.total_seconds()
    if seconds < 3600:
        return f"<{max(1, math.ceil(seconds / 60))}m"
    if seconds < 86400:
        return f"<{math.ceil(seconds / 3600)}h"
    days = seconds / 86400
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{days / 30:.1f}mo".replace(".0mo", "mo")
    return f"{days / 365:.1f}y".replace(".0y", "y")


def next_card(when: datetime | None, now: datetime) -> str:
    """When the next card comes, for a learner: 'in 10 min, at 14:05', 'in 7 days, on Tue 8 Dec'."""
    if when is None:
        return "no card is scheduled"
    if when <= now:
        return "now"
    local, today = when.astimezone(), now.astimezone()
    if local.date() == today.date():
        return f"in {span(when - now)}, at {local:%H:%M}"
    day = f"{local:%a} {local.day} {local:%b}"
    if local.year != today.year:
        day += f" {local.year}"
    return f"in {span(when - now)}, on {day}"
