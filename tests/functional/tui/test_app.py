"""The study app driven with the Pilot: every card type, grading, override, undo, cram, resume, bad decks."""

from __future__ import annotations

from pathlib import Path

import pytest
from study_support import EVERY_TYPE, Clock, answer_right, rows, screen_text, screen_words

from tui.app import StudyApp
from tui.screens.deck_list import DeckListScreen
from tui.screens.study import StudyScreen
from tui.screens.summary import SummaryScreen

SIZE = (80, 24)


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return tmp_path / "progress.sqlite3"


def make_app(store: Path, paths: list[Path] | None = None, **kwargs: object) -> StudyApp:
    return StudyApp(paths or [EVERY_TYPE], store_path=store, clock=kwargs.pop("clock", Clock()), **kwargs)  # type: ignore[arg-type]


def current_uid(app: StudyApp) -> str:
    screen = app.screen
    assert isinstance(screen, StudyScreen)
    return f"{screen.item.card.uid}/{screen.item.ordinal}"


async def skip_to(pilot, app: StudyApp, uid: str) -> None:
    """Answer Good (or right) until the card `uid` is shown."""
    for _ in range(10):
        if current_uid(app).startswith(uid + "/"):
            return
        await answer_right(pilot, app)
    raise AssertionError(f"card {uid} never came")


async def test_basic_card_reveals_and_grades(store: Path) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert current_uid(app) == "basic-markup/0"
        text = screen_text(app)
        assert "What does [bold] do in <script> tags?" in text
        assert "Nothing [/] at all" not in text
        await pilot.press("space")
        text = screen_text(app)
        assert "Nothing [/] at all" in text
        assert "[italic]never as markup[/italic]" in text
        assert "Source" in text and "nothing [/] at all is read as markup" in text
        await pilot.press("3")
        await pilot.pause()
        assert current_uid(app) == "cloze-capital/1"
    assert rows(store, "SELECT rating, auto FROM reviews") == [(3, 0)]


async def test_cloze_card_hides_one_deletion(store: Path) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await skip_to(pilot, app, "cloze-capital")
        assert "The capital of Kazakhstan is [...] and its largest city is Almaty." in screen_text(app)
        await pilot.press("enter")
        assert "The capital of Kazakhstan is Astana and its largest city is Almaty." in screen_text(app)
        await pilot.press("1")
        await pilot.pause()
        assert current_uid(app) == "choice-sea/0"  # c2 would show c1's answer: a card comes between
        assert rows(store, "SELECT rating FROM reviews ORDER BY id")[-1] == (1,)
        await skip_to(pilot, app, "cloze-capital")
        assert "is Astana and its largest city is [a city]." in screen_text(app)


async def test_choice_right_by_letter(store: Path) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await skip_to(pilot, app, "choice-sea")
        text = screen_text(app)
        assert "A) Caspian Sea" in text and "B) Aral Sea" in text and "C) Black Sea" in text
        await pilot.press("b")
        text = screen_text(app)
        assert "✓ Right" in text
        assert "Irrigation took its rivers." in text
        await pilot.press("enter")
        await pilot.pause()
        assert current_uid(app) == "cloze-capital/2"
    assert rows(store, "SELECT rating, auto, given FROM reviews ORDER BY id")[-1] == (3, 1, "Aral Sea")


async def test_choice_wrong_shows_right_answer(store: Path) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await skip_to(pilot, app, "choice-sea")
        await pilot.press("c")
        text = screen_text(app)
        assert "✗ Wrong → Again  the answer is B)" in text
        assert "✗ C) Black Sea" in text and "✓ B) Aral Sea" in text
        assert text.count("Aral Sea") == 2  # the right choice, and the source sentence: never repeated
    assert rows(store, "SELECT rating, auto, given FROM reviews ORDER BY id")[-1] == (1, 1, "Black Sea")


async def test_choice_with_arrows_and_enter(store: Path) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await skip_to(pilot, app, "choice-sea")
        await pilot.press("down", "enter")
        assert "✓ Right" in screen_text(app)


async def test_truefalse(store: Path) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await skip_to(pilot, app, "tf-landlocked")
        await pilot.press("t")
        text = screen_text(app)
        assert "✗ Wrong" in text
        assert "The statement is false. Uzbekistan is doubly landlocked." in text
    assert rows(store, "SELECT rating, given FROM reviews ORDER BY id")[-1] == (1, "true")


