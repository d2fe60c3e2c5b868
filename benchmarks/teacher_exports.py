"""How long the teacher outputs take for a large deck, side by side with loading it.

Run: .venv/bin/python benchmarks/teacher_exports.py [CARDS]
Prints each step's time and its ratio to loading the deck from YAML, measured in one run.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from quizgen.dump import dumps_deck
from quizgen.loader import load_deck
from quizgen.model import Deck
from quizgen.teacher.gift import to_gift
from quizgen.teacher.markdown import to_markdown
from quizgen.teacher.pdf import available_engines, write_pdf
from quizgen.teacher.select import build_quiz
from quizgen.teacher.worksheet import render_worksheet


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


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
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
