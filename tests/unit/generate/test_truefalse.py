"""False statements: a claim denied of a pair ('neither X nor Y') made of one of them."""

from quizgen.generate import generate_text
from quizgen.generate.truefalse import tidy

ARTICLE = (
    "Donald Trump and Kamala Harris are the two candidates in the U.S. presidential election.\n\n"
    "Experts suggest that neither Trump nor Harris has signaled plans to continue the 5+1 summits.\n"
)


def test_a_claim_denied_of_a_pair_gives_a_false_statement_about_one_of_them():
    deck = generate_text(ARTICLE, "election").deck
    denied = [c for c in deck.cards if c.type == "truefalse" and "5+1" in c.source.sentence]
    assert len(denied) == 1
    card = denied[0]
    assert card.answer is False
    assert card.statement in (
        "Experts suggest that Trump has signaled plans to continue the 5+1 summits.",
        "Experts suggest that Harris has signaled plans to continue the 5+1 summits.",
    )
    assert (
        card.correction
        == "Experts suggest that neither Trump nor Harris has signaled plans to continue the 5+1 summits."
    )


def test_a_sentence_opening_with_its_gap_starts_with_a_capital_inside_the_gap():
    assert tidy("{{c1::one in five}} post something on the net every day") == (
        "{{c1::One in five}} post something on the net every day."
    )
