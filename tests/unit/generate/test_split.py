"""Sentence splitting, including the boundaries the segmenter alone misses."""

import pytest

from quizgen.generate.split import sentence_spans


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The average family size was 3.07. There were 120 households.",
            ["The average family size was 3.07.", "There were 120 households."],
        ),
        (
            "It follows from hypothesis H. Brocard's conjecture is older.",
            ["It follows from hypothesis H.", "Brocard's conjecture is older."],
        ),
        ("It ended in 1918. The war was over.", ["It ended in 1918.", "The war was over."]),
        (
            "Two ships sailed (each was launched on a separate slipway.) The crews were titled Commander.",
            ["Two ships sailed (each was launched on a separate slipway.)", "The crews were titled Commander."],
        ),
    ],
)
def test_a_sentence_boundary_after_a_decimal_or_a_lone_letter_is_found(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    ["It was written by J. Smith in 1990.", "John H. Smith came.", "The U.S. Army came.", "Pi is 3.14159 or so."],
)
def test_initials_abbreviations_and_decimals_inside_a_sentence_do_not_split_it(text: str) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "The street is named after the banker M. Theo Kearney, who built it.",
        "The book was written by J. R. R. Tolkien in 1937.",
        "The order came from Lt. Col. Smith at dawn.",
        "The march reached St. Louis in May.",
        "The debate was begun by such theorists as J. A. Hobson and Joseph Schumpeter.",
    ],
)
def test_an_initial_or_a_title_before_a_name_does_not_end_the_sentence(text: str) -> None:
    assert sentences(text) == [text]


def test_a_span_the_segmenter_cuts_inside_a_name_is_joined_again() -> None:
    text = (
        "A member may not sit if judged insane under the Mental Health (Care and Treatment) (Scotland) Act 2003. "
        "The Parliament has 129 members."
    )
    assert sentences(text) == [
        "A member may not sit if judged insane under the Mental Health (Care and Treatment) (Scotland) Act 2003.",
        "The Parliament has 129 members.",
    ]
