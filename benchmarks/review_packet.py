"""Make a packet of generated cards for independent reviewers, as the judging procedure asks.

    .venv/bin/python benchmarks/review_packet.py OUT_DIR --seed S [--news 40] [--wiki 20]
    .venv/bin/python benchmarks/review_packet.py OUT_DIR --whole ARTICLE...

Generates decks for the evaluation corpus (../shared/corpus/news and wiki) and the seed article
with the default settings, draws a random sample (seed S) of news and wiki cards plus every card of
the seed deck, and writes OUT_DIR/cards.md: each card as the student sees it, its answer, the
article it came from and its source sentence. Reviewers read the articles themselves. The corpus
is only read, never copied; without it, only the seed deck is written. With --whole, every card
of the given articles is written instead, for judging key-fact coverage.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quizgen.errors import GenerateError  # noqa: E402
from quizgen.generate import generate_file  # noqa: E402
from quizgen.model import cloze  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SEED = ROOT / "seeds" / "central-asia-us-election.txt"


def shown(card) -> list[str]:
    """The card as a student meets it, then its answer, as Markdown lines."""
    if card.type == "cloze":
        lines = []
        for number in cloze.ordinals(card.text):
            lines.append(f"- Cloze c{number}: {cloze.render(card.text, number)}")
        lines.append(f"- Answer: {card.answer_text()}")
        return lines
    if card.type == "choice":
        lines = [f"- Question: {card.question}"]
        lines += [f"  - {chr(65 + k)}) {choice}" for k, choice in enumerate(card.choices)]
        return lines + [f"- Answer: {card.answer}"]
    if card.type == "truefalse":
        lines = [f"- True or false: {card.statement}", f"- Answer: {'true' if card.answer else 'false'}"]
        return lines + ([f"- Correction shown after answering: {card.correction}"] if card.correction else [])
    if card.type == "typed":
        lines = [f"- Typed question: {card.question}", f"- Answer: {card.answer}"]
        return lines + ([f"- Also accepted: {', '.join(card.accept)}"] if card.accept else [])
    return [f"- Front: {card.front}", f"- Back: {card.back}"]


def _cards(path: Path) -> list:
    try:
        return list(generate_file(path).deck.cards)
    except GenerateError as exc:
        print(f"{path.name}: {exc}", file=sys.stderr)
        return []


def decks_of(folder: Path) -> dict[Path, list]:
    return {path: _cards(path) for path in sorted(folder.glob("*.txt"))}


def sample(decks: dict[Path, list], n: int, rng: random.Random) -> list[tuple[Path, object]]:
    pool = [(path, card) for path, cards in decks.items() for card in cards]
    return rng.sample(pool, min(n, len(pool)))


def write_packet(out: Path, groups: dict[str, list[tuple[Path, object]]]) -> None:
    lines: list[str] = []
    index = []
    for group, cards in groups.items():
        lines.append(f"# {group}\n")
        for path, card in cards:
            cid = f"{path.stem}/{card.uid}"
            index.append({"id": cid, "group": group, "article": str(path), "type": card.type})
            lines.append(f"## {cid}\n")
            lines.append(f"- Article: `{path}`")
            lines.append(f"- Card type: {card.type}")
            lines += shown(card)
            if card.source:
                lines.append(f"- Source sentence: {card.source.sentence}")
            lines.append("")
    out.mkdir(parents=True, exist_ok=True)
    (out / "cards.md").write_text("\n".join(lines), encoding="utf-8")
    (out / "index.json").write_text(json.dumps(index, indent=1), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="folder for the packet")
    parser.add_argument("--seed", type=int, help="seed of the random sample")
    parser.add_argument("--whole", nargs="+", type=Path, metavar="ARTICLE", help="every card of these articles")
    parser.add_argument("--news", type=int, default=40, help="news cards to draw")
    parser.add_argument("--wiki", type=int, default=20, help="wiki cards to draw")
    args = parser.parse_args(argv)
    if args.whole:
        write_packet(args.out, {str(path): [(path, card) for card in _cards(path)] for path in args.whole})
        print(f"wrote {args.out / 'cards.md'}: {len(args.whole)} whole decks")
        return 0
    if args.seed is None:
        parser.error("give --seed for a sample, or --whole ARTICLE...")
    rng = random.Random(args.seed)
    groups: dict[str, list[tuple[Path, object]]] = {}
    if (CORPUS / "news").is_dir():
        groups[f"news sample (seed {args.seed})"] = sample(decks_of(CORPUS / "news"), args.news, rng)
        groups[f"wiki sample (seed {args.seed})"] = sample(decks_of(CORPUS / "wiki"), args.wiki, rng)
    else:
        print(f"no evaluation corpus at {CORPUS}: only the seed deck", file=sys.stderr)
    groups["seed article, every card"] = [(SEED, card) for card in generate_file(SEED).deck.cards]
    write_packet(args.out, groups)
    print(f"wrote {args.out / 'cards.md'}: " + ", ".join(f"{g}: {len(c)}" for g, c in groups.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
