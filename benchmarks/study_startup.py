"""Start-up time of `quizgen study` on large decks, in a real terminal (tmux), next to its floors.

Cold start: a deck never opened before (empty deck cache, empty progress store).
  Floor: a bare Textual app that parses the same file with libyaml's CSafeLoader, then shows one line.
Warm start: the same, unchanged deck again.
  Floor: a bare Textual app that shows one line.
Each time runs from launching the process until the first card's text is on the tmux screen.

Up to 25,000 cards the deck is one file, studied at once (`quizgen study deck.yaml`). A larger
collection is spread over several deck files (one file would be over the 10 MB limit) and opened
as a person does: `quizgen study folder/`, and enter on the deck list's top row, All decks, once
it is on screen. Its floors do the same: the bare app shows one line, then another on enter.

The target is the median of 10 runs (`--runs`) at 10,000 cards and for 100,000 in several files.

Run: .venv/bin/python benchmarks/study_startup.py [--quick] [--cards N ...] [--runs N]
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
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.rows import FULL_SCALES, QUICK_SCALES, Row, skipped, table  # noqa: E402

CARDS = 10_000
COLD, WARM = "first card, cold vs bare Textual", "first card, warm vs bare Textual"
TARGETS = {COLD: 1.5, WARM: 1.5}
MAX_CARDS = 25_000
"""The most cards in one deck file (about 3 MB): a larger collection is spread over several files."""
RUNS = 10
SIZE = ("80", "24")
TIMEOUT = 60.0
TMUX = ["tmux", "-L", f"quizgen-bench-{os.getpid()}"]
"""tmux on a server of its own, so other tmux users (or runs) cannot stop it mid-measurement."""

BARE = """
from textual.app import App
from textual.widgets import Static


class Bare(App):
    def compose(self):
        yield Static(LINE)

    def on_key(self, event):
        if event.key == "enter":  # the floor of opening a deck from the list: a keypress, then the next line
            self.query_one(Static).update("ready: second line")


{parse}
Bare().run()
"""

PARSE = """
import sys
import yaml

LINE = None
for name in sys.argv[1:]:
    with open(name, encoding="utf-8") as f:
        data = yaml.load(f, Loader=yaml.CSafeLoader)
    LINE = LINE or data["cards"][0]["front"]
