"""Are the cards of catalogue paragraphs rejected more often than the rest? Counts of reviewers' verdicts.

    .venv/bin/python benchmarks/catalogue_fit.py [--work DIR] [--list] [--current]

A catalogue paragraph lists things of one kind, a sentence each (a city's state routes, its bands). Five
generic definitions are counted, each from the article alone (its sentences, their tokens and mentions, no
word lists of topics); a paragraph is a catalogue when CATALOGUE or more of its sentences, none of them about
the article's subject (a word of its title), have:

- `frame`: subjects that are different phrases sharing their head noun or the verb frame after them (the
  first verb and the preposition after it: 'formed in');
- `opening`: different named things (people, places, bodies, names) opening the sentence;
- `opening-head`: different named things opening the sentence whose names share their last word
  ('State Route 41', 'State Route 180');
- `opening-local`: different named things opening the sentence, each named nowhere else in the article;
- `name-word`: different names anywhere in the sentences, each named nowhere else in the article, that share a
  word ('Hurricane Dora', 'Hurricane Floyd').

The judged cards are those of `benchmarks/peripheral_fit.py` (rounds 4-24 of docs/reviews, made again by each
round's commit; pass the same --work folder to reuse its cards). For news and wiki, it prints how many judged
cards fall in catalogue paragraphs, on how many articles, and the share a reviewer failed on criterion 7
('worth learning') or that was not accepted by both, against the rest (a card judged in several rounds counts
once per round). With --current, it also counts the cards the current generator makes in such paragraphs.
Nothing is written into the repository.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

CATALOGUE = 3
"""How many sentences of one paragraph, each about a different thing, make it a catalogue."""
_NAMED = frozenset({"person", "place", "org", "name"})
_PRONOUNS = frozenset("it he she they this these those there its his her their we i you which who one".split())
_PARTICLES = frozenset("in at from to into on by for with as near towards toward through across of".split())


def _subject(row: Any, title: frozenset[str]) -> tuple[str, str, str] | None:
    """The words before the sentence's first verb, their head noun and the verb frame; None for a pronoun or the
    article's subject."""
    tokens = row.tokens
    verb = next((i for i, t in enumerate(tokens) if i and t.tag.startswith(("VB", "MD")) and not t.capitalised), None)
    if verb is None:
        return None
    words = [t for t in tokens[:verb] if any(c.isalnum() for c in t.text)]
    if not words or words[0].text.casefold() in _PRONOUNS or any(t.text.casefold() in title for t in words):
        return None
    nouns = [t.text.casefold() for t in words if t.tag.startswith("NN") and not t.capitalised]
    names = [t.text.casefold() for t in words if t.capitalised and t.text.isalpha()]
    head = nouns[-1] if nouns else names[-1] if names else ""
    particle = next((t.text.casefold() for t in tokens[verb + 1 : verb + 3] if t.text.casefold() in _PARTICLES), "")
    phrase = " ".join(t.text for t in words).casefold()
    return phrase, head.removesuffix("s"), f"{tokens[verb].text.casefold()} {particle}".strip()


def _opening(row: Any, title: frozenset[str]) -> tuple[str, str] | None:
    """The named thing opening the sentence (within its first three words) and its name's last word."""
    first = _first_named(row)
    if first is None or len(row.sentence.text[: first.start].split()) > 3:
        return None
    if set(first.text.casefold().split()) & title:
        return None
    after = row.sentence.text[first.end :].split()
    return f"{first.text} {after[0] if after else ''}", first.text.split()[-1].casefold()


def _first_named(row: Any) -> Any:
    first = row.mentions[0] if row.mentions else None
    return first if first is not None and first.kind in _NAMED else None


def _grouped(pairs: list[tuple[str, str]]) -> bool:
    """Whether CATALOGUE or more different things share one key."""
    groups: dict[str, set[str]] = defaultdict(set)
    for thing, key in pairs:
        if key:
            groups[key].add(thing)
    return any(len(things) >= CATALOGUE for things in groups.values())


