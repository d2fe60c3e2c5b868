"""Answer highlighting and cloze blanks keep card text literal."""

from __future__ import annotations

from tui.widgets.highlight import ANSWER_STYLE, BLANK_STYLE, answer_spans, cloze_text, highlighted
from tui.widgets.panels import answers_of


def test_answer_found_case_insensitively() -> None:
    assert answer_spans("The Aral Sea shrank; the aral sea", ["aral sea"]) == [(4, 12), (25, 33)]


def test_answer_not_found_whole_is_found_by_its_words() -> None:
    assert answer_spans("The Caspian is salty.", ["the Caspian Sea"]) == [(4, 11)]


def test_overlapping_answers_merge() -> None:
    assert answer_spans("Amu Darya river", ["Amu Darya", "Darya river"]) == [(0, 15)]


def test_markup_and_regex_characters_stay_literal() -> None:
    text = highlighted("Use [bold] and (a+b) here", ["[bold]", "(a+b)"])
    assert text.plain == "Use [bold] and (a+b) here"
    assert [(s.start, s.end, s.style) for s in text.spans] == [(4, 10, ANSWER_STYLE), (15, 20, ANSWER_STYLE)]


def test_cloze_blank_and_reveal() -> None:
    source = "{{c1::Astana}} is north of {{c2::Almaty::a city}} [/]"
    hidden = cloze_text(source, 2, reveal=False)
    assert hidden.plain == "Astana is north of [a city] [/]"
    assert [(s.start, s.end, s.style) for s in hidden.spans] == [(19, 27, BLANK_STYLE)]
    shown = cloze_text(source, 1, reveal=True)
    assert shown.plain == "Astana is north of Almaty [/]"
    assert [(s.start, s.end, s.style) for s in shown.spans] == [(0, 6, ANSWER_STYLE)]


def test_answers_of_each_card_type() -> None:
    from quizgen.model.cards import Deck

    deck = Deck.model_validate(
        {
            "id": "d",
            "title": "D",
            "cards": [
                {"type": "cloze", "text": "{{c1::A1}} and {{c2::B2}}"},
                {"type": "typed", "question": "Q", "answer": "Amu Darya", "accept": ["Oxus"]},
                {"type": "truefalse", "statement": "S", "answer": False, "correction": "T"},
                {"type": "choice", "question": "C", "choices": ["x", "y"], "answer": "y"},
            ],
        }
    )

    class Item:
        def __init__(self, card: object, ordinal: int = 0) -> None:
            self.card, self.ordinal = card, ordinal

    cards = deck.cards
    assert answers_of(Item(cards[0], 2)) == ["B2"]
    assert answers_of(Item(cards[1])) == ["Amu Darya", "Oxus"]
    assert answers_of(Item(cards[2])) == ["T"]
    assert answers_of(Item(cards[3])) == ["y"]
