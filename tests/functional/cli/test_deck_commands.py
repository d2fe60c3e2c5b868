"""The deck authoring commands, run as a person runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from repo_paths import REPO

from quizgen.cli import main
from quizgen.deckio.loader import load_deck
from quizgen.deckio.schema import schema_json

GOOD = "id: good\ntitle: Good\ncards:\n  - type: basic\n    front: '[bold]Q[/] <script>'\n    back: A\n"
BAD = "id: bad\ntitle: Bad\ncards:\n  - type: choice\n    question: Q\n    choices: [x, y]\n    answer: z\n"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "quizgen", *args], capture_output=True, text=True, cwd=REPO)


def test_validate_exit_codes_and_file_line_output(write_deck) -> None:
    good = write_deck(GOOD, "good.yaml")
    bad = write_deck(BAD, "bad.yaml")
    assert run("validate", str(good)).returncode == 0
    result = run("validate", str(good), str(bad))
    assert result.returncode == 1
    line = result.stdout.strip().splitlines()[0]
    expected_line = BAD.splitlines().index("    answer: z") + 1
    assert line.startswith(f"{bad}:{expected_line}:")
    assert "[card #1]" in line
    assert "Traceback" not in result.stderr


def test_validate_walks_folders_and_checks_deck_ids_across_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.yaml").write_text(GOOD)
    (tmp_path / "sub" / "b.yml").write_text(GOOD)
    (tmp_path / "notes.txt").write_text("not a deck")
    result = run("validate", str(tmp_path), "--json")
    report = json.loads(result.stdout)
    assert result.returncode == 1
    assert len(report["files"]) == 2
    assert any("deck id 'good' is also used" in p["message"] for p in report["problems"])


def test_validate_json_lists_every_problem(write_deck) -> None:
    bad = write_deck(BAD + "  - type: basic\n    front: F\n    bakc: B\n")
    result = run("validate", "--json", str(bad))
    report = json.loads(result.stdout)
    assert report["ok"] is False
    assert report["errors"] == len(report["problems"]) == 2
    assert {p["card"] for p in report["problems"]} == {"#1", "#2"}


def test_strict_turns_warnings_into_errors(write_deck) -> None:
    warned = write_deck("id: w\ntitle: W\ncards:\n  - {type: cloze, text: '{{c1::a}} {{c3::b}}'}\n")
    assert run("validate", str(warned)).returncode == 0
    assert run("validate", "--strict", str(warned)).returncode == 1


def test_usage_errors_exit_2() -> None:
    assert run("validate").returncode == 2
    assert run("no-such-command").returncode == 2


def test_missing_file_is_one_clear_line(tmp_path: Path) -> None:
    result = run("show", str(tmp_path / "none.yaml"))
    assert result.returncode == 1
    assert result.stderr.strip() == f"quizgen: {tmp_path / 'none.yaml'}: no such file"


def test_schema_command_matches_the_committed_copy() -> None:
    committed = (REPO / "schema" / "deck.schema.json").read_text(encoding="utf-8")
    assert committed == schema_json(), "run: quizgen schema > schema/deck.schema.json"
    schema = json.loads(run("schema").stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert {"id", "title", "cards"} <= set(schema["required"])


def test_new_writes_a_commented_deck_that_validates(tmp_path: Path, capsys) -> None:
    path = tmp_path / "My Deck.yaml"
    assert main(["new", str(path), "--title", "Capitals: [bold] #1"]) == 0
    deck = load_deck(path)
    assert deck.title == "Capitals: [bold] #1"
    assert deck.id == "my-deck"
    assert {c.type for c in deck.cards} == {"basic", "cloze", "choice", "truefalse", "typed"}
    assert "#" in path.read_text()
    assert main(["new", str(path), "--title", "Again"]) == 1
    assert load_deck(path).title == "Capitals: [bold] #1"


def test_show_prints_text_literally(write_deck) -> None:
    result = run("show", str(write_deck(GOOD)))
    assert result.returncode == 0
    assert "[bold]Q[/] <script>" in result.stdout


@pytest.mark.parametrize("deck", sorted((REPO / "decks").glob("*.yaml")), ids=lambda p: p.name)
def test_bundled_decks_are_valid_without_warnings(deck: Path) -> None:
    from quizgen.deckio.loader import check_file

    checked = check_file(deck)
    assert checked.problems == []
    assert len(checked.deck.cards) > 0


def test_hand_written_deck_uses_every_card_type() -> None:
    deck = load_deck(REPO / "decks" / "central-asia-geography.yaml")
    assert {c.type for c in deck.cards} == {"basic", "cloze", "choice", "truefalse", "typed"}


def test_show_wraps_a_long_value_under_its_column(write_deck) -> None:
    long = "a long back " * 12
    deck = write_deck(f"id: d\ntitle: D\ncards:\n  - type: basic\n    front: Q?\n    back: {long.strip()}\n")
    result = subprocess.run(
        [sys.executable, "-m", "quizgen", "show", str(deck)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "COLUMNS": "60"},
    )
    lines = result.stdout.splitlines()
    first = next(i for i, line in enumerate(lines) if line.strip().startswith("back"))
    column = lines[first].index("a long back")
    rest = lines[first + 1 : first + 3]
    assert all(line[:column].strip() == "" and line[column] != " " for line in rest), lines
    assert all(len(line) <= 60 and line == line.rstrip() for line in lines)


def test_show_lists_a_cards_media(write_deck) -> None:
    deck = write_deck(GOOD.replace("    back: A\n", "    back: A\n    image: maps/a.png\n    answer_audio: a.ogg\n"))
    lines = [line.strip() for line in run("show", str(deck)).stdout.splitlines()]
    assert "image  maps/a.png" in lines and "ans audio  a.ogg" in lines
