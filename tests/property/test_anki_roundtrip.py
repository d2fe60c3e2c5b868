"""YAML → .apkg → YAML keeps every card's content and identity, for any valid deck."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from quizgen.deckio.dump import dumps_deck
from quizgen.deckio.loader import loads_deck
from quizgen.exchange.anki.export import anki_tags, export_decks
from quizgen.exchange.anki.import_apkg import import_package
from quizgen.model.cards import Deck

from .strategies import decks

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(decks())
def test_apkg_round_trip_keeps_cards(deck: Deck) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "deck.apkg"
        export_decks([deck], path, timestamp=1_700_000_000)
        result = import_package(path)
    [back] = result.decks
    assert not [w for w in result.warnings if "skipped" in w.message]
    assert (back.id, back.title) == (deck.id, deck.title)
    assert [c.uid for c in back.cards] == [c.uid for c in deck.cards]
    for original, copy in zip(deck.cards, back.cards, strict=True):
        skip = {"id", "tags", "source"}
        assert copy.model_dump(exclude=skip) == original.model_dump(exclude=skip)
        sentence = original.source.sentence if original.source else None
        assert (copy.source.sentence if copy.source else None) == sentence
        tags = {t.casefold() for t in [*back.tags, *copy.tags]}
        assert tags == {t.casefold() for t in anki_tags([*deck.tags, *original.tags])}
    # What import writes is a valid deck.
    assert loads_deck(dumps_deck(back), "back.yaml").id == deck.id
