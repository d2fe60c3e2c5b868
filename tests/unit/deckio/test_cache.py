"""The validated-deck cache: keyed by content hash, never serving a stale or broken deck."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.deckio import cache as deck_cache
from quizgen.deckio import loader
from quizgen.deckio.bundled import bundled_decks_dir, default_deck_paths
from quizgen.deckio.loader import check_file

DECK = """\
id: capitals
title: Capitals [bold]
cards:
  - type: basic
    front: Capital of Kazakhstan?
    back: Astana
  - type: cloze
    text: The capital of Kyrgyzstan is {{c1::Bishkek}}.
  - type: truefalse
    statement: Tashkent is in Uzbekistan.
    answer: true
"""


@pytest.fixture(autouse=True)
def _cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("QUIZGEN_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def entries() -> list[Path]:
    return sorted(deck_cache.cache_dir().glob("*.json"))


def test_first_load_writes_an_entry_and_second_load_uses_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "deck.yaml"
    path.write_text(DECK)
    first = deck_cache.check_cached(path)
    assert first.deck is not None
    assert [e.name for e in entries()] == [deck_cache.entry_path(path.read_bytes()).name]
    # Prove the second load reads the entry: the YAML is not parsed again.
    monkeypatch.setattr(loader, "parse", lambda *args: pytest.fail("the deck was parsed again"))
    second = deck_cache.check_cached(path)
    assert second.deck == first.deck


def test_cached_deck_equals_the_parsed_deck_with_the_same_ids(tmp_path: Path) -> None:
    path = tmp_path / "deck.yaml"
    path.write_text(DECK)
    deck_cache.check_cached(path)
    cached = deck_cache.check_cached(path).deck
    parsed = check_file(path).deck
    assert cached == parsed
    assert [c.uid for c in cached.cards] == [c.uid for c in parsed.cards]
    assert [c.content_hash() for c in cached.cards] == [c.content_hash() for c in parsed.cards]


def test_an_edited_file_is_parsed_again(tmp_path: Path) -> None:
    path = tmp_path / "deck.yaml"
    path.write_text(DECK)
    deck_cache.check_cached(path)
    path.write_text(DECK.replace("Astana", "Nur-Sultan"))
    assert deck_cache.check_cached(path).deck.cards[0].back == "Nur-Sultan"
    assert len(entries()) == 2


def test_a_broken_deck_is_reported_and_never_cached(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(DECK.replace("    back: Astana\n", ""))
    checked = deck_cache.check_cached(path)
    assert checked.deck is None
    assert any(p.line == 4 and "back" in p.message for p in checked.problems)
    assert entries() == []


def test_a_corrupt_entry_falls_back_to_parsing(tmp_path: Path) -> None:
    path = tmp_path / "deck.yaml"
    path.write_text(DECK)
    deck_cache.entry_path(path.read_bytes()).parent.mkdir(parents=True)
    deck_cache.entry_path(path.read_bytes()).write_text("{not json")
    assert deck_cache.check_cached(path).deck.title == "Capitals [bold]"


def test_missing_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    checked = deck_cache.check_cached(tmp_path / "nope.yaml")
    assert checked.deck is None and "no such file" in checked.problems[0].message


def test_unwritable_cache_only_slows_loading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("QUIZGEN_CACHE", str(blocker))  # a file, so the folder cannot be made
    path = tmp_path / "deck.yaml"
    path.write_text(DECK)
    assert deck_cache.check_cached(path).deck is not None


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40).filter(str.strip))
def test_any_back_text_round_trips_through_the_cache(tmp_path_factory: pytest.TempPathFactory, back: str) -> None:
    import json

    folder = tmp_path_factory.mktemp("deck")
    path = folder / "deck.yaml"
    path.write_text(DECK.replace("back: Astana", f"back: {json.dumps(back)}"))
    parsed = deck_cache.check_cached(path)
    if parsed.deck is None:
        return  # text the deck rules refuse is not the cache's concern
    assert deck_cache.check_cached(path).deck == parsed.deck


def test_bundled_decks_and_default_paths(tmp_path: Path) -> None:
    assert bundled_decks_dir().is_dir()
    assert default_deck_paths(tmp_path) == [bundled_decks_dir()]
    (tmp_path / "decks").mkdir()
    assert default_deck_paths(tmp_path) == [tmp_path / "decks"]
