"""SVG snapshots of the study app at 80x24: deck list, each card type, summary, stats, light theme.

Update after an intended change of looks: pytest tests/functional/test_study_snapshots.py --snapshot-update
"""

from __future__ import annotations

from pathlib import Path

import pytest
from study_support import EVERY_TYPE, Clock

from tui.app import StudyApp

SIZE = (80, 24)


def app_on(tmp_path: Path, path: Path = EVERY_TYPE, theme: str | None = None) -> StudyApp:
    return StudyApp([path], store_path=tmp_path / "progress.sqlite3", clock=Clock(), theme=theme)


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
