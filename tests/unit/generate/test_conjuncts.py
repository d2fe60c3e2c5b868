"""A claim joining two facts with 'and' becomes one claim per conjunct, each written without the other."""

from __future__ import annotations

import pytest

from quizgen.generate import generate_text
from quizgen.generate.claims import claim_of, cut_to_claim, parts
from quizgen.generate.conjuncts import split_conjuncts, split_lines
from quizgen.generate.edits import apply_edits
from quizgen.generate.explain import explain
from quizgen.generate.tokens import tag


def claims(text: str) -> list[str]:
    """Each claim of the sentence as a card shows it."""
    found = split_conjuncts(text, tag(text), parts(text, tag(text)))
    return [apply_edits(text, cut_to_claim(text, found, n)) for n in range(len(found))] if len(found) > 1 else [text]


def asked(text: str, answer: str) -> str:
    """The sentence as a card on `answer` shows it."""
    found = split_conjuncts(text, tag(text), parts(text, tag(text)))
    start = text.index(answer)
    return apply_edits(text, cut_to_claim(text, found, claim_of(found, start, start + len(answer))))


OBJECTS = "A former mayor of Leeds has received a two-year ban and a fine of $40,000 for taking bribes."


def test_two_objects_of_one_verb_are_two_claims():
    assert claims(OBJECTS) == [
        "A former mayor of Leeds has received a two-year ban for taking bribes.",
        "A former mayor of Leeds has received a fine of $40,000 for taking bribes.",
    ]


def test_each_object_is_asked_without_the_other():
    assert asked(OBJECTS, "two") == "A former mayor of Leeds has received a two-year ban for taking bribes."
    assert asked(OBJECTS, "40,000") == "A former mayor of Leeds has received a fine of $40,000 for taking bribes."


def test_what_both_conjuncts_share_goes_with_the_first():
    found = split_conjuncts(OBJECTS, tag(OBJECTS), parts(OBJECTS, tag(OBJECTS)))
    start = OBJECTS.index("Leeds")
    assert claim_of(found, start, start + len("Leeds")) == 0


def test_two_predicates_sharing_subject_and_auxiliary_are_two_claims():
    assert claims("Mr Grant was jailed for four months and fined $250,000.") == [
        "Mr Grant was jailed for four months.",
        "Mr Grant was fined $250,000.",
    ]


def test_a_finite_second_verb_replaces_the_auxiliary():
    assert claims("The tramway is run by Arriva for the council and carries 12 million people a year.") == [
        "The tramway is run by Arriva for the council.",
        "The tramway carries 12 million people a year.",
    ]


def test_two_clauses_with_named_subjects_joined_by_and_are_two_claims():
    assert claims("Acme profits rose 26% to $16.2bn and Globex raised its dividend by 5% to 8 cents.") == [
        "Acme profits rose 26% to $16.2bn.",
        "Globex raised its dividend by 5% to 8 cents.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The leaders of Kazakhstan, Uzbekistan and Tajikistan met in Astana in 2019.",
        "Trade between Russia and China rose 30% in 2019.",
        "The firm bought 20 ships in 1990 and sold them in 1995.",
        "The firm bought 20 ships in 1990 and then sold 12 ships in 1995.",
        "Both Acme and Globex reported losses of $2m in 2004.",
        "Acme and Globex reported losses of $2m and $3m respectively.",
        "Smith and Jones won 30 seats in 2005.",
        "In 2004 the company Marconi designed and constructed the radio system.",
        "Welding was shown by burning a mixture of acetylene and compressed oxygen in 1901.",
        "The mayor said prices rose 4% and Acme cut 200 jobs.",
    ],
)
def test_a_list_or_a_leaning_conjunct_stays_whole(text: str):
    assert claims(text) == [text]
    assert split_lines(text, tag(text)) == []


def test_no_card_states_the_answer_of_the_other_conjunct():
    lead = ["Leeds council", "The council of Leeds met in 2005 to discuss the bribery case of its former mayor."]
    generated = generate_text("\n\n".join([*lead, OBJECTS]), "t.txt")
    shown = [(card.answer_text(), card.model_dump_json(exclude={"source"})) for card in generated.deck.cards]
    asked_answers = [answer for answer, _ in shown]
    assert any("40,000" in a for a in asked_answers) and "two" in asked_answers
    for answer, card in shown:
        if answer == "two":
            assert "40,000" not in card
        if "40,000" in answer:
            assert "two-year" not in card


def test_explain_shows_each_split():
    lead = ["Leeds council", "The council of Leeds met in 2005 to discuss the bribery case of its former mayor."]
    generated = generate_text("\n\n".join([*lead, OBJECTS]), "t.txt")
    lines = [line for line in explain(generated.article, generated) if "split at 'and'" in line]
    assert len(lines) == 1
    assert "'A former mayor of Leeds has received a fine of $40,000 for taking bribes'" in lines[0]


def test_a_comma_before_the_and_is_left_out_with_the_other_conjunct():
    assert claims("Mr Grant was jailed in May, and fined $250,000.") == [
        "Mr Grant was jailed in May.",
        "Mr Grant was fined $250,000.",
    ]


def test_a_participle_inside_the_second_object_stays_with_it():
    assert claims("There were 1,200 (8%) unmarried couples, and 300 (2%) same-sex married couples.") == [
        "There were 1,200 (8%) unmarried couples.",
        "There were 300 (2%) same-sex married couples.",
    ]
