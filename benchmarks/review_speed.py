"""`quizgen review` on a large deck, in a real terminal (tmux), next to its floors.

Opening: from launching `quizgen review deck.yaml` until the first card's text is on the screen.
  Floor: `quizgen study deck.yaml` warm (the same deck, already in the deck cache), timed the same way
  in the same run. Target 1.5x.
Moving: from pressing → until the next card's "card N/M" is on the screen.
  Floor: a bare Textual app that shows its next line on a keypress, timed the same way.

Run: .venv/bin/python benchmarks/review_speed.py [--cards N] [--runs N] [--presses N]
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

from benchmarks.keypress import BARE as BARE_KEYS  # noqa: E402
from benchmarks.rows import Row, skipped, table  # noqa: E402
from benchmarks.study_startup import TMUX, time_to_text, tmux_server, write_deck  # noqa: E402

OPEN = "review open vs study warm start"
MOVE = "review keypress to next card vs bare Textual"
TARGETS = {OPEN: 1.5, MOVE: None}
CARDS = 1_000
RUNS = 5
PRESSES = 20
SIZE = ("80", "24")
TIMEOUT = 30.0


def _screen(session: str) -> str:
    return subprocess.run([*TMUX, "capture-pane", "-p", "-t", session], capture_output=True, text=True).stdout


def _wait(session: str, text: str, start: float) -> float:
    while time.perf_counter() - start < TIMEOUT:
        if text in _screen(session):
            return time.perf_counter() - start
        time.sleep(0.002)
    raise RuntimeError(f"'{text}' did not appear within {TIMEOUT:.0f} s")


def keypresses(command: str, first: str, after: list[str], env: dict[str, str], key: str) -> list[float]:
    """Seconds from each press of `key` until the next text of `after` is on the screen."""
    session = f"qzreview{os.getpid()}"
    env_args = [arg for k, v in env.items() for arg in ("-e", f"{k}={v}")]
    subprocess.run(
        [*TMUX, "new-session", "-d", "-s", session, "-x", SIZE[0], "-y", SIZE[1], *env_args, command], check=True
    )
    try:
        _wait(session, first, time.perf_counter())
        time.sleep(0.5)  # what the app does after its first frame
        times = []
        for text in after:
            start = time.perf_counter()
            subprocess.run([*TMUX, "send-keys", "-t", session, key], check=True)
            times.append(_wait(session, text, start))
            time.sleep(0.05)
        return times
    finally:
        subprocess.run([*TMUX, "kill-session", "-t", session], capture_output=True)


def measure(cards: int = CARDS, runs: int = RUNS, presses: int = PRESSES) -> list[Row]:
    """The review screen's opening against the study app's warm start, and a move to the next card."""
    if shutil.which("tmux") is None:
        reason = "tmux is not installed (apt-get install tmux)"
        return [skipped(OPEN, cards, "cards", reason, 1.5), skipped(MOVE, presses, "presses", reason)]
    python = sys.executable
    env = {"TERM": "xterm-256color", "TZ": os.environ.get("TZ", "UTC")}
    with tempfile.TemporaryDirectory() as tmp, tmux_server():
        work = Path(tmp)
        deck = work / "deck.yaml"
        first = write_deck(deck, cards)
        run_env = {**env, "QUIZGEN_CACHE": str(work / "cache")}
        store = work / "store.sqlite3"
        study = f"{python} -m quizgen study {deck} --store {store}"
        review = f"{python} -m quizgen review {deck}"
        time_to_text(study, first, run_env)  # the deck cache filled: the study app's warm start from here
        opened, floor = [], []
        for _ in range(runs):
            floor.append(time_to_text(study, first, run_env))
            opened.append(time_to_text(review, first, run_env))
        bare = work / "bare.py"
        bare.write_text(textwrap.dedent(BARE_KEYS))
        moves = keypresses(review, first, [f"card {n + 2}/{cards}" for n in range(presses)], run_env, "Right")
        bare_moves = keypresses(
            f"{python} {bare}", "bare line 0", [f"bare line {n + 1}" for n in range(presses)], env, "x"
        )
    note = f"80x24 tmux, median of {runs} runs"
    move_note = f"80x24 tmux, median of {presses} presses: {statistics.median(moves) * 1000:.0f} ms"
    return [
        Row(OPEN, cards, "cards", statistics.median(opened), statistics.median(floor), TARGETS[OPEN], note),
        Row(MOVE, presses, "presses", statistics.median(moves), statistics.median(bare_moves), None, move_note),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cards", type=int, default=CARDS, help="cards in the deck (default: 1,000)")
    parser.add_argument("--runs", type=int, default=RUNS, help="runs of each opening (the median is reported)")
    parser.add_argument("--presses", type=int, default=PRESSES, help="moves to the next card")
    args = parser.parse_args(argv)
    print(table(measure(args.cards, args.runs, args.presses)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
