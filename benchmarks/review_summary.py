"""Summarise two reviewers' verdicts on a review packet: acceptance per group, where they disagree, and how many of
its cards other rounds judged already.

    .venv/bin/python benchmarks/review_summary.py PACKET_DIR_OR_REVIEW_DIR [--history DIR]

Reads index.json (from review_packet.py, when present) and verdicts-A.jsonl / verdicts-B.jsonl. The verdicts of
every other round under `--history` (docs/reviews by default) tell how many of the packet's cards were judged
before, and what those verdicts said: a sample of cards already judged, and perhaps fixed after, is no fresh
measure of the generator.
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


HISTORY = Path(__file__).resolve().parents[1] / "docs" / "reviews"


def earlier_verdicts(history: Path, folder: Path) -> dict[str, list[bool]]:
    """Card id → every verdict of the rounds under `history` other than `folder` (accepted or not)."""
    found: dict[str, list[bool]] = {}
    for path in sorted(history.glob("*/verdicts-*.jsonl")):
        if path.parent.resolve() == folder.resolve():
            continue
        for v in load(path).values():
            found.setdefault(v["id"], []).append(bool(v["acceptable"]))
    return found


def judged_before(index: dict[str, str], earlier: dict[str, list[bool]]) -> list[str]:
    """Per group of the packet: how many of its cards other rounds judged, and how often they accepted them."""
    lines = []
    groups: dict[str, list[str]] = {}
    for cid, group in index.items():
        groups.setdefault(group.split(" (")[0].split(",")[0], []).append(cid)
    for group, cards in groups.items():
        seen = [cid for cid in cards if cid in earlier]
        verdicts = [ok for cid in seen for ok in earlier[cid]]
        rate = f"; their verdicts there accepted {sum(verdicts)}/{len(verdicts)}" if verdicts else ""
        rate += f" = {sum(verdicts) / len(verdicts):.0%}" if verdicts else ""
        lines.append(f"{group}: {len(seen)} of {len(cards)} cards judged in other rounds{rate}")
    return lines


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    history = HISTORY
    if "--history" in args:
        at = args.index("--history")
        history = Path(args[at + 1])
        del args[at : at + 2]
    folder = Path(args[0])
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
    if index and history.is_dir():
        for line in judged_before(index, earlier_verdicts(history, folder)):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
