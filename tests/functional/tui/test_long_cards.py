"""Long cards at 80x24: a 2,000-character back scrolls with pgdn, which the footer offers only then;
eight long choices wrap under their text, stay reachable with the arrows, and the verdict comes into view."""

from __future__ import annotations

import json
from pathlib import Path

from study_support import Clock, screen_text
from textual.containers import VerticalScroll

from tui.app import StudyApp
from tui.screens.study import StudyScreen

SIZE = (80, 24)
BACK = " ".join(f"word{i} [bold] <script>" for i in range(120))
CHOICES = [f"Choice {i}: " + "a long explanation that goes on about the steppe and its rivers " * 3 for i in range(8)]


def long_deck(tmp_path: Path) -> Path:
    path = tmp_path / "long.yaml"
    path.write_text(
        "format: 1\nid: long\ntitle: Long cards\ncards:\n"
        f"  - id: long-back\n    type: basic\n    front: What is the long answer?\n    back: {json.dumps(BACK)}\n"
        f"  - id: long-choices\n    type: choice\n    question: Which one?\n    choices: {json.dumps(CHOICES)}\n"
        f"    answer: {json.dumps(CHOICES[6])}\n"
        "  - id: short\n    type: basic\n    front: Short?\n    back: Yes\n"
    )
    return path


def footer(app: StudyApp) -> str:
    return screen_text(app).splitlines()[-1]


def body(app: StudyApp) -> VerticalScroll:
    return app.screen.query_one("#body", VerticalScroll)


async def test_a_long_back_scrolls_and_the_footer_says_so(tmp_path: Path) -> None:
    app = StudyApp([long_deck(tmp_path)], store_path=tmp_path / "p.sqlite3", clock=Clock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "pgdn" not in footer(app)  # the question fits
        await pilot.press("space")
        await pilot.pause()
        assert "pgdn Scroll" in footer(app)
        assert "word0 [bold] <script>" in screen_text(app)
        assert "word119" not in screen_text(app)
        for _ in range(5):
            await pilot.press("pagedown")
        await pilot.pause()
        assert body(app).scroll_y > 0
        assert "word119 [bold] <script>" in screen_text(app)
        await pilot.press("3", "pagedown", "pagedown", "down", "up")  # the choice card; its choices do not fit either
        await pilot.pause()
        assert body(app).scroll_y == 0 and "Which one?" in screen_text(app)


async def test_long_choices_wrap_under_their_text_and_every_one_is_reachable(tmp_path: Path) -> None:
    app = StudyApp([long_deck(tmp_path)], store_path=tmp_path / "p.sqlite3", clock=Clock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space", "3")
        await pilot.pause()
        assert isinstance(app.screen, StudyScreen) and app.screen.item.card.uid == "long-choices"
        lines = screen_text(app).splitlines()
        first = next(i for i, line in enumerate(lines) if "A) Choice 0" in line)
        indent = lines[first].index("Choice 0")
        assert lines[first + 1][:indent].strip() == "" and lines[first + 1][indent:].strip()  # hanging indent
        assert "H) Choice 7" not in screen_text(app)
        await pilot.press(*["down"] * 7)
        await pilot.pause()
        assert "H) Choice 7" in screen_text(app)
        await pilot.press("home")  # back to A: the question comes back into view
        await pilot.press("b")
        await pilot.pause()
        text = screen_text(app)
        assert "✗ Wrong → Again" in text and "the answer is G)" in text and "✓ G) Choice 6" in text


async def test_a_card_that_fits_offers_no_scrolling(tmp_path: Path) -> None:
    app = StudyApp([long_deck(tmp_path)], store_path=tmp_path / "p.sqlite3", clock=Clock())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("space", "3", "g", "enter")
        await pilot.pause()
        assert app.screen.item.card.uid == "short"
        await pilot.press("space")
        await pilot.pause()
        assert "Yes" in screen_text(app) and "pgdn" not in footer(app)
