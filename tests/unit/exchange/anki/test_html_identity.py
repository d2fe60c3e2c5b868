"""Field HTML and Anki identity: escaping, plain text, deck ids and GUIDs."""

from __future__ import annotations

import pytest

from quizgen.exchange.anki import identity
from quizgen.exchange.anki.html import from_html, own_field_text, to_html, to_text


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "a & b\nc",
        "&lt; stays literal",
        "tab\there\r\nend",
        "x\x1fy",
        "&#31; typed",
        "  pad  ",
    ],
)
def test_to_html_is_inverted_exactly(text: str) -> None:
    html = to_html(text)
    assert "<script" not in html and "\n" not in html and "\x1f" not in html
    assert from_html(html) == text
    assert own_field_text(html).text == text


def test_anki_html_becomes_plain_text_with_media_marked() -> None:
    html = (
        "<div><b>Bold</b>&nbsp;word</div><div>second &amp; line<br></div>"
        '<img src="cat one.jpg"> [sound:meow.mp3]<script>evil()</script><style>p{}</style>'
    )
    plain = to_text(html)
    assert plain.text == "Bold word\nsecond & line\n[image: cat one.jpg] [audio: meow.mp3]"
    assert plain.media == ["cat one.jpg", "meow.mp3"]


def test_edited_quizgen_fields_fall_back_to_plain_text() -> None:
    assert own_field_text("plain<br>two").text == "plain\ntwo"
    assert own_field_text("<b>now bold</b>").text == "now bold"


def test_deck_ids_are_stable_distinct_and_not_default() -> None:
    assert identity.anki_deck_id("world") == identity.anki_deck_id("world")
    assert identity.anki_deck_id("world") != identity.anki_deck_id("worlds")
    assert all(identity.anki_deck_id(str(n)) > 1 << 31 for n in range(200))
    assert all(identity.anki_deck_id(str(n)) < 1 << 53 for n in range(200))


def test_guids_name_deck_and_card_and_parse_back() -> None:
    guid = identity.note_guid("deck-a", "q1")
    assert guid != identity.note_guid("deck-b", "q1")
    assert identity.parse_guid(guid) == ("deck-a", "q1")
    assert identity.card_id_for(guid, "deck-a") == "q1"
    # Imported into a deck with another id, the card id keeps the GUID itself.
    moved = identity.card_id_for(guid, "deck-b")
    assert moved is not None and moved.startswith("anki-")
    assert identity.note_guid("deck-b", moved) == guid


@pytest.mark.parametrize("guid", ["wfNw>6ef0d", "c*hEc8qW&}", "Ab1!#$%&()", "f81d4fae-7dec-11d0-a765-00a0c91e6bf6"])
def test_foreign_guids_survive_in_card_ids(guid: str) -> None:
    card_id = identity.foreign_card_id(guid)
    assert card_id is not None and len(card_id) <= 64
    assert identity.note_guid("any-deck", card_id) == guid


def test_too_long_guids_and_plain_ids() -> None:
    assert identity.foreign_card_id("x" * 40) is None
    assert identity.decode_foreign_id("anki-hello") is None
    assert identity.note_guid("d", "anki-hello") == "qz1:d:anki-hello"
