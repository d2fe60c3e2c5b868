"""GIFT export, read back by Moodle's own importer and graded by Moodle's short-answer matching,
both written out in `moodle_gift`."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from moodle_gift import GiftImportError, Question, grade_shortanswer, readquestions
from repo_paths import DATA

from quizgen.deckio.loader import load_deck, loads_deck
from quizgen.exchange.gift import category, escape, to_gift
from quizgen.exchange.pieces import letters
from quizgen.model import cloze
from quizgen.model.cards import BasicCard, ChoiceCard, ClozeCard, Deck, TrueFalseCard, TypedCard

DECK_FILE = DATA / "teacher_deck.yaml"


def moodle(decks: list[Deck]) -> dict[str, Question]:
    """The questions Moodle imports from the decks' GIFT, by name; the categories are checked too."""
    parsed = readquestions(to_gift(decks))
    questions = [q for q in parsed if q.qtype != "category"]
    assert [q.category for q in parsed if q.qtype == "category"] == [category(d.title) for d in decks]
    by_name = {q.name: q for q in questions}
    assert len(by_name) == len(questions), "question names are unique"
    return by_name


@pytest.fixture(scope="module")
def deck() -> Deck:
    return load_deck(DECK_FILE)


@pytest.fixture(scope="module")
def questions(deck: Deck) -> dict[str, Question]:
    return moodle([deck])


def blanked(text: str, asked: cloze.Deletion) -> str:
    """The cloze text as asked: `asked` as Moodle's blank, the rest of its number hidden, other numbers shown."""

    def show(m: object) -> str:
        d = next(d for d in cloze.deletions(text) if d.start == m.start())  # type: ignore[attr-defined]
        if d.start == asked.start:
            return "_____" + (f" ({d.hint})" if d.hint else "")
        if d.number == asked.number:
            return f"[{d.hint}]" if d.hint else "[...]"
        return d.text

    return cloze.DELETION.sub(show, text)


def test_every_card_reads_back_with_its_type_text_and_answers(deck: Deck, questions: dict[str, Question]) -> None:
    seen = set()
    for card in deck.cards:
        if isinstance(card, ClozeCard):
            numbers = card.study_items()
            for n in numbers:
                asked = [d for d in cloze.deletions(card.text) if d.number == n]
                for i, deletion in enumerate(asked):
                    name = card.uid if len(numbers) == len(asked) == 1 else f"{card.uid} c{n}"
                    name += letters(i) if len(asked) > 1 else ""
                    q = questions[name]
                    seen.add(name)
                    assert (q.qtype, q.questiontext) == ("shortanswer", blanked(card.text, deletion).strip())
                    assert [(a.text, a.fraction) for a in q.answers] == [(deletion.text, 1.0)]
                    assert grade_shortanswer(q, deletion.text) == 1.0
                    assert q.generalfeedback == (card.note or "")
            continue
        q = questions[card.uid]
        seen.add(card.uid)
        assert q.questiontextformat == "plain"
        if isinstance(card, ChoiceCard):
            assert q.qtype == "multichoice"
            assert q.questiontext == card.question
            assert [(a.text, a.fraction) for a in q.answers] == [
                (c, 1.0 if c == card.answer else 0.0) for c in card.choices
            ]
            assert q.generalfeedback == (card.note or "")
        elif isinstance(card, TrueFalseCard):
            assert (q.qtype, q.questiontext, q.correctanswer) == ("truefalse", card.statement, card.answer)
            assert q.feedbacktrue == q.feedbackfalse == (card.correction or "")
        elif isinstance(card, TypedCard):
            assert q.questiontext == card.question
            if q.qtype == "shortanswer":
                for answer in [card.answer, *card.accept]:
                    assert grade_shortanswer(q, answer) == 1.0, answer
            else:
                assert q.qtype == "essay" and "->" in card.answer
                assert q.generalfeedback == card.answer
        elif isinstance(card, BasicCard):
            assert q.questiontext == card.front
            if q.qtype == "shortanswer":
                assert grade_shortanswer(q, card.back) == 1.0
            else:
                assert q.qtype == "essay"
                assert q.generalfeedback.split("\n")[0] == card.back
    assert seen == set(questions)


def test_basic_cards_are_short_answers_or_essays_by_length(questions: dict[str, Question]) -> None:
    assert questions["delta-basic"].qtype == "shortanswer"
    assert questions["neq-basic"].qtype == "essay"
    assert questions["mercury-typed"].qtype == "essay", "'->' would make Moodle read a matching question"


