"""Summarise two reviewers' verdicts on a review packet: acceptance per group and where they disagree.

    .venv/bin/python benchmarks/review_summary.py PACKET_DIR_OR_REVIEW_DIR

Reads index.json (from review_packet.py, when present) and verdicts-A.jsonl / verdicts-B.jsonl.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path


def load(path: Path) -> dict[str, dict]:
    return {v["id"]: v for v in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if v}


def group_of(card_id: str, index: dict[str, str]) -> str:
    if card_id in index:
        return index[card_id].split(" (")[0].split(",")[0]
    return "seed article" if card_id.startswith("central-asia") else "sample"


def _verdict(v: dict) -> str:
    return "accepts" if v["acceptable"] else "rejects"


def main(argv: list[str] | None = None) -> int:
    folder = Path((argv or sys.argv[1:])[0])
    index_path = folder / "index.json"
    index = {e["id"]: e["group"] for e in json.loads(index_path.read_text())} if index_path.exists() else {}
    verdicts = {
        name: load(folder / f"verdicts-{name}.jsonl") for name in "AB" if (folder / f"verdicts-{name}.jsonl").exists()
    }
    for name, cards in verdicts.items():
        total, kept = Counter(), Counter()
        for cid, v in cards.items():
            g = group_of(cid, index)
            total[g] += 1
            kept[g] += bool(v["acceptable"])
        print(f"reviewer {name}: " + "; ".join(f"{g} {kept[g]}/{total[g]} = {kept[g] / total[g]:.0%}" for g in total))
    if len(verdicts) == 2:
        a, b = verdicts["A"], verdicts["B"]
        shared = sorted(set(a) & set(b))
        agree = sum(a[c]["acceptable"] == b[c]["acceptable"] for c in shared)
        print(f"agreement: {agree} of {len(shared)} cards")
        for c in shared:
            if a[c]["acceptable"] != b[c]["acceptable"]:
                print(f"  {c}: A {_verdict(a[c])}, B {_verdict(b[c])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
