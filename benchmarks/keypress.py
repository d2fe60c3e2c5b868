"""From a grade key to the next card on screen, in a real terminal (tmux), next to a bare Textual app.

`quizgen study` runs on a deck of basic cards. Each round presses space, waits until the answer
is on the screen and a moment more (as a person reads it), then presses 3 (Good) and times until
the next card's question is there: the
answer saved and committed to disk, the next card chosen and drawn. The floor is a bare Textual
app that shows its next line on a keypress, timed the same way in the same terminal, so that
tmux's own delay is in both. The difference of the medians is quizgen's work per keypress; the
target is one frame at 60 Hz (16.7 ms).

Run: .venv/bin/python benchmarks/keypress.py [--presses N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.rows import Row, skipped, table  # noqa: E402

BENCH = "keypress to next card vs bare Textual"
WORK = "keypress CPU time vs bare Textual"
SETTLE = 0.1
"""Seconds after the next card is on the screen still counted as the keypress's work (frames that follow)."""
FRAME = 1 / 60
PRESSES = 30
READ = 0.2
"""Seconds between the answer on the screen and the grade key, as a person reads it: the app is idle then."""
SIZE = ("80", "24")
TIMEOUT = 30.0
TMUX = ["tmux", "-L", f"quizgen-keys-{os.getpid()}"]

BARE = """
from textual.app import App
from textual.widgets import Static


class Bare(App):
    count = 0

    def compose(self):
        yield Static("bare line 0")

    def on_key(self, event):
        self.count += 1
        self.query_one(Static).update(f"bare line {self.count}")


Bare().run()
"""


def write_deck(path: Path, count: int) -> None:
    """A deck of `count` basic cards, question i? and answer i."""
    lines = ["id: keys", "title: Keypress benchmark", "cards:"]
    for i in range(count):
        lines += [f"  - id: c{i}", "    type: basic", f"    front: Question number {i}?", f"    back: Answer {i}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


class Pane:
    """A program in a tmux session of its own, read by `tmux capture-pane`."""

    def __init__(self, name: str, command: str, env: dict[str, str]) -> None:
        self.name = name
        env_args = [arg for key, value in env.items() for arg in ("-e", f"{key}={value}")]
        subprocess.run([*TMUX, "new-session", "-d", "-s", self.name, "-x", SIZE[0], "-y", SIZE[1], *env_args, command])

    def wait_for(self, text: str) -> float:
        """Seconds until `text` is on the screen."""
        start = time.perf_counter()
        while time.perf_counter() - start < TIMEOUT:
            screen = subprocess.run([*TMUX, "capture-pane", "-p", "-t", self.name], capture_output=True, text=True)
            if text in screen.stdout:
                return time.perf_counter() - start
            time.sleep(0.001)
        raise RuntimeError(f"'{text}' did not appear within {TIMEOUT:.0f} s")

    def press(self, key: str, then: str) -> float:
        """Seconds from pressing `key` until `then` is on the screen."""
        start = time.perf_counter()
        subprocess.run([*TMUX, "send-keys", "-t", self.name, key], check=True)
        self.wait_for(then)
        return time.perf_counter() - start

    def close(self) -> None:
        subprocess.run([*TMUX, "kill-session", "-t", self.name], capture_output=True)

    def cpu(self) -> float:
        """Seconds of processor time the pane's Python program has used so far (user and system)."""
        fields = Path(f"/proc/{self._python()}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def _python(self) -> int:
        """The pane's Python process: the pane's own, or its shell's child."""
        if getattr(self, "_pid", None) is None:
            shown = subprocess.run(
                [*TMUX, "display", "-p", "-t", self.name, "#{pane_pid}"], capture_output=True, text=True
            )
            pid = int(shown.stdout.strip())
            for _ in range(3):
                if b"python" in Path(f"/proc/{pid}/cmdline").read_bytes():
                    break
                children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
                pid = int(children[0])
            self._pid = pid
        return int(self._pid)


def measure(presses: int = PRESSES) -> list[Row]:
    """The median time from a key to the next card, quizgen's and the bare app's, over `presses` presses."""
    if shutil.which("tmux") is None:
        reason = "tmux is not installed (apt-get install tmux)"
        return [skipped(BENCH, presses, "keypresses", reason), skipped(WORK, presses, "keypresses", reason)]
    python = sys.executable
    env = {"TERM": "xterm-256color", "PYTHONDONTWRITEBYTECODE": "", "TZ": os.environ.get("TZ", "UTC")}
    ours: list[float] = []
    floor: list[float] = []
    cpu = {"ours": 0.0, "floor": 0.0}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        deck = work / "keys.yaml"
        write_deck(deck, presses + 5)
        (work / "bare.py").write_text(textwrap.dedent(BARE))
        run_env = {**env, "QUIZGEN_CACHE": str(work / "cache")}
        subprocess.run([*TMUX, "new-session", "-d", "-s", "keep", "sleep 86400"], check=True)
        try:
            new = presses + 5
            study = Pane("study", f"{python} -m quizgen study {deck} --store {work / 'p.sqlite3'} --new {new}", run_env)
            bare = Pane("bare", f"{python} {work / 'bare.py'}", env)
            try:
                study.wait_for("Question number 0?")
                bare.wait_for("bare line 0")
                for n in range(presses):  # interleaved, so that both meet the same load
                    study.press("Space", f"Answer {n}")
                    time.sleep(READ)
                    before = study.cpu()
                    ours.append(study.press("3", f"Question number {n + 1}?"))
                    time.sleep(SETTLE)
                    cpu["ours"] += study.cpu() - before
                    time.sleep(READ)
                    before = bare.cpu()
                    floor.append(bare.press("x", f"bare line {n + 1}"))
                    time.sleep(SETTLE)
                    cpu["floor"] += bare.cpu() - before
            finally:
                study.close()
                bare.close()
        finally:
            subprocess.run([*TMUX, "kill-server"], capture_output=True)
    median, base = statistics.median(ours), statistics.median(floor)
    note = f"80x24 tmux, median of {presses}: {1000 * (median - base):.1f} ms more than the floor"
    work, work_floor = cpu["ours"] / presses, cpu["floor"] / presses
    verdict = "within" if work <= FRAME else "over"
    work_note = f"mean of {presses} from /proc: {1000 * work:.1f} ms a keypress, {verdict} one frame (16.7 ms)"
    return [
        Row(BENCH, presses, "keypresses", median, base, None, note),
        Row(WORK, presses, "keypresses", work, work_floor, None, work_note),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--presses", type=int, default=PRESSES, help="cards graded (the median is reported)")
    args = parser.parse_args(argv)
    print(table(measure(args.presses)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
