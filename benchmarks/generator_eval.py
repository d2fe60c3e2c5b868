"""Evaluate the generator on the shared corpus: validity, coverage, answer recall on SQuAD, and speed.

Run: .venv/bin/python benchmarks/generator_eval.py [--sample N] [--seed S]
Reads ../shared/corpus relative to the repository and skips cleanly when it is absent.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

from quizgen import cloze, rules
from quizgen.dump import dumps_deck
from quizgen.errors import GenerateError
from quizgen.generate.deck import generate_deck
from quizgen.generate.split import sentence_spans
from quizgen.generate.text import article_from_text, read_article
from quizgen.loader import loads_deck

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def answers_of(card) -> list[str]:
    """The answers a card asks for (cloze deletions, choice and typed answers, basic terms)."""
    if card.type == "cloze":
        return [d.text for d in cloze.deletions(card.text)]
    if card.type in ("choice", "typed"):
        return [card.answer]
    return []


def normalise(text: str) -> list[str]:
    text = re.sub(r"\b(a|an|the)\b", " ", text.lower())
    return re.findall(r"[a-z0-9]+", text)


def f1(pred: str, gold: str) -> float:
    p, g = normalise(pred), normalise(gold)
    common = sum((Counter(p) & Counter(g)).values())
    if not p or not g or not common:
        return float(p == g)
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall)


def news(paths: list[Path]) -> dict:
    valid, cards, verbatim, total, types = 0, [], 0, 0, Counter()
    decks = {}
    for path in paths:
        article = read_article(path)
        try:
            deck = generate_deck(article).deck
        except GenerateError:
            cards.append(0)
            continue
        text = dumps_deck(deck)
        loaded = loads_deck(text, str(path))
        if not [f for f in rules.check(loaded) if f.severity == "error"]:
            valid += 1
        decks[path.name] = deck
        cards.append(len(deck.cards))
        types.update(c.type for c in deck.cards)
        for card in deck.cards:
            for answer in answers_of(card):
                total += 1
                verbatim += answer in article.text
    return {"valid": valid, "cards": cards, "verbatim": (verbatim, total), "types": types, "decks": decks}


def squad(paragraphs: list[dict]) -> tuple[int, int, int]:
    """Questions whose human answer the generator also chose: (exact, f1>=0.5, total)."""
    exact = fuzzy = total = 0
    for para in paragraphs:
        try:
            deck = generate_deck(article_from_text(para["context"], para["title"])).deck
            chosen = [a for card in deck.cards for a in answers_of(card)]
        except GenerateError:
            chosen = []
        for qa in para["qas"]:
            total += 1
            golds = qa["answers"]
            if any(normalise(c) == normalise(g) for c in chosen for g in golds):
                exact += 1
                fuzzy += 1
            elif any(f1(c, g) >= 0.5 for c in chosen for g in golds):
                fuzzy += 1
    return exact, fuzzy, total


def timing(texts: list[str]) -> tuple[float, float]:
    """Seconds to generate decks of all texts, and to sentence-split the same texts alone."""
    t0 = time.perf_counter()
    for i, text in enumerate(texts):
        try:
            generate_deck(article_from_text(text, f"{i}.txt"))
        except GenerateError:
            pass
    t1 = time.perf_counter()
    for text in texts:
        for line in text.split("\n"):
            sentence_spans(line)
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1


def sample_cards(decks: dict, n: int, seed: int) -> None:
    pool = [(name, card) for name, deck in sorted(decks.items()) for card in deck.cards]
    rng = random.Random(seed)
    print(f"\nsample of {n} news cards (seed {seed}):")
    for k, (name, card) in enumerate(rng.sample(pool, min(n, len(pool))), 1):
        extra = ""
        if card.type == "choice":
            extra = f" choices={card.choices}"
        if card.type == "truefalse" and card.correction:
            extra = f" correction={card.correction!r}"
        print(f"{k:2}. [{name} {card.type}] {card.prompt()!r} -> {card.answer_text()!r}{extra}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=int, default=0, help="print a random sample of N news cards")
    parser.add_argument("--seed", type=int, default=3, help="seed of the sample")
    args = parser.parse_args()
    if not (CORPUS / "news").is_dir():
        print(f"skipped: no evaluation corpus at {CORPUS}")
        return 0
    paths = sorted((CORPUS / "news").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    generate_deck(article_from_text(texts[0], "warmup.txt"))  # load word lists once

    result = news(paths)
    cards = result["cards"]
    verbatim, total = result["verbatim"]
    print(f"news: {result['valid']} of {len(paths)} decks valid")
    print(f"cards per article: mean {sum(cards) / len(cards):.1f}, min {min(cards)}, max {max(cards)}")
    print(f"answers found verbatim in their article: {verbatim}/{total} = {verbatim / max(total, 1):.1%}")
    print("cards per type: " + ", ".join(f"{t} {n}" for t, n in sorted(result["types"].items())))

    squad_path = CORPUS / "squad-dev.json"
    if squad_path.exists():
        paragraphs = json.loads(squad_path.read_text(encoding="utf-8"))
        exact, fuzzy, n = squad(paragraphs)
        print(
            f"SQuAD answer recall ({len(paragraphs)} paragraphs, {n} questions): exact {exact / n:.1%}, "
            f"exact or token F1>=0.5 {fuzzy / n:.1%}"
        )

    gen, split = timing(texts)
    print(
        f"time for {len(texts)} articles: generate {gen:.2f}s, sentence-split alone {split:.3f}s, "
        f"ratio {gen / split:.0f}x"
    )
    quarter = max(1, len(texts) // 4)
    sizes = [("1x", texts[:quarter]), ("2x", texts[: 2 * quarter]), ("4x", texts[: 4 * quarter])]
    base = None
    for label, chunk in sizes:
        one = "\n\n".join(chunk)
        t0 = time.perf_counter()
        generate_deck(article_from_text(one, f"{label}.txt"))
        seconds = time.perf_counter() - t0
        base = base or seconds
        print(
            f"linearity {label} input ({len(one.split())} words as one article): {seconds:.2f}s = "
            f"{seconds / base:.2f}x the 1x time"
        )
    if args.sample:
        sample_cards(result["decks"], args.sample, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
