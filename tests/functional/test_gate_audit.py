"""benchmarks/gate_audit.py finds the candidates a gate drops and sums up reviewers' verdicts on them per gate."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.gate_audit import dropped, summary

ARTICLE = (
    "Qantas cuts jobs\n\n"
    "However a spokesman said Qantas would cut 400 more jobs in Melbourne in 2007.\n\n"
    "The Australian airline Qantas said on Monday it would cut 1,500 jobs in Sydney by 2006.\n"
)


def test_a_candidate_dropped_by_a_gate_is_found_with_its_gate(tmp_path: Path) -> None:
    path = tmp_path / "qantas.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    found = dropped(path)
    assert any(reason.startswith("unresolved_opener") and "However" in text for reason, _, _, text in found)


def test_the_summary_counts_each_reviewers_accepted_candidates_per_gate(tmp_path: Path) -> None:
    key = {"g001": {"gate": "peripheral: x"}, "g002": {"gate": "peripheral: y"}, "g003": {"gate": "short_name: z"}}
    (tmp_path / "key.json").write_text(json.dumps(key), encoding="utf-8")
    for reviewer, accepted in (("A", {"g001", "g003"}), ("B", {"g001"})):
        lines = [json.dumps({"id": i, "acceptable": i in accepted}) for i in key]
        (tmp_path / f"verdicts-{reviewer}.jsonl").write_text("\n".join(lines), encoding="utf-8")
    rows = {line.split()[0]: line.split()[1:] for line in summary(tmp_path)[1:]}
    assert rows["peripheral"] == ["2", "1", "1"]
    assert rows["short_name"] == ["1", "1", "0"]
    assert rows["all"] == ["3", "2", "1"]
