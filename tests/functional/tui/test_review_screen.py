"""The review screen under the Pilot: keep, drop, edit and undo, a type change, saving, a refused edit,
and the whole loop of generate, review and generate again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from repo_paths import REPO
from rich.console import Console
from study_support import screen_text
from textual.widgets import Static

from quizgen.cli import main
from quizgen.deckio.loader import load_deck
from quizgen.deckio.review import Review
from quizgen.generate.retype import Retyper
from tui.review_app import ReviewApp
from tui.screens.edit_card import EditCardScreen
from tui.screens.review import ReviewScreen

SEED = REPO / "seeds" / "central-asia-us-election.txt"
HAND_WRITTEN = """\
# A deck written by hand: its comments must survive a review.
id: capitals
title: Capitals
cards:
  # the first card
  - id: kz
    type: basic
    front: What is the capital of Kazakhstan?
    back: Astana   # since 1997
  - id: uz
    type: typed
    question: What is the capital of Uzbekistan?
    answer: Tashkent
  - id: kg
    type: choice
    question: What is the capital of Kyrgyzstan?
    choices: [Bishkek, Osh, Naryn]
    answer: Bishkek
"""


@pytest.fixture
def generated(tmp_path: Path) -> Path:
    """A deck generated from the seed article, the article beside it."""
    article = tmp_path / SEED.name
    shutil.copy(SEED, article)
    deck = tmp_path / "election.yaml"
    assert main(["generate", str(article), "-o", str(deck)]) == 0
    return deck


def shown(widget: Static) -> str:
    """What a Static shows, as plain text."""
    console = Console(width=200, no_color=True, force_terminal=False)
    with console.capture() as capture:
        console.print(widget.content)
    return capture.get()


def hand_written(tmp_path: Path) -> Path:
    path = tmp_path / "capitals.yaml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    return path


async def test_keep_drop_edit_and_undo(tmp_path: Path) -> None:
    app = ReviewApp(Review(hand_written(tmp_path)), find_article=False)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        await pilot.press("k")
        assert app.review.verdicts == ["kept", None, None] and screen.position == 1
        await pilot.press("d")
        assert app.review.verdicts == ["kept", "dropped", None] and screen.position == 2
        await pilot.press("e")
        assert isinstance(app.screen, EditCardScreen)
        app.screen.query_one("#f-question").value = "Which city is the capital of Kyrgyzstan?"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert app.review.cards[2].question == "Which city is the capital of Kyrgyzstan?"
        assert app.review.counts() == {"cards": 3, "reviewed": 3, "kept": 1, "dropped": 1, "edited": 1}
        assert "3 reviewed · 1 kept · 1 dropped · 1 edited" in shown(app.screen.query_one("#status"))
        await pilot.press("u")
        assert app.review.cards[2].question == "What is the capital of Kyrgyzstan?"
        assert app.review.verdicts == ["kept", "dropped", None]
        await pilot.press("u", "u")
        assert app.review.verdicts == [None, None, None] and screen.position == 0
        await pilot.press("right", "right", "left")
        assert screen.position == 1


async def test_an_invalid_edit_is_refused_with_the_validators_message(tmp_path: Path) -> None:
    app = ReviewApp(Review(hand_written(tmp_path)), find_article=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("right", "right", "e")
        form = app.screen
        assert isinstance(form, EditCardScreen)
        form.query_one("#f-answer").value = "Bishkekk"
        await pilot.pause()
        problem = shown(form.query_one("#edit-problem"))
        assert "answer 'Bishkekk' is not one of the choices; copy it exactly from choices" in problem
        await pilot.press("ctrl+s")
        assert app.screen is form  # refused: the form stays
        form.query_one("#f-answer").value = "Bishkek"
        await pilot.pause()
        assert "valid" in shown(form.query_one("#edit-problem"))
        form.query_one("#f-question").value = "   "
        await pilot.pause()
        assert "'question' is empty; write some text or remove the key" in shown(form.query_one("#edit-problem"))
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)
        assert app.review.verdicts == [None, None, None]
        assert app.review.cards[2].answer == "Bishkek"


async def test_saving_keeps_comments_order_and_untouched_cards(tmp_path: Path) -> None:
    path = hand_written(tmp_path)
    app = ReviewApp(Review(path), find_article=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("k", "d", "e")
        app.screen.query_one("#f-answer").value = "Bishkek"
        app.screen.query_one("#f-choices-1").value = "Osh city"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
    text = path.read_text(encoding="utf-8")
    assert text == (
        "# A deck written by hand: its comments must survive a review.\n"
        "id: capitals\n"
        "title: Capitals\n"
        "dropped:\n"
        "  - uz\n"
        "cards:\n"
        "  # the first card\n"
        "  - id: kz\n"
        "    type: basic\n"
        "    reviewed: true\n"
        "    front: What is the capital of Kazakhstan?\n"
        "    back: Astana   # since 1997\n"
        "  - id: kg\n"
        "    type: choice\n"
        "    edited: true\n"
        "    question: What is the capital of Kyrgyzstan?\n"
        "    choices: [Bishkek, Osh city, Naryn]\n"
        "    answer: Bishkek\n"
    )
    deck = load_deck(path)
    assert deck.dropped == ["uz"] and [c.uid for c in deck.cards] == ["kz", "kg"]


async def test_a_type_change_makes_the_fact_another_type(generated: Path) -> None:
    review = Review(generated)
    app = ReviewApp(review)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        for _ in range(200):
            if screen.article is not None:
                break
            await pilot.pause(0.05)
        assert screen.article is not None, "the article beside the deck was not found"
        retyper = Retyper(screen.article)
        at = next(k for k, card in enumerate(review.cards) if retyper.alternatives(card))  # a fact with another type
        for _ in range(at):
            await pilot.press("right")
        before = review.cards[at]
        await pilot.press("t")
        for _ in range(400):
            if review.cards[at] is not before:
                break
            await pilot.pause(0.05)
        after = review.cards[at]
        assert after.type != before.type
        assert after.source is not None and before.source is not None
        assert (after.source.start, after.source.end) == (before.source.start, before.source.end)
        assert review.verdicts[at] == "edited"
        await pilot.press("q")
        await pilot.pause()
    deck = load_deck(generated)
    assert deck.cards[at].type == after.type and deck.cards[at].edited
    assert deck.dropped == [before.uid]  # the old card is not made again

    assert main(["generate", str(generated.parent / SEED.name), "-o", str(generated)]) == 0
    again = load_deck(generated)
    uids = [c.uid for c in again.cards]
    assert before.uid not in uids and after.uid in uids and again.cards[uids.index(after.uid)].edited
    sentence = before.source.sentence
    assert [c.type for c in again.cards if c.source and c.source.sentence == sentence].count(before.type) == 0


async def test_a_type_change_without_the_article_says_why(tmp_path: Path) -> None:
    app = ReviewApp(Review(hand_written(tmp_path)), find_article=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("t")
        await pilot.pause()
        assert [n.message for n in app._notifications] == [
            "This card has no source sentence, so no other type can be made of it."
        ]
        assert app.review.verdicts == [None, None, None]


async def test_the_source_sentence_is_shown_inside_its_paragraph(generated: Path) -> None:
    review = Review(generated)
    app = ReviewApp(review)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        for _ in range(200):
            if screen.article is not None:
                break
            await pilot.pause(0.05)
        shown = screen._source(review.cards[0])
        sentence = review.cards[0].source.sentence
        assert sentence in shown.plain and len(shown.plain) > len("Source  ") + len(sentence)
        start = shown.plain.index(sentence)
        assert any(
            span.start <= start and span.end >= start + len(sentence) and "reverse" in str(span.style)
            for span in shown.spans
        )


async def test_search_moves_to_the_next_matching_card(tmp_path: Path) -> None:
    app = ReviewApp(Review(hand_written(tmp_path)), find_article=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash", *"osh", "enter")
        assert app.screen.position == 2
        await pilot.press("slash", *"no such thing", "enter")
        assert app.screen.position == 2


async def test_ctrl_e_edits_the_cards_yaml_in_the_editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    editor = tmp_path / "editor.sh"
    editor.write_text("#!/bin/sh\nsed -i 's/Astana/Astana (Nur-Sultan 2019-2022)/' \"$1\"\n", encoding="utf-8")
    editor.chmod(0o755)
    monkeypatch.setenv("VISUAL", str(editor))
    app = ReviewApp(Review(hand_written(tmp_path)), find_article=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert app.review.cards[0].back == "Astana (Nur-Sultan 2019-2022)"
        assert app.review.verdicts[0] == "edited"


async def test_the_whole_loop_generate_review_generate_again(generated: Path) -> None:
    """Generate, drop one card and edit another in the review screen, save, generate again over the file:
    the dropped card stays dropped and the edit stays."""
    before = load_deck(generated)
    dropped, edited = before.cards[0].uid, before.cards[1]
    field = {"basic": "front", "cloze": "text", "choice": "question", "truefalse": "statement", "typed": "question"}
    key = field[edited.type]
    app = ReviewApp(Review(generated), find_article=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("d", "e")
        box = app.screen.query_one(f"#f-{key}")
        box.value = box.value + " (in the teacher's words)"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
    wording = getattr(edited, key) + " (in the teacher's words)"
    assert load_deck(generated).card(edited.uid).prompt() == wording

    assert main(["generate", str(generated.parent / SEED.name), "-o", str(generated)]) == 0
    again = load_deck(generated)
    assert dropped not in [c.uid for c in again.cards] and again.dropped == [dropped]
    assert again.card(edited.uid).prompt() == wording and again.card(edited.uid).edited


async def test_the_validators_warnings_are_shown_with_the_card(tmp_path: Path) -> None:
    path = tmp_path / "twice.yaml"
    path.write_text(HAND_WRITTEN.replace("What is the capital of Uzbekistan?", "What is the capital of Kazakhstan?"))
    app = ReviewApp(Review(path), find_article=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert not app.screen.query_one("#warnings").display
        await pilot.press("right")
        warnings = app.screen.query_one("#warnings")
        assert warnings.display
        assert "⚠ same prompt as card 1; learners will see it twice" in shown(warnings)


ESCAPES = """\
id: escapes
title: "Escapes \\e]0;HIJACKED\\a in the title"
cards:
  - type: choice
    question: "Which? \\e[2J\\e[3J\\ec"
    choices: ["a \\x9b6n", "b"]
    answer: "b"
    source: {sentence: "It said \\e]52;c;SElKQUNLRUQ=\\a there."}
"""


async def test_control_characters_in_a_deck_are_shown_as_escapes(tmp_path: Path) -> None:
    path = tmp_path / "escapes.yaml"
    path.write_text(ESCAPES, encoding="utf-8")
    app = ReviewApp(Review(path), find_article=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "Escapes \\x1b]0;HIJACKED\\x07 in the title" in text
        assert "Which? \\x1b[2J\\x1b[3J\\x1bc" in text and "a \\x9b6n" in text
        assert "It said \\x1b]52;c;SElKQUNLRUQ=\\x07 there." in text
        assert not any(ord(c) < 0x20 and c != "\n" or 0x7F <= ord(c) <= 0x9F for c in text)


async def test_quitting_without_saving_asks_twice_when_something_was_decided(tmp_path: Path) -> None:
    path = hand_written(tmp_path)
    app = ReviewApp(Review(path), find_article=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("d", "ctrl+q")
        await pilot.pause()
        assert app.is_running
        assert any("ctrl+q again quits without saving" in n.message for n in app._notifications)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running
    assert path.read_text(encoding="utf-8") == HAND_WRITTEN
