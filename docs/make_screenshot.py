"""Make docs/study.svg, the README's screenshot: a choice card of the seed deck answered wrongly.

Run: .venv/bin/python docs/make_screenshot.py
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path

from tui.app import StudyApp
from tui.screens.study import StudyScreen

ROOT = Path(__file__).resolve().parent.parent
DECK = ROOT / "decks" / "central-asia-us-election.yaml"
KEYS = {"basic": ["space", "3"], "cloze": ["space", "3"], "truefalse": ["t", "enter"]}


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["QUIZGEN_CACHE"] = str(Path(tmp) / "cache")
        app = StudyApp([DECK], store_path=Path(tmp) / "progress.sqlite3")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            for _ in range(50):
                screen = app.screen
                assert isinstance(screen, StudyScreen)
                card = screen.item.card
                if card.type == "choice":
                    wrong = next(i for i, c in enumerate(card.choices) if c != card.answer)
                    await pilot.press("abcdefgh"[wrong])
                    await pilot.pause()
                    app.save_screenshot(filename="study.svg", path=str(ROOT / "docs"))
                    return
                if card.type == "typed":
                    await pilot.press(*card.answer, "enter", "enter")
                else:
                    await pilot.press(*KEYS[card.type])
                await pilot.pause()
    raise SystemExit("the deck has no choice card")


if __name__ == "__main__":
    asyncio.run(main())
