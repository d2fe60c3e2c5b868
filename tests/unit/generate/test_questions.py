"""Wh-questions: subject questions, inversion, do-support with the lemma, and refusals."""

import pytest
from lemminflect import getLemma

from quizgen.generate.entities import sentence_mentions
from quizgen.generate.questions import make_question
from quizgen.generate.tokens import tag


def ask(sentence: str, answer: str) -> str | None:
    tokens = tag(sentence)
    mention = next(m for m in sentence_mentions(sentence, tokens) if m.text == answer)
    return make_question(tokens, mention)


def test_a_subject_answer_becomes_who():
    q = ask("Tony Blair has rejected a Conservative compromise offer on terror laws.", "Tony Blair")
    assert q is not None and q.startswith("Who has rejected")


@pytest.mark.parametrize("verb", ["convened", "met", "visited"])
def test_an_object_answer_takes_do_support_with_the_lemma(verb):
    sentence = f"In 2023, the five Central Asian presidents {verb} with President Joe Biden in New York."
    q = ask(sentence, "Joe Biden")
    assert q is not None
    lemma = getLemma(verb, upos="VERB")[0]
    assert f" did the five Central Asian presidents {lemma} " in q
    assert "Joe Biden" not in q and q.endswith("?")


def test_a_number_asks_how_many_of_its_noun():
    sentence = "Nursultan Nazarbayev had the opportunity to meet five different presidents during his tenure."
    q = ask(sentence, "five")
    assert q is not None and q.startswith("How many different presidents did")
    assert " have the opportunity" in q


def test_a_year_in_a_fronted_phrase_asks_which_year():
    q = ask("In 2023, the leaders discussed energy security with the president.", "2023")
    assert q is not None and q.startswith("In which year did the leaders discuss")


def test_one_of_a_list_is_not_asked():
    assert ask("The race is between Donald Trump and Kamala Harris this year.", "Kamala Harris") is None


def test_an_answer_inside_a_noun_phrase_is_not_asked():
    sentence = "The presidents convened with Joe Biden to discuss sanctions against Russia."
    assert ask(sentence, "Russia") is None


def test_a_hedge_goes_with_the_figure_it_hedges():
    assert ask("The Panthers defense allowed just 308 points in the regular season.", "308") == (
        "How many points did the Panthers defense allow in the regular season?"
    )


def test_no_question_when_the_verb_found_is_a_participle_describing_the_subject():
    from quizgen.generate.entities import sentence_mentions
    from quizgen.generate.questions import make_question
    from quizgen.generate.tokens import tag

    sentence = (
        "The advances made in the Middle East in botany and chemistry led medicine in Islam to develop pharmacology."
    )
    tokens = tag(sentence)
    place = next(m for m in sentence_mentions(sentence, tokens) if m.text == "Middle East")
    assert make_question(tokens, place) is None


def test_a_leading_date_that_dates_the_figure_stays_in_the_question():
    question = ask("As of January 2016, Astana had 872,000 residents.", "872,000")
    assert question is not None and question.endswith("as of January 2016?")


def test_a_name_keeps_its_capitals_when_the_question_moves_it():
    q = ask("On 8 March 2007, BSkyB announced its plan to close three channels in Britain.", "8 March 2007")
    assert q is not None and " BSkyB announce " in q
    common = ask("In 2005, Parents wanted more schools in the north of England.", "2005")
    assert common is not None and " parents want " in common


def test_a_number_before_a_singular_noun_asks_no_how_many():
    assert ask("Ms Druyun is serving a nine month sentence for favouring Boeing.", "nine") is None
    q = ask("The court handed down nine sentences for the fraud at the bank.", "nine")
    assert q is not None and q.startswith("How many sentences")


def test_a_time_phrase_after_an_aside_stays_with_the_question():
    sentence = "The agency has audited 300 grants, going back to 1990, since the fraud at the fund came to light."
    assert ask(sentence, "300") == "How many grants has the agency audited since the fraud at the fund came to light?"


def test_an_aside_without_a_time_phrase_after_it_still_goes():
    sentence = "The agency has audited 300 grants, going back to 1990, and the fraud came to light."
    assert ask(sentence, "300") == "How many grants has the agency audited?"


def test_a_second_clause_after_and_is_left_out_of_the_question():
    sentence = (
        "The Harbour Board found the old quay was unsafe and all three of the ferry firms have said it must close."
    )
    assert ask(sentence, "Harbour Board") == "Which organisation found the old quay was unsafe?"
    assert ask("The Harbour Board bought three cranes and two tugs in 1990.", "Harbour Board") == (
        "Which organisation bought three cranes and two tugs in 1990?"
    )


def test_and_joining_two_nouns_before_their_verb_stays():
    sentence = "The Harbour Board hopes that new cranes and the railway will bring trade back."
    assert ask(sentence, "Harbour Board") == (
        "Which organisation hopes that new cranes and the railway will bring trade back?"
    )


def test_a_figure_paired_with_another_is_not_asked_alone():
    sentence = "The Harbour Board's new pier was 1,135 metres long and 15 metres wide when it opened in 1990."
    assert ask(sentence, "1,135") is None
    assert ask("The Harbour Board's new pier was 1,135 metres long when it opened in 1990.", "1,135") is not None
