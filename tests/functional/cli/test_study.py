"""`quizgen study` on the command line: its options, and bad paths before any UI starts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from repo_paths import DATA

from quizgen.cli import build_parser, main


def test_study_options_parse() -> None:
    args = build_parser().parse_args(["study", "a.yaml", "b", "--store", "p.db", "--cram", "--new", "5"])
    assert (args.paths, args.store, args.cram, args.new) == (["a.yaml", "b"], "p.db", True, 5)
    assert args.reviews is None  # no daily review limit unless asked for
    assert build_parser().parse_args(["study", "--reviews", "100"]).reviews == 100


def test_negative_limits_are_usage_errors(capsys) -> None:
    for option in ("--new", "--reviews"):
        try:
            main(["study", option, "-1"])
        except SystemExit as exc:
            assert exc.code == 2
        else:
            raise AssertionError(f"{option} -1 was accepted")
        assert "must be 0 or more" in capsys.readouterr().err


def test_missing_path_is_one_line_and_exit_1(tmp_path: Path, capsys) -> None:
    assert main(["study", str(tmp_path / "nope.yaml")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("quizgen: ") and "nope.yaml: no such file or folder" in err


def test_a_store_that_is_not_sqlite_is_one_line_and_exit_1(tmp_path: Path, capsys) -> None:
    store = tmp_path / "store.sqlite3"
    store.write_text("this is not a database, just text " * 10)
    deck = DATA / "study_every_type.yaml"
    assert main(["study", str(deck), "--store", str(store)]) == 1
    assert "store.sqlite3" in capsys.readouterr().err


def test_core_modules_of_study_do_not_import_textual() -> None:
    code = (
        "import sys, quizgen.cli, quizgen.cli.study, quizgen.deckio.cache, quizgen.deckio.bundled, quizgen.study.forecast;"
        "quizgen.cli.build_parser(); assert 'textual' not in sys.modules, 'textual imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
