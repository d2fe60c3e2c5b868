"""Personal FSRS parameters: fitted to the review log with Anki's optimizer, stored per deck or for all decks.

`optimize` fits parameters as Anki's "Optimize" does, with the Rust FSRS Anki runs
(`fsrs_rs_python`), and measures the log loss of the parameters in use and of the fitted ones
on the same reviews. A session schedules each deck with its own parameters, else with those
fitted for all decks, else with FSRS's defaults (`for_deck`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import fsrs_rs_python as fsrs_rs

from quizgen.errors import QuizgenError
from quizgen.study.fsrs_items import DEFAULT_PARAMETERS, Answer, training_items
from quizgen.study.scheduler import from_micros, to_micros
from quizgen.study.settings import SchedulerSettings
from quizgen.study.store import Store
from quizgen.visible import excerpt

ALL_DECKS = ""
"""The deck id under which parameters for every deck without its own are stored."""
MIN_REVIEWS = 400
"""Fewer reviews that count towards fitting than this, and `optimize` refuses: the fit would mostly echo
the defaults, or follow chance."""


class TooFewReviews(QuizgenError):
    """The review log is too short to fit parameters to."""


@dataclass(frozen=True)
class Fit:
    """Parameters fitted to a review log, and how well they and the ones in use predict it."""

    deck_id: str
    """The deck fitted to, or `ALL_DECKS`."""
    weights: tuple[float, ...]
    reviews: int
    """Reviews that counted towards the fit (each on a later study day than the review before it)."""
    log_loss_before: float
    """Log loss of the parameters in use before the fit (lower is better)."""
    log_loss_after: float


def for_deck(conn: sqlite3.Connection, deck_id: str) -> tuple[float, ...] | None:
    """The parameters `deck_id` is scheduled with: its own, else those for all decks; None for FSRS's defaults."""
    rows = dict(
        conn.execute("SELECT deck_id, weights FROM parameters WHERE deck_id IN (?, ?)", (deck_id, ALL_DECKS)).fetchall()
    )
    raw = rows.get(deck_id, rows.get(ALL_DECKS))
    return None if raw is None else tuple(float(w) for w in json.loads(raw))


def stored(conn: sqlite3.Connection, deck_id: str) -> tuple[tuple[float, ...], datetime] | None:
    """The parameters stored exactly for `deck_id` (or `ALL_DECKS`) and when they were fitted; None when none are."""
    row = conn.execute("SELECT weights, fitted_at FROM parameters WHERE deck_id = ?", (deck_id,)).fetchone()
    return None if row is None else (tuple(json.loads(row[0])), from_micros(row[1]))


def save(conn: sqlite3.Connection, fit: Fit, at: datetime) -> None:
    """Store `fit` for its deck (or all decks), replacing what was stored there."""
    conn.execute(
        "INSERT INTO parameters (deck_id, weights, reviews, log_loss_before, log_loss_after, fitted_at)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (deck_id) DO UPDATE SET weights = excluded.weights,"
        " reviews = excluded.reviews, log_loss_before = excluded.log_loss_before,"
        " log_loss_after = excluded.log_loss_after, fitted_at = excluded.fitted_at",
        (fit.deck_id, json.dumps(list(fit.weights)), fit.reviews, fit.log_loss_before, fit.log_loss_after)
        + (to_micros(at),),
    )


def histories(conn: sqlite3.Connection, deck_id: str | None) -> list[list[Answer]]:
    """Every item's answers, oldest first: of one deck, or of every deck when `deck_id` is None."""
    where, args = ("WHERE deck_id = ?", (deck_id,)) if deck_id is not None else ("", ())
    found: dict[int, list[Answer]] = {}
    for item_id, at, rating in conn.execute(
        f"SELECT item_id, reviewed_at, rating FROM reviews {where} ORDER BY item_id, reviewed_at, id", args
    ):
        found.setdefault(item_id, []).append(Answer(from_micros(at), rating))
    return list(found.values())


def fit(
    answers: Sequence[Sequence[Answer]], settings: SchedulerSettings, current: Sequence[float] | None, deck_id: str
) -> Fit:
    """Parameters fitted to `answers` (each item's history); TooFewReviews below `MIN_REVIEWS`."""
    items = training_items(answers, settings)
    where = "all decks" if deck_id == ALL_DECKS else f"deck '{excerpt(deck_id)}'"
    if len(items) < MIN_REVIEWS:
        raise TooFewReviews(
            f"{where}: {len(items)} reviews count towards fitting (a review on a later study day than the one "
            f"before it), and fitting needs at least {MIN_REVIEWS}; keep studying with the defaults and try again"
        )
    before = list(current or DEFAULT_PARAMETERS)
    weights = fsrs_rs.FSRS(before).compute_parameters(items)
    loss_before = fsrs_rs.FSRS(before).evaluate(items).log_loss
    loss_after = fsrs_rs.FSRS(weights).evaluate(items).log_loss
    return Fit(deck_id, tuple(weights), len(items), loss_before, loss_after)


def optimize(store: Store, deck_id: str | None, settings: SchedulerSettings, at: datetime) -> Fit:
    """Fit parameters to the review log of `deck_id` (every deck when None) and store them for it."""
    scope = ALL_DECKS if deck_id is None else deck_id
    with store.read() as conn:
        if deck_id is not None and conn.execute("SELECT 1 FROM decks WHERE deck_id = ?", (deck_id,)).fetchone() is None:
            raise QuizgenError(f"{store.path}: no deck '{excerpt(deck_id)}' has been studied with this store")
        current = for_deck(conn, deck_id) if deck_id is not None else _own(conn, ALL_DECKS)
        answers = histories(conn, deck_id)
    result = fit(answers, settings, current, scope)
    with store.write() as conn:
        save(conn, result, at)
    return result


def _own(conn: sqlite3.Connection, deck_id: str) -> tuple[float, ...] | None:
    found = stored(conn, deck_id)
    return None if found is None else found[0]
