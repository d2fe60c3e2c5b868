"""`benchmarks/review_summary.py` reports each reviewer's rate and how many cards other rounds judged already."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.review_summary import main


def _round(folder: Path, verdicts: dict[str, dict[str, bool]], index: list[tuple[str, str]]) -> None:
    folder.mkdir(parents=True)
    (folder / "index.json").write_text(json.dumps([{"id": cid, "group": g} for cid, g in index]), encoding="utf-8")
    for reviewer, cards in verdicts.items():
        lines = [json.dumps({"id": cid, "acceptable": ok, "failed": [], "why": "."}) for cid, ok in cards.items()]
        (folder / f"verdicts-{reviewer}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_cards_judged_in_other_rounds_are_counted_with_their_verdicts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    history = tmp_path / "reviews"
    index = [("a/cloze-1", "news sample (seed 1)"), ("a/cloze-2", "news sample (seed 1)"), ("w/cloze-3", "wiki sample")]
    _round(history / "round1", {"A": {"a/cloze-1": True, "w/cloze-3": False}, "B": {"a/cloze-1": False}}, index[:1])
    _round(history / "round2", {"A": dict.fromkeys(("a/cloze-1", "a/cloze-2", "w/cloze-3"), True)}, index)
    _round(history / "round2b", {"A": {"a/cloze-2": True}, "B": {"a/cloze-2": True}}, index[1:2])
    main([str(history / "round2"), "--history", str(history)])
    out = capsys.readouterr().out
    assert "reviewer A: news sample 2/2 = 100%; wiki sample 1/1 = 100%" in out
    assert "news sample: 2 of 2 cards judged in other rounds; their verdicts there accepted 3/4 = 75%" in out
    assert "wiki sample: 1 of 1 cards judged in other rounds; their verdicts there accepted 0/1 = 0%" in out
