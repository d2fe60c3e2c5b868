"""Progress into the store: answers added once, states taken unless the store is as recent, other items untouched."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from quizgen.deckio.loader import loads_deck
from quizgen.model.progress import REVIEW, ItemProgress, ReviewRecord
from quizgen.study.history import apply_progress, read_progress
from quizgen.study.settings import SchedulerSettings
from quizgen.study.store import Store
from quizgen.study.sync import sync_deck

DECK = loads_deck(
    "id: d\ntitle: D\ncards:\n  - {id: a, type: basic, front: A, back: a}\n  - {id: b, type: basic, front: B, back: b}\n",
    "d.yaml",
)
T = datetime(2026, 2, 1, 10, tzinfo=timezone.utc)
SETTINGS = SchedulerSettings()


def progress(uid: str, days: int, stability: float | None = 9.0) -> ItemProgress:
    reviews = [ReviewRecord.of(T, 3, None, 2.0), ReviewRecord.of(T + timedelta(days=days), 3, REVIEW, 3.0)]
    return ItemProgress(
        "d",
        uid,
        0,
        REVIEW,
        None,
        stability,
        None if stability is None else 5.0,
        T + timedelta(days=2 * days),
        reviews[-1].at,
        reviews,
    )


def test_apply_adds_once_and_leaves_other_items_alone(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.sqlite3") as store:
        sync_deck(store, DECK, T)
        first = apply_progress(store, [progress("a", 3), ItemProgress("d", "gone", 0, REVIEW)], SETTINGS)
        assert (first.items, first.reviews, first.missing) == (1, 2, 1)
        again = apply_progress(store, [progress("a", 3)], SETTINGS)
        assert (again.items, again.reviews, again.kept) == (0, 0, 1)
        found = read_progress(store, ["d"])
    assert found[("d", "a", 0)].stability == 9.0 and len(found[("d", "a", 0)].reviews) == 2
    assert found[("d", "b", 0)].state is None and found[("d", "b", 0)].reviews == []


def test_newer_imported_answers_replace_the_state_and_missing_memory_is_computed(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.sqlite3") as store:
        sync_deck(store, DECK, T)
        apply_progress(store, [progress("a", 3)], SETTINGS)
        later = apply_progress(store, [progress("a", 5, stability=None)], SETTINGS)
        found = read_progress(store, ["d"])[("d", "a", 0)]
    assert (later.items, later.reviews, later.computed) == (1, 1, 1)
    assert [r.at for r in found.reviews] == [T, T + timedelta(days=3), T + timedelta(days=5)]
    assert found.stability is not None and found.stability != 9.0 and found.due == T + timedelta(days=10)
