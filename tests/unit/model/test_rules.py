"""Every consistency rule and schema mistake: its message, its card and its line."""

from __future__ import annotations

import pytest

from quizgen.deckio.loader import parse
from quizgen.errors import Problem

HEAD = "id: rules\ntitle: Rules\ncards:\n"


def problems_of(cards: str) -> tuple[str, list[Problem]]:
    text = HEAD + cards
    return text, parse(text, "rules.yaml").problems


def line_of(text: str, fragment: str, nth: int = 0) -> int:
    """1-based line number of the nth line containing `fragment`."""
    hits = [i + 1 for i, line in enumerate(text.splitlines()) if fragment in line]
    return hits[nth]


def only(problems: list[Problem], severity: str = "error") -> Problem:
    found = [p for p in problems if p.severity == severity]
    assert len(found) == 1, found
    return found[0]


CASES = [
    # (cards yaml, fragment of the offending line, words in the message, card label)
    (
        "  - id: a\n    type: basic\n    front: Q\n    back: A\n  - id: a\n    type: basic\n    front: R\n    back: B\n",
        ("id: a", 1),
        "duplicate card id 'a'",
        "a",
    ),
    (
        "  - type: choice\n    question: Q\n    choices: [x, y]\n    answer: z\n",
        ("answer: z", 0),
        "not one of the choices",
        "#1",
    ),
    ("  - type: choice\n    question: Q\n    choices: [x]\n    answer: x\n", ("choices:", 0), "2 to 8 choices", "#1"),
    (
        "  - type: choice\n    question: Q\n    choices: [a, b, c, d, e, f, g, h, i]\n    answer: a\n",
        ("choices:", 0),
        "not 9",
        "#1",
    ),
    (
        "  - id: c\n    type: choice\n    question: Q\n    choices:\n      - Astana\n      - ' astana'\n    answer: Astana\n",
        ("' astana'", 0),
        "repeats choice 1",
        "c",
    ),
    (
        "  - type: choice\n    question: Q\n    choices: [Astana, Almaty]\n    answer: astana\n",
        ("answer: astana", 0),
        "only in case",
        "#1",
    ),
    ("  - type: cloze\n    text: No deletion here\n", ("text: No", 0), "no deletion", "#1"),
    ("  - type: cloze\n    text: Broken {{c1::x} here\n", ("text: Broken", 0), "unbalanced", "#1"),
    ("  - type: cloze\n    text: 'Empty {{c1:: }} here'\n", ("text: 'Empty", 0), "c1 is empty", "#1"),
    ("  - type: truefalse\n    statement: S\n    answer: maybe\n", ("answer: maybe", 0), "true or false", "#1"),
    ("  - type: typed\n    question: Q\n    answer: ' '\n", ("answer: ' '", 0), "'answer' is empty", "#1"),
    (
        "  - type: typed\n    question: Q\n    answer: Tashkent\n    accept: [tashkent]\n",
        ("accept:", 0),
        "repeats the answer",
        "#1",
    ),
    ("  - type: typed\n    question: Q\n    answer: A\n    accept: [B, ' b']\n", ("accept:", 0), "repeats", "#1"),
    ("  - type: basic\n    front: '   '\n    back: B\n", ("front:", 0), "'front' is empty", "#1"),
    (
        "  - type: basic\n    front: F\n    back: B\n    source: {sentence: abc, start: 5, end: 3}\n",
        ("source:", 0),
        "before start",
        "#1",
    ),
    (
        "  - type: basic\n    front: F\n    back: B\n    source:\n      sentence: abc\n      start: 5\n      end: 9\n",
        ("end: 9", 0),
        "sentence has 3",
        "#1",
    ),
    (
        "  - type: basic\n    front: F\n    back: B\n    source: {sentence: abc, start: 5}\n",
        ("source:", 0),
        "both start and end",
        "#1",
    ),
    (
        "  - type: basic\n    front: F\n    back: B\n    tags: [good, 'two words']\n",
        ("tags:", 0),
        "contains a space",
        "#1",
    ),
    ("  - id: Bad Id\n    type: basic\n    front: F\n    back: B\n", ("id: Bad", 0), "lowercase letters", "Bad Id"),
    ("  - type: basic\n    front: F\n    bakc: B\n", ("bakc:", 0), "did you mean 'back'", "#1"),
    ("  - type: basic\n    front: F\n", ("type: basic", 0), "missing key 'back'", "#1"),
    ("  - type: mcq\n    front: F\n", ("type: mcq", 0), "unknown card type 'mcq'", "#1"),
    ("  - front: F\n    back: B\n", ("front: F", 0), "has no 'type'", "#1"),
    ("  - type: basic\n    front: [a, b]\n    back: B\n", ("front:", 0), "must be text", "#1"),
    (
        "  - type: basic\n    front: F\n    back: B\n    source: {start: x, end: 3}\n",
        ("source:", 0),
        "whole number",
        "#1",
    ),
]


