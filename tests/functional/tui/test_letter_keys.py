"""Single-letter keys are safe: undo says what it undid and can be redone, letters that do nothing
on a card do nothing, and typing a word on a card without an answer box is noticed once."""

from __future__ import annotations

from pathlib import Path

import pytest
from study_support import EVERY_TYPE, Clock, answer_right, rows, screen_text

from tui.app import StudyApp
from tui.screens.stats import StatsScreen
from tui.screens.study import TYPING_NOTICE, StudyScreen

SIZE = (80, 24)


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return tmp_path / "progress.sqlite3"


def make_app(store: Path) -> StudyApp:
    return StudyApp([EVERY_TYPE], store_path=store, clock=Clock())


def messages(app: StudyApp) -> list[str]:
    return [f"{n.title}: {n.message}" for n in app._notifications]


def footer(app: StudyApp) -> str:
    return screen_text(app).splitlines()[-1]


def uid(app: StudyApp) -> str:
    assert isinstance(app.screen, StudyScreen)
    return f"{app.screen.item.card.uid}/{app.screen.item.ordinal}"


async def skip_to(pilot, app: StudyApp, card: str) -> None:
    for _ in range(10):
        if uid(app).startswith(card + "/"):
            return
        await answer_right(pilot, app)
    raise AssertionError(f"{card} never came")


async def test_undo_names_what_it_undid_and_redo_puts_it_back(store: Path) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("space", "4")
        await pilot.pause()
        assert uid(app) == "cloze-capital/1"
        after = rows(store, "SELECT * FROM items ORDER BY id")
        await pilot.press("u")
        await pilot.pause()
        assert uid(app) == "basic-markup/0"
        (notice,) = messages(app)
        assert notice == "Undo: Undid Easy on “What does [bold] do in <script> tags?”; ctrl+r redoes it."
        assert rows(store, "SELECT COUNT(*) FROM reviews") == [(0,)]
        assert "^r Redo" in footer(app)
        app.clear_notifications()
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert uid(app) == "cloze-capital/1"
        assert messages(app) == ["Redo: Redid Easy on “What does [bold] do in <script> tags?”."]
        assert rows(store, "SELECT * FROM items ORDER BY id") == after
        assert rows(store, "SELECT rating FROM reviews") == [(4,)]
        assert "Redo" not in footer(app)  # nothing more to redo


async def test_an_answer_after_an_undo_cannot_be_redone_away(store: Path) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space", "4", "u", "space", "1")
        await pilot.pause()
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert uid(app) == "cloze-capital/1"
    assert rows(store, "SELECT rating FROM reviews") == [(1,)]


async def test_letters_that_do_nothing_on_the_card_do_nothing(store: Path) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("x")  # no key of a basic card
        await pilot.pause()
        assert uid(app) == "basic-markup/0" and not messages(app)
        await skip_to(pilot, app, "choice-sea")
        assert "a–c Choose" in footer(app)  # the letters this card has
        await pilot.press("d")  # three choices: d does nothing, and says nothing
        await pilot.pause()
        assert uid(app) == "choice-sea/0" and not messages(app)
        assert app.screen.phase == "ask"
    assert rows(store, "SELECT COUNT(*) FROM reviews WHERE given IS NOT NULL") == [(0,)]


async def test_typing_a_word_on_a_card_without_an_answer_box_is_noticed_once(store: Path) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("x", "y")
        await pilot.pause()
        assert not messages(app)  # two letters may be keys
        await pilot.press("z", "z", "z")
        await pilot.pause()
        assert messages(app) == [f": {TYPING_NOTICE}"]  # said once for the whole word
        app.clear_notifications()
        await pilot.press("space", "x", "y", "z")  # a new run, after a non-letter key
        await pilot.pause()
        assert messages(app) == [f": {TYPING_NOTICE}"]


async def test_letters_in_a_typed_answer_are_never_noticed_or_keys(store: Path) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await skip_to(pilot, app, "typed-river")
        await pilot.press(*"usas")
        await pilot.pause()
        assert not messages(app) and not isinstance(app.screen, StatsScreen)


async def test_a_word_typed_on_a_basic_card_by_mistake_is_visible_and_reversible(store: Path) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("space", "3")
        await pilot.pause()
        await pilot.press(*"us")  # meant for an answer box: u undoes, s opens the statistics
        await pilot.pause()
        assert any("Undid Good on" in m for m in messages(app))
        assert isinstance(app.screen, StatsScreen)
        await pilot.press("escape", "ctrl+r")
        await pilot.pause()
        assert uid(app) == "cloze-capital/1" and rows(store, "SELECT rating FROM reviews") == [(3,)]


async def test_true_false_keys_are_in_the_same_order_on_the_card_and_in_the_footer(store: Path) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await skip_to(pilot, app, "tf-landlocked")
        text = screen_text(app)
        assert "t true    f false" in text
        assert footer(app).index("t True") < footer(app).index("f False")
