"""`--reviewed-only` on study and on every export: generated cards no one has reviewed stay out;
cards written by hand (no source sentence), kept and edited cards go in."""

from __future__ import annotations

from pathlib import Path

import pytest
from anki_backend import fresh_collection, import_package
from study_support import Clock

from quizgen.cli import main
from tui.app import StudyApp

DECK = """\
id: reviewed
title: Reviewed
cards:
  - id: by-hand
    type: basic
    front: Written by hand?
    back: Yes, no source
  - id: kept
    type: typed
    reviewed: true
    question: Kept by the teacher?
    answer: Kept
    source: {sentence: The teacher kept it.}
  - id: edited
    type: truefalse
    edited: true
    statement: The teacher edited it.
    answer: true
    source: {sentence: The teacher edited it.}
  - id: unreviewed
    type: cloze
    text: "Nobody has {{c1::read}} it."
    source: {sentence: Nobody has read it.}
"""
PROMPTS = ["Written by hand?", "Kept by the teacher?", "The teacher edited it."]


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    path = tmp_path / "reviewed.yaml"
    path.write_text(DECK, encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", ["markdown", "gift"])
def test_text_exports_leave_out_unreviewed_cards(deck: Path, tmp_path: Path, kind: str) -> None:
    every, reviewed = tmp_path / f"every.{kind}", tmp_path / f"reviewed.{kind}"
    assert main(["export", kind, str(deck), "-o", str(every)]) == 0
    assert main(["export", kind, str(deck), "-o", str(reviewed), "--reviewed-only"]) == 0
    assert "Nobody has" in every.read_text(encoding="utf-8")
    text = reviewed.read_text(encoding="utf-8")
    assert "Nobody has" not in text and all(p in text for p in PROMPTS)


def test_the_worksheet_leaves_out_unreviewed_cards(deck: Path, tmp_path: Path) -> None:
    out = tmp_path / "quiz.html"
    assert main(["export", "quiz", str(deck), "-o", str(out), "--reviewed-only"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "Nobody has" not in text and "Kept by the teacher?" in text


def test_the_anki_package_holds_only_reviewed_cards(deck: Path, tmp_path: Path) -> None:
    package = tmp_path / "reviewed.apkg"
    assert main(["export", "anki", str(deck), "-o", str(package), "--reviewed-only"]) == 0
    col = fresh_collection(tmp_path)
    try:
        import_package(col, package)
        fields = " ".join(" ".join(col.get_note(nid).fields) for nid in col.find_notes(""))
        assert col.note_count() == 3
        assert "Nobody has" not in fields and "Kept by the teacher?" in fields
    finally:
        col.close()


def test_a_deck_with_no_reviewed_card_is_one_line_and_exit_1(tmp_path: Path, capsys) -> None:
    path = tmp_path / "raw.yaml"
    path.write_text(
        "id: raw\ntitle: Raw\ncards:\n  - type: basic\n    front: F\n    back: B\n    source: {sentence: F is B.}\n",
        encoding="utf-8",
    )
    assert main(["export", "markdown", str(path), "--reviewed-only"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no card of deck 'raw' is reviewed; review it with 'quizgen review" in err


async def test_study_reviewed_only_shows_only_reviewed_cards(deck: Path, tmp_path: Path) -> None:
    app = StudyApp([deck], store_path=tmp_path / "progress.sqlite3", clock=Clock(), reviewed_only=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        session = app.screen.session
        assert session.remaining_counts() == (3, 0, 0)
    every = StudyApp([deck], store_path=tmp_path / "progress.sqlite3", clock=Clock())
    async with every.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert every.screen.session.remaining_counts() == (4, 0, 0)
