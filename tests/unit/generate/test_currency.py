"""Currency words before a figure are shown as symbols, the same way in the stem, the answer and the choices."""

from __future__ import annotations

from quizgen.generate import generate_text
from quizgen.generate.cards import BLANK, Draft
from quizgen.generate.currency import symbolise, symbolise_card
from quizgen.generate.truefalse import bounded_wrong


def test_a_currency_word_before_a_figure_becomes_its_symbol() -> None:
    assert (
        symbolise("Oil sold at dollars 40 a barrel and gas at pounds 4bn.")
        == "Oil sold at $40 a barrel and gas at £4bn."
    )
    assert symbolise("a record Australian dollars 732m profit") == "a record A$732m profit"
    assert symbolise("a fine of euros 250,000") == "a fine of €250,000"


def test_words_after_a_figure_or_without_one_are_left_alone() -> None:
    text = "He paid 40 dollars, and the pounds were worth less; Egyptian pounds 20 stay as written."
    assert symbolise(text) == text


def test_a_cloze_gap_takes_the_symbol_inside_it() -> None:
    assert symbolise("profits of dollars {{c1::3.65bn}} a year") == "profits of {{c1::$3.65bn}} a year"


def test_a_choice_blank_after_the_word_moves_the_symbol_onto_every_choice() -> None:
    fields = {
        "question": f"The firm earns about dollars {BLANK} an hour.",
        "choices": ["1.4m", "1.8m"],
        "answer": "1.8m",
    }
    card = Draft("choice", "choice-x", fields)
    symbolise_card(card)
    assert card.fields == {
        "question": f"The firm earns about {BLANK} an hour.",
        "choices": ["$1.4m", "$1.8m"],
        "answer": "$1.8m",
    }


def test_a_generated_deck_shows_symbols_but_keeps_the_source_sentence() -> None:
    text = (
        "Acme results\n\n"
        "Acme Oil has announced a 23% rise in annual profits to dollars 16.2bn in 2004. "
        "Acme Oil said it was earning about dollars 1.8m an hour from its wells in Norway.\n"
    )
    cards = generate_text(text, "acme.txt").data["cards"]
    assert cards
    for card in cards:
        shown = " ".join(str(v) for k, v in card.items() if k not in ("source", "id"))
        assert "dollars" not in shown, card
        assert "dollars" in card["source"]["sentence"]


def test_a_capitalised_word_before_the_currency_stays() -> None:
    assert symbolise("The pounds 4bn deal closed.") == "The £4bn deal closed."


def test_a_hedge_before_a_currency_word_still_bounds_the_figure() -> None:
    assert bounded_wrong("earning more than dollars ", "1.8m", ["1.4m", "2.3m"]) == []
    assert bounded_wrong("earning about dollars ", "1.8m", ["1.6m", "3.7m"]) == ["3.7m"]
    assert bounded_wrong("earning ", "1.8m", ["1.6m", "2.3m"]) == ["2.3m"]  # 1.6m is a nitpick away
