"""Refit the weights of `quizgen.generate.peripheral` on the reviewers' verdicts, and test them out of sample.

    .venv/bin/python benchmarks/peripheral_fit.py [--work DIR] [--l2 2.0] [--folds 5]

The cards the reviewers judged are not kept (they quote the copyrighted articles); their ids are
stable hashes, so they are made again: for every round of `docs/reviews/` listed in ROUNDS, the
commit that round judged is checked out in a detached worktree under DIR (a temporary folder by
default) and its own generator writes every card of the corpus (`../shared/corpus/`) and the seed
article, with the answer it asked. A card is labelled a side detail when a reviewer failed it on
criterion 7 of docs/judging ('worth learning'). The features are the current code's
(`peripheral.features`), so the weights fit what the generator computes now.

The model is fitted by plain gradient descent with an L2 penalty; held out, it is fitted again
without one fold of ARTICLES at a time (every card of an article in the same fold), and each card
is scored by the model that never saw its article. It prints the held-out AUC and, at
`peripheral.DROP`, the precision and recall of 'side detail' and the share of accepted cards it
would drop, then the weights to copy into `peripheral.WEIGHTS` and `BIAS`. Nothing is written
into the repository; DIR holds the cards and is removed at the end unless given.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ROUNDS = {
    "round4": "2d286f0",
    "round5": "45b7d53",
    "round6": "d16812c",
    "round7": "fd446a7",
    "round8-wiki": "fd446a7",
    "round9": "655b4f5",
    "round10": "91b1c23",
    "round11": "33cdc40",
    "round12": "03cc6da",
    "round13": "23ae7c3",
    "round14": "28042b5",
    "round15": "9606d08",
    "round16": "0814e48",
    "round17": "adf9708",
    "round18": "603a433",
    "round19": "99c4fdd",
    "round20": "be5024f",
    "round21": "f6e5f6e",
    "round22": "7a80183",
    "round23": "e97ffaf",
    "round24": "d29c0b4",
    "round25": "029a1f3",
    "round26": "720b2c4",
    "round27": "f2e01ef",
    "round28": "4c783fb",
    "round29": "0289ec6",
    "round30": "bb606f1",
    "round31": "f199241",
    "round32": "c87fd8f",
    "round33": "6351ee9",
    "round34": "de12e86",
    "round35": "f886c33",
    "round36": "a9b7407",
}
"""Review round (a folder of docs/reviews) → the commit whose cards it judged (docs/generator-review.md)."""
CORPUS = ROOT.parent / "shared" / "corpus"
SEED = "seeds/central-asia-us-election.txt"

DUMP = """
import json, sys
from pathlib import Path
import quizgen.generate.deck as deck
from quizgen.generate import generate_file
chosen = []
select = deck.select
def recording(*args, **kwargs):
    chosen[:] = select(*args, **kwargs)
    return chosen
deck.select = recording
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for path in sys.argv[2:]:
        try:
            cards = generate_file(path).data["cards"]
        except Exception as exc:
            print(path, exc, file=sys.stderr)
            continue
        answers = {o.card.id: o.answer for o in chosen}
        for card in cards:
            row = {"id": f"{Path(path).stem}/{card['id']}", "card": card, "answer": answers.get(card["id"])}
            out.write(json.dumps(row) + "\\n")
"""
"""Run by each round's commit: every card of the given articles, with the answer it asks."""


def articles() -> list[Path]:
    return sorted((CORPUS / "news").glob("*.txt")) + sorted((CORPUS / "wiki").glob("*.txt"))


def judged_cards(work: Path, folder: str, commit: str) -> dict[str, dict[str, Any]]:
    """Card id → the card as the commit made it, for every article of the corpus and the seed article."""
    out = work / f"{commit}.jsonl"
    if not out.exists():
        tree = work / commit
        if not tree.exists():
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), commit], check=True)
        paths = [str(p) for p in articles()] + [str(tree / SEED)]
        env = {"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"}
        subprocess.run([sys.executable, "-c", DUMP, str(out), *paths], check=True, env=env, cwd=tree)
    return {row["id"]: row for row in map(json.loads, out.read_text(encoding="utf-8").splitlines())}


def labelled(work: Path) -> list[dict[str, Any]]:
    """Every judged card of ROUNDS: its article, source span, answer, and the reviewers' verdicts."""
    rows = []
    for folder, commit in ROUNDS.items():
        made = judged_cards(work, folder, commit)
        verdicts: dict[str, list[dict[str, Any]]] = {}
        for name in ("verdicts-A.jsonl", "verdicts-B.jsonl"):
            for line in (ROOT / "docs" / "reviews" / folder / name).read_text(encoding="utf-8").splitlines():
                if line.strip():
                    verdict = json.loads(line)
                    verdicts.setdefault(verdict["id"], []).append(verdict)
        for entry in json.loads((ROOT / "docs" / "reviews" / folder / "index.json").read_text(encoding="utf-8")):
            card, given = made[entry["id"]], verdicts.get(entry["id"], [])
            article = ROOT / SEED if "seed article" in entry["group"] else Path(entry["article"])
            rows.append(
                {
                    "id": entry["id"],
                    "article": str(article),
                    "group": "news" if "/news/" in str(article) else "wiki" if "/wiki/" in str(article) else "seed",
                    "card": card["card"],
                    "answer": card["answer"],
                    "side": any(7 in v.get("failed", []) for v in given),
                    "accepted": len(given) == 2 and all(v.get("acceptable") for v in given),
                }
            )
    return rows


