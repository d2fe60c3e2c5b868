"""How long the teacher outputs take for large decks, side by side with loading them.

Run: .venv/bin/python benchmarks/teacher_exports.py [CARDS] [--quick]
Prints each step's time and its ratio to loading the deck from YAML, measured in one run
(for information: the project set no target). A deck of 100,000 cards is over the 10 MB
deck-file limit, so the largest deck is 30,000 cards.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.rows import FULL_SCALES, QUICK_SCALES, Row, table  # noqa: E402
from benchmarks.timing import best_times  # noqa: E402
from quizgen.deckio.dump import dumps_deck  # noqa: E402
from quizgen.deckio.loader import load_deck  # noqa: E402
from quizgen.exchange.gift import to_gift  # noqa: E402
from quizgen.exchange.markdown import to_markdown  # noqa: E402
from quizgen.exchange.pdf import available_engines, write_pdf  # noqa: E402
from quizgen.exchange.quiz import build_quiz  # noqa: E402
from quizgen.exchange.worksheet import render_worksheet  # noqa: E402
from quizgen.model.cards import Deck  # noqa: E402


def sample_deck(n: int) -> Deck:
    kinds = [
        lambda i: {"type": "choice", "question": f"Q{i} <&> ~ = #?", "choices": ["a {x}", "b:c", "d"], "answer": "d"},
        lambda i: {"type": "truefalse", "statement": f"Statement {i} is true.", "answer": False, "correction": "No."},
        lambda i: {"type": "typed", "question": f"Type {i}?", "answer": f"answer {i}", "accept": ["alt"]},
        lambda i: {"type": "basic", "front": f"Front {i}", "back": f"A longer back for card {i}, in a sentence."},
        lambda i: {"type": "cloze", "text": f"The {{{{c1::river {i}}}}} meets the {{{{c2::sea::where}}}}."},
    ]
    cards = [{"id": f"c{i}", **kinds[i % len(kinds)](i)} for i in range(n)]
    return Deck.model_validate({"id": "bench", "title": "Bench", "cards": cards})


def timed(step, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        step()
        best = min(best, time.perf_counter() - start)
    return best


MAX_CARDS = 30_000
"""The largest deck measured: 100,000 of these cards are over the 10 MB deck-file limit."""
STEPS = ("worksheet HTML", "GIFT", "Markdown")


def measure(sizes: tuple[int, ...] = FULL_SCALES, rounds: int = 3) -> list[Row]:
    """Rows of each teacher output of decks of each size, next to loading the deck from YAML."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sorted({min(n, MAX_CARDS) for n in sizes}):
            path = Path(tmp) / f"deck-{n}.yaml"
            path.write_text(dumps_deck(sample_deck(n)), encoding="utf-8")
            deck = load_deck(path)
            quiz = build_quiz([deck], seed=1)
            times = best_times(
                {
                    "load": lambda p=path: load_deck(p),
                    "worksheet HTML": lambda q=quiz: render_worksheet(q),
                    "GIFT": lambda d=deck: to_gift([d]),
                    "Markdown": lambda d=deck: to_markdown(d),
                },
                rounds,
            )
            note = "the largest deck under the 10 MB limit" if n == MAX_CARDS else ""
            rows += [
                Row(f"teacher {step} vs load", n, "cards", times[step], times["load"], None, note) for step in STEPS
            ]
    return sorted(rows, key=lambda row: STEPS.index(row.bench.split(" vs ")[0].removeprefix("teacher ")))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cards", nargs="?", type=int, default=1000, help="cards in the deck (default 1,000)")
    parser.add_argument("--scale", action="store_true", help="print the growth table of 1,000 to 30,000 cards")
    parser.add_argument("--quick", action="store_true", help="with --scale: small decks")
    args = parser.parse_args(argv)
    if args.scale:
        print(table(measure(QUICK_SCALES if args.quick else FULL_SCALES)))
        return
    n = args.cards
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "deck.yaml"
        path.write_text(dumps_deck(sample_deck(n)), encoding="utf-8")
        deck = load_deck(path)
        quiz = build_quiz([deck], seed=1)
        html = Path(tmp) / "quiz.html"
        html.write_text(render_worksheet(quiz), encoding="utf-8")
        base = timed(lambda: load_deck(path))
        rows = [
            ("load deck (YAML)", base),
            ("pick + shuffle", timed(lambda: build_quiz([deck], count=n // 2, seed=2))),
            ("worksheet HTML", timed(lambda: render_worksheet(quiz))),
            ("GIFT", timed(lambda: to_gift([deck]))),
            ("Markdown", timed(lambda: to_markdown(deck))),
        ]
        if available_engines():
            small = Path(tmp) / "small.html"
            small.write_text(render_worksheet(build_quiz([deck], count=50, seed=1)), encoding="utf-8")
            rows.append(("PDF of 50 questions", timed(lambda: write_pdf(small, Path(tmp) / "q.pdf"), 1)))
    print(f"{n} cards")
    for name, seconds in rows:
        print(f"{name:22} {seconds * 1000:9.1f} ms   {seconds / base:7.2f}x load")


if __name__ == "__main__":
    main()
