"""`quizgen import anki --with-progress` of packages the real Anki wrote: a collection studied with Anki's
own scheduler, FSRS on and off (SM-2), exported with scheduling. Each card's state, due day, memory
state and review log come into the store; a second import adds nothing; other progress is untouched."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest
from anki.collection import Collection, ExportAnkiPackageOptions
from anki_backend import fresh_collection, in_own_process
from progress_support import PROGRESS_DECK, study_days
from study_support import time_zone

from quizgen.cli import main
from quizgen.deckio.loader import load_deck, loads_deck
from quizgen.exchange.anki.identity import foreign_card_id
from quizgen.model.progress import study_date
from quizgen.study.history import read_progress
from quizgen.study.session import Session
from quizgen.study.settings import SchedulerSettings, utc_now
from quizgen.study.store import Store

ZONE = "Europe/Berlin"


def studied_collection(folder: Path, fsrs: bool) -> Collection:
    """A collection whose cards Anki's scheduler has answered: learning, review, relearning and new cards."""
    col = fresh_collection(folder)
    col.set_config("fsrs", fsrs)
    deck = col.decks.id("Studied")
    assert deck
    for i, (front, back) in enumerate([("one", "1"), ("two", "2"), ("three", "3"), ("four", "4"), ("five", "5")]):
        note = col.new_note(col.models.by_name("Basic (and reversed card)" if i == 0 else "Basic"))  # type: ignore[arg-type]
        note["Front"], note["Back"] = front, back
        col.add_note(note, deck)
    cloze = col.new_note(col.models.by_name("Cloze"))  # type: ignore[arg-type]
    cloze["Text"] = "{{c1::Paris}} is the capital of {{c2::France}}."
    col.add_note(cloze, deck)
    col.decks.select(deck)
    # Answer every card as Anki shows them: Easy graduates, Good steps on, Again lapses a review card.
    plan = {0: [4, 1], 1: [3, 3, 3], 2: [4], 3: [3], 4: [1, 3, 4], 5: [4, 3], 6: [2, 4]}
    cids = sorted(col.find_cards(""))
    for round_ in range(3):
        for index, cid in enumerate(cids[:-1]):  # the last card stays new
            ratings = plan.get(index, [])
            if round_ >= len(ratings):
                continue
            card = col.get_card(cid)
            if card.queue == 2:
                col.sched.set_due_date([cid], "0")
                card = col.get_card(cid)
            card.start_timer()
            col.sched.answerCard(card, ratings[round_])  # type: ignore[arg-type]
    col.sched.set_due_date([cids[2]], "0")  # a review card due today
    return col


def export_with_scheduling(col: Collection, path: Path, legacy: bool) -> Path:
    options = ExportAnkiPackageOptions(with_scheduling=True, with_deck_configs=True, with_media=False, legacy=legacy)
    col.export_anki_package(out_path=str(path), options=options, limit=None)
    return path


def check_studied_collection(folder: str, fsrs: bool, legacy: bool) -> None:
    """Study a collection in Anki, export it with scheduling, import it into quizgen and compare every card.
    Run in its own process (`in_own_process`), whose Anki backend reads the time zone under test."""
    tmp_path = Path(folder)
    col = studied_collection(tmp_path / "anki", fsrs)
    package = export_with_scheduling(col, tmp_path / "studied.apkg", legacy)
    store = tmp_path / "progress.sqlite3"
    decks = tmp_path / "decks"
    args = ["import", "anki", str(package), "-o", str(decks), "--with-progress", "--store", str(store)]
    assert main(args) == 0
    (deck_file,) = decks.glob("*.yaml")
    deck = load_deck(deck_file)
    with Store.open(store) as opened:
        progress = read_progress(opened, [deck.id])
    if not fsrs:  # what Anki computes from the review log once FSRS is turned on
        col.set_config("fsrs", True)
    today = study_date(utc_now())
    for cid in col.find_cards(""):
        card = col.get_card(cid)
        note = col.get_note(card.nid)
        uid = foreign_card_id(note.guid)
        ordinal = card.ord + 1 if note.note_type()["type"] == 1 else card.ord  # type: ignore[index]
        item = progress[(deck.id, uid, ordinal)]
        answers = col.db.scalar("SELECT count() FROM revlog WHERE cid = ? AND ease BETWEEN 1 AND 4", cid)
        assert len(item.reviews) == answers, item.key
        assert item.state == {0: None, 1: 1, 2: 2, 3: 3}[card.type], item.key
        if card.type == 0:
            continue
        assert item.due is not None and item.stability is not None and item.difficulty is not None
        if card.queue == 2:
            assert (study_date(item.due) - today).days == card.due - col.sched.today, item.key
        else:
            assert int(item.due.timestamp()) == card.due, item.key
        anki = card.memory_state if fsrs else col.compute_memory_state(cid)
        assert item.stability == pytest.approx(anki.stability, abs=0.005), item.key
        assert item.difficulty == pytest.approx(anki.difficulty, abs=0.005), item.key
    # quizgen study shows today what Anki shows today: the review card set due today
    with Store.open(store) as opened:
        session = Session.open(opened, [deck], settings=SchedulerSettings(fuzz=False))
        due_today = {session.next().card.uid}  # type: ignore[union-attr]
        assert session.remaining_counts()[2] == 1
    due_cards = col.db.list("SELECT id FROM cards WHERE queue = 2 AND due <= ?", col.sched.today)
    due_in_anki = {foreign_card_id(col.get_note(col.get_card(c).nid).guid) for c in due_cards}
    assert due_today == due_in_anki
    col.close()


