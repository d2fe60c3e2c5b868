"""Statistics of a progress store: reviews, due counts, true retention and the hardest cards."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import TypedDict

from fsrs import State

from quizgen.errors import StoreError
from quizgen.study.scheduler import to_micros
from quizgen.study.settings import SchedulerSettings, day_start, utc_now
from quizgen.study.store import Store
from quizgen.visible import excerpt, visible

DAYS = 30
"""How many days `per_day` covers, today included."""
HARDEST = 10
"""How many of the hardest cards are listed."""
HARDEST_MIN_REVIEWS = 3
"""Reviews a card needs before it can be listed among the hardest: FSRS's difficulty of a card
answered once or twice says little."""
_DAY_US = 86_400_000_000


class Day(TypedDict):
    """The reviews of one study day."""

    date: str
    """The local date the study day starts on, as YYYY-MM-DD."""
    reviews: int


@dataclass(frozen=True)
class HardCard:
    """A study item with a high FSRS difficulty."""

    deck_id: str
    card: str
    ordinal: int
    prompt: str
    difficulty: float
    reviews: int
    lapses: int
    """Times it was forgotten after reaching review."""


@dataclass
class Stats:
    """What a store (or some of its decks) holds."""

    decks: list[str]
    reviews: int = 0
    reviews_today: int = 0
    per_day: list[Day] = field(default_factory=list)
    cards: int = 0
    cards_studied: int = 0
    due_today: int = 0
    due_tomorrow: int = 0
    due_week: int = 0
    retention: float | None = None
    """True retention: the share of reviews of items in review state that were not Again."""
    retention_reviews: int = 0
    retention_30d: float | None = None
    average_difficulty: float | None = None
    hardest: list[HardCard] = field(default_factory=list)
    practice: int = 0
    """Cram answers, which do not touch the schedule."""

    def to_dict(self) -> dict[str, object]:
        """The statistics as JSON-ready data."""
        return asdict(self)


def compute(
    store: Store,
    deck_ids: list[str] | None = None,
    now: datetime | None = None,
    settings: SchedulerSettings | None = None,
) -> Stats:
    """Statistics of `deck_ids` (every deck when None) at `now`."""
    settings = settings or SchedulerSettings()
    now = now or utc_now()
    with store.read() as conn:
        known = [_text(row[0]) for row in conn.execute("SELECT DISTINCT deck_id FROM items ORDER BY deck_id")]
        if deck_ids:
            missing = [d for d in deck_ids if d not in known]
            if missing:
                listing = ", ".join(known) or "none yet"
                raise StoreError(f"{store.path}: has no progress for deck '{missing[0]}' (decks: {listing})")
        decks = list(deck_ids) if deck_ids else known
        stats = Stats(decks=decks)
        if not decks:
            stats.per_day = _empty_days(now, settings)
            return stats
        marks = ",".join("?" * len(decks))
        where = f"deck_id IN ({marks})"
        _check_numbers(conn, where, decks)
        _item_counts(conn, stats, where, decks, now, settings)
        _review_counts(conn, stats, where, decks, now, settings)
        (stats.practice,) = conn.execute(f"SELECT COUNT(*) FROM practice WHERE {where}", decks).fetchone()
        _hardest(conn, stats, where, decks)
    return stats


_NUMBERS = {"items": ("due", "difficulty", "state"), "reviews": ("rating", "state_before", "reviewed_at")}
"""The columns the statistics add up: SQLite would count a text there as 0 and say nothing."""


def _check_numbers(conn: sqlite3.Connection, where: str, decks: list[str]) -> None:
    """TypeError (a damaged store, once `Store.read` reports it) when a number column holds text or a blob."""
    for table, columns in _NUMBERS.items():
        for column in columns:
            found = conn.execute(
                f"SELECT typeof({column}) FROM {table} WHERE {where}"
                f" AND typeof({column}) NOT IN ('integer', 'real', 'null') LIMIT 1",
                decks,
            ).fetchone()
            if found is not None:
                raise TypeError(f"a value of {table}.{column} is {found[0]}, not a number")


def _item_counts(
    conn: sqlite3.Connection, stats: Stats, where: str, decks: list[str], now: datetime, cfg: SchedulerSettings
) -> None:
    today, tomorrow, week = (to_micros(day_start(now, cfg, offset=n)) for n in (1, 2, 7))
    row = conn.execute(
        "SELECT COUNT(*), COUNT(state), SUM(due < ?), SUM(due >= ? AND due < ?), SUM(due < ?), AVG(difficulty)"
        f" FROM items WHERE {where} AND removed = 0",
        (today, today, tomorrow, week, *decks),
    ).fetchone()
    stats.cards, stats.cards_studied = int(row[0]), int(row[1])
    stats.due_today, stats.due_tomorrow, stats.due_week = (int(v or 0) for v in row[2:5])
    stats.average_difficulty = None if row[5] is None else round(float(row[5]), 3)


def _review_counts(
    conn: sqlite3.Connection, stats: Stats, where: str, decks: list[str], now: datetime, cfg: SchedulerSettings
) -> None:
    first = day_start(now, cfg, offset=-(DAYS - 1))
    since = to_micros(first)
    review = int(State.Review)
    row = conn.execute(
        f"SELECT COUNT(*), SUM(state_before = {review}), SUM(state_before = {review} AND rating > 1),"
        f" SUM(state_before = {review} AND reviewed_at >= ?),"
        f" SUM(state_before = {review} AND rating > 1 AND reviewed_at >= ?)"
        f" FROM reviews WHERE {where}",
        (since, since, *decks),
    ).fetchone()
    stats.reviews = int(row[0])
    stats.retention_reviews = int(row[1] or 0)
    stats.retention = _ratio(row[2], row[1])
    stats.retention_30d = _ratio(row[4], row[3])
    counts = dict(
        conn.execute(
            f"SELECT (reviewed_at - ?) / {_DAY_US}, COUNT(*) FROM reviews"
            f" WHERE {where} AND reviewed_at >= ? GROUP BY 1",
            (since, *decks, since),
        ).fetchall()
    )
    stats.per_day = _empty_days(now, cfg)
    for index, day in enumerate(stats.per_day):
        day["reviews"] = int(counts.get(index, 0))
    stats.reviews_today = stats.per_day[-1]["reviews"]


def _empty_days(now: datetime, cfg: SchedulerSettings) -> list[Day]:
    days: list[Day] = []
    for offset in range(-(DAYS - 1), 1):
        start = day_start(now, cfg, offset=offset).astimezone()
        days.append({"date": start.date().isoformat(), "reviews": 0})
    return days


def _hardest(conn: sqlite3.Connection, stats: Stats, where: str, decks: list[str]) -> None:
    """The hardest cards with at least `HARDEST_MIN_REVIEWS` reviews, looked for among the hardest few hundred."""
    rows = conn.execute(
        "SELECT id, deck_id, card_uid, ordinal, prompt, difficulty FROM items"
        f" WHERE {where} AND removed = 0 AND difficulty IS NOT NULL ORDER BY difficulty DESC, id LIMIT {HARDEST * 30}",
        decks,
    ).fetchall()
    for item_id, deck_id, uid, ordinal, prompt, difficulty in rows:
        deck_id, uid, prompt = _text(deck_id), _text(uid), _text(prompt)
        if not isinstance(ordinal, int):
            raise TypeError(f"the ordinal of item {item_id} is not a number")
        reviews, lapses = conn.execute(
            f"SELECT COUNT(*), SUM(rating = 1 AND state_before = {int(State.Review)}) FROM reviews WHERE item_id = ?",
            (item_id,),
        ).fetchone()
        if reviews < HARDEST_MIN_REVIEWS:
            continue
        stats.hardest.append(
            HardCard(deck_id, uid, ordinal, prompt, round(float(difficulty), 3), int(reviews), int(lapses or 0))
        )
        if len(stats.hardest) == HARDEST:
            break


def _text(value: object) -> str:
    """A text column's value; TypeError (a damaged store, once `Store.read` reports it) for a blob or a number."""
    if not isinstance(value, str):
        raise TypeError(f"a deck id, card id or prompt is {type(value).__name__}, not text")
    return value


