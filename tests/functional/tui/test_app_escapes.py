"""The study app fed decks full of escapes: the bytes it writes to the terminal obey none of them.

The app runs under `App.run_test()` with a driver that keeps what Textual writes to the terminal
(the headless driver writes nothing), and once in a real tmux pane, whose title, clipboard
buffers and screen are then checked.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import textual.drivers.headless_driver as headless
from hostile import PAYLOAD, hidden, obeyed, write_hostile_deck
from repo_paths import REPO
from study_support import Clock, screen_text

from quizgen.study import Store
from tui.app import StudyApp
from tui.screens.stats import StatsScreen
from tui.screens.study import StudyScreen
from tui.screens.summary import SummaryScreen


class RecordingDriver(headless.HeadlessDriver):
    """The headless driver, but the app renders for it and everything written is kept."""

    written: list[str] = []

    @property
    def is_headless(self) -> bool:
        return False

    def write(self, data: str) -> None:
        RecordingDriver.written.append(data)

    def flush(self) -> None:
        pass


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the app writes to its terminal."""
    RecordingDriver.written = []
    monkeypatch.setattr(headless, "HeadlessDriver", RecordingDriver)
    return RecordingDriver.written


def decks(folder: Path) -> Path:
    """Two hostile decks and a broken deck whose name and mistakes carry the payload."""
    folder.mkdir()
    write_hostile_deck(folder / "hostile.yaml")
    write_hostile_deck(folder / "other.yaml", deck_id="other")
    bad = PAYLOAD.encode("unicode_escape").decode().replace("\\x1b", "\\e")
    (folder / f"broken{PAYLOAD}.yaml").write_text(
        f'id: broken\ntitle: Broken\ncards:\n  - {{type: choice, question: Q, choices: [a, b], answer: "{bad}"}}\n',
        encoding="utf-8",
    )
    return folder


async def answer_wrongly(pilot: Any, app: StudyApp) -> None:
    card = app.screen.item.card
    if card.type in ("basic", "cloze"):
        await pilot.press("space", "1")
    elif card.type == "choice":
        await pilot.press("b", "enter")
    elif card.type == "truefalse":
        await pilot.press("t" if not card.answer else "f", "enter")
    else:
        await pilot.press(*"nope", "enter", "enter")
    await pilot.pause()


async def test_every_screen_shows_escapes_visibly(tmp_path: Path, terminal: list[str]) -> None:
    folder = decks(tmp_path / "decks")
    app = StudyApp([folder], store_path=tmp_path / "progress.sqlite3", clock=Clock())
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.press("down", "down", "down", "enter")  # the broken deck's row: its problems, notified
        await pilot.pause()
        await pilot.press("up", "up", "up", "enter")  # All decks: the card's own deck title is shown too
        await pilot.pause()
        seen: set[tuple[str, str, int]] = set()
        while isinstance(app.screen, StudyScreen):
            item = app.screen.item
            if (item.deck_id, item.card.uid, item.ordinal) in seen:  # an item again, in learning: enough
                await pilot.press("q")
                break
            seen.add((item.deck_id, item.card.uid, item.ordinal))
            await pilot.press("space")  # a self-graded card shows its source and note
            await answer_wrongly(pilot, app)
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, StatsScreen)
        await pilot.pause(0.2)
    with Store.open(tmp_path / "progress.sqlite3") as store:
        answered = store.connection.execute("SELECT COUNT(*) FROM reviews").fetchone()[0]
    assert answered == 10, seen  # every item of both decks, each answered wrongly
    output = "".join(terminal)
    assert obeyed(output, own=True) == []
    assert "SElKQUNLRUQ=" in output and "\\x1b" in output  # the text was shown, as escapes


