"""The player of a sound: the first one found that plays its type; the viewer of an image."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from tui.player import Launcher, any_player, player_for, viewer


def found(*names: str):
    return lambda name: f"/usr/bin/{name}" if name in names else None


def test_each_type_gets_the_first_player_that_plays_it() -> None:
    assert player_for("wav", found("aplay", "ffplay")) == ["/usr/bin/aplay", "-q"]
    assert player_for("mp3", found("aplay", "ffplay")) == [
        "/usr/bin/ffplay",
        "-nodisp",
        "-autoexit",
        "-loglevel",
        "quiet",
    ]
    assert player_for("ogg", found("paplay", "aplay")) == ["/usr/bin/paplay"]
    assert player_for("mp3", found("paplay", "aplay")) is None
    assert player_for("wav", found()) is None and not any_player(found())
    assert player_for("mp3", found("afplay")) == ["/usr/bin/afplay"]


def test_the_viewer_is_xdg_open_or_open() -> None:
    name = "open" if sys.platform == "darwin" else "xdg-open"
    assert viewer(found(name)) == [f"/usr/bin/{name}"]
    assert viewer(found()) is None


def test_a_new_sound_stops_the_last_and_nothing_waits(tmp_path: Path) -> None:
    launcher = Launcher()
    started = time.perf_counter()
    launcher.start([sys.executable, "-c", "import time, sys; time.sleep(30)"], str(tmp_path / "a.wav"))
    first = launcher._running
    assert time.perf_counter() - started < 5 and first is not None and first.poll() is None
    assert first.args[-1] == str(tmp_path / "a.wav")  # the file's absolute path, last
    launcher.start([sys.executable, "-c", "pass"], "b.wav")
    assert first.poll() is not None  # stopped
    assert launcher._running is not None and launcher._running.args[-1] == str(Path("b.wav").resolve())
    launcher._running.wait(timeout=10)
    launcher.stop()
    assert isinstance(first, subprocess.Popen)
