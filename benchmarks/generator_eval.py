"""Evaluate the generator on the shared corpus: validity, sentence coverage, answer recall on SQuAD, and speed.

Run: .venv/bin/python benchmarks/generator_eval.py [--sample N] [--seed S] [--quick]
Reads ../shared/corpus relative to the repository and skips cleanly when it is absent.
Speed is the generator's time next to sentence-splitting the same text alone: for the news
articles one by one, and for single articles of 1,000, 10,000 and 100,000 words made by
repeating the news corpus or, without the corpus, the seed article. Its growth should be linear.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.rows import FULL_SCALES, QUICK_SCALES, Row, skipped, table  # noqa: E402
from benchmarks.timing import best_times  # noqa: E402
from quizgen.deckio.dump import dumps_deck  # noqa: E402
from quizgen.deckio.loader import loads_deck  # noqa: E402
from quizgen.errors import GenerateError  # noqa: E402
from quizgen.generate.currency import symbolise  # noqa: E402
from quizgen.generate.deck import generate_deck  # noqa: E402
from quizgen.generate.split import sentence_spans  # noqa: E402
from quizgen.generate.text import article_from_text, read_article  # noqa: E402
from quizgen.model import cloze, rules

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
SEED = Path(__file__).resolve().parents[1] / "seeds" / "central-asia-us-election.txt"
NEWS = "generator vs split, news articles"
NEWS_SCALE = "generator vs split, news"
SEED_SCALE = "generator vs split, seed"


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
    coverage = Counter()
    for path in paths:
        article = read_article(path)
        try:
            generated = generate_deck(article)
        except GenerateError:
            cards.append(0)
            continue
        deck = generated.deck
        coverage["sentences"] += len(generated.plans)
        coverage["with a card"] += len(generated.kept)
        coverage["repeats"] += len(generated.repeated)
        for plan in generated.plans:
            if plan.row.sentence.number not in generated.kept and plan.skip:
                coverage[plan.skip.split(":")[0].split(" (")[0]] += 1
        text = dumps_deck(deck)
        loaded = loads_deck(text, str(path))
        if not [f for f in rules.check(loaded) if f.severity == "error"]:
            valid += 1
        decks[path.name] = deck
        starts = [card.source.start for card in deck.cards if card.source is not None]
        blocks = [m.span() for m in re.finditer(r"\S[^\n]*(?:\n(?!\s*\n)[^\n]*)*", article.text)][1:]  # no title
        coverage["paragraphs"] += len(blocks)
        coverage["paragraphs with no card"] += sum(not any(a <= x < b for x in starts) for a, b in blocks)
        cards.append(len(deck.cards))
        types.update(c.type for c in deck.cards)
        shown = symbolise(article.text)  # the article as the cards show a currency ('$40' for 'dollars 40')
        for card in deck.cards:
            for answer in answers_of(card):
                total += 1
                verbatim += answer in article.text or answer in shown
    return {
        "valid": valid,
        "cards": cards,
        "names": [p.name for p in paths],
        "verbatim": (verbatim, total),
        "types": types,
        "decks": decks,
        "coverage": coverage,
    }


def squad(paragraphs: list[dict]) -> tuple[int, int, int, int]:
    """Questions whose human answer the generator also chose: (exact, f1>=0.5, total), and the paragraphs that
    gave no card."""
    exact = fuzzy = total = empty = 0
    for para in paragraphs:
        try:
            deck = generate_deck(article_from_text(para["context"], para["title"])).deck
            chosen = [a for card in deck.cards for a in answers_of(card)]
        except GenerateError:
            chosen = []
            empty += 1
        for qa in para["qas"]:
            total += 1
            golds = qa["answers"]
            if any(normalise(c) == normalise(g) for c in chosen for g in golds):
                exact += 1
                fuzzy += 1
            elif any(f1(c, g) >= 0.5 for c in chosen for g in golds):
                fuzzy += 1
    return exact, fuzzy, total, empty


def _generate(text: str, name: str) -> int:
    """Cards generated from `text` (0 when the generator finds nothing to ask)."""
    try:
        return len(generate_deck(article_from_text(text, name)).deck.cards)
    except GenerateError:
        return 0


def _split(text: str) -> None:
    for line in text.split("\n"):
        sentence_spans(line)


def of_words(paragraphs: list[str], words: int) -> str:
    """An article of exactly `words` words: the paragraphs in turn, repeated as needed, the last one cut."""
    taken: list[str] = []
    count = 0
    while count < words:
        for paragraph in paragraphs:
            need = words - count
            parts = paragraph.split()
            taken.append(paragraph if len(parts) <= need else " ".join(parts[:need]))
            count += min(len(parts), need)
            if count >= words:
                break
    return "\n\n".join(taken)


def paragraphs_of(texts: list[str]) -> list[str]:
    return [p.strip() for text in texts for p in text.split("\n\n") if p.strip()]


def scale_rows(bench: str, source: str, paragraphs: list[str], sizes: tuple[int, ...], rounds: int) -> list[Row]:
    """Rows of generating one article of each size in words, next to sentence-splitting it alone."""
    rows = []
    for words in sizes:
        text = of_words(paragraphs, words)
        times = best_times(
            {"generate": lambda t=text: _generate(t, "scale.txt"), "split": lambda t=text: _split(t)}, rounds
        )
        note = f"{source}, as one article: {_generate(text, 'scale.txt')} cards"
        rows.append(Row(bench, words, "words", times["generate"], times["split"], None, note))
    return rows


def measure(sizes: tuple[int, ...] = FULL_SCALES, rounds: int = 3) -> list[Row]:
    """Rows of the generator against sentence splitting: the news corpus (when present) and the seed article."""
    seed = SEED.read_text(encoding="utf-8")
    _generate(seed, "warmup.txt")  # load word lists once
    rows = []
    if (CORPUS / "news").is_dir():
        texts = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "news").glob("*.txt"))]
        times = best_times(
            {
                "generate": lambda: [_generate(t, f"{i}.txt") for i, t in enumerate(texts)],
                "split": lambda: [_split(t) for t in texts],
            },
            rounds,
        )
        words = sum(len(t.split()) for t in texts)
        rows.append(Row(NEWS, words, "words", times["generate"], times["split"], None, f"{len(texts)} articles"))
        rows += scale_rows(NEWS_SCALE, "news corpus repeated", paragraphs_of(texts), sizes, rounds)
    else:
        reason = f"no evaluation corpus at {CORPUS}"
        rows.append(skipped(NEWS, 0, "words", reason))
        rows += [skipped(NEWS_SCALE, words, "words", reason) for words in sizes]
    rows += scale_rows(SEED_SCALE, "seed article repeated", paragraphs_of([seed]), sizes, rounds)
    return rows


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=int, default=0, help="print a random sample of N news cards")
    parser.add_argument("--seed", type=int, default=3, help="seed of the sample")
    parser.add_argument("--quick", action="store_true", help="small speed measurements")
    args = parser.parse_args(argv)
    speed = table(measure(QUICK_SCALES if args.quick else FULL_SCALES, rounds=1 if args.quick else 3))
    if not (CORPUS / "news").is_dir():
        print(f"quality skipped: no evaluation corpus at {CORPUS}\n\n{speed}")
        return 0
    paths = sorted((CORPUS / "news").glob("*.txt"))
    result = news(paths)
    cards = result["cards"]
    verbatim, total = result["verbatim"]
    print(f"news: {result['valid']} of {len(paths)} decks valid")
    print(f"cards per article: mean {sum(cards) / len(cards):.1f}, min {min(cards)}, max {max(cards)}")
    print("  " + ", ".join(f"{name[:-4]} {n}" for name, n in zip(result["names"], cards, strict=True)))
    cov = result["coverage"]
    sentences, covered, repeated = cov.pop("sentences"), cov.pop("with a card"), cov.pop("repeats")
    cov.pop("paragraphs"), cov.pop("paragraphs with no card")
    print(
        f"sentence coverage (sentences after boilerplate filtering with >= 1 card): {covered}/{sentences} = "
        f"{covered / max(sentences, 1):.1%}; {repeated} more repeat a kept fact"
    )
    print("  uncovered: " + ", ".join(f"{reason} {n}" for reason, n in cov.most_common()))
    print(f"answers found verbatim in their article: {verbatim}/{total} = {verbatim / max(total, 1):.1%}")
    print("cards per type: " + ", ".join(f"{t} {n}" for t, n in sorted(result["types"].items())))

    squad_path = CORPUS / "squad-dev.json"
    if squad_path.exists():
        paragraphs = json.loads(squad_path.read_text(encoding="utf-8"))
        exact, fuzzy, n, empty = squad(paragraphs)
        print(
            f"SQuAD answer recall ({len(paragraphs)} paragraphs, {n} questions): exact {exact / n:.1%}, "
            f"exact or token F1>=0.5 {fuzzy / n:.1%}; paragraphs with no card {empty}"
        )
    wiki_paths = sorted((CORPUS / "wiki").glob("*.txt"))
    if wiki_paths:
        wiki = news(wiki_paths)
        counts = wiki["cards"]
        print(
            f"wiki: {wiki['valid']} of {len(wiki_paths)} decks valid; cards per article: mean "
            f"{sum(counts) / len(counts):.1f}, min {min(counts)}, max {max(counts)}; articles with no card "
            f"{counts.count(0)}; paragraphs with no card {wiki['coverage']['paragraphs with no card']} of "
            f"{wiki['coverage']['paragraphs']}"
        )
        print("  cards per type: " + ", ".join(f"{t} {n}" for t, n in sorted(wiki["types"].items())))

    print(f"\n{speed}")
    if args.sample:
        sample_cards(result["decks"], args.sample, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
