"""Side details: the rules that keep a card off an answer beside the article's story."""

from __future__ import annotations

import pytest

from quizgen.generate import generate_text
from quizgen.generate.explain import explain
from quizgen.generate.index import ArticleIndex, analyse
from quizgen.generate.sidedetails import (
    Story,
    a_death_year,
    a_speakers_employer,
    background_at_the_end,
    beside_the_claim,
    count_of_a_trip,
    day_of_trading,
    list_item,
    only_a_speaker,
    passing_mention,
    side_detail,
    side_reason,
    speaks,
)
from quizgen.generate.split import split_article
from quizgen.generate.text import article_from_text

FILLER = [
    "The harbour of Porthaven handles most of the region's grain exports.",
    "Grain exports from the harbour rose sharply during the last decade.",
    "The harbour authority plans a second grain terminal for the exports.",
    "Farmers in the region send their grain to the harbour by rail.",
    "The rail line to the harbour was rebuilt for the grain trade.",
    "Grain prices at the harbour follow the prices on the world market.",
    "The harbour authority also runs the rail terminal beside the docks.",
    "The grain terminal at the harbour opened to ships in the spring.",
    "Exports of grain through the harbour reached a record this year.",
    "Most of the grain leaves the harbour for ports across the sea.",
    "The harbour authority expects grain exports to grow again next year.",
]
"""Sentences about one story, to make an article long enough for a passing mention."""


def index_of(text: str) -> ArticleIndex:
    sentences, _ = split_article(article_from_text(text, "t.txt"))
    return analyse(sentences)


def find(index: ArticleIndex, text: str, after: int = 0) -> tuple[int, object]:
    """The first mention whose text is `text`, in sentence `after` or later: (sentence number, mention)."""
    for n, row in enumerate(index.sentences):
        for m in row.mentions:
            if n >= after and m.text == text:
                return n, m
    raise AssertionError(f"no mention {text!r}")


SPOKEN = (
    "Coal output at Northfield fell by 12% last year as two pits closed.\n\n"
    "The closures cost 800 jobs across the valley, the mining board said.\n\n"
    "The board plans to sell the site of the larger pit to a developer.\n\n"
    'Union general secretary Jane Roe said: "The valley has been abandoned."\n\n'
    "Ms Roe added that the union would ballot its members on a strike.\n\n"
    "Mining board chairman Tom Vale closed the older pit in March after a flood.\n\n"
    "Mr Vale said the second pit had run out of workable coal.\n"
)


def test_a_person_named_only_as_a_speaker_is_a_side_detail() -> None:
    index = index_of(SPOKEN)
    story = Story(index)
    n, roe = find(index, "Jane Roe")
    assert speaks(index.sentences[n], roe)
    assert only_a_speaker(story, n, roe)
    n, vale = find(index, "Tom Vale")
    assert not speaks(index.sentences[n], vale)
    assert only_a_speaker(story, n, vale) is None  # he closed a pit: he acts in the story


def test_neither_a_speaker_nor_their_role_is_asked() -> None:
    generated = generate_text(SPOKEN, "coal.txt", max_cards=30)
    answers = {card.answer_text() for card in generated.deck.cards}
    prompts = " ".join(card.prompt() for card in generated.deck.cards)
    assert "Jane Roe" not in answers and "Roe" not in answers
    assert "Who is the union general secretary?" not in prompts
    lines = explain(generated.article, generated)
    assert any("only side details" in line and "only_a_speaker" in line and "Roe" in line for line in lines)


def test_the_lead_keeps_its_speaker() -> None:
    text = "Coal output at Northfield fell by 12% last year, mining board chairman Tom Vale said.\n"
    index = index_of(text)
    n, vale = find(index, "Tom Vale")
    assert only_a_speaker(Story(index), n, vale)
    assert side_reason(Story(index), n, vale) is None  # the first sentences are the story itself


