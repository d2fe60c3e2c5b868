"""A deck cache entry written by someone else: the app shows the deck file's cards, never the entry's."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import stat
from pathlib import Path

import pytest
from faults_support import basic_deck
from study_support import Clock

from quizgen.deckio import cache as deck_cache
from quizgen.deckio import cachekey, seen
from quizgen.deckio.cache import CachedDeck, open_cached
from quizgen.model.cards import Deck
from tui.app import StudyApp
from tui.screens.study import StudyScreen

SIZE = (80, 24)
FOREIGN = {"id": "planted", "type": "basic", "front": "A card the file does not have", "back": "x"}


def entry(deck: Path) -> Path:
    return deck_cache.entry_path(deck.read_bytes())


def planted(deck: Path) -> None:
    """Rewrite the deck's entry as someone without the key would: a card added first, a new title."""
    header, header_signature, ids, _, signature, *cards = entry(deck).read_text().split("\n")
    title = dict(json.loads(header), title="Planted \x1b]0;title\x07")
    cards = [json.dumps(FOREIGN), *cards]
    sums = [hashlib.sha256(card.encode()).hexdigest() for card in cards]
    uids = ["planted", *json.loads(ids)]
    lines = [json.dumps(title), header_signature, json.dumps(uids), json.dumps(sums), signature, *cards]
    entry(deck).write_text("\n".join(lines))


async def first_card(deck: Path, tmp_path: Path) -> tuple[str, str]:
    app = StudyApp([deck], store_path=tmp_path / "progress.sqlite3", clock=Clock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StudyScreen)
        return screen.item.card.uid, screen.deck_title


async def test_an_entry_that_adds_a_card_and_changes_the_title_is_not_used(tmp_path: Path) -> None:
    deck = basic_deck(tmp_path / "deck.yaml", 3)
    assert await first_card(deck, tmp_path) == ("c0", "Fault drill")  # the entry is written
    planted(deck)
    assert not isinstance(open_cached(deck), CachedDeck)  # its signature no longer matches
    assert await first_card(deck, tmp_path / "again") == ("c0", "Fault drill")


async def test_a_signed_entry_with_a_card_that_breaks_the_rules_is_not_shown(tmp_path: Path) -> None:
    """Even an entry signed with the key (a bug, or a stolen key) cannot show a card the rules refuse."""
    deck = tmp_path / "deck.yaml"
    deck.write_text(
        "id: trust\ntitle: Trust\ncards:\n  - {id: q, type: choice, question: Q?, choices: [a, b], answer: a}\n"
    )
    bad = Deck.model_validate(
        {
            "id": "trust",
            "title": "Trust",
            "cards": [{"id": "q", "type": "choice", "question": "Q?", "choices": ["a", "b"], "answer": "not a choice"}],
        }
    )
    deck_cache._write_entry(entry(deck), bad)  # signed, but its answer is not among its choices
    found = open_cached(deck)
    assert isinstance(found, CachedDeck)
    assert found.card("q").answer == "a"  # checked, refused, and read from the file again
    app = StudyApp([deck], store_path=tmp_path / "progress.sqlite3", clock=Clock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StudyScreen) and app.screen.item.card.answer == "a"


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="needs file owners")
@pytest.mark.parametrize("problem", ["readable by others", "a link"])
def test_a_key_that_others_could_know_turns_the_cache_off(tmp_path: Path, problem: str) -> None:
    deck = basic_deck(tmp_path / "deck.yaml", 3)
    open_cached(deck)
    assert isinstance(open_cached(deck), CachedDeck)
    key = deck_cache.cache_root() / "key"
    if problem == "readable by others":
        key.chmod(0o644)
    else:
        real = tmp_path / "elsewhere"
        real.write_bytes(key.read_bytes())
        real.chmod(0o600)
        key.unlink()
        key.symlink_to(real)
    cachekey._keys.clear()  # a new process
    assert not isinstance(open_cached(deck), CachedDeck)
    assert open_cached(deck).deck is not None  # parsed from the file every time, and still right


@pytest.mark.parametrize("where", ["entry", "key", "index"])
async def test_a_fifo_put_in_the_cache_neither_blocks_nor_is_used(tmp_path: Path, where: str) -> None:
    deck = basic_deck(tmp_path / "deck.yaml", 3)
    open_cached(deck)
    places = {"entry": entry(deck), "key": deck_cache.cache_root() / "key", "index": seen._index_path()}
    target = places[where]
    target.unlink()
    os.mkfifo(target)
    cachekey._keys.clear()  # a new process
    seen._loaded.clear()

    async def study() -> tuple[str, str]:
        return await first_card(deck, tmp_path)

    assert await asyncio.wait_for(study(), timeout=20) == ("c0", "Fault drill")
    assert stat.S_ISFIFO(target.lstat().st_mode)


def test_an_index_of_file_hashes_written_by_someone_else_cannot_point_a_deck_at_another_entry(
    tmp_path: Path,
) -> None:
    deck = basic_deck(tmp_path / "deck.yaml", 3)
    other = tmp_path / "other.yaml"
    other.write_text("id: other\ntitle: Other\ncards:\n  - {id: o1, type: basic, front: Elsewhere?, back: Here}\n")
    for path in (deck, other):
        os.utime(path, (1_000_000_000, 1_000_000_000))  # long before it is hashed: its stat vouches for it
        open_cached(path)
    assert isinstance(open_cached(other), CachedDeck)  # the other deck's entry is there, signed
    st = deck.stat()
    forged = {str(deck.resolve()): [st.st_size, st.st_ino, st.st_mtime_ns, st.st_ctime_ns, entry(other).stem, 4e9]}
    seen._index_path().write_text(json.dumps(forged))  # without the key: no valid signature
    seen._loaded.clear()  # a new process
    found = deck_cache.check_cached(deck)
    assert found.deck is not None and (found.deck.id, found.deck.cards[0].uid) == ("faults", "c0")