def test_special_characters_survive(questions: dict[str, Question]) -> None:
    choice = questions["capital-choice"]
    assert choice.questiontext.endswith("~ = # {x}: \\d")
    assert "[bold]Shymkent[/] ~ south" in [a.text for a in choice.answers]
    assert "%25% Aktau = port#1" in [a.text for a in choice.answers], "not read as a 25% weight"
    assert "[html]<i>Taraz</i>" in [a.text for a in choice.answers], "not read as a format"
    assert questions["neq-basic"].questiontext == "What does the sign ≠ mean?\n# Explain in one sentence."


def test_a_star_in_a_short_answer_is_no_wildcard() -> None:
    deck = loads_deck(
        "id: stars\ntitle: Stars\ncards:\n"
        "  - {id: any, type: typed, question: 'Which key multiplies?', answer: '*', accept: ['a*b', '**']}\n"
        "  - {id: glob, type: basic, front: 'Match every file?', back: '*.*'}\n"
    )
    questions = moodle([deck])
    typed, basic = questions["any"], questions["glob"]
    assert [a.text for a in typed.answers] == ["\\*", "a\\*b", "\\*\\*"]
    for right in ("*", "a*b", "**"):
        assert grade_shortanswer(typed, right) == 1.0, right
    for wrong in ("anything", "axyzb", "", "x"):
        assert grade_shortanswer(typed, wrong) == 0.0, wrong
    assert grade_shortanswer(basic, "*.*") == 1.0 and grade_shortanswer(basic, "notes.txt") == 0.0


def test_a_repeated_cloze_number_is_one_question_per_blank() -> None:
    deck = loads_deck(
        "id: c\ntitle: C\ncards:\n"
        "  - {id: count, type: cloze, text: '{{c1::one}}, two, {{c1::three::odd}}, {{c2::four}}'}\n"
    )
    questions = moodle([deck])
    assert sorted(questions) == ["count c1a", "count c1b", "count c2"]
    first, second = questions["count c1a"], questions["count c1b"]
    assert first.questiontext == "_____, two, [odd], four"
    assert second.questiontext == "[...], two, _____ (odd), four"
    assert [a.text for a in first.answers] == ["one"] and [a.text for a in second.answers] == ["three"]
    assert grade_shortanswer(first, "one") == grade_shortanswer(second, "three") == 1.0
    assert grade_shortanswer(first, "one, three") == 0.0
    assert questions["count c2"].questiontext == "one, two, three, _____"


def test_a_reversed_card_is_asked_both_ways() -> None:
    deck = loads_deck(
        "id: r\ntitle: R\ncards:\n  - {id: hund, type: basic, front: der Hund, back: the dog, reverse: true}\n"
    )
    questions = moodle([deck])
    assert (questions["hund"].questiontext, questions["hund"].answers[0].text) == ("der Hund", "the dog")
    back = questions["hund reverse"]
    assert (back.qtype, back.questiontext, back.answers[0].text) == ("shortanswer", "the dog", "der Hund")


def test_category_is_the_deck_title_and_nests_like_anki() -> None:
    assert category("Geography :: Rivers/Lakes") == "Geography/Rivers//Lakes"
    gift = to_gift([load_deck(DECK_FILE)])
    assert "$CATEGORY: Rivers & Metals: {special} ~ = # \\ <test>\n" in gift


def test_the_importer_port_refuses_what_moodle_refuses() -> None:
    with pytest.raises(GiftImportError):
        readquestions("::x::What is {this? =that")
    with pytest.raises(GiftImportError):
        readquestions("::x::Which? {~only one}")


TEXT = st.text(alphabet=st.sampled_from(list("ab AZ09\n~=#{}:\\[]<>&%-/_*é≠TF")), min_size=1, max_size=30).filter(
    lambda s: s.strip()
)


@settings(max_examples=150, deadline=None)
@given(question=TEXT, answer=TEXT, accept=st.lists(TEXT, max_size=2), wrong=TEXT)
def test_any_text_survives_export_and_moodle_s_import(
    question: str, answer: str, accept: list[str], wrong: str
) -> None:
    cards = [
        {"id": "t", "type": "typed", "question": question, "answer": answer, "accept": accept},
        {"id": "c", "type": "choice", "question": question, "choices": [answer, wrong + "!"], "answer": answer},
    ]
    deck = Deck.model_validate({"id": "d", "title": "T", "cards": cards})
    found = moodle([deck])
    typed, choice = found["t"], found["c"]
    assert typed.questiontext == choice.questiontext == question.strip()
    answers = [a.strip() for a in [answer, *accept]]
    if any("->" in a or "\n" in a for a in answers):
        assert typed.qtype == "essay"
    else:
        assert typed.qtype == "shortanswer"
        for right in answers:
            assert grade_shortanswer(typed, right) == 1.0, right
    assert [a.text for a in choice.answers] == [answer.strip(), (wrong + "!").strip()]


def test_escape_covers_every_special_character() -> None:
    assert escape("~=#{}:\\\n") == "\\~\\=\\#\\{\\}\\:\\\\\\n"
