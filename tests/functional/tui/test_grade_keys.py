"""Grading in the app: the interval on each grade key, the grade of an automatic verdict, changing it,
giving up on a typed card, and the type-in comparison."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.text import Text
from study_support import EVERY_TYPE, Clock, answer_right, rows, screen_text

from quizgen.study import Rating
from quizgen.study.scheduler import from_micros
from tui.app import StudyApp
from tui.screens.study import StudyScreen
from tui.timefmt import interval
from tui.widgets.grade_bar import GradeBar

SIZE = (80, 24)


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return tmp_path / "progress.sqlite3"


def make_app(store: Path, clock: Clock | None = None) -> StudyApp:
    return StudyApp([EVERY_TYPE], store_path=store, clock=clock or Clock())


def study_screen(app: StudyApp) -> StudyScreen:
    assert isinstance(app.screen, StudyScreen)
    return app.screen


async def skip_to(pilot, app: StudyApp, uid: str) -> None:
    for _ in range(10):
        if study_screen(app).item.card.uid == uid:
            return
        await answer_right(pilot, app)
    raise AssertionError(f"card {uid} never came")


def grade_line(app: StudyApp) -> str:
    return next(line for line in screen_text(app).splitlines() if "1 Again" in line)


async def test_the_grade_keys_show_the_interval_each_grade_gives_and_it_is_applied(store: Path) -> None:
    clock = Clock()
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not app.screen.query_one(GradeBar).display  # no grades before the answer is shown
        await pilot.press("space")
        await pilot.pause()
        screen = study_screen(app)
        shown = dict(screen.intervals)
        assert set(shown) == set(Rating)
        line = grade_line(app)
        for rating in Rating:
            assert f"{rating.value} {rating.name} {interval(shown[rating])}" in line, line
        assert "1 Again <1m" in line and "3 Good <10m" in line  # a new card's learning steps
        assert rows(store, "SELECT COUNT(*) FROM reviews") == [(0,)]  # showing intervals saves nothing
        clock.advance(seconds=20)  # the learner reads the card, then grades it Easy
        await pilot.press("4")
        await pilot.pause()
    ((due, reviewed),) = rows(store, "SELECT due, last_review FROM items WHERE card_uid = 'basic-markup'")
    assert from_micros(due) - from_micros(reviewed) == shown[Rating.Easy]


async def test_an_automatic_verdict_shows_its_grade_and_the_grade_keys_mark_it(store: Path) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await skip_to(pilot, app, "typed-river")
        await pilot.press(*"amu darja", "enter")
        await pilot.pause()
        assert "≈ Almost → Hard" in screen_text(app)
        screen = study_screen(app)
        assert screen.grade == Rating.Hard and "2 Hard" in grade_line(app)
        assert rows(store, "SELECT rating, auto FROM reviews ORDER BY id")[-1] == (2, 1)


async def test_a_changed_grade_is_shown_then_enter_or_the_same_key_moves_on(store: Path) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await skip_to(pilot, app, "typed-river")
        await pilot.press(*"amu darja", "enter")
        await pilot.press("3")
        await pilot.pause()
        screen = study_screen(app)
        assert screen.item.card.uid == "typed-river" and screen.grade == Rating.Good
        assert "≈ Almost → Good, your grade (was Hard)" in screen_text(app)
        await pilot.press("4")  # changed again: still here
        await pilot.pause()
        assert screen.item.card.uid == "typed-river" and "→ Easy, your grade (was Hard)" in screen_text(app)
        await pilot.press("4")  # the grade shown, pressed again: next card
        await pilot.pause()
        assert study_screen(app).item.card.uid != "typed-river"
    assert rows(store, "SELECT rating, auto, given FROM reviews WHERE given = 'amu darja'") == [(4, 0, "amu darja")]


async def test_enter_keeps_the_automatic_grade_as_in_anki(store: Path) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await skip_to(pilot, app, "choice-sea")
        await pilot.press("b", "enter")
        await pilot.pause()
        assert study_screen(app).item.card.uid != "choice-sea"
    assert rows(store, "SELECT rating, auto FROM reviews ORDER BY id")[-1] == (3, 1)


async def test_enter_on_an_empty_answer_gives_up_shows_the_answer_and_grades_again(store: Path) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await skip_to(pilot, app, "typed-river")
        await pilot.press("enter")
        await pilot.pause()
        text = screen_text(app)
        assert "✗ No answer → Again" in text and "answer  Amu Darya" in text
        assert "type an answer first" not in text and not app._notifications
        assert study_screen(app).phase == "checked"
    assert rows(store, "SELECT rating, auto, given FROM reviews ORDER BY id")[-1] == (1, 1, "")


async def test_a_near_miss_shows_a_character_comparison(store: Path) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await skip_to(pilot, app, "typed-river")
        await pilot.press(*"amu darja", "enter")
        await pilot.pause()
        lines = screen_text(app).splitlines()
        typed = next(line for line in lines if "typed   amu darja" in line)
        answer = next(line for line in lines if "answer  Amu Darya" in line)
        assert typed.index("amu darja") == answer.index("Amu Darya")  # one above the other
        rendered = app.screen.query_one("FeedbackPanel").content  # the Text the panel shows
        assert isinstance(rendered, Text)
        marked = {rendered.plain[span.start : span.end] for span in rendered.spans if "reverse" in str(span.style)}
        missed = {rendered.plain[span.start : span.end] for span in rendered.spans if "underline" in str(span.style)}
        assert marked == {"j"} and missed == {"y"}


async def test_a_near_miss_of_an_accepted_answer_is_compared_with_it(store: Path) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await skip_to(pilot, app, "typed-river")
        await pilot.press(*"Oxsu", "enter")
        await pilot.pause()
        text = screen_text(app)
        assert "typed   Oxsu" in text and "answer  Oxus" in text