def by_frame(rows: list[Any], title: frozenset[str], index: Any) -> bool:
    found = [s for row in rows if (s := _subject(row, title)) is not None]
    return _grouped([(p, h) for p, h, _ in found]) or _grouped([(p, f) for p, _, f in found])


def by_opening(rows: list[Any], title: frozenset[str], index: Any) -> bool:
    return len({o[0] for row in rows if (o := _opening(row, title)) is not None}) >= CATALOGUE


def by_opening_head(rows: list[Any], title: frozenset[str], index: Any) -> bool:
    return _grouped([o for row in rows if (o := _opening(row, title)) is not None])


def by_opening_local(rows: list[Any], title: frozenset[str], index: Any) -> bool:
    """Different named things open CATALOGUE or more sentences, each named nowhere else in the article."""
    here: Counter[tuple[str, str]] = Counter((m.kind, m.key) for row in rows for m in row.mentions)
    local = set()
    for row in rows:
        first = _first_named(row)
        if _opening(row, title) is not None and here[(first.kind, first.key)] >= index.counts[(first.kind, first.key)]:
            local.add((first.kind, first.key, _opening(row, title)))
    return len({thing[2][0] for thing in local}) >= CATALOGUE


def by_name_word(rows: list[Any], title: frozenset[str], index: Any) -> bool:
    """Different names, each named nowhere else in the article, in CATALOGUE or more sentences share a word
    ('Hurricane Dora', 'Hurricane Floyd'; 'State Route 41', 'State Route 180')."""
    here: Counter[tuple[str, str]] = Counter((m.kind, m.key) for row in rows for m in row.mentions)
    sentences: dict[str, set[int]] = defaultdict(set)
    names: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for m in row.mentions:
            words = [w.casefold() for w in m.text.split() if w.isalpha() and len(w) > 2]
            if m.kind not in _NAMED or len(words) < 1 or set(words) & title:
                continue
            if here[(m.kind, m.key)] < index.counts[(m.kind, m.key)]:
                continue
            after = row.sentence.text[m.end :].split()
            name = m.text + (" " + after[0] if after and after[0][:1].isdigit() else "")
            for word in words:
                sentences[word].add(row.sentence.number)
                names[word].add(name)
    return any(len(sentences[w]) >= CATALOGUE and len(names[w]) >= CATALOGUE for w in names)


DEFINITIONS: dict[str, Callable[[list[Any], frozenset[str], Any], bool]] = {
    "frame": by_frame,
    "opening": by_opening,
    "opening-head": by_opening_head,
    "opening-local": by_opening_local,
    "name-word": by_name_word,
}


