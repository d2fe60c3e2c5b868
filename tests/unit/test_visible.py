"""The one function that makes text safe to show: what it escapes, what it keeps, and JSON that reads the same."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from quizgen.visible import excerpt, visible, visible_json


def test_controls_are_escaped_in_card_text_and_line_breaks_kept() -> None:
    text = "a\x1b]0;title\x07b\x9b2J\x7f\r\tc\nd\x00"
    assert visible(text) == "a\\x1b]0;title\\x07b\\x9b2J\\x7f\\r\tc\nd\\x00"


def test_a_message_is_one_line_and_shows_hidden_characters() -> None:
    text = "x\ny\tz\u202eevil\u2066\u200b\u2028\ufeff"
    assert visible(text, line=True) == "x\\ny\\tz\\u202eevil\\u2066\\u200b\\u2028\\ufeff"


def test_card_text_keeps_what_a_language_needs() -> None:
    persian = "می\u200cخواهم"  # a zero-width non-joiner inside a word
    french = "Quelle heure est-il\u00a0?"
    assert visible(persian) == persian and visible(french) == french
    assert visible("Ελληνικά 日本語 🙂") == "Ελληνικά 日本語 🙂"


def test_a_lone_surrogate_is_escaped_and_can_be_printed() -> None:
    shown = visible("a\ud800b")
    assert shown == "a\\ud800b"
    shown.encode("utf-8")


def test_an_excerpt_is_short_and_visible() -> None:
    assert excerpt("x" * 100) == "x" * 39 + "…"
    assert excerpt("a\x1bb") == "a\\x1bb"


@given(
    st.recursive(
        st.text() | st.integers() | st.none(), lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner)
    )
)
def test_visible_json_reads_back_the_same(data: object) -> None:
    text = visible_json(data)
    assert json.loads(text) == data
    assert not any(0x7F <= ord(c) <= 0x9F or 0xD800 <= ord(c) <= 0xDFFF or c in "\u202e\u200b" for c in text)


@given(st.text())
def test_nothing_a_terminal_obeys_is_left(text: str) -> None:
    for shown in (visible(text), visible(text, line=True)):
        assert not any(ord(c) < 0x20 and c not in "\t\n" or 0x7F <= ord(c) <= 0x9F for c in shown)
    assert "\n" not in visible(text, line=True)
