"""Cached decks validate only the cards a session shows, and a damaged entry only slows loading."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

import pytest

from quizgen.deckio import cache as deck_cache
from quizgen.deckio.cache import CachedDeck, open_cached
from quizgen.deckio.loader import Checked, check_file
from quizgen.errors import QuizgenError
from quizgen.study import Session, Store

T0 = datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)

DECK = """\
id: lazy
title: Lazy [bold]
cards:
  - type: basic
    front: Same front
    back: First
  - type: basic
    front: Same front
    back: Second
  - id: written
    type: cloze
    text: The capital of Kyrgyzstan is {{c1::Bishkek}}.
    source: {sentence: "The capital of Kyrgyzstan is Bishkek.", start: 0, end: 37}
  - type: choice
    question: Largest planet?
    choices: [Jupiter, Mars]
    answer: Jupiter
  - type: typed
    question: Chemical symbol of gold?
    answer: Au
    accept: [gold symbol Au]
"""


@pytest.fixture(autouse=True)
def _cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUIZGEN_CACHE", str(tmp_path / "cache"))


@pytest.fixture
def path(tmp_path: Path) -> Path:
    deck = tmp_path / "deck.yaml"
    deck.write_text(DECK)
    return deck


def cached(path: Path) -> CachedDeck:
    open_cached(path)  # the first open parses the file and writes the entry
    found = open_cached(path)
    assert isinstance(found, CachedDeck)
    return found


CARDS = deck_cache._CARDS  # the header, its signature, the ids, the sums and the signature come first
IDS = 2


def entry_lines(path: Path) -> list[str]:
    return deck_cache.entry_path(path.read_bytes()).read_text().split("\n")


def damage_card(path: Path, index: int) -> None:
    lines = entry_lines(path)
    lines[CARDS + index] = lines[CARDS + index].replace('"type":', '"kind":')
    deck_cache.entry_path(path.read_bytes()).write_text("\n".join(lines))


def test_a_new_file_is_checked_and_an_unchanged_one_comes_from_the_cache(path: Path) -> None:
    first = open_cached(path)
    assert isinstance(first, Checked) and first.deck is not None
    again = open_cached(path)
    assert isinstance(again, CachedDeck)
    assert (again.id, again.title, again.path, again.digest) == ("lazy", "Lazy [bold]", str(path), first.digest)


def test_each_card_equals_the_parsed_card_with_the_same_uid(path: Path) -> None:
    parsed = check_file(path).deck
    assert parsed is not None
    deck = cached(path)
    uids = [card.uid for card in parsed.cards]
    assert len(set(uids)) == len(uids) and uids[1].endswith("-2")  # derived ids, made unique by the deck
    for card in parsed.cards:
        assert deck.card(card.uid) == card and deck.card(card.uid).uid == card.uid
    assert "deck" not in deck.__dict__  # no card needed the whole deck
    assert deck.deck == parsed and deck.cards == parsed.cards
    with pytest.raises(KeyError):
        deck.card("missing")


def test_a_session_shows_its_first_card_without_validating_the_deck(path: Path, tmp_path: Path) -> None:
    first = cached(path)
    with Store.open(tmp_path / "progress.sqlite3") as store:
        Session.open(store, [first], now=T0, fingerprints={"lazy": first.digest})  # the first sync reads every card
        assert "deck" in first.__dict__
        damage_card(path, 4)  # the session below must not read the last card
        deck = cached(path)
        item = Session.open(store, [deck], now=T0, fingerprints={"lazy": deck.digest}).next()
    assert item is not None and item.card.back == "First"
    assert "deck" not in deck.__dict__
    assert '"kind":' in "\n".join(entry_lines(path))


def test_a_damaged_card_is_parsed_from_the_file_again(path: Path) -> None:
    deck = cached(path)
    damage_card(path, 2)
    damaged = open_cached(path)
    assert isinstance(damaged, CachedDeck)
    assert damaged.card(deck.card("written").uid).text.startswith("The capital")
    assert isinstance(open_cached(path), CachedDeck)  # a sound entry was written again
    assert '"kind":' not in "\n".join(entry_lines(path))


def test_a_damaged_card_of_a_file_changed_since_is_an_error(path: Path) -> None:
    cached(path)
    damage_card(path, 2)
    damaged = open_cached(path)
    assert isinstance(damaged, CachedDeck)
    path.write_text(DECK.replace("Bishkek", "Osh"))
    with pytest.raises(QuizgenError, match="changed while it was open"):
        damaged.card("written")


def _same_uids(lines: list[str]) -> list[str]:
    uids = json.loads(lines[IDS])
    return [*lines[:IDS], json.dumps([uids[0]] * len(uids)), *lines[IDS + 1 :]]


@pytest.mark.parametrize(
    "damage",
    [
        lambda lines: [lines[0].replace('"title"', '"name"'), *lines[1:]],
        lambda lines: ["[]", *lines[1:]],
        lambda lines: [lines[0][:-1] + ', "cards": []}', *lines[1:]],
        lambda lines: [lines[0][:-5]],
    ],
)
def test_an_entry_with_a_broken_header_is_ignored(path: Path, damage: Callable[[list[str]], list[str]]) -> None:
    cached(path)
    deck_cache.entry_path(path.read_bytes()).write_text("\n".join(damage(entry_lines(path))))
    found = open_cached(path)
    assert isinstance(found, Checked) and found.deck is not None and found.deck.title == "Lazy [bold]"


@pytest.mark.parametrize(
    "damage",
    [
        lambda lines: lines[:-1],  # a card line missing
        lambda lines: lines[:IDS],  # only the header and its signature
        _same_uids,
        lambda lines: [*lines[:IDS], lines[IDS][:-3], *lines[IDS + 1 :]],
    ],
)
def test_an_entry_with_damaged_cards_is_found_when_a_card_is_first_read_and_the_deck_parsed_again(
    path: Path, damage: Callable[[list[str]], list[str]]
) -> None:
    parsed = check_file(path).deck
    assert parsed is not None
    cached(path)
    deck_cache.entry_path(path.read_bytes()).write_text("\n".join(damage(entry_lines(path))))
    found = open_cached(path)
    assert isinstance(found, CachedDeck)  # only the header is read when the deck opens
    assert found.card("written") == parsed.card("written")
    assert found.plain_card(parsed.cards[0].uid).back == "First"
    assert isinstance(open_cached(path), CachedDeck)  # a sound entry was written again
    assert json.loads(entry_lines(path)[IDS]) == [card.uid for card in parsed.cards]


def test_check_cached_still_gives_the_whole_deck(path: Path) -> None:
    cached(path)
    damage_card(path, 3)
    checked = deck_cache.check_cached(path)
    assert checked.deck == check_file(path).deck and checked.digest == deck_cache.entry_path(path.read_bytes()).stem