@pytest.mark.parametrize("fsrs", [True, False], ids=["fsrs", "sm2"])
@pytest.mark.parametrize("legacy", [True, False], ids=["anki21", "anki21b"])
def test_progress_of_a_collection_studied_in_anki(tmp_path: Path, fsrs: bool, legacy: bool) -> None:
    with time_zone(ZONE):
        in_own_process(check_studied_collection, str(tmp_path), fsrs, legacy)


def test_importing_twice_adds_nothing_and_other_progress_is_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with time_zone(ZONE):
        col = studied_collection(tmp_path / "anki", fsrs=True)
        package = export_with_scheduling(col, tmp_path / "studied.apkg", legacy=False)
        studied = col.db.scalar("SELECT count() FROM cards WHERE type != 0")
        answers = col.db.scalar("SELECT count() FROM revlog WHERE ease BETWEEN 1 AND 4")
        col.close()
        store = tmp_path / "progress.sqlite3"
        other = loads_deck(PROGRESS_DECK, "progress.yaml")
        study_days(store, [other], 5)
        before = _dump(store, "progress")
        args = ["import", "anki", str(package), "-o", str(tmp_path / "decks"), "--with-progress", "--store", str(store)]
        assert main(args) == 0
        first = capsys.readouterr().out
        assert f"{studied} cards scheduled as in Anki, {answers} reviews added" in first
        imported = _dump(store, "studied")
        assert main([*args, "--force"]) == 0
        assert "0 reviews added" in capsys.readouterr().out
        assert _dump(store, "studied") == imported
        assert _dump(store, "progress") == before


def test_store_without_with_progress_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", "anki", str(tmp_path / "x.apkg"), "--store", str(tmp_path / "s.sqlite3")]) == 2
    assert "--with-progress" in capsys.readouterr().err


def _dump(store: Path, deck_id: str) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    db = sqlite3.connect(store)
    try:
        items = db.execute(
            "SELECT card_uid, ordinal, state, step, stability, difficulty, due, last_review, introduced, removed"
            " FROM items WHERE deck_id = ? ORDER BY card_uid, ordinal",
            (deck_id,),
        ).fetchall()
        reviews = db.execute(
            "SELECT item_id, reviewed_at, rating, state_before, duration FROM reviews WHERE deck_id = ? ORDER BY id",
            (deck_id,),
        ).fetchall()
    finally:
        db.close()
    assert items
    return items, reviews


@pytest.mark.parametrize(
    ("change", "says"),
    [
        ("UPDATE cards SET due = 99999999 WHERE type = 2", "] its due 99999999 is out of range; export it again"),
        ("UPDATE revlog SET id = id * 1000000", "] a time in its review log is out of range; export it again"),
        ("UPDATE revlog SET ease = 'three'", "the collection inside is damaged"),
    ],
    ids=["due", "revlog-time", "revlog-type"],
)
def test_damaged_scheduling_stops_the_import_with_nothing_written(
    tmp_path: Path, change: str, says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    col = studied_collection(tmp_path / "anki", fsrs=True)
    package = export_with_scheduling(col, tmp_path / "studied.apkg", legacy=True)
    col.close()
    with zipfile.ZipFile(package) as zf:
        data = zf.read("collection.anki21")
    raw = tmp_path / "collection.anki21"
    raw.write_bytes(data)
    db = sqlite3.connect(raw)
    db.execute(change)
    db.commit()
    db.close()
    damaged = tmp_path / "damaged.apkg"
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(damaged, "w") as out:
        for name in src.namelist():
            out.writestr(name, raw.read_bytes() if name == "collection.anki21" else src.read(name))
    store, decks = tmp_path / "progress.sqlite3", tmp_path / "decks"
    assert main(["import", "anki", str(damaged), "-o", str(decks), "--with-progress", "--store", str(store)]) == 1
    err = capsys.readouterr().err
    last = err.strip().splitlines()[-1]  # after the note type mappings
    assert last.startswith(f"quizgen: {damaged}") and says in last and "Traceback" not in err
    assert not list(decks.glob("*.yaml")) and not store.exists()


def test_a_package_of_some_of_a_decks_cards_touches_no_other_card(tmp_path: Path) -> None:
    """Export two cards of a studied deck with their progress, import them back into the same store: the deck's
    other cards keep every column, and nothing is added twice."""
    deck = loads_deck(PROGRESS_DECK, "progress.yaml")
    store = tmp_path / "progress.sqlite3"
    study_days(store, [deck], 6)
    before = _dump(store, "progress")
    part = tmp_path / "part.yaml"
    kept = [line for line in PROGRESS_DECK.splitlines() if "{id:" not in line or "id: kz" in line or "id: word" in line]
    part.write_text("\n".join(kept) + "\n", encoding="utf-8")
    package = tmp_path / "part.apkg"
    assert main(["export", "anki", str(part), "-o", str(package), "--with-progress", "--store", str(store)]) == 0
    args = ["import", "anki", str(package), "-o", str(tmp_path / "back"), "--with-progress", "--store", str(store)]
    assert main(args) == 0
    assert _dump(store, "progress") == before
