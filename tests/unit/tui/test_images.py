"""How the terminal draws images, told from its environment; what the app says without textual-image."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from media_files import write_png

from tui.images import INSTALL_HINT, protocol


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"TERM": "xterm-kitty"}, "kitty"),
        ({"TERM": "xterm-256color", "KITTY_WINDOW_ID": "1"}, "kitty"),
        ({"TERM": "xterm-kitty", "TMUX": "/tmp/tmux-0/default,1,0"}, "halfblock"),
        ({"TERM": "foot"}, "sixel"),
        ({"TERM": "xterm-256color", "TERM_PROGRAM": "WezTerm"}, "sixel"),
        ({"TERM": "xterm-256color", "KONSOLE_VERSION": "230805"}, "sixel"),
        ({"TERM": "xterm-256color"}, "halfblock"),
        ({"TERM": "xterm-kitty", "QUIZGEN_IMAGES": "halfblock"}, "halfblock"),
        ({"TERM": "dumb", "QUIZGEN_IMAGES": "Sixel"}, "sixel"),
        ({"TERM": "dumb", "QUIZGEN_IMAGES": "nonsense"}, "halfblock"),
    ],
)
def test_the_protocol_comes_from_the_environment(environ: dict[str, str], expected: str) -> None:
    assert protocol(environ) == expected


def test_without_textual_image_the_card_says_how_to_get_images(tmp_path: Path) -> None:
    write_png(tmp_path / "media" / "map.png")
    deck = tmp_path / "deck.yaml"
    deck.write_text("id: d\ntitle: D\ncards:\n  - {type: basic, front: Where?, back: Here, image: media/map.png}\n")
    code = (
        "import asyncio, sys\n"
        "sys.modules['textual_image'] = None  # as if the images extra were not installed\n"
        "from tui.app import StudyApp\n"
        f"app = StudyApp([{str(deck)!r}], store_path={str(tmp_path / 'p.sqlite3')!r})\n"
        "async def main():\n"
        "    async with app.run_test(size=(160, 24)) as pilot:\n"
        "        await pilot.pause()\n"
        "        await pilot.pause()\n"
        "        lines = [s.text for s in app.screen._compositor.render_strips()]\n"
        "        print(next(line.strip() for line in lines if 'media/map.png' in line))\n"
        "asyncio.run(main())\n"
    )
    env = {**os.environ, "QUIZGEN_CACHE": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip() == f"Image media/map.png: {INSTALL_HINT}; o opens it in the system viewer"
