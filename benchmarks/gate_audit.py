"""Audit the gates: a packet of candidate cards the gates dropped, for reviewers to judge as if they were kept.

    .venv/bin/python benchmarks/gate_audit.py OUT_DIR --seed S [--per-gate 3]
    .venv/bin/python benchmarks/gate_audit.py --summary OUT_DIR

A gate that drops cards reviewers would keep costs coverage for nothing. For every article of the
evaluation corpus (../shared/corpus/news and wiki), every candidate of a sentence that gave no card and
was not skipped is built as each card type and run through the gates (`gates.failed_gate`); a random
sample (seed S) of at most N candidates per gate, one per sentence, is written as OUT_DIR/cards.md, in
the form of `review_packet.py`, with OUT_DIR/key.json naming each candidate's gate. Reviewers judge
cards.md against the rubric without key.json (verdicts-REVIEWER.jsonl, as for a review round); then
--summary prints, per gate, how many of its dropped candidates each reviewer accepts. The corpus is
only read, never copied.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from review_packet import CORPUS, shown  # noqa: E402

from quizgen.generate import cards as build  # noqa: E402
from quizgen.generate.deck import FACTS_PER_SENTENCE, generate_deck  # noqa: E402
from quizgen.generate.gates import Candidate, failed_gate  # noqa: E402
from quizgen.generate.text import read_article  # noqa: E402

KINDS = ("cloze", "typed", "choice", "truefalse")


def dropped(path: Path) -> list[tuple[str, int, build.Draft, str]]:
    """Every candidate of the article's card-less sentences that a gate drops: gate, sentence, card, sentence text."""
    generated = generate_deck(read_article(str(path)))
    index = generated.index
    assert index is not None
    found = []
    for plan in generated.plans:
        number = plan.row.sentence.number
        if plan.skip or generated.kept.get(number):
            continue
        for fact in plan.facts[:FACTS_PER_SENTENCE]:
            for kind in KINDS:
                card = build.choice(fact, index) if kind == "choice" else None
                if kind == "truefalse":
                    card = build.truefalse(fact, index)
                elif kind in ("cloze", "typed"):
                    card = build.cloze(fact) if kind == "cloze" else build.typed(fact)
                if card is None:
                    continue
                reason = failed_gate(Candidate(card, fact, index, generated.subject))
                if reason:
                    found.append((reason, number, card, plan.row.sentence.text))
    return found


def write_packet(out: Path, seed: int, per_gate: int) -> int:
    """Sample the dropped candidates into OUT_DIR/cards.md and key.json; the number written."""
    from quizgen.model.cards import Deck

    by_gate: dict[str, list[tuple[Path, int, build.Draft, str, str]]] = defaultdict(list)
    for path in sorted([*CORPUS.joinpath("news").glob("*.txt"), *CORPUS.joinpath("wiki").glob("*.txt")]):
        for reason, number, card, text in dropped(path):
            by_gate[reason.split(":")[0]].append((path, number, card, reason, text))
    rng = random.Random(seed)
    picked = []
    for gate in sorted(by_gate):
        once = list({(p, n): item for item in by_gate[gate] for p, n in [item[:2]]}.values())
        rng.shuffle(once)
        picked += once[:per_gate]
    rng.shuffle(picked)
    lines = ["# Cards to judge", ""]
    key = {}
    for k, (path, number, card, reason, text) in enumerate(picked, 1):
        card.id = f"g{k:03d}"
        source = {"sentence": text, "start": 0, "end": len(text)}
        model = Deck.model_validate({"id": "audit", "title": "audit", "cards": [card.data() | {"source": source}]})
        lines += [f"## {card.id}", f"- Article: {path}", *shown(model.cards[0]), f"- Source sentence: {text}", ""]
        key[card.id] = {"gate": reason, "article": str(path), "sentence": number}
    out.mkdir(parents=True, exist_ok=True)
    (out / "cards.md").write_text("\n".join(lines), encoding="utf-8")
    (out / "key.json").write_text(json.dumps(key, indent=1), encoding="utf-8")
    return len(key)


def summary(out: Path) -> list[str]:
    """Per gate: its sampled candidates and how many each reviewer accepts, most accepted first."""
    key = json.loads((out / "key.json").read_text(encoding="utf-8"))
    reviewers = sorted(p.stem.removeprefix("verdicts-") for p in out.glob("verdicts-*.jsonl"))
    verdicts = {
        r: {v["id"]: v["acceptable"] for v in map(json.loads, (out / f"verdicts-{r}.jsonl").read_text().splitlines())}
        for r in reviewers
    }
    per_gate: dict[str, list[str]] = defaultdict(list)
    for card_id, entry in key.items():
        per_gate[entry["gate"].split(":")[0]].append(card_id)
    rows = []
    for gate, ids in per_gate.items():
        counts = [sum(verdicts[r].get(i, False) for i in ids) for r in reviewers]
        rows.append((sum(counts), gate, len(ids), counts))
    lines = [f"{'gate':40} {'n':>3}  " + "  ".join(f"{r:>4}" for r in reviewers)]
    for _, gate, n, counts in sorted(rows, key=lambda row: (-row[0], row[1])):
        lines.append(f"{gate:40} {n:>3}  " + "  ".join(f"{c:>4}" for c in counts))
    total = [sum(verdicts[r].get(i, False) for i in key) for r in reviewers]
    lines.append(f"{'all':40} {len(key):>3}  " + "  ".join(f"{c:>4}" for c in total))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--per-gate", type=int, default=3)
    parser.add_argument("--summary", action="store_true", help="summarise the verdicts in OUT_DIR")
    args = parser.parse_args(argv)
    if args.summary:
        print("\n".join(summary(args.out)))
        return 0
    if not CORPUS.exists():
        print(f"no corpus at {CORPUS}: nothing to audit", file=sys.stderr)
        return 0
    print(f"wrote {args.out / 'cards.md'}: {write_packet(args.out, args.seed, args.per_gate)} dropped candidates")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
