"""Properties of every deck: valid decks validate, round trips are lossless, mutations are caught."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.deckio.dump import dumps_deck
from quizgen.deckio.loader import loads_deck, parse
from quizgen.errors import DeckError
from quizgen.model.cards import ChoiceCard, ClozeCard, Deck, TypedCard
from quizgen.model.plain import as_plain, plain_card

from .strategies import decks

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def reload(deck: Deck) -> Deck:
    return Deck.model_validate(deck.model_dump())


@SETTINGS
@given(decks())
def test_every_valid_deck_validates_after_dumping(deck: Deck) -> None:
    checked = parse(dumps_deck(deck), "gen.yaml")
    assert checked.errors == []
    assert checked.deck is not None


@SETTINGS
@given(decks())
def test_dump_then_load_is_the_identity(deck: Deck) -> None:
    deck = reload(deck)
    loaded = loads_deck(dumps_deck(deck))
    assert loaded == deck
    assert [c.uid for c in loaded.cards] == [c.uid for c in deck.cards]


@SETTINGS
@given(decks())
def test_dumping_twice_gives_the_same_bytes(deck: Deck) -> None:
    text = dumps_deck(deck)
    assert dumps_deck(loads_deck(text)) == text


MUTATIONS = [
    "duplicate-id",
    "answer-not-a-choice",
    "no-deletion",
    "empty-text",
    "alias-repeats",
    "tag-space",
    "bad-source",
]


def mutate(data: dict, index: int, mutation: str) -> bool:
    """Break one rule in card `index` of the deck data; False when the card has no such rule."""
    cards = data["cards"]
    card = cards[index]
    kind = card["type"]
    if mutation == "duplicate-id":
        if len(cards) < 2:
            return False
        other = cards[index - 1] if index else cards[1]
        other.setdefault("id", "twin")
        card["id"] = other["id"]
        # The card that repeats an id is the later one.
        return cards.index(card) > cards.index(other) or card is cards[-1] or True
    if mutation == "answer-not-a-choice" and kind == "choice":
        card["answer"] = "\u2603 " + "".join(card["choices"]) + " not a choice"
        return True
    if mutation == "no-deletion" and kind == "cloze":
        card["text"] = "plain text"
        return True
    if mutation == "empty-text":
        field = {"basic": "front", "cloze": "text", "choice": "question", "truefalse": "statement", "typed": "question"}
        card[field[kind]] = "  "
        return True
    if mutation == "alias-repeats" and kind == "typed":
        card["accept"] = [*card.get("accept", []), card["answer"].upper()]
        return True
    if mutation == "tag-space":
        card["tags"] = ["two words"]
        return True
    if mutation == "bad-source":
        card["source"] = {"sentence": "abc", "start": 10, "end": 2}
        return True
    return False


@SETTINGS
@given(decks(), st.data())
def test_every_single_rule_mutation_is_rejected_naming_the_card(deck: Deck, data: st.DataObject) -> None:
    raw = deck.model_dump(mode="json", exclude_none=True)
    index = data.draw(st.integers(0, len(raw["cards"]) - 1))
    mutation = data.draw(st.sampled_from(MUTATIONS))
    if not mutate(raw, index, mutation):
        return
    from quizgen.deckio.yamlio import dumps

    checked = parse(dumps(raw), "m.yaml")
    assert checked.deck is None
    labels = set()
    for i, card in enumerate(raw["cards"]):
        if mutation == "duplicate-id" or i == index:
            labels.add(card.get("id") or f"#{i + 1}")
    assert any(p.card in labels for p in checked.errors), checked.errors
    assert all(p.line is not None for p in checked.errors)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_raise_only_deck_errors(tmp_path_factory, blob: bytes) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "f.yaml"
    path.write_bytes(blob)
    from quizgen.deckio.loader import load_deck

    try:
        load_deck(path)
    except DeckError as exc:
        assert str(exc)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_raises_only_deck_errors(text: str) -> None:
    try:
        loads_deck(text)
    except DeckError as exc:
        assert exc.problems


@SETTINGS
@given(decks())
def test_derived_ids_are_unique_and_valid(deck: Deck) -> None:
    import re

    ids = [c.uid for c in deck.cards]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"[a-z0-9_-]{1,64}", i) for i in ids)
    assert all(isinstance(c, (ChoiceCard, ClozeCard, TypedCard)) or c.uid for c in deck.cards)


@SETTINGS
@given(decks())
def test_a_cached_card_read_as_plain_data_is_the_validated_card(deck: Deck) -> None:
    deck = reload(deck)
    for card in deck.cards:
        line = card.model_dump_json(exclude_none=True)  # as the deck cache keeps it
        assert plain_card(json.loads(line), card.uid) == as_plain(card)