"""


def write_decks(folder: Path, count: int) -> tuple[list[Path], str]:
    """`count` cards in as few deck files as hold them, in `folder`; the files, and the first card's text."""
    files = -(-count // MAX_CARDS)
    paths = [folder / f"part-{n + 1}.yaml" for n in range(files)]
    first = ""
    for n, path in enumerate(paths):
        size = count // files + (1 if n < count % files else 0)
        text = write_deck(path, size, deck_id="bench" if files == 1 else f"bench-{n + 1}", start=n * MAX_CARDS)
        first = first or text
    return paths, first


def write_deck(path: Path, count: int = CARDS, deck_id: str = "bench", start: int = 0) -> str:
    """A deck of `count` cards of every card type (numbered from `start`); returns the first card's text."""
    from quizgen.deckio.dump import save_deck
    from quizgen.model.cards import Deck

    cards: list[dict[str, object]] = []
    for i in range(start, start + count):
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
    deck = Deck.model_validate({"id": deck_id, "title": f"Benchmark deck {deck_id}", "cards": cards})
    save_deck(deck, path)
    return str(cards[0]["front"])


@contextmanager
def tmux_server() -> Iterator[None]:
    """Keep this run's tmux server up between measurements (it quits with its last session)."""
    subprocess.run([*TMUX, "new-session", "-d", "-s", "keep", "sleep 86400"], check=True)
    try:
        yield
    finally:
        subprocess.run([*TMUX, "kill-server"], capture_output=True)


def _floor(line: str, via_list: bool) -> tuple[str, str | None]:
    """What a bare app's run waits for (and presses enter at): its line, or after it the second line."""
    return ("ready: second line", line) if via_list else (line, None)


def time_to_text(command: str, marker: str, env: dict[str, str], enter_at: str | None = None) -> float:
    """Seconds from launching `command` in a fresh 80x24 tmux session until `marker` is on its screen;
    with `enter_at`, enter is pressed as soon as that text is on the screen, as a person would."""
    session = f"qzbench{os.getpid()}"
    env_args = [arg for key, value in env.items() for arg in ("-e", f"{key}={value}")]
    start = time.perf_counter()
    subprocess.run(
        [*TMUX, "new-session", "-d", "-s", session, "-x", SIZE[0], "-y", SIZE[1], *env_args, command], check=True
    )
    try:
        waiting_for = enter_at or marker
        while time.perf_counter() - start < TIMEOUT:
            screen = subprocess.run([*TMUX, "capture-pane", "-p", "-t", session], capture_output=True, text=True)
            if waiting_for in screen.stdout:
                if waiting_for == marker:
                    return time.perf_counter() - start
                subprocess.run([*TMUX, "send-keys", "-t", session, "Enter"], check=True)
                waiting_for = marker
                continue
            time.sleep(0.005)
        raise RuntimeError(f"'{waiting_for}' did not appear within {TIMEOUT:.0f} s running: {command}")
    finally:
        subprocess.run([*TMUX, "kill-session", "-t", session], capture_output=True)


def measure(sizes: tuple[int, ...] = FULL_SCALES, runs: int = RUNS) -> list[Row]:
    """Rows of cold and warm start of decks of each size, next to their floors (median of `runs`)."""
    if shutil.which("tmux") is None:
        reason = "tmux is not installed (apt-get install tmux)"
        return [skipped(bench, n, "cards", reason, TARGETS[bench]) for bench in (COLD, WARM) for n in sizes]
    rows: list[Row] = []
    python = sys.executable
    quizgen = [python, "-m", "quizgen"]
    env = {"TERM": "xterm-256color", "PYTHONDONTWRITEBYTECODE": "", "TZ": os.environ.get("TZ", "UTC")}
    with tempfile.TemporaryDirectory() as tmp, tmux_server():
        work = Path(tmp)
        (work / "bare.py").write_text(textwrap.dedent(BARE.format(parse='LINE = "ready: one line"')))
        (work / "bare_parse.py").write_text(textwrap.dedent(BARE.format(parse=PARSE)))
        time_to_text(f"{python} {work / 'bare.py'}", "ready: one line", env)  # warm the OS file cache
        for cards in sizes:
            folder = work / f"decks-{cards}"
            folder.mkdir()
            paths, marker = write_decks(folder, cards)
            # One file is studied at once; several are opened from the deck list, All decks, enter.
            target = str(paths[0]) if len(paths) == 1 else str(folder)
            via_list = len(paths) > 1
            enter_at = "All decks" if via_list else None
            files = " ".join(str(p) for p in paths)
            results: dict[str, list[float]] = {name: [] for name in ("cold", "cold floor", "warm", "warm floor")}
            for run in range(runs):
                cache, store = work / f"cache{cards}-{run}", work / f"store{cards}-{run}.sqlite3"
                run_env = {**env, "QUIZGEN_CACHE": str(cache)}
                study = " ".join([*quizgen, "study", target, "--store", str(store)])
                bare_parse = f"{python} {work / 'bare_parse.py'} {files}"
                bare = f"{python} {work / 'bare.py'}"
                wait, press = _floor(marker, via_list)
                results["cold floor"].append(time_to_text(bare_parse, wait, env, press))
                results["cold"].append(time_to_text(study, marker, run_env, enter_at))
                wait, press = _floor("ready: one line", via_list)
                results["warm floor"].append(time_to_text(bare, wait, env, press))
                results["warm"].append(time_to_text(study, marker, run_env, enter_at))
            median = {name: statistics.median(times) for name, times in results.items()}
            how = f"{len(paths)} deck files, All decks from the deck list; " if via_list else ""
            note = f"{how}80x24 tmux, median of {runs} runs"
            rows.append(Row(COLD, cards, "cards", median["cold"], median["cold floor"], TARGETS[COLD], note))
            rows.append(Row(WARM, cards, "cards", median["warm"], median["warm floor"], TARGETS[WARM], note))
    return sorted(rows, key=lambda row: row.bench != COLD)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="one small deck and one run, for CI")
    parser.add_argument("--cards", type=int, nargs="+", help="deck sizes (default: 1,000 10,000 100,000)")
    parser.add_argument("--runs", type=int, default=RUNS, help="runs of each measurement (the median is reported)")
    args = parser.parse_args(argv)
    sizes = tuple(args.cards or ((QUICK_SCALES[0],) if args.quick else FULL_SCALES))
    print(table(measure(sizes, runs=1 if args.quick else args.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
