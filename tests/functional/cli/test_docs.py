"""Every command has help and is documented in the README."""

from __future__ import annotations

import argparse
import re

import pytest
from repo_paths import REPO

from quizgen.cli import build_parser

README = (REPO / "README.md").read_text(encoding="utf-8")


def commands(parser: argparse.ArgumentParser, prefix: str = "") -> list[tuple[str, argparse.ArgumentParser]]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                full = f"{prefix} {name}".strip()
                found.append((full, sub))
                found.extend(commands(sub, full))
    return found


ALL = commands(build_parser())


def test_there_are_commands() -> None:
    assert {"validate", "schema", "new", "show"} <= {name for name, _ in ALL}


@pytest.mark.parametrize(("name", "parser"), ALL, ids=[n for n, _ in ALL])
def test_command_has_help_and_is_in_the_readme(name: str, parser: argparse.ArgumentParser) -> None:
    assert parser.description, f"quizgen {name} has no description"
    assert "usage: quizgen" in parser.format_help()
    assert re.search(rf"quizgen {name}\b", README), f"document 'quizgen {name}' in the README"


def test_quickstart_has_exactly_two_command_lines() -> None:
    quick = README.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    block = quick.split("```sh\n", 1)[1].split("```", 1)[0]
    lines = [line for line in block.splitlines() if line.strip()]
    assert len(lines) == 2
    assert lines[0].endswith("quizgen study")
    assert "'.[test]'" in lines[1] and "pytest" in lines[1]


def test_ci_runs_the_readme_test_line_verbatim() -> None:
    quick = README.split("```sh\n", 1)[1].split("```", 1)[0]
    test_line = [line for line in quick.splitlines() if line.strip()][1]
    ci = (REPO / ".ci" / "run").read_text()
    assert test_line in ci.splitlines()


def _section(name: str) -> str:
    """The README's section on `quizgen NAME`: from its heading to the next one."""
    parts = re.split(r"^### ", README, flags=re.M)
    found = [p for p in parts if p.startswith(f"quizgen {name}\n")]
    assert found, f"the README has no section '### quizgen {name}'"
    return found[0].split("\n## ", 1)[0]


LEAVES = [(n, p) for n, p in ALL if not any(other.startswith(n + " ") for other, _ in ALL)]


@pytest.mark.parametrize(("name", "parser"), LEAVES, ids=[n for n, _ in LEAVES])
def test_every_option_is_in_the_commands_readme_section(name: str, parser: argparse.ArgumentParser) -> None:
    section = _section(name)
    for action in parser._actions:
        names = [o for o in action.option_strings if o not in ("-h", "--help")]
        if names:
            found = any(re.search(rf"(?<![\w-]){re.escape(o)}\b", section) for o in names)
            assert found, f"document {names[-1]} under 'quizgen {name}'"