def _ratio(part: int | None, whole: int | None) -> float | None:
    return round(int(part or 0) / int(whole), 4) if whole else None


def render(stats: Stats) -> str:
    """The statistics as text for a terminal; deck ids, card ids and prompts from the store are made visible."""
    percent = "n/a" if stats.retention is None else f"{stats.retention:.1%} of {stats.retention_reviews} reviews"
    difficulty = "n/a" if stats.average_difficulty is None else f"{stats.average_difficulty:.2f} (1 easy .. 10 hard)"
    peak = max((d["reviews"] for d in stats.per_day), default=0)
    bars = "".join(_bar(d["reviews"], peak) for d in stats.per_day)
    lines = [
        visible(f"decks:            {', '.join(stats.decks) or 'none yet'}", line=True),
        f"reviews:          {stats.reviews} ({stats.reviews_today} today)",
        f"last {DAYS} days:     {bars}  {sum(d['reviews'] for d in stats.per_day)} reviews",
        f"cards studied:    {stats.cards_studied} of {stats.cards}",
        f"due:              {stats.due_today} today, {stats.due_tomorrow} tomorrow, {stats.due_week} within 7 days",
        f"true retention:   {percent}",
        f"difficulty:       {difficulty}",
    ]
    if stats.practice:
        lines.append(f"cram practice:    {stats.practice} answers (not scheduled)")
    if not stats.hardest:
        lines.append(f"hardest cards:    none yet (a card needs {HARDEST_MIN_REVIEWS} reviews to be listed)")
    else:
        lines.append(f"hardest cards:    of those reviewed {HARDEST_MIN_REVIEWS} times or more")
        for card in stats.hardest:
            label = card.card if not card.ordinal else f"{card.card} c{card.ordinal}"
            prompt = excerpt(" ".join(card.prompt.split()), 60)
            lapses = f"{card.lapses} lapse" + ("" if card.lapses == 1 else "s")
            where = visible(f"{card.deck_id}/{label}", line=True)
            lines.append(f"  {card.difficulty:5.2f}  {lapses:>9}  {where}  {prompt}")
    return "\n".join(lines)


_BLOCKS = " ▁▂▃▄▅▆▇█"


def _bar(value: int, peak: int) -> str:
    if not value or not peak:
        return "·"
    return _BLOCKS[max(1, round(value / peak * (len(_BLOCKS) - 1)))]
