"""Card builders: what a choice card offers as its wrong answers."""

from __future__ import annotations

from quizgen.generate import generate_text

WAR = (
    "Grain and the war\n\n"
    "Russia has kept its troops in the eastern regions since the invasion began two years ago. "
    "The ongoing war in Ukraine has pushed up grain prices in Poland and Hungary by a third.\n\n"
    "Farmers in Germany and France have protested against imports of cheap grain all winter.\n"
)


def test_a_country_the_paragraph_relates_to_the_answer_is_no_wrong_answer():
    cards = [c for c in generate_text(WAR, "war.txt", types=["choice"]).deck.cards if c.answer_text() == "Ukraine"]
    assert cards, "no choice card asks the country of the war"
    for card in cards:
        assert not {"Russia", "Poland", "Hungary"} & set(card.model_dump()["choices"])
