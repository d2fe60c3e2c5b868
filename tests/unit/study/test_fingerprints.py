"""Deck fingerprints: an unchanged deck file is not compared with the store card by card again."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from quizgen.deckio import cache as deck_cache
from quizgen.model.cards import Deck
from quizgen.study import Session, Store
from quizgen.study import migrations as mig
from quizgen.study.store import APPLICATION_ID
from quizgen.study.sync import sync_deck

T0 = datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)


def make_deck(*fronts: str) -> Deck:
    cards = [{"id": f"c{i}", "type": "basic", "front": front, "back": "B"} for i, front in enumerate(fronts)]
    return Deck.model_validate({"id": "d", "title": "D", "cards": cards})


def prompts(store: Store) -> list[str]:
    rows = store.connection.execute("SELECT prompt FROM items WHERE removed = 0 ORDER BY position")
    return [row[0] for row in rows]


@pytest.fixture
def store(tmp_path: Path) -> Any:
    with Store.open(tmp_path / "progress.sqlite3") as opened:
        yield opened


def test_a_deck_synced_with_the_same_fingerprint_is_not_read_again(store: Store) -> None:
    assert sync_deck(store, make_deck("One?", "Two?"), T0, "file-a").added == 2
    # A deck that differs from the store, under the fingerprint already recorded, is taken on trust.
    assert not sync_deck(store, make_deck("Changed?"), T0, "file-a").changed
    assert prompts(store) == ["One?", "Two?"]
    assert sync_deck(store, make_deck("Changed?"), T0, "file-b").edited == 1
    assert prompts(store) == ["Changed?"]


def test_a_sync_without_fingerprint_that_writes_forgets_the_old_one(store: Store) -> None:
    sync_deck(store, make_deck("One?"), T0, "file-a")
    assert sync_deck(store, make_deck("Edited in code?"), T0).edited == 1
    # The items no longer match file-a, so its fingerprint must not skip the comparison.
    assert sync_deck(store, make_deck("One?"), T0, "file-a").edited == 1
    assert prompts(store) == ["One?"]


def test_an_unchanged_deck_gets_its_fingerprint_recorded(store: Store) -> None:
    sync_deck(store, make_deck("One?"), T0)
    assert not sync_deck(store, make_deck("One?"), T0, "file-a").changed
    assert not sync_deck(store, make_deck("Not compared?"), T0, "file-a").changed
    assert prompts(store) == ["One?"]


def test_fingerprints_are_kept_per_deck(store: Store) -> None:
    other = Deck.model_validate({"id": "e", "title": "E", "cards": [{"type": "basic", "front": "F", "back": "B"}]})
    sync_deck(store, make_deck("One?"), T0, "same")
    assert sync_deck(store, other, T0, "same").added == 1


def test_sessions_pass_the_fingerprint_of_each_deck(store: Store) -> None:
    Session.open(store, [make_deck("One?")], now=T0, fingerprints={"d": "file-a"})
    item = Session.open(store, [make_deck("One?", "Two?")], now=T0, fingerprints={"d": "file-a"}).next()
    assert prompts(store) == ["One?"] and item is not None and item.card.uid == "c0"
    Session.open(store, [make_deck("One?", "Two?")], now=T0, fingerprints={"d": "file-b"})
    assert prompts(store) == ["One?", "Two?"]


def test_the_deck_cache_gives_the_file_hash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUIZGEN_CACHE", str(tmp_path / "cache"))
    path = tmp_path / "deck.yaml"
    path.write_text("id: d\ntitle: D\ncards:\n  - {type: basic, front: F, back: B}\n")
    parsed = deck_cache.check_cached(path)
    cached = deck_cache.check_cached(path)
    assert parsed.digest == cached.digest == deck_cache.entry_path(path.read_bytes()).stem
    path.write_text("id: d\ntitle: D\ncards:\n  - {type: basic, front: F2, back: B}\n")
    assert deck_cache.check_cached(path).digest != parsed.digest


def test_the_app_compares_a_deck_file_only_when_it_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tui.library import Library

    monkeypatch.setenv("QUIZGEN_CACHE", str(tmp_path / "cache"))
    path = tmp_path / "deck.yaml"
    path.write_text("id: d\ntitle: D\ncards:\n  - {id: c0, type: basic, front: One?, back: B}\n")
    with Store.open(tmp_path / "progress.sqlite3") as store:
        library = Library([path], store)
        library.session(library.decks)
        with store.write() as conn:
            conn.execute("UPDATE items SET prompt = 'Tampered' WHERE card_uid = 'c0'")
        again = Library([path], store)
        again.session(again.decks)
        assert prompts(store) == ["Tampered"]
        path.write_text("id: d\ntitle: D\ncards:\n  - {id: c0, type: basic, front: Two?, back: B}\n")
        edited = Library([path], store)
        edited.session(edited.decks)
        assert prompts(store) == ["Two?"]


def test_a_version_1_store_is_upgraded_and_keeps_its_items(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    mig.migrate(conn, upto=1)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("INSERT INTO decks (deck_id, title, synced_at) VALUES ('d', 'D', 0)")
    conn.execute(
        "INSERT INTO items (deck_id, card_uid, ordinal, position, card_type, prompt, content_hash)"
        " VALUES ('d', 'c0', 0, 0, 'basic', 'One?', ?)",
        (make_deck("One?").cards[0].content_hash(),),
    )
    conn.execute("COMMIT")
    conn.close()
    with Store.open(path) as upgraded:
        assert upgraded.schema_version == mig.SCHEMA_VERSION
        assert upgraded.connection.execute("SELECT COUNT(*) FROM deck_fingerprints").fetchone() == (0,)
        assert not sync_deck(upgraded, make_deck("One?"), T0, "file-a").changed
        assert not sync_deck(upgraded, make_deck("Not compared?"), T0, "file-a").changed
        assert prompts(upgraded) == ["One?"]