def catalogues(index: Any, title: frozenset[str], rule: Callable[[list[Any], frozenset[str], Any], bool]) -> set[int]:
    """The article's catalogue paragraphs by one definition."""
    paragraphs: dict[int, list[Any]] = defaultdict(list)
    for row in index.sentences:
        paragraphs[row.sentence.paragraph].append(row)
    return {p for p, rows in paragraphs.items() if len(rows) >= CATALOGUE and rule(rows, title, index)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", type=Path, help="folder for the old commits and their cards (kept)")
    parser.add_argument("--list", action="store_true", help="list every catalogue paragraph's judged cards")
    parser.add_argument(
        "--current", action="store_true", help="also count the current decks' cards in catalogue paragraphs"
    )
    args = parser.parse_args(argv)
    from peripheral_fit import labelled

    from quizgen.generate import frequency
    from quizgen.generate.deck import subject_words, title_of
    from quizgen.generate.index import analyse
    from quizgen.generate.split import split_article
    from quizgen.generate.text import read_article

    try:
        with tempfile.TemporaryDirectory() as scratch:
            work = args.work or Path(scratch)
            work.mkdir(parents=True, exist_ok=True)
            rows = labelled(work)
    finally:
        if args.work is None:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "prune"], check=False)
    analysed: dict[str, Any] = {}
    placed = []
    for row in rows:
        if row["article"] not in analysed:
            text = read_article(row["article"])
            sentences, lines = split_article(text)
            frequency.preload(text.plain)
            analysed[row["article"]] = (text, analyse(sentences), subject_words(title_of(text, lines)))
        text, index, _ = analysed[row["article"]]
        source = row["card"]["source"]
        spans = [(n, text.span(r.sentence.start, r.sentence.end)) for n, r in enumerate(index.sentences)]
        best, number = max(((min(e, source["end"]) - max(s, source["start"]), n) for n, (s, e) in spans))
        if best > 0:
            placed.append((row, index.sentences[number].sentence.paragraph))
    for name, rule in DEFINITIONS.items():
        found = {a: catalogues(index, title, rule) for a, (_, index, title) in analysed.items()}
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        articles: dict[str, set[str]] = defaultdict(set)
        for row, paragraph in placed:
            where = "catalogue" if paragraph in found[row["article"]] else "rest"
            group = counts[row["group"]]
            group[f"{where} cards"] += 1
            group[f"{where} side"] += row["side"]
            group[f"{where} rejected"] += not row["accepted"]
            if where == "catalogue":
                articles[row["group"]].add(row["article"])
                if args.list:
                    print(f"  {name} {Path(row['article']).stem} ¶{paragraph} {row['id']} {row['answer']!r}", end="")
                    print(f" {'side' if row['side'] else ''} {'accepted' if row['accepted'] else 'rejected'}")
        for group in ("news", "wiki"):
            c = counts[group]
            line = [f"{name} {group}:"]
            for where in ("catalogue", "rest"):
                n = c[f"{where} cards"]
                side, rejected = c[f"{where} side"], c[f"{where} rejected"]
                line.append(
                    f"{where} {n} cards, side {side} ({side / max(n, 1):.0%}), rejected {rejected} "
                    f"({rejected / max(n, 1):.0%});"
                )
            line.append(f"catalogue cards on {len(articles[group])} articles")
            print(" ".join(line))
    if args.current:
        current(rows)
    return 0


def current(rows: list[dict[str, Any]]) -> None:
    """For each definition: the current decks' cards in catalogue paragraphs, how many a rule of one card per
    paragraph would leave out, and how reviewers judged those cards in the rounds that made them."""
    from peripheral_fit import articles

    from quizgen.generate import generate_file

    judged: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        judged[row["id"]].append("accepted" if row["accepted"] else "side" if row["side"] else "rejected")
    decks = [(path, generate_file(path)) for path in articles()]
    for name, rule in DEFINITIONS.items():
        paragraphs, cards, verdicts = 0, 0, Counter[str]()
        for path, made in decks:
            index = made.index
            assert index is not None
            found = catalogues(index, made.subject, rule)
            paragraph_of = {}
            for row in index.sentences:
                start, _ = made.article.span(row.sentence.start, row.sentence.end)
                paragraph_of[start] = row.sentence.paragraph
            within: dict[int, list[str]] = defaultdict(list)
            for card in made.data["cards"]:
                paragraph = paragraph_of.get(card["source"]["start"])
                if paragraph in found:
                    within[paragraph].append(card["id"])
            for ids in within.values():
                paragraphs += 1
                cards += len(ids)
                for uid in ids:
                    verdicts.update(judged.get(f"{path.stem}/{uid}", []))
        print(
            f"{name} now: {paragraphs} catalogue paragraphs with cards, {cards} cards, {cards - paragraphs} beyond "
            f"one per paragraph; judgements of these cards in earlier rounds: "
            + ", ".join(f"{k} {v}" for k, v in sorted(verdicts.items()))
        )


if __name__ == "__main__":
    sys.exit(main())
