"""Facts of a sentence: side details rank below the sentence's main figure."""

from __future__ import annotations

import pytest

from quizgen.generate.candidates import Fact, plan_article, protagonist, score, side_detail
from quizgen.generate.index import ArticleIndex, analyse
from quizgen.generate.split import split_article
from quizgen.generate.text import article_from_text


def facts_of(text: str) -> tuple[ArticleIndex, dict[str, Fact]]:
    sentences, _ = split_article(article_from_text(text, "t.txt"))
    index = analyse(sentences)
    return index, {fact.mention.text: fact for plan in plan_article(index) for fact in plan.facts}


@pytest.mark.parametrize(
    ("text", "figure", "side"),
    [
        (
            "The minister said unemployment had fallen to 8% in a speech at Chatham House in London.",
            "8%",
            "Chatham House",
        ),
        (
            "Sales at the retailer rose by 12% last quarter, said Jane Doe, an analyst at Barclays Capital.",
            "12%",
            "Barclays Capital",
        ),
        (
            "Profits at the bank rose to 4.2 billion dollars in 2019, the highest figure since the crisis.",
            "4.2 billion dollars",
            "2019",
        ),
    ],
)
def test_a_side_detail_ranks_below_the_figure_of_its_sentence(text: str, figure: str, side: str) -> None:
    index, facts = facts_of(text)
    assert side_detail(facts[side].row, facts[side].mention)
    assert not side_detail(facts[figure].row, facts[figure].mention)
    assert score(index, facts[side]) < score(index, facts[figure])


def test_the_subject_of_a_sentence_is_no_side_detail() -> None:
    _, facts = facts_of("Barclays Capital cut 1,200 jobs in London after profits fell by a third last year.")
    assert not side_detail(facts["Barclays Capital"].row, facts["Barclays Capital"].mention)


@pytest.mark.parametrize(
    ("text", "named", "figure"),
    [
        ("The FTSE 100 index fell by 40 points on Monday in London.", "100", "40"),
        ("Airlines retired the Boeing 747 after 50 years of service.", "747", "50"),
    ],
)
def test_a_number_inside_a_name_is_no_answer(text: str, named: str, figure: str) -> None:
    _, facts = facts_of(text)
    assert named not in facts  # 'FTSE 90' would name nothing real
    assert figure in facts


def test_the_end_year_of_a_range_beside_a_figure_is_no_answer() -> None:
    _, facts = facts_of("Sales at Qantas rose by 26% between 2001 and 2005 across Australia.")
    assert "2005" not in facts
    assert "26%" in facts
    _, facts = facts_of("Qantas flew to Perth from 1995 to 2005 before the route closed.")
    assert "1995 to 2005" in facts  # no figure: the years are the point, asked as one period


def concept_answers(text: str) -> set[str]:
    _, facts = facts_of(text)
    return {answer for answer, fact in facts.items() if fact.mention.kind == "concept"}


def test_a_phrase_of_common_words_stated_once_is_no_answer() -> None:
    text = "The new German film about the resistance drew loud applause at the festival in Berlin."
    assert "loud applause" not in concept_answers(text)


def test_a_phrase_the_article_repeats_or_defines_is_an_answer() -> None:
    repeated = (
        "Ministers wanted a sunset clause in the new anti-terror law passed by the parliament. "
        "Critics said the sunset clause would force the law back before the parliament within a year."
    )
    assert "sunset clause" in concept_answers(repeated)
    defined = "A slow method of checking whether a number is prime is known as trial division by experts."
    assert "trial division" in concept_answers(defined)


def test_common_nouns_cut_from_a_name_are_no_person() -> None:
    from quizgen.generate.candidates import common_nouns_as_a_name

    assert common_nouns_as_a_name("League Football")
    assert not common_nouns_as_a_name("Bill Gates")
    assert not common_nouns_as_a_name("Gordon Brown")
    assert not common_nouns_as_a_name("John Snow")


def test_a_surname_that_is_a_common_noun_stays_a_person_when_the_article_names_them_in_full() -> None:
    index, facts = facts_of(
        "Donald Trump said he would end the war within a day of taking office.\n\n"
        "Experts say neither Trump nor Kamala Harris has plans to continue the 5+1 summits.\n"
    )
    assert any(f.mention.text == "Trump" for f in facts.values())  # 'trump' is a common noun, Trump a person


STORY = (
    "Maria Lopez was jailed for four years on Monday for a fraud at the Madrid council.\n\n"
    "Maria Lopez had taken 2 million euros from the council's pension fund in 2019.\n\n"
    "Judge Pablo Ruiz said Maria Lopez had betrayed the trust of 3,000 workers.\n"
)


def test_the_story_s_protagonist_is_no_answer_worth_its_place() -> None:
    index, facts = facts_of(STORY)
    lopez = next(f for f in facts.values() if f.mention.text == "Maria Lopez")
    ruiz = facts["Pablo Ruiz"]
    assert protagonist(index, lopez.mention) and not protagonist(index, ruiz.mention)
    assert score(index, lopez) < score(index, ruiz)  # she frames the facts: what she did is asked, not who


def test_a_figure_is_never_a_protagonist() -> None:
    index, facts = facts_of(STORY)
    assert not protagonist(index, facts["2 million euros"].mention)


def test_a_line_broken_inside_a_formula_gives_no_card() -> None:
    index, _ = facts_of(
        "Hyperbaric medicine\n\n"
        "Divers breathe air at high pressure in the chamber, and increased O\n"
        "2 concentration in the lungs helps to displace carbon monoxide in 90 minutes.\n"
    )
    plans = plan_article(index)
    assert plans[-1].skip is not None and "broken" in plans[-1].skip


def test_a_claim_before_a_quotation_that_runs_on_gives_facts_and_the_quotation_none() -> None:
    text = (
        "The Harbour Board approved a ferry terminal at Eastvale in 2019.\n\n"
        'Mayor Alice Grant has backed the terminal at Eastvale, saying: "Ferries from Dover will come in 2020. '
        'It is a good day."\n'
    )
    sentences, _ = split_article(article_from_text(text, "t.txt"))
    plan = plan_article(analyse(sentences))[1]
    assert plan.skip is None
    answers = {f.mention.text for f in plan.facts}
    assert "Alice Grant" in answers and "Eastvale" in answers
    assert not answers & {"Dover", "2020"}  # what she said is no fact of the card
    assert all(f.text == "Mayor Alice Grant has backed the terminal at Eastvale." for f in plan.facts)
