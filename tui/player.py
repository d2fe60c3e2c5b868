"""Playing a card's sound and opening its image with the system's own programs, never waiting for them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable

PLAYERS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("afplay", (), ("mp3", "ogg", "wav")),
    ("paplay", (), ("ogg", "wav")),
    ("aplay", ("-q",), ("wav",)),
    ("ffplay", ("-nodisp", "-autoexit", "-loglevel", "quiet"), ("mp3", "ogg", "wav")),
)
"""The players looked for, in order: name, options, the types each plays."""
NO_PLAYER = "No audio player found: install ffmpeg (ffplay), pulseaudio-utils (paplay) or alsa-utils (aplay)"

Which = Callable[[str], str | None]


def player_for(kind: str, which: Which = shutil.which) -> list[str] | None:
    """The command line (without the file) of the first player found that plays `kind`, else None."""
    for name, options, kinds in PLAYERS:
        if kind in kinds and (found := which(name)):
            return [found, *options]
    return None


def any_player(which: Which = shutil.which) -> bool:
    """Whether any player is found at all (the footer says so when none is)."""
    return any(which(name) for name, _, _ in PLAYERS)


def viewer(which: Which = shutil.which) -> list[str] | None:
    """The command that opens a file in the system's viewer: `open` on macOS, `xdg-open` elsewhere."""
    name = "open" if sys.platform == "darwin" else "xdg-open"
    found = which(name)
    return [found] if found else None


class Launcher:
    """Starts one program at a time in the background (a new sound stops the last); reaps what ended."""

    def __init__(self) -> None:
        self._running: subprocess.Popen[bytes] | None = None

    def start(self, command: list[str], file: str, *, alone: bool = True) -> None:
        """Start `command file` without waiting (with `alone`, stopping the last one first); OSError when it fails.

        `file` is made absolute, so that no name is ever read as an option.
        """
        if alone:
            self.stop()
        process = subprocess.Popen(
            [*command, os.path.abspath(file)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        if alone:
            self._running = process

    def stop(self) -> None:
        """Stop the program started last, if it still runs."""
        running, self._running = self._running, None
        if running is not None and running.poll() is None:
            running.terminate()
            try:
                running.wait(timeout=1)
            except subprocess.TimeoutExpired:
                running.kill()
