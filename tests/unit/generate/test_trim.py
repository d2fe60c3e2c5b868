"""Trims remove who reported a claim, an opening connective and currency conversions, and nothing else."""

from __future__ import annotations

import pytest

from quizgen.generate.edits import apply_edits
from quizgen.generate.trim import trim_names, trims


def trimmed(text: str) -> str:
    return apply_edits(text, trims(text))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "According to AsiaNews, experts suggest that neither candidate plans to continue the summits.",
            "experts suggest that neither candidate plans to continue the summits.",
        ),
        (
            "Central Asian nations are closely watching the race, according to a report from AsiaNews.",
            "Central Asian nations are closely watching the race",
        ),
        (
            "Russia remains influential in the region, with regular visits by officials, AsiaNews reported.",
            "Russia remains influential in the region, with regular visits by officials.",
        ),
        ("However, the Bank of England kept rates at 4.75%.", "the Bank of England kept rates at 4.75%."),
        ("In particular, the countries watch the war in Ukraine.", "the countries watch the war in Ukraine."),
        (
            "The price rose to 900 rupees (dollars 20.40; pounds 10.50) per tonne.",
            "The price rose to 900 rupees per tonne.",
        ),
    ],
)
def test_trims(sentence: str, expected: str) -> None:
    assert trimmed(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        '"We will win," Mr Blair said.',
        "The court said the company had broken the law.",
        "Profits rose (and costs fell) in the third quarter.",
        "He said that the deal was done, and the shares rose.",
    ],
)
def test_sentences_without_anything_to_trim_are_left_alone(sentence: str) -> None:
    assert trims(sentence) == []
    assert trim_names(sentence) == []


def test_trim_names_name_the_rules_that_apply() -> None:
    assert trim_names("However, sales rose by 5%, the company said.") == ["leading_connective"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The lake covers 5,000 square kilometres (1,900 sq mi) of the plain.",
            "The lake covers 5,000 square kilometres of the plain.",
        ),
        ("The road runs about 40 miles (64 km) north of the port.", "The road runs about 40 miles north of the port."),
        (
            "The glacier shrank from 300 to 250 square miles (780 to 650 km2) in a century.",
            "The glacier shrank from 300 to 250 square miles in a century.",
        ),
    ],
)
def test_unit_conversions_are_trimmed(sentence: str, expected: str) -> None:
    assert trimmed(sentence) == expected
    assert "unit_conversions" in trim_names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The mean rate from 2000 to 2005 (2,300 km2 or 890 sq mi per year) was 18% higher.",
        "There were 1,200 (8.1%) households with children in the town.",
    ],
)
def test_a_measure_in_brackets_that_converts_nothing_stays(sentence: str) -> None:
    assert trims(sentence) == []


def test_an_update_mark_is_trimmed() -> None:
    sentence = "As of January 2016[update], the largest known prime has 22,338,618 digits."
    assert (
        apply_edits(sentence, trims(sentence)) == "As of January 2016, the largest known prime has 22,338,618 digits."
    )


def test_a_cross_reference_is_trimmed() -> None:
    from quizgen.generate.edits import apply_edits
    from quizgen.generate.trim import trim_names, trims

    text = "Divers measure the ratio of two isotopes in shells (see isotope ratio cycle) to date them."
    assert apply_edits(text, trims(text)) == "Divers measure the ratio of two isotopes in shells to date them."
    also = "The school opened in 1950 (see also list of schools in Ohio)."
    assert apply_edits(also, trims(also)) == "The school opened in 1950."
    assert "cross_references" in trim_names(also)
    assert (
        apply_edits("Profits rose (see chart) in May.", trims("Profits rose (see chart) in May."))
        == "Profits rose in May."
    )
    plain = "The school opened in 1950 (the first in the county)."
    assert "cross_references" not in trim_names(plain)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Bassett family thereafter acquired the county of Lisle.",
            "The Bassett family acquired the county of Lisle.",
        ),
        ("The mill subsequently closed in 1912.", "The mill closed in 1912."),
        ("The council, however, voted to keep the library open.", "The council voted to keep the library open."),
    ],
)
def test_a_word_pointing_to_an_earlier_sentence_is_trimmed(sentence: str, expected: str) -> None:
    assert trimmed(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    ["Thereafter the mill closed.", "The mill closed thereafter.", "However much it cost, the mill closed."],
)
def test_a_sequence_word_that_opens_or_ends_the_sentence_stays(sentence: str) -> None:
    assert trimmed(sentence) == sentence


def test_however_between_two_clauses_stays_as_their_contrast():
    from quizgen.generate.trim import trims

    text = 'The legal form of "Model C" was abolished, however, the term is still used for such schools.'
    assert [(text[a:b], new) for a, b, new in trims(text)] == [(", however,", "; however,")]
    short = "The court, however, ruled against the harbour board in May."
    assert [(short[a:b], new) for a, b, new in trims(short)] == [(", however,", "")]


def test_an_example_marker_inside_the_sentence_is_cut() -> None:
    text = "Rhazes (865–915), for instance, acted to promote the medical uses of chemical compounds."
    assert apply_edits(text, trims(text)) == "Rhazes (865–915) acted to promote the medical uses of chemical compounds."
    plain = "Rhazes promoted chemical compounds, for instance alum, in medicine."
    assert apply_edits(plain, trims(plain)) == plain  # no second comma: the example follows, it stays
