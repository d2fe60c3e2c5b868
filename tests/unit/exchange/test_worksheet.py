"""The printable worksheet: well formed, escaped, fair blanks, and an answer key that holds the answers."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import html5lib
import pytest
from repo_paths import DATA

from quizgen.deckio.loader import load_deck
from quizgen.exchange.quiz import build_quiz
from quizgen.exchange.worksheet import render_key, render_worksheet
from quizgen.model import cloze
from quizgen.model.cards import BasicCard, ChoiceCard, ClozeCard, Deck, TrueFalseCard, TypedCard

DECK_FILE = DATA / "teacher_deck.yaml"


@pytest.fixture(scope="module")
def deck() -> Deck:
    return load_deck(DECK_FILE)


def parse_strict(page: str) -> ET.Element:
    """The page's tree; html5lib raises on any parse error."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    return parser.parse(page)


def text_of(element: ET.Element) -> str:
    return "".join(element.itertext())


def by_id(root: ET.Element, ident: str) -> ET.Element:
    found = root.find(f".//*[@id='{ident}']")
    assert found is not None, f"no element #{ident}"
    return found


def hidden_answers(card: object) -> list[str]:
    """What a student must not see: everything in a card's answer that the question does not show."""
    if isinstance(card, TypedCard):
        return [card.answer, *card.accept]
    if isinstance(card, BasicCard):
        return [card.back]
    if isinstance(card, ClozeCard):
        return [d.text for d in cloze.deletions(card.text)]
    if isinstance(card, TrueFalseCard):
        return [card.correction] if card.correction else []
    return []


@pytest.mark.parametrize("seed", [None, 1, 2])
def test_questions_hold_no_answer_and_the_key_holds_every_answer(deck: Deck, seed: int | None) -> None:
    quiz = build_quiz([deck], seed=seed)
    root = parse_strict(render_worksheet(quiz))
    questions, key = by_id(root, "questions"), by_id(root, "answer-key")
    question_text, key_text = text_of(questions), text_of(key)
    for card in deck.cards:
        for answer in hidden_answers(card):
            assert answer not in question_text, f"{card.uid}: the answer {answer!r} is on the question sheet"
            assert answer in key_text, f"{card.uid}: the answer {answer!r} is missing from the key"
        if card.note:
            assert card.note not in question_text
    for q in quiz.questions:
        item = by_id(questions, f"q{q.number}")
        entry = text_of(by_id(key, f"k{q.number}"))
        assert text_of(item).strip().startswith(f"{q.number}.") and entry.startswith(f"{q.number}.")
        card = q.card
        if isinstance(card, ChoiceCard):
            options = [text_of(li) for li in item.iter("li") if li is not item]
            right = [o for o in options if o.split(".", 1)[1].strip() == card.answer]
            assert len(right) == 1
            letter = right[0].split(".", 1)[0]
            assert entry.startswith(f"{q.number}.{letter}. {card.answer}")
            assert 'class="correct"' not in ET.tostring(item, encoding="unicode")
        if isinstance(card, TrueFalseCard):
            assert entry.startswith(f"{q.number}.{'True' if card.answer else 'False'}")
            assert "True/False" in text_of(item)
    assert len(list(key.iter("li"))) == len(quiz.questions)


def test_answer_key_starts_on_a_new_page(deck: Deck) -> None:
    page = render_worksheet(build_quiz([deck]))
    rule = re.search(r"\.answer-key\s*\{([^}]*)\}", page)
    assert rule and "break-before: page" in rule[1]
    assert page.index('id="questions"') < page.index('id="answer-key"')


def test_text_is_escaped_and_shown_literally(deck: Deck) -> None:
    page = render_worksheet(build_quiz([deck]))
    root = parse_strict(page)
    item = by_id(root, "q1")
    assert "<b>not bold</b> & [bold]plain[/] ~ = # {x}: \\d" in text_of(item)
    assert item.find(".//b") is None
    assert root.find(".//script") is None
    assert "http" not in page, "the page is self-contained"


def test_name_and_date_line_and_title(deck: Deck) -> None:
    root = parse_strict(render_worksheet(build_quiz([deck], title="Quiz <1> & more")))
    assert text_of(root.find(".//h1")) == "Quiz <1> & more"
    assert text_of(root.find(".//title")) == "Quiz <1> & more"
    who = root.find(".//*[@class='who']")
    assert who is not None and "Name:" in text_of(who) and "Date:" in text_of(who)


