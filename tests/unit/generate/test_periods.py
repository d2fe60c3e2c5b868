"""A span of years ('1348–50', 'between 1321 and 1323') is one answer: found whole, asked whole, graded in its
usual spellings, with wrong answers of the same length that do not overlap it."""

import pytest

from quizgen.generate import generate_text
from quizgen.generate.distractors import shifted_periods
from quizgen.generate.entities import period_end, sentence_mentions
from quizgen.generate.questions import make_question
from quizgen.generate.tokens import tag
from quizgen.generate.variants import answer_variants
from quizgen.study.grading import check, grade_text

_ARTICLE = "# Plague years\n\nThe Black Death was a pandemic of bubonic plague. {}\n"


def mentions(sentence: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.kind, m.key) for m in sentence_mentions(sentence, tag(sentence))]


@pytest.mark.parametrize(
    ("sentence", "period", "key"),
    [
        ("Over half of the town died in 1348–50.", "1348–50", "1348-1350"),
        ("The fleet sailed to Sicily in 1038-1040.", "1038-1040", "1038-1040"),
        ("A famine struck the valleys from 1321 to 1323.", "1321 to 1323", "1321-1323"),
        ("A famine struck the valleys between 1321 and 1323.", "1321 and 1323", "1321-1323"),
        ("The league was played in 1999–2000 without a break.", "1999–2000", "1999-2000"),
    ],
)
def test_a_span_of_years_is_one_period(sentence: str, period: str, key: str) -> None:
    found = mentions(sentence)
    assert (period, "period", key) in found
    assert not [m for m in found if m[1] == "year"], "its ends are no answers of their own"


@pytest.mark.parametrize(
    "sentence",
    [
        "The scholar Abu Hamid (936–1013) wrote about plague.",  # a lifespan in brackets
        "The scholar wrote about plague (1348–50) in Cairo.",  # an aside in brackets
        "Prices rose in 1990 and 1995.",  # two dates, not a span
        "The crowd grew from 1500 to 1800 people.",  # a count, not years
        "The town changed hands in 1350–1200.",  # no span: the end comes first
    ],
)
def test_what_is_no_period(sentence: str) -> None:
    assert not [m for m in mentions(sentence) if m[1] == "period"]


def test_the_last_year_is_written_out() -> None:
    assert period_end(1348, "50") == 1350 and period_end(1999, "2001") == 2001


def test_a_period_is_asked_in_which_years() -> None:
    sentence = "Most monks of Westminster Abbey died in 1348–50."
    tokens = tag(sentence)
    period = next(m for m in sentence_mentions(sentence, tokens) if m.kind == "period")
    question = make_question(tokens, period)
    assert question is not None and question.startswith("In which years did most monks")
    assert "1348" not in question


def test_the_usual_spellings_are_accepted_and_graded_right() -> None:
    accept = answer_variants("1348–50", "period")
    for typed in ("1348-50", "1348–1350", "1348 to 1350", "from 1348 to 1350", "1348-1350"):
        assert typed in accept
        assert grade_text(typed, "1348–50", accept) == "right"
    for wrong in ("1348", "1350", "1351–53", "1248–50"):
        assert grade_text(wrong, "1348–50", accept) != "right"


def test_wrong_periods_have_its_length_and_miss_it() -> None:
    options = shifted_periods("1348-1350", "1348–50")
    assert len(options) == 4 and len(set(options)) == 4
    for option in options:
        first, end = option.split("–")
        last = period_end(int(first), end)
        assert last - int(first) == 2, "the same length as the answer"
        assert last < 1348 or int(first) > 1350, "no overlap with the answer"


def test_a_period_gives_a_whole_card_in_a_deck() -> None:
    text = _ARTICLE.format("Most monks of Westminster Abbey died in 1348–50.")
    cards = generate_text(text, max_cards=20).deck.cards
    asked = [c for c in cards if "period" in c.tags]
    assert asked, "the period is asked"
    for card in asked:
        shown = card.model_dump_json()
        assert "1348–[" not in shown and "]–50" not in shown and "{{c1::1348}}" not in shown
    typed = generate_text(text, types=["typed"], max_cards=20).deck.cards
    answer = next(c for c in typed if "period" in c.tags)
    assert answer.answer == "1348–50"
    for given in ("1348 to 1350", "1348-1350", "from 1348 to 1350"):
        assert check(answer, 1, given).verdict == "right"  # as the study app grades it
    assert check(answer, 1, "1351–53").verdict == "wrong"


@pytest.mark.parametrize(
    ("sentence", "answer", "key"),
    [
        ("Output rose to between 80,000 and 100,000 barrels a day.", "80,000 and 100,000", "80000-100000"),
        ("Prices are expected to fall between 7 and 11 percent this year.", "7 and 11 percent", "7-11"),
    ],
)
def test_a_figure_range_after_between_is_one_answer(sentence: str, answer: str, key: str) -> None:
    found = mentions(sentence)
    assert (answer, "range", key) in found
    assert [m for m in found if m[1] in ("number", "percent")] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Output rose from 60,000 to 80,000 barrels a day.",  # a change, not a range
        "The vote was between 80 and 20 percent.",  # the larger first: no range
    ],
)
def test_what_is_no_figure_range(sentence: str) -> None:
    assert not [m for m in mentions(sentence) if m[1] == "range"]


def test_a_figure_range_is_blanked_whole() -> None:
    text = _ARTICLE.format("The plague killed between 75 and 200 million people in Europe and Asia.")
    cards = generate_text(text, max_cards=20).deck.cards
    shown = " ".join(c.model_dump_json() for c in cards if "range" in c.tags)
    assert "{{c1::75 and 200 million}}" in shown
