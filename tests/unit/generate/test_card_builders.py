"""Card builders: what a choice card offers as its wrong answers."""

from __future__ import annotations

from generate_support import facts_of

from quizgen.generate import cards as build

WAR = (
    "Grain and the war\n\n"
    "Russia has kept its troops in the eastern regions since the invasion began two years ago. "
    "The ongoing war in Ukraine has pushed up grain prices in Poland and Hungary by a third.\n\n"
    "Farmers in Germany and France have protested against imports of cheap grain all winter.\n"
)


def test_a_country_the_paragraph_relates_to_the_answer_is_no_wrong_answer():
    index, facts = facts_of(WAR)
    card = build.choice(next(f for f in facts if f.mention.text == "Ukraine"), index)
    assert card is not None, "no choice card asks the country of the war"
    assert not {"Russia", "Poland", "Hungary"} & set(card.fields["choices"])
    assert "Ukraine" in card.fields["choices"]
