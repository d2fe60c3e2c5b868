"""Generating again over a reviewed deck: dropped cards stay out, edited cards keep their text, kept cards
stay marked while the generator makes the same card."""

from __future__ import annotations

from repo_paths import DATA

from quizgen.generate import generate_file
from quizgen.model.cards import Deck

ARTICLE = DATA / "danube.md"


def reviewed(first: Deck, dropped: str, edited: str, kept: str) -> Deck:
    """`first` as a person left it: one card dropped, one edited, one kept."""
    cards = []
    for card in first.cards:
        if card.uid == dropped:
            continue
        data = card.model_dump(mode="json", exclude_none=True)
        if card.uid == edited:
            data.update(edited=True, tags=["mine"])
            data["note"] = "The teacher's note."
        if card.uid == kept:
            data["reviewed"] = True
        cards.append(data)
    return Deck.model_validate(
        {**first.model_dump(mode="json", exclude_none=True), "dropped": [dropped], "cards": cards}
    )


def test_generating_again_keeps_every_decision() -> None:
    first = generate_file(ARTICLE).deck
    edited, kept, dropped = (c.uid for c in first.cards[:3])  # the third card's fact makes a cloze card too
    previous = reviewed(first, dropped, edited, kept)
    again = generate_file(ARTICLE, previous=previous).deck
    uids = [c.uid for c in again.cards]
    assert dropped not in uids and again.dropped == [dropped]
    assert again.card(edited).note == "The teacher's note." and again.card(edited).edited
    assert again.card(kept).reviewed
    assert not any(c.reviewed or c.edited for c in again.cards if c.uid not in (edited, kept))
    gone = first.card(dropped)
    fact = (gone.source.sentence, gone.answer_text().casefold())
    assert fact not in {(c.source.sentence, c.answer_text().casefold()) for c in again.cards if c.source}


def test_a_kept_card_the_generator_now_makes_differently_is_no_longer_marked() -> None:
    first = generate_file(ARTICLE).deck
    kept = first.cards[0]
    data = kept.model_dump(mode="json", exclude_none=True)
    data.update(reviewed=True, tags=["not", "what", "the", "generator", "makes"])
    previous = Deck.model_validate({**first.model_dump(mode="json", exclude_none=True), "cards": [data]})
    again = generate_file(ARTICLE, previous=previous).deck
    assert not again.card(kept.uid).reviewed


def test_an_edited_card_the_generator_no_longer_makes_is_kept_in_its_place() -> None:
    first = generate_file(ARTICLE).deck
    own = {
        "id": "teachers-own",
        "type": "basic",
        "front": "Which sea does the Danube reach?",
        "back": "The Black Sea",
        "edited": True,
    }
    data = first.model_dump(mode="json", exclude_none=True)
    previous = Deck.model_validate({**data, "cards": [data["cards"][0], own, *data["cards"][1:]]})
    again = generate_file(ARTICLE, previous=previous).deck
    assert again.card("teachers-own").back == "The Black Sea"
    assert [c.uid for c in again.cards][:2] == [first.cards[0].uid, "teachers-own"]
