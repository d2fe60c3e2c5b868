"""Media paths stay inside the deck's folder; file types are told by their first bytes."""

from __future__ import annotations

import pytest
from media_files import png_bytes

from quizgen.deckio.loader import loads_deck
from quizgen.errors import DeckError
from quizgen.model import media
from quizgen.model.plain import as_plain, broken_rule


@pytest.mark.parametrize("path", ["map.png", "media/map.png", "a b/é.jpg", ".hidden/x.png"])
def test_relative_paths_inside_the_folder_are_accepted(path: str) -> None:
    assert media.path_problem(path) is None


@pytest.mark.parametrize(
    ("path", "fragment"),
    [
        ("/etc/passwd", "absolute"),
        ("C:/maps/x.png", "absolute"),
        ("../secret.png", "'..'"),
        ("media/../../x.png", "'..'"),
        ("media\\x.png", "backslash"),
        ("media//x.png", "empty or '.'"),
        ("./x.png", "empty or '.'"),
        ("x\x1b.png", "control"),
        (" ", "empty"),
    ],
)
def test_paths_that_leave_the_folder_are_refused(path: str, fragment: str) -> None:
    problem = media.path_problem(path)
    assert problem is not None and fragment in problem


def test_a_deck_with_a_media_path_out_of_its_folder_is_refused_at_its_line() -> None:
    text = "id: d\ntitle: D\ncards:\n  - type: basic\n    front: F\n    back: B\n    image: ../x.png\n"
    with pytest.raises(DeckError) as raised:
        loads_deck(text, "d.yaml")
    assert str(raised.value).startswith("d.yaml:7:12: [card #1] media path '../x.png' uses '..'")


def test_media_fields_reach_the_plain_cards_and_a_tampered_path_is_caught() -> None:
    text = "id: d\ntitle: D\ncards:\n  - {type: basic, front: F, back: B, image: m/a.png, answer_audio: m/b.wav}\n"
    card = as_plain(loads_deck(text).cards[0])
    assert (card.image, card.audio, card.answer_image, card.answer_audio) == ("m/a.png", None, None, "m/b.wav")
    assert broken_rule(card) is None
    assert broken_rule(card._replace(image="../../etc/passwd")) == "a media path outside the deck's folder"


def test_a_deck_without_media_keeps_its_card_hashes() -> None:
    text = "id: d\ntitle: D\ncards:\n  - {type: basic, front: F, back: B}\n"
    with_image = text.replace("back: B}", "back: B, image: a.png}")
    plain, pictured = loads_deck(text).cards[0], loads_deck(with_image).cards[0]
    assert plain.content_hash() != pictured.content_hash()
    assert "image" not in plain.model_dump(exclude_none=True)


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (png_bytes(), "png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "jpeg"),
        (b"GIF89a\x01\x00", "gif"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "webp"),
        (b'<?xml version="1.0"?>\n<!-- map -->\n<svg xmlns="http://www.w3.org/2000/svg"/>', "svg"),
        (b"ID3\x04\x00", "mp3"),
        (b"\xff\xfb\x90\x00", "mp3"),
        (b"OggS\x00\x02", "ogg"),
        (b"RIFF\x10\x00\x00\x00WAVEfmt ", "wav"),
        (b"<html><svg></svg></html>", None),
        (b"%PDF-1.7", None),
        (b"", None),
    ],
)
def test_types_are_told_by_content(head: bytes, kind: str | None) -> None:
    assert media.sniff(head) == kind
