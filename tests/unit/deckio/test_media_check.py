"""The validator checks every media file a deck names: there, inside the folder, regular, small enough, right type."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from media_files import png_bytes, write_png, write_wav

from quizgen.deckio.media import MediaError, read_media
from quizgen.deckio.validate import validate_paths
from quizgen.model.media import MAX_IMAGE_BYTES

DECK = """id: geo
title: Geography
cards:
  - id: map
    type: basic
    front: Which country is this?
    back: France
    image: media/france.png
    answer_audio: media/france.wav
"""


def _deck(tmp_path: Path) -> Path:
    write_png(tmp_path / "media" / "france.png")
    write_wav(tmp_path / "media" / "france.wav")
    deck = tmp_path / "geo.yaml"
    deck.write_text(DECK, encoding="utf-8")
    return deck


def test_a_deck_whose_media_are_all_there_is_valid(tmp_path: Path) -> None:
    report = validate_paths([_deck(tmp_path)])
    assert report.ok and report.problems == []


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda t: (t / "media" / "france.png").unlink(), "image file 'media/france.png' is not there"),
        (
            lambda t: (t / "media" / "france.png").write_bytes(b"%PDF-1.7 not a picture"),
            "image file 'media/france.png' is not a file type quizgen knows; an image must be PNG, JPEG, GIF, WEBP, SVG",
        ),
        (
            lambda t: (t / "media" / "france.wav").write_bytes(png_bytes()),
            "audio file 'media/france.wav' is a PNG file; a sound must be MP3, OGG, WAV",
        ),
        (
            lambda t: (t / "media" / "france.png").write_bytes(png_bytes() + b"\0" * MAX_IMAGE_BYTES),
            "an image may be at most 20,971,520 bytes (20 MiB)",
        ),
        (lambda t: (t / "media" / "france.png").unlink() or (t / "media" / "france.png").mkdir(), "is a folder"),
    ],
    ids=["missing", "not-an-image", "wrong-kind", "too-large", "folder"],
)
def test_each_unusable_media_file_is_reported_at_its_line(tmp_path: Path, damage, message: str) -> None:
    deck = _deck(tmp_path)
    damage(tmp_path)
    report = validate_paths([deck])
    assert not report.ok
    [problem] = report.problems
    assert message in problem.message
    key = "answer_audio" if "audio" in message else "image"
    line = DECK.splitlines().index(next(x for x in DECK.splitlines() if x.strip().startswith(key + ":"))) + 1
    assert (problem.line, problem.card) == (line, "map")


def test_a_link_out_of_the_deck_folder_is_refused(tmp_path: Path) -> None:
    outside = write_png(tmp_path / "elsewhere" / "secret.png")
    folder = tmp_path / "deck"
    deck = _deck(folder)
    (folder / "media" / "france.png").unlink()
    os.symlink(outside, folder / "media" / "france.png")
    [problem] = validate_paths([deck]).problems
    assert "is a link out of the deck's folder" in problem.message
    with pytest.raises(MediaError):
        read_media(folder, "media/france.png", "image")


def test_read_media_gives_the_bytes_and_type(tmp_path: Path) -> None:
    _deck(tmp_path)
    data, kind = read_media(tmp_path, "media/france.png", "image")
    assert kind == "png" and data == (tmp_path / "media" / "france.png").read_bytes()
    with pytest.raises(MediaError, match="uses '..'"):
        read_media(tmp_path / "media", "../geo.yaml", "image")
