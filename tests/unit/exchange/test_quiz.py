"""Choosing the questions of a quiz: balanced types, reproducible shuffles."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.exchange.quiz import balanced_pick, build_quiz
from quizgen.model.cards import Deck


def make_deck(counts: dict[str, int], deck_id: str = "d") -> Deck:
    cards = []
    for kind, n in counts.items():
        for i in range(n):
            q = f"{kind} question {i}"
            cards.append(
                {
                    "basic": {"type": "basic", "front": q, "back": "a"},
                    "cloze": {"type": "cloze", "text": f"{q} {{{{c1::x{i}}}}}"},
                    "choice": {"type": "choice", "question": q, "choices": ["a", "b", "c", "d"], "answer": "c"},
                    "truefalse": {"type": "truefalse", "statement": q, "answer": True},
                    "typed": {"type": "typed", "question": q, "answer": "a"},
                }[kind]
            )
    return Deck.model_validate({"id": deck_id, "title": deck_id.upper(), "cards": cards})


def order(quiz: object) -> list[tuple[str, tuple[str, ...]]]:
    return [(q.card.uid, q.choices) for q in quiz.questions]  # type: ignore[attr-defined]


def test_count_balances_the_types() -> None:
    deck = make_deck({"basic": 10, "cloze": 10, "choice": 2, "truefalse": 10, "typed": 10})
    picked = balanced_pick(deck.cards, 10)
    assert Counter(c.type for c in picked) == {"basic": 2, "cloze": 2, "choice": 2, "truefalse": 2, "typed": 2}
    picked = balanced_pick(deck.cards, 18)
    kinds = Counter(c.type for c in picked)
    assert kinds["choice"] == 2, "a type that runs out gives what it has"
    assert max(kinds.values()) - min(v for k, v in kinds.items() if k != "choice") <= 1


def test_unshuffled_pick_keeps_deck_order_and_spreads_through_the_deck() -> None:
    deck = make_deck({"typed": 9})
    picked = balanced_pick(deck.cards, 3)
    assert [c.question for c in picked] == ["typed question 0", "typed question 3", "typed question 6"]


@given(
    counts=st.dictionaries(
        st.sampled_from(["basic", "cloze", "choice", "truefalse", "typed"]), st.integers(1, 6), min_size=1
    ),
    count=st.integers(1, 40),
    seed=st.none() | st.integers(0, 10**6),
)
def test_pick_is_balanced_and_has_no_duplicates(counts: dict[str, int], count: int, seed: int | None) -> None:
    deck = make_deck(counts)
    rng = random.Random(seed) if seed is not None else None
    picked = balanced_pick(deck.cards, count, rng)
    assert len(picked) == min(count, len(deck.cards))
    assert len({c.uid for c in picked}) == len(picked)
    kinds = Counter(c.type for c in picked)
    short = [k for k in counts if kinds[k] < counts[k]]
    if short:
        assert max(kinds.values()) - min(kinds[k] for k in short) <= 1, "types left out get their share"


def test_same_seed_same_quiz_and_different_seeds_differ() -> None:
    deck = make_deck({"choice": 6, "typed": 6})
    assert order(build_quiz([deck], seed=7)) == order(build_quiz([deck], seed=7))
    assert order(build_quiz([deck], seed=7)) != order(build_quiz([deck], seed=8))
    questions = [uid for uid, _ in order(build_quiz([deck], seed=7))]
    assert sorted(questions) == sorted(c.uid for c in deck.cards)
    assert questions != [c.uid for c in deck.cards]
    choices = {q.card.uid: q.choices for q in build_quiz([deck], seed=7).questions if q.choices}
    assert any(c != ("a", "b", "c", "d") for c in choices.values()), "the choices are shuffled too"
    assert all(sorted(c) == ["a", "b", "c", "d"] for c in choices.values())


def test_without_seed_the_deck_order_is_kept_and_numbers_run_from_one() -> None:
    a, b = make_deck({"typed": 2}, "a"), make_deck({"basic": 2}, "b")
    quiz = build_quiz([a, b])
    assert [q.number for q in quiz.questions] == [1, 2, 3, 4]
    assert [q.card for q in quiz.questions] == [*a.cards, *b.cards]
    assert quiz.title == "A + B" and quiz.seed is None
    assert build_quiz([a], title="Mine").title == "Mine"


def test_count_below_one_is_refused() -> None:
    with pytest.raises(ValueError):
        balanced_pick(make_deck({"typed": 2}).cards, 0)
