"""Helpers shared by the study app tests: a settable clock, screen text, store queries."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from repo_paths import DATA

EVERY_TYPE = DATA / "study_every_type.yaml"
START = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


class Clock:
    """A clock that stands still until a test moves it."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


def screen_text(app: Any) -> str:
    """What the terminal shows now, as plain text lines."""
    return "\n".join(strip.text.rstrip() for strip in app.screen._compositor.render_strips())


def screen_words(app: Any) -> str:
    """What the terminal shows now, as one line of words (columns and line breaks made single spaces)."""
    return " ".join(screen_text(app).split())


def rows(store_path: Path, sql: str) -> list[tuple[Any, ...]]:
    """Rows of a query on the progress store, read with a separate connection."""
    conn = sqlite3.connect(store_path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@contextlib.contextmanager
def time_zone(name: str) -> Iterator[None]:
    """Run with the local time zone `name`, then restore it. Anki's backend keeps the zone it first saw in a
    process, so a test of Anki in another zone runs Anki in its own (`anki_backend.in_own_process`)."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old
        time.tzset()


def utc_timezone() -> contextlib.AbstractContextManager[None]:
    """Run with the local time zone set to UTC (study days start at a fixed hour), then restore it."""
    return time_zone("UTC")


async def answer_right(pilot: Any, app: Any, proceed: str = "enter") -> None:
    """Answer the card on screen rightly (Good for self-graded cards); `proceed` moves past the feedback."""
    card = app.screen.item.card
    if card.type in ("basic", "cloze"):
        await pilot.press(proceed, "3")
    elif card.type == "choice":
        await pilot.press("abcdefgh"[card.choices.index(card.answer)], proceed)
    elif card.type == "truefalse":
        await pilot.press("t" if card.answer else "f", proceed)
    else:
        await pilot.press(*card.answer, "enter", proceed)
    await pilot.pause()
