"""Start-up time of `quizgen study` on a 10,000-card deck, in a real terminal (tmux), next to its floors.

Cold start: a deck never opened before (empty deck cache, empty progress store).
  Floor: a bare Textual app that parses the same file with libyaml's CSafeLoader, then shows one line.
Warm start: the same, unchanged deck again.
  Floor: a bare Textual app that shows one line.
Each time runs from launching the process until the first card's text is on the tmux screen.

Run: .venv/bin/python benchmarks/study_startup.py [--runs N]
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

CARDS = 10_000
SIZE = ("80", "24")
TIMEOUT = 60.0

BARE = """
from textual.app import App
from textual.widgets import Static


class Bare(App):
    def compose(self):
        yield Static(LINE)


{parse}
Bare().run()
"""

PARSE = """
import sys
import yaml

with open(sys.argv[1], encoding="utf-8") as f:
    data = yaml.load(f, Loader=yaml.CSafeLoader)
LINE = data["cards"][0]["front"]
"""


def write_deck(path: Path) -> str:
    """A 10,000-card deck of every card type; returns the first card's text."""
    from quizgen.dump import save_deck
    from quizgen.model import Deck

    cards: list[dict[str, object]] = []
    for i in range(CARDS):
        source = {"sentence": f"Sentence {i} of the article says that term {i} means thing {i}."}
        kind = i % 5
        if kind == 0:
            cards.append(
                {"type": "basic", "front": f"What does term {i} mean?", "back": f"thing {i}", "source": source}
            )
        elif kind == 1:
            cards.append({"type": "cloze", "text": f"Term {i} means {{{{c1::thing {i}}}}}.", "source": source})
        elif kind == 2:
            choices = [f"thing {i}", f"thing {i + 1}", f"thing {i + 2}"]
            cards.append({"type": "choice", "question": f"Term {i} means?", "choices": choices, "answer": choices[0]})
        elif kind == 3:
            cards.append({"type": "truefalse", "statement": f"Term {i} means thing {i}.", "answer": True})
        else:
            cards.append({"type": "typed", "question": f"Which thing does term {i} mean?", "answer": f"thing {i}"})
    deck = Deck.model_validate({"id": "bench", "title": "Benchmark deck", "cards": cards})
    save_deck(deck, path)
    return str(cards[0]["front"])


def time_to_text(command: str, marker: str, env: dict[str, str]) -> float:
    """Seconds from launching `command` in a fresh 80x24 tmux session until `marker` is on its screen."""
    session = f"qzbench{os.getpid()}"
    env_args = [arg for key, value in env.items() for arg in ("-e", f"{key}={value}")]
    start = time.perf_counter()
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", session, "-x", SIZE[0], "-y", SIZE[1], *env_args, command], check=True
    )
    try:
        while time.perf_counter() - start < TIMEOUT:
            screen = subprocess.run(["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True)
            if marker in screen.stdout:
                return time.perf_counter() - start
            time.sleep(0.005)
        raise RuntimeError(f"'{marker}' did not appear within {TIMEOUT:.0f} s running: {command}")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="runs of each measurement (the median is reported)")
    args = parser.parse_args()
    if shutil.which("tmux") is None:
        print("skipped: tmux is not installed (apt-get install tmux)")
        return 0
    python = sys.executable
    quizgen = [python, "-m", "quizgen"]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        deck = work / "bench.yaml"
        marker = write_deck(deck)
        (work / "bare.py").write_text(textwrap.dedent(BARE.format(parse='LINE = "ready: one line"')))
        (work / "bare_parse.py").write_text(textwrap.dedent(BARE.format(parse=PARSE)))
        env = {"TERM": "xterm-256color", "PYTHONDONTWRITEBYTECODE": "", "TZ": os.environ.get("TZ", "UTC")}

        def study(cache: Path, store: Path) -> str:
            return " ".join([*quizgen, "study", str(deck), "--store", str(store)]) + f" # {cache.name}"

        results: dict[str, list[float]] = {name: [] for name in ("cold", "cold floor", "warm", "warm floor")}
        time_to_text(f"{python} {work / 'bare.py'}", "ready: one line", env)  # warm the OS file cache
        for run in range(args.runs):
            cache, store = work / f"cache{run}", work / f"store{run}.sqlite3"
            run_env = {**env, "QUIZGEN_CACHE": str(cache)}
            results["cold floor"].append(time_to_text(f"{python} {work / 'bare_parse.py'} {deck}", marker, env))
            results["cold"].append(time_to_text(study(cache, store), marker, run_env))
            results["warm floor"].append(time_to_text(f"{python} {work / 'bare.py'}", "ready: one line", env))
            results["warm"].append(time_to_text(study(cache, store), marker, run_env))

    median = {name: statistics.median(times) for name, times in results.items()}
    print(f"quizgen study, {CARDS:,}-card deck, 80x24 tmux, median of {args.runs} runs")
    print(f"{'':12} {'app':>8} {'floor':>8} {'ratio':>7} {'target':>7}")
    for kind, target in (("cold", 1.5), ("warm", 2.0)):
        ratio = median[kind] / median[f"{kind} floor"]
        verdict = "ok" if ratio <= target else "SLOW"
        app, floor = median[kind], median[f"{kind} floor"]
        print(f"{kind + ' start':12} {app:7.2f}s {floor:7.2f}s {ratio:6.2f}x {target:5.1f}x  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