@pytest.mark.parametrize(("cards", "where", "words", "card"), CASES, ids=[c[2] for c in CASES])
def test_rule_names_card_line_and_fix(cards: str, where: tuple[str, int], words: str, card: str) -> None:
    text, problems = problems_of(cards)
    problem = only(problems)
    assert words in problem.message
    assert problem.card == card
    assert problem.line == line_of(text, where[0], where[1])
    assert str(problem).startswith(f"rules.yaml:{problem.line}:{problem.col}: [card {card}] ")


@pytest.mark.parametrize(
    ("deck", "where", "words"),
    [
        ("id: Rules\ntitle: T\ncards:\n  - {type: basic, front: F, back: B}\n", "id: Rules", "lowercase letters"),
        ("id: r\ntitel: T\ncards:\n  - {type: basic, front: F, back: B}\n", "titel", "did you mean 'title'"),
        ("id: r\ntitle: T\ncards: []\n", "cards:", "at least one card"),
        ("id: r\ntitle: T\nformat: 2\ncards:\n  - {type: basic, front: F, back: B}\n", "format", "format '2'"),
        ("id: r\ntitle: T\ntags: [a b]\ncards:\n  - {type: basic, front: F, back: B}\n", "tags", "contains a space"),
        ("id: r\ntitle: T\nsource: {sha256: xyz}\ncards:\n  - {type: basic, front: F, back: B}\n", "source", "64"),
        ("- a\n- b\n", "- a", "must be a mapping"),
    ],
)
def test_deck_level_mistakes(deck: str, where: str, words: str) -> None:
    problem = only(parse(deck, "d.yaml").problems)
    assert words in problem.message
    assert problem.card is None
    assert problem.line == line_of(deck, where)


def test_every_error_of_a_file_is_reported_in_line_order() -> None:
    text, problems = problems_of(
        "  - type: basic\n    front: F\n    bakc: B\n"
        "  - type: choice\n    question: Q\n    choices: [x, y]\n    answer: z\n"
        "  - type: truefalse\n    statement: S\n    answer: maybe\n"
    )
    lines = [p.line for p in problems]
    assert lines == sorted(lines)
    assert {p.card for p in problems} == {"#1", "#2", "#3"}


@pytest.mark.parametrize(
    ("cards", "words"),
    [
        ("  - {type: basic, front: Same, back: A}\n  - {type: typed, question: same, answer: B}\n", "same prompt"),
        ("  - {type: cloze, text: '{{c1::a}} and {{c3::b}}'}\n", "skip c2"),
        (
            "  - type: choice\n    question: Q\n    choices: [a, b, A very long answer that gives itself away]\n"
            "    answer: A very long answer that gives itself away\n",
            "gives it away",
        ),
    ],
)
def test_warnings_do_not_make_the_deck_invalid(cards: str, words: str) -> None:
    checked = parse(HEAD + cards, "w.yaml")
    assert checked.deck is not None
    assert words in only(checked.problems, "warning").message


def test_omitted_ids_are_derived_stable_and_unique() -> None:
    cards = "  - {type: basic, front: F, back: A}\n  - {type: basic, front: F, back: B}\n  - {type: basic, front: G, back: C}\n"
    first = parse(HEAD + cards).deck
    again = parse(HEAD + cards).deck
    assert first is not None and again is not None
    ids = [c.uid for c in first.cards]
    assert ids == [c.uid for c in again.cards]
    assert len(set(ids)) == 3
    assert ids[1] == ids[0] + "-2"
    edited_back = parse(HEAD + cards.replace("back: A", "back: Z")).deck
    assert edited_back is not None and edited_back.cards[0].uid == ids[0]