def with_features(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The current code's features of each card's answer in its sentence; cards it cannot find are left out."""
    from quizgen.generate import frequency
    from quizgen.generate.deck import subject_words, title_of
    from quizgen.generate.entities import Mention
    from quizgen.generate.index import analyse
    from quizgen.generate.peripheral import Article, features
    from quizgen.generate.split import split_article
    from quizgen.generate.subject import find_subject
    from quizgen.generate.text import read_article

    analysed: dict[str, Any] = {}
    found = []
    for row in rows:
        if row["article"] not in analysed:
            text = read_article(row["article"])
            sentences, lines = split_article(text)
            frequency.preload(text.plain)
            index = analyse(sentences)
            headline = title_of(text, lines)
            index.subject = find_subject(headline, [r.tokens for r in index.sentences])
            analysed[row["article"]] = (text, index, Article(index, subject_words(headline)))
        text, index, article = analysed[row["article"]]
        source = row["card"]["source"]
        spans = [(n, text.span(r.sentence.start, r.sentence.end)) for n, r in enumerate(index.sentences)]
        overlap = [(min(e, source["end"]) - max(s, source["start"]), n) for n, (s, e) in spans]
        best, number = max(overlap, default=(0, 0))
        answer = row["answer"]
        if best <= 0 or not isinstance(answer, str):
            continue
        sentence = index.sentences[number]
        mentions = [m for m in sentence.mentions if m.text == answer] or [
            m for m in sentence.mentions if answer in m.text or m.text in answer
        ]
        at = sentence.sentence.text.find(answer)
        if not mentions and at < 0:
            continue
        m = mentions[0] if mentions else Mention(answer, at, at + len(answer), "concept", answer.casefold())
        found.append({**row, "f": features(article, number, m)})
    return found


def fit(data: list[tuple[list[float], float]], l2: float, steps: int = 1500, rate: float = 0.3) -> list[float]:
    """Logistic regression by gradient descent: [bias, weights...]."""
    w = [0.0] * (len(data[0][0]) + 1)
    for _ in range(steps):
        grad = [0.0] * len(w)
        for xs, y in data:
            d = _sigmoid(w[0] + sum(a * b for a, b in zip(w[1:], xs, strict=True))) - y
            grad[0] += d
            for i, v in enumerate(xs):
                grad[i + 1] += d * v
        w = [w[i] - rate * (grad[i] + (l2 * w[i] if i else 0.0)) / len(data) for i in range(len(w))]
    return w


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-z))


def auc(positive: list[float], negative: list[float]) -> float:
    """The chance that a side detail scores above an accepted card."""
    pairs = [1.0 if p > q else 0.5 if p == q else 0.0 for p in positive for q in negative]
    return sum(pairs) / len(pairs) if pairs else float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", type=Path, help="folder for the old commits and their cards (kept)")
    parser.add_argument("--l2", type=float, default=2.0, help="the L2 penalty")
    parser.add_argument("--folds", type=int, default=5, help="folds of articles held out in turn")
    args = parser.parse_args(argv)
    from quizgen.generate.peripheral import DROP, WEIGHTS

    try:
        with tempfile.TemporaryDirectory() as scratch:
            work = args.work or Path(scratch)
            work.mkdir(parents=True, exist_ok=True)
            rows = with_features(labelled(work))
    finally:
        if args.work is None:  # the old commits' worktrees went with the temporary folder
            subprocess.run(["git", "-C", str(ROOT), "worktree", "prune"], check=False)
    names = list(WEIGHTS)
    xs = [[row["f"].get(name, 0.0) for name in names] for row in rows]
    ys = [float(row["side"]) for row in rows]
    order = sorted({row["article"] for row in rows})
    fold = {a: k % args.folds for k, a in enumerate(order)}
    held: list[float] = [0.0] * len(rows)
    for k in range(args.folds):
        w = fit([(x, y) for x, y, r in zip(xs, ys, rows, strict=True) if fold[r["article"]] != k], args.l2)
        for i, r in enumerate(rows):
            if fold[r["article"]] == k:
                held[i] = _sigmoid(w[0] + sum(a * b for a, b in zip(w[1:], xs[i], strict=True)))
    print(f"{len(rows)} judged cards of {len(order)} articles, {int(sum(ys))} side details")
    for group in ("news", "wiki", "seed"):
        mine = [i for i, r in enumerate(rows) if r["group"] == group]
        side = [held[i] for i in mine if rows[i]["side"]]
        accepted = [held[i] for i in mine if rows[i]["accepted"]]
        flagged = [i for i in mine if held[i] >= DROP]
        hits = sum(rows[i]["side"] for i in flagged)
        print(
            f"{group}: {len(mine)} cards, {len(side)} side details, held-out AUC {auc(side, accepted):.3f}; "
            f"at {DROP}: precision {hits / max(len(flagged), 1):.2f}, recall {hits / max(len(side), 1):.2f}, "
            f"accepted dropped {sum(p >= DROP for p in accepted)}/{len(accepted)}"
        )
    w = fit(list(zip(xs, ys, strict=True)), args.l2)
    print(f"BIAS = {w[0]:.2f}")
    print("WEIGHTS = {" + ", ".join(f'"{n}": {v:.2f}' for n, v in zip(names, w[1:], strict=True)) + "}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
