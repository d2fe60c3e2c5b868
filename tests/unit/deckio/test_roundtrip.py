"""Saving a review changes only what was decided: comments, key order, quoting and untouched cards stay."""

from __future__ import annotations

from pathlib import Path

import pytest
from repo_paths import REPO

from quizgen.deckio.loader import load_deck, loads_deck
from quizgen.deckio.roundtrip import DeckDocument

DECKS = sorted((REPO / "decks").glob("*.yaml")) + sorted((REPO / "tests" / "data").glob("*.yaml"))


@pytest.mark.parametrize("path", DECKS, ids=[p.name for p in DECKS])
def test_a_document_written_back_unchanged_is_the_same_bytes(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert DeckDocument(text).dumps() == text


@pytest.mark.parametrize("path", DECKS, ids=[p.name for p in DECKS])
def test_a_mark_changes_one_line_and_nothing_else(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    document = DeckDocument(text)
    document.mark(len(document.cards) - 1, "reviewed")
    written = document.dumps()
    before, after = text.splitlines(), written.splitlines()
    assert len(after) == len(before) + 1
    added = [line for line in after if line not in before or after.count(line) > before.count(line)]
    assert [line.strip() for line in added] == ["reviewed: true"]
    assert loads_deck(written).cards[-1].reviewed


def test_dropping_records_the_id_before_the_cards_once() -> None:
    text = "id: d\ntitle: D\ncards:\n- id: a\n  type: basic\n  front: A\n  back: B\n- id: b\n  type: basic\n  front: C\n  back: D\n"
    document = DeckDocument(text)
    document.drop(0, "a")
    document.drop(0, "b")
    assert document.dumps().startswith("id: d\ntitle: D\ndropped:\n- a\n- b\ncards: []\n")


def test_replacing_keeps_flow_lists_comments_and_unchanged_values() -> None:
    text = (
        "id: d\ntitle: D\ncards:\n"
        "  - id: c   # keep me\n    type: choice\n    question: 'Q: which?'\n"
        "    choices: [x, y, z]\n    answer: x\n    note: '1991'\n"
    )
    document = DeckDocument(text)
    document.replace(
        0,
        {
            "id": "c",
            "type": "choice",
            "question": "Q: which?",
            "choices": ["x", "y2", "z"],
            "answer": "x",
            "note": "1991",
        },
    )
    assert document.dumps() == text.replace("[x, y, z]", "[x, y2, z]")


def test_a_multiline_value_is_written_as_a_block(tmp_path: Path) -> None:
    text = "id: d\ntitle: D\ncards:\n- id: a\n  type: basic\n  front: A\n  back: B\n"
    document = DeckDocument(text)
    document.replace(0, {"id": "a", "type": "basic", "front": "A", "back": "line one\nline two"})
    written = document.dumps()
    assert "back: |-\n    line one\n    line two\n" in written
    path = tmp_path / "d.yaml"
    path.write_text(written, encoding="utf-8")
    assert load_deck(path).cards[0].back == "line one\nline two"


def test_a_block_replacing_a_line_keeps_one_blank_line_before_the_next_card() -> None:
    text = "id: d\ntitle: D\ncards:\n  - id: a\n    type: basic\n    front: A\n    back: B\n\n  - id: b\n    type: basic\n    front: C\n    back: D\n"
    document = DeckDocument(text)
    document.replace(0, {"id": "a", "type": "basic", "front": "A", "back": "x\ny"})
    assert document.dumps() == text.replace("    back: B\n", "    back: |-\n      x\n      y\n")
