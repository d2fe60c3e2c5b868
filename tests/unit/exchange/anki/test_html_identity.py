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


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("E = mc<sup>2</sup>", "E = mc²"),
        ("H<sub>2</sub>SO<sub>4</sub>", "H₂SO₄"),
        ("x<sup>n+1</sup> and 10<sup>-3</sup>", "xⁿ⁺¹ and 10⁻³"),
        ("1<sup>st</sup>", "1ˢᵗ"),
        # No Unicode form for every character: ^ and _ say what was raised or lowered.
        ("2<sup>q</sup>, a<sub>i,j</sub>, e<sup>i π</sup>", "2^q, a_(i,j), e^(i π)"),
        ("<ul><li>a gas</li><li>reactive</li></ul>", "- a gas\n- reactive"),
        (
            "Steps:<ol><li>one</li><li>two<ul><li>detail</li></ul></li><li>three</li></ol>",
            "Steps:\n1. one\n2. two\n  - detail\n3. three",
        ),
        ("<div>a</div><br><div>b</div>", "a\n\nb"),
        ("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>", "a | b\nc | d"),
        ("was <s>5</s> 6", "was ~~5~~ 6"),
        ("a < b &amp; c", "a < b & c"),
    ],
)
def test_formatting_that_carries_meaning_keeps_it(html: str, text: str) -> None:
    assert to_text(html).text == text


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
    assert guid == "qz1:deck-a:q1" and guid != identity.note_guid("deck-b", "q1")
    assert identity.parse_guid(guid) == ("deck-a", "q1")
    assert identity.parse_guid("wfNw>6ef0d") is None


@pytest.mark.parametrize("guid", ["wfNw>6ef0d", "c*hEc8qW&}", "Ab1!#$%&()", "f81d4fae-7dec-11d0-a765-00a0c91e6bf6"])
def test_guids_of_other_notes_are_kept_in_card_ids_but_never_written_back(guid: str) -> None:
    card_id = identity.foreign_card_id(guid)
    assert card_id is not None and len(card_id) <= 64 and card_id.startswith("anki-")
    assert identity.decode_foreign_id(card_id) == guid and identity.from_anki(card_id)
    # Exported, the card is a note of quizgen's own: the original note is never its target.
    assert identity.note_guid("any-deck", card_id) == f"qz1:any-deck:{card_id}"


def test_too_long_guids_and_plain_ids() -> None:
    assert identity.foreign_card_id("x" * 40) is None
    assert identity.decode_foreign_id("anki-hello") is None
    assert not identity.from_anki("anki-hello") and not identity.from_anki("capital")
    assert identity.note_guid("d", "anki-hello") == "qz1:d:anki-hello"
