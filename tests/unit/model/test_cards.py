"""The card model: `reverse` on basic cards, its study items and the hashes that keep progress."""

from __future__ import annotations

import pytest

from quizgen.deckio.loader import parse
from quizgen.model.cards import BasicCard


def test_a_reversed_card_has_one_study_item_per_direction() -> None:
    card = BasicCard(type="basic", front="hund", back="dog", reverse=True)
    assert card.study_items() == [0, 1]
    assert card.sides(0) == ("hund", "dog")
    assert card.sides(1) == ("dog", "hund")
    assert BasicCard(type="basic", front="hund", back="dog").study_items() == [0]


def test_reverse_leaves_the_content_hash_as_it_was_before_the_key_existed() -> None:
    # The hash an older quizgen stored for this card: another one would mark the card as edited.
    for reverse in (False, True):
        assert BasicCard(type="basic", front="a", back="b", reverse=reverse).content_hash() == "e40902305dd7cdee"
    assert BasicCard(type="basic", front="a", back="c").content_hash() != "e40902305dd7cdee"


@pytest.mark.parametrize(("written", "expected"), [("true", True), ("false", False), ("True", True)])
def test_reverse_reads_true_and_false(written: str, expected: bool) -> None:
    text = f"id: d\ntitle: D\ncards:\n  - {{type: basic, front: a, back: b, reverse: {written}}}\n"
    result = parse(text, "d.yaml")
    assert not result.problems and result.deck is not None
    assert result.deck.cards[0].reverse is expected  # type: ignore[union-attr]


def test_reverse_must_be_true_or_false_and_only_on_basic_cards() -> None:
    text = "id: d\ntitle: D\ncards:\n  - type: basic\n    front: a\n    back: b\n    reverse: yes\n"
    [problem] = parse(text, "d.yaml").problems
    assert (problem.line, problem.message) == (7, "reverse must be true or false, not 'yes'")
    text = "id: d\ntitle: D\ncards:\n  - type: typed\n    question: a\n    answer: b\n    reverse: true\n"
    [problem] = parse(text, "d.yaml").problems
    assert problem.line == 7 and "unknown key 'reverse'" in problem.message


def test_the_reverse_question_counts_as_a_prompt() -> None:
    text = (
        "id: d\ntitle: D\ncards:\n"
        "  - {type: basic, front: hund, back: dog, reverse: true}\n"
        "  - {type: basic, front: dog, back: Hund}\n"
        "  - {type: basic, front: same, back: Same, reverse: true}\n"
    )
    messages = [(p.line, p.severity, p.message) for p in parse(text, "d.yaml").problems]
    assert messages == [
        (5, "warning", "same prompt as card 1; learners will see it twice"),
        (6, "warning", "the back repeats the front, so the reverse card asks nothing new"),
    ]
