"""`quizgen stats` end to end, on a store filled by a real session."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from repo_paths import REPO

from quizgen.deckio.loader import load_deck
from quizgen.study import SchedulerSettings, Session, Store

DECK = REPO / "decks" / "central-asia-geography.yaml"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "quizgen", *args], capture_output=True, text=True, cwd=REPO, env=env)


def fill(path: Path) -> int:
    """Study every new item of the bundled deck once, as of yesterday; returns the answers."""
    deck = load_deck(DECK)
    when = datetime.now(timezone.utc) - timedelta(days=1)
    with Store.open(path) as store:
        session = Session.open(store, [deck], settings=SchedulerSettings(fuzz=False, new_per_day=5), now=when)
        answered = 0
        while (item := session.next()) is not None:
            session.answer(item, 3 if answered % 3 else 4)
            answered += 1
    return answered


def test_stats_json_has_the_documented_keys(tmp_path: Path) -> None:
    store = tmp_path / "p.sqlite3"
    answered = fill(store)
    result = run("stats", "--store", str(store), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"reviews", "cards_studied", "due_today", "retention", "per_day"} <= set(data)
    assert data["reviews"] == answered and data["cards_studied"] == 5
    assert len(data["per_day"]) == 30 and sum(day["reviews"] for day in data["per_day"]) == answered
    assert data["decks"] == [load_deck(DECK).id]


def test_stats_text_and_the_store_from_the_environment(tmp_path: Path) -> None:
    store = tmp_path / "p.sqlite3"
    answered = fill(store)
    import os

    env = {**os.environ, "QUIZGEN_STORE": str(store)}
    result = run("stats", "--deck", load_deck(DECK).id, env=env)
    assert result.returncode == 0, result.stderr
    assert f"reviews:          {answered} " in result.stdout
    assert "cards studied:    5 of " in result.stdout and "hardest cards:" in result.stdout


def test_stats_on_a_file_that_is_not_a_store_is_one_clear_line(tmp_path: Path) -> None:
    path = tmp_path / "deck.yaml"
    path.write_text("id: x\ntitle: X\n")
    result = run("stats", "--store", str(path))
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith(f"quizgen: {path}: is not a SQLite database")
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    assert path.read_text() == "id: x\ntitle: X\n"


def test_stats_of_an_unknown_deck_or_missing_store(tmp_path: Path) -> None:
    store = tmp_path / "p.sqlite3"
    fill(store)
    result = run("stats", "--store", str(store), "--deck", "nope")
    assert result.returncode == 1 and "has no progress for deck 'nope'" in result.stderr
    result = run("stats", "--store", str(tmp_path / "absent.sqlite3"))
    assert result.returncode == 1 and "no progress store here yet" in result.stderr
    assert not (tmp_path / "absent.sqlite3").exists()
