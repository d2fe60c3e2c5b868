"""Images and sounds in the study app: drawn with half-blocks, played by the system's player, read only when shown."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from media_files import write_png, write_wav
from study_support import Clock, screen_text

from quizgen.study import SchedulerSettings
from tui.app import StudyApp
from tui.widgets.media_panel import MediaPanel

SIZE = (80, 24)
DECK = """id: media
title: Media
cards:
  - id: map
    type: basic
    front: Which country is this?
    back: France
    image: media/france.png
    answer_audio: media/france.wav
  - id: sound
    type: truefalse
    statement: This is a bell.
    answer: true
    audio: media/bell.wav
"""


def media_deck(folder: Path, text: str = DECK) -> Path:
    write_png(folder / "media" / "france.png", width=16, height=12)
    write_wav(folder / "media" / "france.wav")
    write_wav(folder / "media" / "bell.wav")
    deck = folder / "media.yaml"
    deck.write_text(text, encoding="utf-8")
    return deck


def fake_player(folder: Path, name: str) -> Path:
    """A real program named like a player on PATH, which records the file it was asked to play."""
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / name
    script.write_text(f'#!/bin/sh\necho "$@" >> "{folder}/played.txt"\n', encoding="utf-8")
    script.chmod(0o755)
    return folder / "played.txt"


def footer(app: StudyApp) -> str:
    return screen_text(app).splitlines()[-1]


@pytest.fixture(autouse=True)
def half_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUIZGEN_IMAGES", "halfblock")


async def test_the_prompt_image_is_drawn_and_the_answer_sound_comes_with_the_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    played = fake_player(tmp_path / "bin", "paplay")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    app = StudyApp([media_deck(tmp_path)], store_path=tmp_path / "p.sqlite3", clock=Clock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        panel = app.screen.query_one(MediaPanel)
        assert "▀" in screen_text(app)  # the half-block image
        assert panel.image == str(tmp_path / "media" / "france.png")
        assert "o Image" in footer(app) and "Play" not in footer(app)  # no sound with the question
        await pilot.press("space")
        await pilot.pause()
        assert "Sound with the answer: media/france.wav" in screen_text(app)
        assert "p Play" in footer(app)
        await pilot.press("p")
        for _ in range(100):
            if played.exists():
                break
            await pilot.pause(0.02)
        assert played.read_text().split() == [str(tmp_path / "media" / "france.wav")]


async def test_without_a_player_the_footer_says_so_and_p_explains(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    deck = media_deck(tmp_path)
    app = StudyApp([deck], store_path=tmp_path / "p.sqlite3", clock=Clock())
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("space", "3")
        await pilot.pause()
        assert "Sound with the question: media/bell.wav" in screen_text(app)
        assert "p Play: no player" in footer(app)
        await pilot.press("p")
        await pilot.pause()
        assert "No audio player found" in screen_text(app)


async def test_a_missing_or_hostile_media_file_is_named_in_one_line(tmp_path: Path) -> None:
    deck = media_deck(tmp_path)
    (tmp_path / "media" / "france.png").write_bytes(b"\x1b]0;pwned\x07 not a picture")
    app = StudyApp([deck], store_path=tmp_path / "p.sqlite3", clock=Clock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "image file 'media/france.png' is not a file type quizgen knows" in text
        assert "\x1b" not in text and "o Image" not in footer(app)


def test_image_code_is_imported_only_when_a_card_with_an_image_is_shown(tmp_path: Path) -> None:
    deck = media_deck(tmp_path)  # a card with a sound, then one with an image
    code = (
        "import asyncio, sys\n"
        "from tui.app import StudyApp\n"
        f"app = StudyApp([{str(deck)!r}], store_path={str(tmp_path / 'p.sqlite3')!r})\n"
        "async def main():\n"
        "    async with app.run_test() as pilot:\n"
        "        await pilot.pause()\n"
        "        before = 'textual_image' in sys.modules or 'PIL' in sys.modules\n"
        "        await pilot.press('space', '3')\n"
        "        await pilot.pause()\n"
        "        print(before, 'textual_image' in sys.modules)\n"
        "asyncio.run(main())\n"
    )
    env = {**os.environ, "QUIZGEN_CACHE": str(tmp_path / "cache"), "QUIZGEN_IMAGES": "halfblock"}
    sound_first = "  - {id: first, type: basic, front: Hear this, back: A bell, audio: media/bell.wav}\n"
    deck.write_text(DECK.replace("cards:\n", "cards:\n" + sound_first), encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.split() == ["False", "True"]


def test_image_card_snapshot_with_half_blocks(snap_compare, tmp_path: Path) -> None:
    app = StudyApp(
        [media_deck(tmp_path)], store_path=tmp_path / "p.sqlite3", clock=Clock(), settings=SchedulerSettings(fuzz=False)
    )
    assert snap_compare(app, terminal_size=SIZE, press=["space"])


async def test_the_review_screen_shows_a_cards_image_and_plays_its_sound(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quizgen.deckio.review import Review
    from tui.review_app import ReviewApp

    played = fake_player(tmp_path / "bin", "paplay")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    app = ReviewApp(Review(media_deck(tmp_path)), find_article=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        panel = app.screen.query_one(MediaPanel)
        assert "▀" in screen_text(app)  # the prompt's image, and the answer's sound beside it
        assert "Sound with the answer: media/france.wav" in screen_text(app)
        assert panel.image == str(tmp_path / "media" / "france.png")
        await pilot.press("p")
        for _ in range(100):
            if played.exists():
                break
            await pilot.pause(0.02)
        assert played.read_text().split() == [str(tmp_path / "media" / "france.wav")]
        await pilot.press("right")
        await pilot.pause()
        assert panel.image is None and "▀" not in screen_text(app)
        assert "Sound with the question: media/bell.wav" in screen_text(app)
