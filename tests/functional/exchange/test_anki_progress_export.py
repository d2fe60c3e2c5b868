"""`quizgen export anki --with-progress`, checked by the real Anki importing the package with scheduling:
review counts, due days in the user's time zone with the 4 a.m. day start, FSRS memory states, and
Anki's Check Database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from anki_backend import fresh_collection, in_own_process, scheduled_cards
from progress_support import PROGRESS_DECK, study_days
from study_support import time_zone

from quizgen.cli import main
from quizgen.deckio.loader import loads_deck
from quizgen.model.progress import study_date
from quizgen.study.history import read_progress
from quizgen.study.settings import utc_now
from quizgen.study.store import Store


def import_with_scheduling(col: Collection, package: Path) -> None:
    """Import `package` as Anki's File > Import does with "Import any learning progress" ticked."""
    options = ImportAnkiPackageOptions(with_scheduling=True, with_deck_configs=False)
    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(package), options=options))


@pytest.mark.parametrize("zone", ["America/New_York", "Asia/Almaty"])
def test_anki_imports_the_progress_quizgen_exported(
    tmp_path: Path, zone: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with time_zone(zone):
        deck_path = tmp_path / "progress.yaml"
        deck_path.write_text(PROGRESS_DECK, encoding="utf-8")
        deck = loads_deck(PROGRESS_DECK, str(deck_path))
        store = tmp_path / "progress.sqlite3"
        study_days(store, [deck], 30)
        out = tmp_path / "out.apkg"
        assert main(["export", "anki", str(deck_path), "-o", str(out), "--with-progress", "--store", str(store)]) == 0
        with Store.open(store) as opened:
            progress = read_progress(opened, ["progress"])
        reviewed = [item for item in progress.values() if item.reviews]
        total = sum(len(item.reviews) for item in reviewed)
        assert f"progress of {len(reviewed)} Anki cards with {total} reviews" in capsys.readouterr().out

        anki = in_own_process(scheduled_cards, str(out), str(tmp_path / "anki"))  # Anki in this time zone
        today = study_date(utc_now())
        seen = set()
        for card in anki["cards"]:
            uid = card["guid"].split(":")[2]
            ordinal = card["ord"] + 1 if uid == "gas" else card["ord"]
            item = progress[("progress", uid, ordinal)]
            seen.add(item.key)
            assert card["reviews"] == len(item.reviews), item.key
            if item.state is None:
                assert card["type"] == 0 and card["queue"] == 0
                continue
            assert card["type"] == {1: 1, 2: 2, 3: 3}[item.state], item.key
            assert item.due is not None and item.stability is not None and item.difficulty is not None
            if card["queue"] == 2:
                # days until due, as Anki counts them, equal quizgen's study days until due
                assert card["due"] - anki["today"] == (study_date(item.due) - today).days, item.key
            else:
                assert card["due"] == int(item.due.timestamp())
            # to 2 decimals (Anki keeps them as 32-bit floats)
            assert card["stability"] == pytest.approx(item.stability, abs=0.005), item.key
            assert card["difficulty"] == pytest.approx(item.difficulty, abs=0.005), item.key
        assert len(seen) == len(progress) == 10
        message, ok = anki["integrity"]
        assert ok and message == "Database rebuilt and optimized.", message


def test_the_revlog_keeps_each_answer(tmp_path: Path) -> None:
    """Ratings, times, durations and types of the review log are quizgen's answers."""
    deck_path = tmp_path / "progress.yaml"
    deck_path.write_text(PROGRESS_DECK, encoding="utf-8")
    deck = loads_deck(PROGRESS_DECK, str(deck_path))
    store = tmp_path / "progress.sqlite3"
    study_days(store, [deck], 12, seed=3)
    out = tmp_path / "out.apkg"
    assert main(["export", "anki", str(deck_path), "-o", str(out), "--with-progress", "--store", str(store)]) == 0
    col = fresh_collection(tmp_path / "anki")
    import_with_scheduling(col, out)
    logged = col.db.all("SELECT id, ease, time, type FROM revlog ORDER BY id")
    col.close()
    db = sqlite3.connect(store)
    answers = db.execute(
        "SELECT reviewed_at, rating, duration, state_before FROM reviews ORDER BY reviewed_at"
    ).fetchall()
    db.close()
    assert [(i, e, t) for i, e, t, _ in logged] == [(at // 1000, r, round(d * 1000)) for at, r, d, _ in answers]
    kinds = {None: 0, 1: 0, 2: 1, 3: 2}
    assert [k for *_, k in logged] == [kinds[s] for *_, s in answers]


def test_export_with_progress_needs_a_store_and_store_needs_with_progress(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deck_path = tmp_path / "progress.yaml"
    deck_path.write_text(PROGRESS_DECK, encoding="utf-8")
    missing = tmp_path / "none.sqlite3"
    out = tmp_path / "out.apkg"
    assert main(["export", "anki", str(deck_path), "-o", str(out), "--with-progress", "--store", str(missing)]) == 1
    assert "no progress store here yet" in capsys.readouterr().err and not out.exists()
    assert main(["export", "anki", str(deck_path), "-o", str(out), "--store", str(missing)]) == 2
    assert "--with-progress" in capsys.readouterr().err and not out.exists()


def test_the_store_is_an_input_no_output_may_replace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deck_path = tmp_path / "progress.yaml"
    deck_path.write_text(PROGRESS_DECK, encoding="utf-8")
    store = tmp_path / "progress.sqlite3"
    study_days(store, [loads_deck(PROGRESS_DECK, str(deck_path))], 2)
    before = store.read_bytes()
    args = ["export", "anki", str(deck_path), "-o", str(store), "--with-progress", "--store", str(store), "--force"]
    assert main(args) == 1
    assert "is also an input of this command" in capsys.readouterr().err
    assert store.read_bytes() == before