async def test_typed_near_miss_is_almost(store: Path) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await skip_to(pilot, app, "typed-river")
        await pilot.press(*"amu darja", "enter")
        text = screen_text(app)
        assert "≈ Almost → Hard" in text
        assert "typed   amu darja" in text and "answer  Amu Darya" in text
        assert text.count("amu darja") == 1  # the answer box makes way for the comparison
        assert "Source" in text
    assert rows(store, "SELECT rating, auto, given FROM reviews ORDER BY id")[-1] == (2, 1, "amu darja")


async def test_typed_letters_q_and_u_are_typed_not_keys(store: Path) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await skip_to(pilot, app, "typed-river")
        await pilot.press(*"qu?s", "enter")
        assert isinstance(app.screen, StudyScreen)
        assert "typed   qu?s" in screen_text(app)


async def test_override_replaces_the_automatic_grade(store: Path) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await skip_to(pilot, app, "choice-sea")
        before = len(rows(store, "SELECT id FROM reviews"))
        await pilot.press("a", "3")
        await pilot.pause()
        assert current_uid(app) == "choice-sea/0"  # the new grade is shown before moving on
        assert "✗ Wrong → Good, your grade (was Again)" in screen_text(app)
        assert rows(store, "SELECT rating, auto FROM reviews ORDER BY id")[-1] == (3, 0)  # saved at once
        await pilot.press("enter")
        await pilot.pause()
        assert current_uid(app) == "cloze-capital/2"
    log = rows(store, "SELECT rating, auto FROM reviews ORDER BY id")
    assert len(log) == before + 1
    assert log[-1] == (3, 0)


async def test_undo_shows_the_card_again_and_removes_its_review(store: Path) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "4")
        await pilot.pause()
        assert current_uid(app) == "cloze-capital/1"
        assert rows(store, "SELECT COUNT(*) FROM reviews") == [(1,)]
        await pilot.press("u")
        await pilot.pause()
        assert current_uid(app) == "basic-markup/0"
        assert "Nothing [/] at all" not in screen_text(app)
        assert rows(store, "SELECT COUNT(*) FROM reviews") == [(0,)]
        assert rows(store, "SELECT COUNT(state) FROM items") == [(0,)]


async def test_undo_after_feedback_asks_the_same_card_again(store: Path) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await skip_to(pilot, app, "choice-sea")
        await pilot.press("c", "u")
        await pilot.pause()
        assert current_uid(app) == "choice-sea/0"
        assert "Wrong" not in screen_text(app)
        await pilot.press("b")
        assert "✓ Right" in screen_text(app)
    assert rows(store, "SELECT rating FROM reviews ORDER BY id")[-1] == (3,)


async def test_cram_logs_practice_and_leaves_the_schedule(store: Path) -> None:
    app = make_app(store, cram=True)
    async with app.run_test(size=SIZE) as pilot:
        assert "cram" in screen_text(app)
        for _ in range(3):
            await answer_right(pilot, app)
    assert rows(store, "SELECT COUNT(*) FROM practice") == [(3,)]
    assert rows(store, "SELECT COUNT(*) FROM reviews") == [(0,)]
    assert rows(store, "SELECT COUNT(state) FROM items") == [(0,)]


async def test_cram_summary_says_the_schedule_is_unchanged(store: Path) -> None:
    for cram in (True, False):
        app = make_app(store, cram=cram)
        async with app.run_test(size=SIZE) as pilot:
            await answer_right(pilot, app)
            await pilot.press("q")
            await pilot.pause()
            assert isinstance(app.screen, SummaryScreen)
            text = screen_text(app)
            assert ("Cram session done" in text) is cram and ("unchanged (cram is practice)" in text) is cram
            assert "Answered 1" in " ".join(text.split())


async def test_summary_counts_what_is_left_when_ended_early(store: Path) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        left = app.screen.session.remaining()
        await pilot.press("q")
        await pilot.pause()
        text = screen_text(app)
        assert "Session ended" in text and "Nothing to study now" not in text
        assert f"Left {left} for today" in " ".join(text.split()) and left > 1
    app = make_app(store, paths=[EVERY_TYPE], new_per_day=1)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "4")  # Easy on the one new item of the day: the session is done
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        text = screen_text(app)
        assert "Session done" in text and "for today" not in text