def test_a_name_mentioned_once_in_a_minor_sentence_is_passing() -> None:
    once = "Ships at the quay were once loaded by hand under the eye of a clerk called Amos Pell."
    index = index_of(" ".join(FILLER[:6] + [once] + FILLER[6:]))
    story = Story(index)
    n, pell = find(index, "Amos Pell")
    assert n in story.minor
    assert passing_mention(story, n, pell)
    twice = "Amos Pell later became the harbour master of Porthaven."
    index = index_of(" ".join(FILLER[:6] + [once] + FILLER[6:] + [twice]))
    n, pell = find(index, "Amos Pell")
    assert passing_mention(Story(index), n, pell) is None  # named again: a figure of the story


def test_the_subject_of_a_sentence_is_not_passing() -> None:
    subject = "Amos Pell, a clerk of the quay, once loaded ships by hand with a crane."
    index = index_of(" ".join(FILLER[:6] + [subject] + FILLER[6:]))
    n, pell = find(index, "Amos Pell")
    assert passing_mention(Story(index), n, pell) is None


def test_a_short_article_has_no_passing_mentions() -> None:
    index = index_of("Ships at the quay were loaded by hand under a clerk called Amos Pell. " + FILLER[0])
    n, pell = find(index, "Amos Pell")
    assert passing_mention(Story(index), n, pell) is None


@pytest.mark.parametrize(
    ("sentence", "answer"),
    [
        ("The council looked at other venues, such as the refitted Leeds Arena.", "Leeds Arena"),
        ("The museum shows the Daleks, the Cybermen and the Master in one hall.", "Cybermen"),
        ("Howard Ames, Harvey Wills, and others have defended the right to protest.", "Harvey Wills"),
        ("Exports went to Norway, Sweden, Denmark and Finland last spring.", "Sweden"),
        (
            "The committee studied the extension of the Leeds Tram Line, the Bristol Ring Road and the York Bypass.",
            "Leeds Tram Line",
        ),
    ],
)
def test_one_item_of_a_list_is_a_side_detail(sentence: str, answer: str) -> None:
    index = index_of(sentence)
    n, m = find(index, answer)
    assert list_item(Story(index), n, m)


@pytest.mark.parametrize(
    ("sentence", "answer"),
    [
        ("She will be replaced by Lillian Moss, a director of Ashfield and head of a Leeds retailer.", "Lillian Moss"),
        ("The report was written by Alan Grey, editor of Farm Weekly, for the ministry.", "Alan Grey"),
        ("Exports to Norway doubled while imports from Sweden fell by a third.", "Norway"),
    ],
)
def test_an_apposition_or_a_lone_name_is_no_list(sentence: str, answer: str) -> None:
    index = index_of(sentence)
    n, m = find(index, answer)
    assert list_item(Story(index), n, m) is None


def test_an_example_term_gives_no_card() -> None:
    from quizgen.generate.candidates import plan_article

    example = "The harbour also pays other local taxes, such as reformed business rates."
    index = index_of(" ".join(FILLER[:4] + [example, "Business rates fell for every firm at the harbour."]))
    facts = {f.mention.text: f for plan in plan_article(index) for f in plan.facts}
    assert facts["business rates"].side == "list_item: one example of several"


def test_a_days_share_price_move_is_a_side_detail() -> None:
    index = index_of("Its share price rose by nearly 2% in morning trading in London on Tuesday.")
    n, m = find(index, "2%")
    assert day_of_trading(Story(index), n, m)
    index = index_of("The company made a profit of 16 billion dollars, up by 23% on the year.")
    n, m = find(index, "23%")
    assert day_of_trading(Story(index), n, m) is None


def test_the_count_of_a_trips_stops_is_a_side_detail() -> None:
    index = index_of("The minister is in Dublin at the start of a four-nation visit to Europe.")
    n, m = find(index, "four")
    assert count_of_a_trip(Story(index), n, m)
    index = index_of("The former director received a four-month jail sentence for fraud.")
    n, m = find(index, "four")
    assert count_of_a_trip(Story(index), n, m) is None