def blanks(root: ET.Element) -> list[ET.Element]:
    return [e for e in root.iter("span") if e.get("class") in ("blank", "slots")]


def test_cloze_blanks_do_not_hint_at_the_answer_length(deck: Deck) -> None:
    root = parse_strict(render_worksheet(build_quiz([deck])))
    found = blanks(by_id(root, "questions"))
    lengths = {len(d.text) for c in deck.cards if isinstance(c, ClozeCard) for d in cloze.deletions(c.text)}
    assert len(lengths) > 1, "the test deck has answers of different lengths"
    assert len(found) == sum(len(cloze.deletions(c.text)) for c in deck.cards if isinstance(c, ClozeCard))
    assert {(b.tag, tuple(b.attrib.items()), b.text, len(b)) for b in found} == {
        ("span", (("class", "blank"),), None, 0)
    }


def test_hint_length_gives_one_slot_per_letter(deck: Deck) -> None:
    root = parse_strict(render_worksheet(build_quiz([deck]), hint_length=True))
    found = blanks(by_id(root, "questions"))
    answers = [d.text for c in deck.cards if isinstance(c, ClozeCard) for d in cloze.deletions(c.text)]
    assert [text_of(b).count("_") for b in found] == [len(a.replace(" ", "")) for a in answers]


def test_every_question_has_its_paper_form(deck: Deck) -> None:
    root = parse_strict(render_worksheet(build_quiz([deck])))
    for q in build_quiz([deck]).questions:
        item = by_id(root, f"q{q.number}")
        classes = [e.get("class") for e in item.iter()]
        expected = {
            "choice": "box",
            "truefalse": "tf",
            "typed": "line",
            "basic": "line",
            "cloze": "blank",
        }[q.card.type]
        assert expected in classes, f"question {q.number} ({q.card.type}) lacks its '{expected}'"
        if q.card.type == "choice":
            assert classes.count("box") == len(q.choices)


def test_the_key_can_be_left_out_and_written_on_its_own(deck: Deck) -> None:
    quiz = build_quiz([deck], seed=2)
    student = parse_strict(render_worksheet(quiz, key=False))
    assert student.find(".//*[@id='answer-key']") is None
    questions = text_of(by_id(student, "questions"))
    for card in deck.cards:
        for answer in hidden_answers(card):
            assert answer not in questions, answer
    key = parse_strict(render_key(quiz))
    assert key.find(".//*[@id='questions']") is None
    assert text_of(key.find(".//h1")) == f"Answer key: {deck.title}"  # type: ignore[arg-type]
    entries = [text_of(li) for li in by_id(key, "answer-key").iter("li")]
    assert len(entries) == len(quiz.questions)
    combined = parse_strict(render_worksheet(quiz))
    assert entries == [text_of(li) for li in by_id(combined, "answer-key").iter("li")]
    rule = re.search(r"\.answer-key\.key-only\s*\{([^}]*)\}", render_key(quiz))
    assert rule and "break-before: auto" in rule[1], "a key of its own starts on the first page"


REVERSED = Deck.model_validate(
    {
        "id": "r",
        "title": "R",
        "cards": [
            {"id": f"w{i}", "type": "basic", "front": f"Wort {i}", "back": f"word {i}", "reverse": True}
            for i in range(12)
        ],
    }
)


def test_a_reversed_card_is_asked_one_way_only() -> None:
    quiz = build_quiz([REVERSED])
    assert not any(q.reverse for q in quiz.questions), "without a seed, front to back"
    shuffled = build_quiz([REVERSED], seed=7)
    directions = {q.reverse for q in shuffled.questions}
    assert directions == {True, False}, "with a seed, either way"
    root = parse_strict(render_worksheet(shuffled))
    for q in shuffled.questions:
        card = q.card
        asked, answer = card.sides(1 if q.reverse else 0)  # type: ignore[union-attr]
        item = text_of(by_id(root, f"q{q.number}"))
        assert asked in item and answer not in item
        assert answer in text_of(by_id(root, f"k{q.number}"))
    assert build_quiz([REVERSED], seed=7) == shuffled, "the same seed asks the same way"