async def test_quit_and_resume_continues_where_it_stopped(store: Path) -> None:
    clock = Clock()
    app = make_app(store, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await answer_right(pilot, app)
        await answer_right(pilot, app)
        second = current_uid(app)
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        text = screen_words(app)
        assert "Answered 2" in text and "Correct 100 %" in text
        await pilot.press("q")
    assert rows(store, "SELECT COUNT(*) FROM reviews") == [(2,)]
    clock.advance(minutes=1)
    again = make_app(store, clock=clock)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert current_uid(again) == second


async def test_escape_ends_while_typing(store: Path) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await skip_to(pilot, app, "typed-river")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DeckListScreen)


async def test_folder_with_a_bad_deck(store: Path, tmp_path: Path) -> None:
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "good.yaml").write_text(EVERY_TYPE.read_text())
    (folder / "bad.yaml").write_text("id: bad\ntitle: Bad\ncards:\n  - type: basic\n    front: Q?\n")
    app = make_app(store, [folder])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause(0.5)
        assert isinstance(app.screen, DeckListScreen)
        assert not app._notifications  # the problems are on the list, not over it
        text = screen_text(app)
        assert "Every card type [bold]" in text and "has errors" in text
        assert "bad.yaml:4:5: [card #1] missing key 'back'" in text
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StudyScreen)
        assert current_uid(app) == "basic-markup/0"
        assert not app._notifications and "bad.yaml" not in screen_text(app)  # nothing covers the card


async def test_deck_list_counts_and_last_studied(store: Path, tmp_path: Path) -> None:
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "every.yaml").write_text(EVERY_TYPE.read_text())
    app = make_app(store, [folder], new_per_day=4)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "never" in screen_text(app)
        await pilot.press("enter")
        await answer_right(pilot, app)
        await pilot.press("q", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DeckListScreen)
        line = next(line for line in screen_text(app).splitlines() if "Every card type" in line)
        assert line.split()[4:8] == ["3", "1", "0", "just"]


async def test_help_and_stats_open_and_close(store: Path) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await answer_right(pilot, app)
        await pilot.press("question_mark")
        await pilot.pause()
        assert "undo the last answer" in screen_text(app)
        await pilot.press("escape", "s")
        await pilot.pause()
        text = screen_text(app)
        assert "Reviews per day" in text and "Reviews 1 (1 today)" in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, StudyScreen)


SAME_KINDS = """\
id: kinds
title: Two of each
cards:
  - {id: b1, type: basic, front: Basic one?, back: First back}
  - {id: b2, type: basic, front: Basic two?, back: Second back}
  - {id: c1, type: choice, question: Choice one?, choices: [x1, y1, z1], answer: y1}
  - {id: c2, type: choice, question: Choice two?, choices: [x2, y2], answer: x2}
  - {id: t1, type: truefalse, statement: Statement one., answer: true}
  - {id: t2, type: truefalse, statement: Statement two., answer: false}
  - {id: y1, type: typed, question: Typed one?, answer: alpha}
  - {id: y2, type: typed, question: Typed two?, answer: beta}
"""


async def test_a_card_after_one_of_its_kind_starts_fresh(store: Path, tmp_path: Path) -> None:
    deck = tmp_path / "kinds.yaml"
    deck.write_text(SAME_KINDS)
    app = make_app(store, [deck], new_per_day=10)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space", "3")
        await pilot.pause()
        text = screen_text(app)
        assert "Basic two?" in text and "First back" not in text and "Second back" not in text
        await pilot.press("space")
        await pilot.pause()
        assert "Second back" in screen_text(app) and "First back" not in screen_text(app)
        await pilot.press("3", "a", "enter")  # choice one, wrongly
        await pilot.pause()
        text = screen_text(app)
        assert "Choice two?" in text and "✓" not in text and "✗" not in text and "z1" not in text
        assert "a–b Choose" in text.splitlines()[-1]
        await pilot.press("a", "enter", "t", "enter")  # choice two rightly, statement one
        await pilot.pause()
        text = screen_text(app)
        assert "Statement two." in text and "t true    f false" in text and "The statement is" not in text
        await pilot.press("f", "enter", *"gamma", "enter", "enter")  # typed one, wrongly
        await pilot.pause()
        text = screen_text(app)
        assert "Typed two?" in text and "gamma" not in text and "Wrong" not in text
        await pilot.press(*"beta", "enter")
        await pilot.pause()
        assert "✓ Right → Good" in screen_text(app)
    assert rows(store, "SELECT given FROM reviews WHERE given IS NOT NULL ORDER BY id") == [
        ("x1",),
        ("x2",),
        ("true",),
        ("false",),
        ("gamma",),
        ("beta",),
    ]