ASHBY = [
    "Ashby Mills made a profit of 40 million pounds last year as sales of wool rose.",
    "Ashby Mills will pay its shareholders a larger dividend in the spring.",
    "Sales at Ashby Mills grew fastest in Japan and in the United States.",
]


def test_the_founding_year_of_the_storys_company_at_the_end_is_background() -> None:
    founded = "Ashby Mills was founded in Kent in 1954 by a local draper."
    index = index_of(" ".join(ASHBY + FILLER + [founded]))
    n, m = find(index, "1954")
    assert background_at_the_end(Story(index), n, m)
    index = index_of(" ".join(ASHBY + [founded] + FILLER))
    n, m = find(index, "1954")
    assert background_at_the_end(Story(index), n, m) is None  # told early, it is part of the story
    decade = "Mr Dunn set up the company in the 1950s and moved it to Leeds from Kent."
    index = index_of(" ".join(ASHBY + FILLER + ["Ashby Mills was founded in Kent by a local draper.", decade]))
    n, m = find(index, "1950s")
    assert background_at_the_end(Story(index), n, m)
    other = "The harbour school was founded in Kent in 1954 by a local draper."
    index = index_of(" ".join(ASHBY + FILLER + [other]))
    n, m = find(index, "1954")
    assert background_at_the_end(Story(index), n, m) is None  # not the story's own company


def test_who_a_quoted_speaker_is_gets_no_card() -> None:
    text = SPOKEN + (
        '\nCarl Moss, a strategist at Finbank, said: "Coal will not come back."\n\n'
        "Mr Moss said the valley needed new industries.\n"
    )
    generated = generate_text(text, "coal.txt", max_cards=30)
    fronts = [card.prompt() for card in generated.deck.cards]
    assert "Who is Carl Moss?" not in fronts
    assert any("basic 'Carl Moss': only_a_speaker" in g for plan in generated.plans for g in plan.gated)


@pytest.mark.parametrize(
    "sentence",
    [
        '"Demand will not recover soon," said Jane Roe at Finbank.',
        'Jane Roe, an analyst with Finbank, said: "Demand will not recover soon."',
    ],
)
def test_the_employer_of_a_quoted_speaker_is_a_side_detail(sentence: str) -> None:
    index = index_of(sentence)
    n, m = find(index, "Finbank")
    assert a_speakers_employer(Story(index), n, m)


def test_the_employer_of_a_person_who_acts_is_no_side_detail() -> None:
    index = index_of("Jane Roe, a director at Finbank, bought the old mill for 40 million pounds.")
    n, m = find(index, "Finbank")
    assert a_speakers_employer(Story(index), n, m) is None


def test_the_title_of_a_report_is_a_side_detail() -> None:
    index = index_of("The Demos report, entitled Broadband Britain, was paid for by a net provider.")
    n, m = find(index, "Broadband Britain")
    assert side_detail(index.sentences[n], m)


def test_a_detail_beside_the_claim_is_a_side_detail_outside_the_lead() -> None:
    sentence = "Sales at the retailer rose by 12% last quarter, said Jane Doe, an analyst at Barclays Capital."
    index = index_of(" ".join(FILLER[:3] + [sentence]))
    n, m = find(index, "Barclays Capital")
    assert beside_the_claim(Story(index), n, m)
    assert side_reason(Story(index), n, m)
    n, m = find(index, "12%")
    assert beside_the_claim(Story(index), n, m) is None


def test_the_year_someone_of_the_story_died_is_a_side_detail() -> None:
    text = (
        "The network grew quickly in the 1950s under its new owners.\n\n"
        "Its president Edward Noble, who died in 1958, sold his stake in 1953.\n"
    )
    index = index_of(text)
    story = Story(index)
    n, died = find(index, "1958")
    assert a_death_year(story, n, died) == "the year someone of the story died"
    n, sold = find(index, "1953")
    assert a_death_year(story, n, sold) is None
