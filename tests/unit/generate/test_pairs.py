"""Two or three people named together after 'by' are one answer, typed in any order; after 'such as' they are
examples, never one answer."""

import pytest

from quizgen.generate import generate_text
from quizgen.generate.entities import sentence_mentions
from quizgen.generate.index import Analysed
from quizgen.generate.pairs import any_order, people_groups
from quizgen.generate.split import Sentence
from quizgen.generate.tokens import tag
from quizgen.study.grading import grade_text


def groups(text: str) -> list[str]:
    tokens = tag(text)
    row = Analysed(Sentence(0, text, 0, len(text), 0), tokens, sentence_mentions(text, tokens))
    return [m.text for m in people_groups(row)]


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("The early court was shaped by Liu Bingzhong and Yao Shu in the 1260s.", "Liu Bingzhong and Yao Shu"),
        (
            "The graph came from a paper by Tom Mann, Ray Bradley and Mal Hughes in the journal.",
            "Tom Mann, Ray Bradley and Mal Hughes",
        ),
    ],
)
def test_a_pair_or_a_short_list_of_people_is_one_answer(sentence: str, group: str) -> None:
    assert groups(sentence) == [group]


@pytest.mark.parametrize(
    "sentence",
    [
        "Liu Bingzhong and Yao Shu shaped the early court of the khan.",  # no word introduces them
        "Chinese advisers such as Liu Bingzhong and Yao Shu shaped the early court.",  # examples of advisers
        "The paper by Tom Mann, Ray Bradley, Mal Hughes and Phil Jones was cited.",  # a long list
        "Leaders such as Tom Mann and Germany signed the treaty.",  # items of different kinds
    ],
)
def test_what_is_no_group(sentence: str) -> None:
    assert groups(sentence) == []


def test_any_order_is_accepted() -> None:
    accept = any_order("Tom Mann, Ray Bradley and Mal Hughes")
    assert len(accept) == 5 and "Mal Hughes, Tom Mann and Ray Bradley" in accept
    assert grade_text("Ray Bradley, Mal Hughes and Tom Mann", "Tom Mann, Ray Bradley and Mal Hughes", accept) == "right"
    assert grade_text("Tom Mann and Ray Bradley", "Tom Mann, Ray Bradley and Mal Hughes", accept) != "right"


def test_the_pair_is_blanked_whole_and_never_one_of_it() -> None:
    text = (
        "# The Yuan court\n\nThe Yuan court drew on many traditions of government. Its first legal code was"
        " drafted by Liu Bingzhong and Yao Shu for the Yuan court in Beijing.\n"
    )
    cards = generate_text(text, max_cards=20).deck.cards
    shown = [c.model_dump_json() for c in cards]
    assert any("{{c1::Liu Bingzhong and Yao Shu}}" in s or '"answer":"Liu Bingzhong and Yao Shu"' in s for s in shown)
    assert not any("{{c1::Liu Bingzhong}}" in s or "{{c1::Yao Shu}}" in s for s in shown)
