"""The JSON Schema agrees with `quizgen validate` on every deck we have, as an editor reads it.

yaml-language-server reads YAML 1.2, where `answer: 1991` is a number and `answer: true` a boolean;
the validator reads both as the text typed. Every deck the validator accepts must pass the schema
(so every deck the schema refuses is one the validator refuses).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from repo_paths import REPO
from ruamel.yaml import YAML

from quizgen.deckio.loader import check_file
from quizgen.deckio.schema import deck_schema

FOLDERS = [REPO / "decks", REPO / "tests" / "data", REPO / "tests" / "bad_inputs"]
DECKS = sorted(p for folder in FOLDERS for p in folder.rglob("*") if p.suffix in (".yaml", ".yml"))
ACCEPTED = [p for p in DECKS if check_file(p).deck is not None]


def yaml12(path: Path) -> Any:
    """The file as a YAML 1.2 reader sees it, in JSON's types (a date is text to yaml-language-server)."""
    yaml = YAML(typ="safe", pure=True)
    yaml.version = (1, 2)
    return _json_types(yaml.load(path.read_text(encoding="utf-8-sig")))


def _json_types(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _json_types(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_types(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def test_there_are_decks_of_every_kind_to_compare() -> None:
    assert len(ACCEPTED) >= 6 and len(DECKS) - len(ACCEPTED) >= 5


@pytest.mark.parametrize("path", ACCEPTED, ids=[str(p.relative_to(REPO)) for p in ACCEPTED])
def test_a_deck_the_validator_accepts_passes_the_schema(path: Path) -> None:
    errors = [e.message for e in jsonschema.Draft202012Validator(deck_schema()).iter_errors(yaml12(path))]
    assert errors == []


def test_a_typed_year_answer_written_unquoted_passes_both(tmp_path: Path) -> None:
    path = tmp_path / "years.yaml"
    path.write_text(
        "id: years\ntitle: Years\ncards:\n  - type: typed\n    question: In which year did the USSR end?\n"
        "    answer: 1991\n    accept: [91]\n  - type: truefalse\n    statement: It ended in 1991.\n    answer: true\n",
        encoding="utf-8",
    )
    data = yaml12(path)
    assert data["cards"][0]["answer"] == 1991  # a number to the editor
    assert check_file(path).deck is not None
    assert list(jsonschema.Draft202012Validator(deck_schema()).iter_errors(data)) == []


def test_the_schema_still_refuses_what_both_refuse(tmp_path: Path) -> None:
    validator = jsonschema.Draft202012Validator(deck_schema())
    for broken in (
        {"id": "x", "title": "X", "cards": [{"type": "basic", "front": "F"}]},
        {"id": "x", "title": "X", "cards": [{"type": "typed", "question": "Q", "answer": ""}]},
        {"id": "x", "title": "X", "cards": [{"type": "basic", "front": "F", "back": "B", "bakc": "B"}]},
        {"id": "x", "title": "X", "cards": [{"type": "truefalse", "statement": "S", "answer": "no"}]},
    ):
        path = tmp_path / "broken.yaml"
        path.write_text(json.dumps(broken), encoding="utf-8")
        assert check_file(path).deck is None
        assert list(validator.iter_errors(yaml12(path))), broken


def test_the_schema_describes_the_rules_it_cannot_express() -> None:
    choice = deck_schema()["$defs"]["ChoiceCard"]["properties"]["answer"]["description"]
    assert "one of `choices`" in choice
