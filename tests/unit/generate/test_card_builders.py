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


def test_a_term_of_common_words_is_never_a_typed_answer_but_a_technical_one_is() -> None:
    text = (
        "With unemployment stuck above 4 million for years, the government has put job creation at the top of the "
        "agenda.\n\nJob creation measures probably prevented a stronger increase in 2004, economists said.\n\n"
        "The fundamental theorem of arithmetic establishes the central role of primes in number theory.\n\n"
        "The fundamental theorem of arithmetic was proved by Gauss in 1801."
    )
    _, facts = facts_of(text)
    jobs = next(f for f in facts if f.mention.text == "job creation")
    theorem = next(f for f in facts if f.mention.text == "fundamental theorem of arithmetic")
    assert jobs.question and build.common_phrase(jobs) and build.typed(jobs) is None
    assert theorem.question and build.typed(theorem) is not None