async def test_a_title_in_the_status_line_shows_no_hidden_characters(tmp_path: Path, terminal: list[str]) -> None:
    deck = write_hostile_deck(tmp_path / "hostile.yaml")
    app = StudyApp([deck], store_path=tmp_path / "progress.sqlite3", clock=Clock())
    async with app.run_test(size=(200, 24)) as pilot:
        await pilot.pause()
        title = screen_text(app).splitlines()[0]  # the status line: the deck's title, then the counts
    assert "Hostile deck" in title and hidden(title) == [] and "\\u202e" in title


@pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux")
def test_a_real_terminal_keeps_its_title_clipboard_and_screen(tmp_path: Path) -> None:
    deck = write_hostile_deck(tmp_path / "hostile.yaml")
    socket = f"quizgen-escapes-{tmp_path.name}"
    tmux = ["tmux", "-L", socket, "-f", "/dev/null"]
    command = (
        f"cd {REPO} && QUIZGEN_CACHE={tmp_path / 'cache'} {sys.executable} -m quizgen study {deck}"
        f" --store {tmp_path / 'progress.sqlite3'}"
    )
    subprocess.run([*tmux, "new-session", "-d", "-x", "100", "-y", "30", "-s", "t", command], check=True)
    try:
        subprocess.run([*tmux, "set-option", "-g", "set-clipboard", "on"], check=True)
        subprocess.run([*tmux, "set-option", "-g", "allow-rename", "on"], check=True)
        subprocess.run([*tmux, "pipe-pane", "-o", "-t", "t", f"cat >> {tmp_path / 'raw'}"], check=True)
        screens = [_wait_for(tmux, "Front")]
        for key, then in (("Space", "Back"), ("1", "[hint")):  # the first card's answer, source and note; the next
            subprocess.run([*tmux, "send-keys", "-t", "t", key], check=True)
            screens.append(_wait_for(tmux, then))
        title = subprocess.run(
            [*tmux, "display-message", "-p", "-t", "t", "#{pane_title}|#{window_name}"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        buffers = subprocess.run([*tmux, "list-buffers"], capture_output=True, text=True).stdout
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True)
    assert "HIJACKED" not in title
    assert buffers.strip() == ""  # OSC 52 would have put the payload in a paste buffer
    assert all("\\x1b" in screen for screen in screens)  # the escapes show, and nothing cleared the screen
    raw = (tmp_path / "raw").read_bytes().decode("utf-8", "replace") if (tmp_path / "raw").exists() else ""
    assert "\x1b]52" not in raw and "\x1b]0;HIJACKED" not in raw and "\x1b]2;HIJACKED" not in raw


def _wait_for(tmux: list[str], text: str, timeout: float = 20) -> str:
    deadline = time.monotonic() + timeout
    shown = ""
    while time.monotonic() < deadline:
        shown = subprocess.run(
            [*tmux, "capture-pane", "-p", "-t", "t"], capture_output=True, text=True, check=True
        ).stdout
        if text in shown:
            return shown
        time.sleep(0.1)
    raise AssertionError(f"{text!r} never appeared:\n{shown}")


async def test_undo_notices_and_a_decks_statistics_show_escapes_visibly(tmp_path: Path, terminal: list[str]) -> None:
    deck = write_hostile_deck(tmp_path / "hostile.yaml")
    app = StudyApp([deck], store_path=tmp_path / "progress.sqlite3", clock=Clock())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StudyScreen)
        await answer_wrongly(pilot, app)
        await pilot.press("u")  # "Undid Again on “…the card's prompt…”"
        await pilot.pause()
        undone = [n.message for n in app._notifications if n.title == "Undo"]
        await pilot.press("s")  # the statistics of this one deck: its title names them
        await pilot.pause(0.2)
        assert isinstance(app.screen, StatsScreen)
        heading = str(app.screen.query_one("#title").render())
    assert len(undone) == 1 and "\\x1b]52" in undone[0] and hidden(undone[0]) == []
    assert "Hostile deck" in heading and "\\x1b]52" in heading and hidden(heading) == []
    assert obeyed("".join(terminal), own=True) == []
