"""GIFT export, read back with a GIFT reader written from Moodle's documentation."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from repo_paths import DATA
from teacher_gift_reader import GiftSyntaxError, Question, parse

from quizgen.deckio.loader import load_deck
from quizgen.exchange.gift import category, escape, to_gift
from quizgen.model import cloze
from quizgen.model.cards import BasicCard, ChoiceCard, ClozeCard, Deck, TrueFalseCard, TypedCard

DECK_FILE = DATA / "teacher_deck.yaml"


@pytest.fixture(scope="module")
def deck() -> Deck:
    return load_deck(DECK_FILE)


@pytest.fixture(scope="module")
def questions(deck: Deck) -> dict[str, Question]:
    parsed = parse(to_gift([deck]))
    by_title = {q.title: q for q in parsed}
    assert len(by_title) == len(parsed), "question titles are unique"
    return by_title


def blanked(text: str, number: int) -> tuple[str, str]:
    """The cloze text with deletion `number` as Moodle's blank, and its answer."""
    out = cloze.DELETION.sub(
        lambda m: ("_____" + (f" ({m[3]})" if m[3] else "")) if int(m[1]) == number else m[2], text
    )
    return out, ", ".join(cloze.answers(text, number))


def test_every_card_reads_back_with_its_type_text_and_answers(deck: Deck, questions: dict[str, Question]) -> None:
    seen = set()
    for card in deck.cards:
        if isinstance(card, ClozeCard):
            numbers = card.study_items()
            for n in numbers:
                title = card.uid if len(numbers) == 1 else f"{card.uid} c{n}"
                q = questions[title]
                seen.add(title)
                text, answer = blanked(card.text, n)
                assert (q.kind, q.text) == ("shortanswer", text.strip())
                assert [(a.text, a.weight) for a in q.answers] == [(answer, 1.0)]
                assert q.general_feedback == (card.note or "")
            continue
        q = questions[card.uid]
        seen.add(card.uid)
        assert q.category == deck.title
        assert q.text_format == "plain"
        if isinstance(card, ChoiceCard):
            assert q.kind == "multichoice"
            assert q.text == card.question
            assert [(a.text, a.weight) for a in q.answers] == [
                (c, 1.0 if c == card.answer else 0.0) for c in card.choices
            ]
            assert q.general_feedback == (card.note or "")
        elif isinstance(card, TrueFalseCard):
            assert (q.kind, q.text, q.truth) == ("truefalse", card.statement, card.answer)
            assert q.feedback_wrong == q.feedback_right == (card.correction or "")
        elif isinstance(card, TypedCard):
            assert q.text == card.question
            if q.kind == "shortanswer":
                assert [a.text for a in q.answers] == [card.answer, *card.accept]
            else:
                assert q.kind == "essay" and "->" in card.answer
                assert q.general_feedback == card.answer
        elif isinstance(card, BasicCard):
            assert q.text == card.front
            if q.kind == "shortanswer":
                assert [a.text for a in q.answers] == [card.back]
            else:
                assert q.kind == "essay"
                assert q.general_feedback.split("\n")[0] == card.back
    assert seen == set(questions)


def test_basic_cards_are_short_answers_or_essays_by_length(questions: dict[str, Question]) -> None:
    assert questions["delta-basic"].kind == "shortanswer"
    assert questions["neq-basic"].kind == "essay"
    assert questions["mercury-typed"].kind == "essay", "'->' would make Moodle read a matching question"


def test_special_characters_survive(questions: dict[str, Question]) -> None:
    choice = questions["capital-choice"]
    assert choice.text.endswith("~ = # {x}: \\d")
    assert "[bold]Shymkent[/] ~ south" in [a.text for a in choice.answers]
    assert "%25% Aktau = port#1" in [a.text for a in choice.answers], "not read as a 25% weight"
    assert "[html]<i>Taraz</i>" in [a.text for a in choice.answers], "not read as a format"
    assert questions["neq-basic"].text == "What does the sign ≠ mean?\n# Explain in one sentence."


def test_category_is_the_deck_title_and_nests_like_anki() -> None:
    assert category("Geography :: Rivers/Lakes") == "Geography/Rivers//Lakes"
    gift = to_gift([load_deck(DECK_FILE)])
    assert "$CATEGORY: Rivers & Metals: {special} ~ = # \\ <test>\n" in gift


def test_reader_rejects_unescaped_braces() -> None:
    with pytest.raises(GiftSyntaxError):
        parse("::x::What is {this}? {=that}")


TEXT = st.text(alphabet=st.sampled_from(list("ab AZ09\n~=#{}:\\[]<>&%-/_*é≠TF")), min_size=1, max_size=30).filter(
    lambda s: s.strip()
)


@settings(max_examples=150, deadline=None)
@given(question=TEXT, answer=TEXT, accept=st.lists(TEXT, max_size=2), wrong=TEXT)
def test_any_text_survives_export_and_reading(question: str, answer: str, accept: list[str], wrong: str) -> None:
    cards = [
        {"id": "t", "type": "typed", "question": question, "answer": answer, "accept": accept},
        {"id": "c", "type": "choice", "question": question, "choices": [answer, wrong + "!"], "answer": answer},
    ]
    deck = Deck.model_validate({"id": "d", "title": "T", "cards": cards})
    found = {q.title: q for q in parse(to_gift([deck]))}
    typed, choice = found["t"], found["c"]
    assert typed.text == choice.text == question.strip()
    answers = [a.strip() for a in [answer, *accept]]
    if any("->" in a or "\n" in a for a in answers):
        assert typed.kind == "essay"
    else:
        assert (typed.kind, [a.text for a in typed.answers]) == ("shortanswer", answers)
    assert [a.text for a in choice.answers] == [answer.strip(), (wrong + "!").strip()]


def test_escape_covers_every_special_character() -> None:
    assert escape("~=#{}:\\\n") == "\\~\\=\\#\\{\\}\\:\\\\\\n"
