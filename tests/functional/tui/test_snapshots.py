"""SVG snapshots of the study app at 80x24: deck list, each card type, the grade keys with their
intervals, the type-in comparison, summary, nothing to study, stats and the heatmap, light theme.

Update after an intended change of looks: pytest tests/functional/tui/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

import pytest
from study_support import EVERY_TYPE, Clock

from quizgen.deckio.loader import load_deck
from quizgen.study import SchedulerSettings, Session, Store
from tui.app import StudyApp

SIZE = (80, 24)


FIXED = SchedulerSettings(fuzz=False)
"""Scheduling without fuzz, so the intervals on the grade keys are the same in every run."""


def app_on(tmp_path: Path, path: Path = EVERY_TYPE, theme: str | None = None) -> StudyApp:
    return StudyApp([path], store_path=tmp_path / "progress.sqlite3", clock=Clock(), theme=theme, settings=FIXED)


def deck_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "every-type.yaml").write_text(EVERY_TYPE.read_text())
    (folder / "broken.yaml").write_text("id: broken\ntitle: Broken\ncards: []\n")
    return Path("decks")  # relative, so the problem's file name is the same in every run


async def _counts_shown(pilot) -> None:
    for _ in range(100):
        if pilot.app.screen.counts_shown:
            return
        await pilot.pause(0.01)
    raise AssertionError("the deck counts never appeared")


def test_deck_list(snap_compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert snap_compare(app_on(tmp_path, deck_folder(tmp_path)), terminal_size=SIZE, run_before=_counts_shown)


def test_basic_question(snap_compare, tmp_path: Path) -> None:
    assert snap_compare(app_on(tmp_path), terminal_size=SIZE)


def test_basic_revealed(snap_compare, tmp_path: Path) -> None:
    assert snap_compare(app_on(tmp_path), terminal_size=SIZE, press=["space"])


def test_cloze_question(snap_compare, tmp_path: Path) -> None:
    assert snap_compare(app_on(tmp_path), terminal_size=SIZE, press=["enter", "3"])


def test_choice_question(snap_compare, tmp_path: Path) -> None:
    assert snap_compare(app_on(tmp_path), terminal_size=SIZE, press=["enter", "3", "enter", "3"])


def test_choice_wrong_feedback(snap_compare, tmp_path: Path) -> None:
    keys = ["enter", "3", "enter", "3", "a"]
    assert snap_compare(app_on(tmp_path), terminal_size=SIZE, press=keys)


def test_truefalse_question(snap_compare, tmp_path: Path) -> None:
    keys = ["enter", "3", "enter", "3", "b", "enter", "enter", "3"]
    assert snap_compare(app_on(tmp_path), terminal_size=SIZE, press=keys)


def test_typed_near_miss(snap_compare, tmp_path: Path) -> None:
    keys = ["enter", "3", "enter", "3", "b", "enter", "enter", "3", "f", "enter", *"amu darja", "enter"]
    assert snap_compare(app_on(tmp_path), terminal_size=SIZE, press=keys)


def test_study_light_theme(snap_compare, tmp_path: Path) -> None:
    keys = ["enter", "3", "enter", "3", "a"]
    assert snap_compare(app_on(tmp_path, theme="textual-light"), terminal_size=SIZE, press=keys)


def test_summary(snap_compare, tmp_path: Path) -> None:
    keys = ["enter", "3", "enter", "1", "b", "enter", "enter", "3", "q"]
    assert snap_compare(app_on(tmp_path), terminal_size=SIZE, press=keys)


def test_stats(snap_compare, tmp_path: Path) -> None:
    keys = ["enter", "3", "enter", "1", "b", "enter", "enter", "3", "t", "enter", "s"]
    assert snap_compare(app_on(tmp_path), terminal_size=SIZE, press=keys)


def test_help(snap_compare, tmp_path: Path) -> None:
    assert snap_compare(app_on(tmp_path), terminal_size=SIZE, press=["question_mark"])


def test_grade_keys_after_a_changed_grade(snap_compare, tmp_path: Path) -> None:
    keys = ["enter", "3", "enter", "3", "a", "3"]  # the choice card answered wrongly, then graded Good
    assert snap_compare(app_on(tmp_path), terminal_size=SIZE, press=keys)


def test_typed_given_up(snap_compare, tmp_path: Path) -> None:
    keys = ["enter", "3", "enter", "3", "b", "enter", "enter", "3", "f", "enter", "enter"]
    assert snap_compare(app_on(tmp_path), terminal_size=SIZE, press=keys)


def test_nothing_to_study_says_when(snap_compare, tmp_path: Path) -> None:
    app = StudyApp([EVERY_TYPE], store_path=tmp_path / "progress.sqlite3", clock=Clock(), new_per_day=0, settings=FIXED)
    assert snap_compare(app, terminal_size=SIZE)


def test_heatmap(snap_compare, tmp_path: Path) -> None:
    store = tmp_path / "progress.sqlite3"
    year_of_study(store)
    app = StudyApp([EVERY_TYPE], store_path=store, clock=Clock(), settings=FIXED)
    assert snap_compare(app, terminal_size=(80, 30), press=["escape", "s"])


def year_of_study(store: Path) -> None:
    """Study the deck on some days of the year before the clock's day, the same days every run."""
    deck = load_deck(EVERY_TYPE)
    rng = random.Random(7)
    day = Clock().now - timedelta(days=364)
    with Store.open(store) as opened:
        while day < Clock().now - timedelta(hours=12):
            if rng.random() < 0.45:
                clock = Clock(day)
                settings = SchedulerSettings(fuzz=False, new_per_day=2)
                session = Session.open(opened, [deck], settings=settings, now=clock)
                for _ in range(rng.randint(1, 6)):
                    item = session.next()
                    if item is None:
                        break
                    session.answer(item, rng.choice([1, 2, 3, 3, 4]))
                    clock.advance(minutes=3)
            day += timedelta(days=1)
