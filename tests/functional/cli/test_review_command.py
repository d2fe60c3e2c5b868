"""`quizgen review` on the command line: bad decks are one line and exit 1, before any screen opens."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from quizgen.cli import main


def test_a_missing_deck_is_one_line_and_exit_1(tmp_path: Path, capsys) -> None:
    assert main(["review", str(tmp_path / "nope.yaml")]) == 1
    err = capsys.readouterr().err
    assert err == f"quizgen: {tmp_path / 'nope.yaml'}: no such file\n"


def test_a_deck_with_errors_names_the_file_line_and_card(tmp_path: Path, capsys) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("id: d\ntitle: D\ncards:\n  - id: one\n    type: typed\n    question: Q?\n", encoding="utf-8")
    assert main(["review", str(path)]) == 1
    err = capsys.readouterr().err
    assert err == f"quizgen: {path}:4:5: [card one] missing key 'answer': a typed card needs question and answer\n"


def test_the_review_command_loads_textual_only_when_it_runs() -> None:
    code = (
        "import sys, quizgen.cli, quizgen.cli.review, quizgen.deckio.review; quizgen.cli.build_parser();"
        "assert 'textual' not in sys.modules and 'ruamel' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
