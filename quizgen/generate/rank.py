"""Overgenerate cards, then keep the best: one per fact sentence first, then the rest, balancing types."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass

from quizgen.generate.cards import Draft

TYPE_WEIGHT = {"typed": 1.0, "choice": 0.95, "basic": 1.1, "cloze": 0.9, "truefalse": 0.8}
PER_SENTENCE = 3
NEAR_DUPLICATE = 0.8
SAME_FACT = 0.5


@dataclass
class Option:
    """A candidate card, with the sentence and answer it asks about."""

    card: Draft
    sentence: int
    answer: str
    score: float
    text: str = ""
    """The sentence the card asks about: two sentences about one answer that share its words repeat a fact."""


def default_max_cards(words: int) -> int:
    """About one card per 25 words of article, at least 5 and at most 120."""
    return max(5, min(120, round(words / 25)))


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.casefold()))


def _similar(a: set[str], b: set[str]) -> bool:
    return bool(a and b) and len(a & b) / len(a | b) >= NEAR_DUPLICATE


_FUNCTION_WORDS = frozenset(
    """a an the of to in on at for with by from and or but that which who whom what when where how many much is are
    was were be been being has have had do does did will would can could may might should it its this these those
    their they he she his her as than more most not no said says say told added which organisation country place
    year also about into over after before""".split()
)


def content_stems(text: str, answer: str) -> set[str]:
    """The stems of a prompt's content words, without the answer's words and function words."""
    skip = _words(answer) | _FUNCTION_WORDS
    return {_stem(w) for w in re.findall(r"[a-z0-9]+", text.casefold()) if w not in skip and len(w) > 2}


def _stem(word: str) -> str:
    """A crude stem: 'making', 'make' → 'mak'; 'involvement', 'involved' → 'invol'."""
    for suffix in ("ment", "ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
    return word[:5]


def same_fact(a: set[str], b: set[str]) -> bool:
    """Two prompts about one answer that share half of their content words ask the same fact."""
    return min(len(a), len(b)) >= 4 and len(a & b) >= SAME_FACT * min(len(a), len(b))


def select(options: list[Option], limit: int, keep: Collection[str] = ()) -> list[Option]:
    """The best options up to `limit`: every sentence first, then by score with types balanced.

    Options whose card id is in `keep` (the cards of the deck generated before) are taken first,
    so regenerating after an edit keeps the cards, and the progress, of every unchanged fact.
    """
    chosen: list[Option] = []
    types: Counter[str] = Counter()
    per_sentence: Counter[int] = Counter()
    asked: set[tuple[int, str]] = set()
    prompts: dict[str, list[tuple[int, set[str], set[str]]]] = {}
    seen: set[str] = set()

    def balance(option: Option) -> float:
        return option.score * TYPE_WEIGHT[option.card.type] / (1 + 0.25 * types[option.card.type])

    def fits(option: Option) -> bool:
        """Once an option stops fitting it never fits again, so it can be dropped for good."""
        answer = option.answer.casefold()
        if (option.sentence, answer) in asked or per_sentence[option.sentence] >= PER_SENTENCE:
            return False
        if " ".join(option.card.prompt().casefold().split()) in seen:
            return False
        words = _words(option.card.prompt())
        stems = content_stems(option.text or option.card.prompt(), option.answer)
        return not any(
            s != option.sentence and (_similar(words, w) or same_fact(stems, c)) for s, w, c in prompts.get(answer, [])
        )

    def take(option: Option) -> None:
        chosen.append(option)
        types[option.card.type] += 1
        per_sentence[option.sentence] += 1
        answer = option.answer.casefold()
        seen.add(" ".join(option.card.prompt().casefold().split()))
        asked.add((option.sentence, answer))
        prompt = option.card.prompt()
        stems = content_stems(option.text or prompt, option.answer)
        prompts.setdefault(answer, []).append((option.sentence, _words(prompt), stems))

    for option in options:
        if option.card.uid in keep and len(chosen) < limit and fits(option):
            take(option)
    by_sentence: dict[int, list[Option]] = {}
    for option in options:
        by_sentence.setdefault(option.sentence, []).append(option)
    leaders = sorted(by_sentence, key=lambda s: (-max(o.score for o in by_sentence[s]), s))
    first: set[int] = set()
    for sentence in leaders:
        if len(chosen) >= limit:
            break
        if per_sentence[sentence]:
            continue  # it has a kept card already
        pool = [o for o in by_sentence[sentence] if fits(o)]
        if pool:
            leader = max(pool, key=lambda o: (balance(o), o.card.uid))
            take(leader)
            first.add(id(leader))
    queues: dict[str, list[Option]] = {}
    for option in sorted(options, key=lambda o: (-o.score, o.card.uid)):
        if id(option) not in first:
            queues.setdefault(option.card.type, []).append(option)
    heads = dict.fromkeys(queues, 0)
    while len(chosen) < limit:
        best: Option | None = None
        for kind, queue in queues.items():
            while heads[kind] < len(queue) and not fits(queue[heads[kind]]):
                heads[kind] += 1
            if heads[kind] < len(queue):
                option = queue[heads[kind]]
                if best is None or (balance(option), option.card.uid) > (balance(best), best.card.uid):
                    best = option
        if best is None:
            break
        heads[best.card.type] += 1
        take(best)
    order = {"basic": 0, "typed": 1, "choice": 2, "cloze": 3, "truefalse": 4}
    return sorted(chosen, key=lambda o: (o.sentence, order[o.card.type], o.card.uid))


def repeats(options: list[Option], chosen: list[Option]) -> dict[int, int]:
    """Sentence → the earlier-kept sentence whose fact it repeats, for sentences that kept no card."""
    kept = {o.sentence for o in chosen}
    found: dict[int, int] = {}
    for option in options:
        if option.sentence in kept or option.sentence in found:
            continue
        stems = content_stems(option.text or option.card.prompt(), option.answer)
        for other in chosen:
            if other.answer.casefold() == option.answer.casefold() and same_fact(
                stems, content_stems(other.text or other.card.prompt(), other.answer)
            ):
                found[option.sentence] = other.sentence
                break
    return found
