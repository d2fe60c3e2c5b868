"""What the screens show: each piece of text once, problems beside the card not over it, when the next
card comes, and statistics that name their scope, list only cards with enough reviews and draw a year."""

from __future__ import annotations

from pathlib import Path

import pytest
from study_support import EVERY_TYPE, Clock, answer_right, rows, screen_text, screen_words

from quizgen.deckio.loader import load_deck
from quizgen.study import Session, Store
from tui.app import StudyApp
from tui.screens.deck_list import DeckListScreen
from tui.screens.stats import StatsScreen
from tui.screens.study import StudyScreen
from tui.screens.summary import SummaryScreen
from tui.widgets.heatmap import Heatmap

SIZE = (80, 24)

TRUE_FALSE = """\
id: tf
title: Statements
cards:
  - id: landlocked
    type: truefalse
    statement: Uzbekistan has a coastline on the ocean.
    answer: false
    correction: Uzbekistan is doubly landlocked.
    source:
      sentence: Uzbekistan is doubly landlocked.
  - id: capital
    type: truefalse
    statement: Astana is the capital of Kazakhstan.
    answer: true
    source:
      sentence: Astana is the capital of Kazakhstan.
"""


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return tmp_path / "progress.sqlite3"


def uid(app: StudyApp) -> str:
    assert isinstance(app.screen, StudyScreen)
    return app.screen.item.card.uid


async def test_a_revealed_cloze_shows_its_text_once(store: Path) -> None:
    app = StudyApp([EVERY_TYPE], store_path=store, clock=Clock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space", "3", "space")
        await pilot.pause()
        assert uid(app) == "cloze-capital"
        text = screen_text(app)
        # The source sentence only repeats the revealed text (but for a comma): it is left out.
        assert text.count("Astana") == 1 and "Source" not in text


@pytest.mark.parametrize("answer", ["t", "f"])
async def test_a_checked_true_false_card_shows_statement_truth_and_correction_once(
    store: Path, tmp_path: Path, answer: str
) -> None:
    deck = tmp_path / "tf.yaml"
    deck.write_text(TRUE_FALSE)
    app = StudyApp([deck], store_path=store, clock=Clock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(answer)
        await pilot.pause()
        text = screen_text(app)
        assert text.count("coastline") == 1 and text.count("doubly landlocked") == 1
        assert text.count("false") == 1  # "The statement is false." and no "the answer is false"
        await pilot.press("enter", answer)
        await pilot.pause()
        text = screen_text(app)
        assert text.count("capital of Kazakhstan") == 1 and "Source" not in text


async def test_a_deck_broken_since_it_was_listed_gives_a_one_line_banner_not_a_notice(
    store: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "every.yaml").write_text(EVERY_TYPE.read_text())
    other = folder / "other.yaml"
    other.write_text(EVERY_TYPE.read_text().replace("id: every-type", "id: other"))
    app = StudyApp([folder], store_path=store, clock=Clock())
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        other.write_text("id: other\ntitle: Other\ncards: []\n")  # broken after the list was shown
        await pilot.press("enter")  # All decks
        await pilot.pause()
        assert isinstance(app.screen, StudyScreen)
        lines = screen_text(app).splitlines()
        banner = [line for line in lines if "other.yaml" in line]
        assert len(banner) == 1 and "left out" in banner[0]
        assert "What does [bold] do" in screen_text(app) and not app._notifications
        await pilot.press("q", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DeckListScreen)
        assert "other.yaml has errors" in screen_words(app)


async def test_a_deck_with_nothing_to_study_says_when_its_next_card_comes(store: Path, tmp_path: Path) -> None:
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "every.yaml").write_text(EVERY_TYPE.read_text())
    clock = Clock()
    app = StudyApp([folder], store_path=store, clock=clock, new_per_day=1)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "space", "4")  # the day's one new card, Easy: due in days
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("enter", "enter")  # back to the list, and study the deck again
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen) and app.screen.empty
        text = screen_words(app)
        assert "Nothing to study now" in text and "Next card in 19 h, on Tue 3 Mar" in text


async def test_statistics_name_their_scope(store: Path, tmp_path: Path) -> None:
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "every.yaml").write_text(EVERY_TYPE.read_text())
    (folder / "other.yaml").write_text(EVERY_TYPE.read_text().replace("id: every-type", "id: other"))
    app = StudyApp([folder], store_path=store, clock=Clock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        assert screen_text(app).splitlines()[0].strip() == "quizgen · statistics · all decks"
        await pilot.press("escape", "down", "enter")  # the first deck's own session
        await pilot.pause()
        await answer_right(pilot, app)
        await pilot.press("s")
        await pilot.pause()
        assert screen_text(app).splitlines()[0].strip() == "quizgen · statistics · Every card type [bold]"


async def test_statistics_show_the_scroll_keys_a_year_of_reviews_and_hardest_cards_with_enough_reviews(
    store: Path,
) -> None:
    clock = Clock()
    deck = load_deck(EVERY_TYPE)
    with Store.open(store) as opened:
        for ratings in ([1, 3, 1, 3, 4, 4], [1, 3, 3, 3], [1, 3, 3]):  # three days: the first cards again and again
            session = Session.open(opened, [deck], now=clock)
            for rating in ratings:
                item = session.next()
                if item is None:
                    break
                session.answer(item, rating)
                clock.advance(minutes=15)
            clock.advance(days=1)
    counts = dict(rows(store, "SELECT i.prompt, COUNT(*) FROM reviews r JOIN items i ON i.id = r.item_id GROUP BY 1"))
    assert any(n >= 3 for n in counts.values()) and any(n < 3 for n in counts.values())
    app = StudyApp([EVERY_TYPE], store_path=store, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("escape", "s")
        await pilot.pause()
        assert isinstance(app.screen, StatsScreen)
        assert "↑↓ pgdn Scroll" in screen_text(app).splitlines()[-1]
        year = app.screen.query_one(Heatmap).year
        per_day = [n for n in year.counts if n]
        assert sum(per_day) == sum(counts.values()) and year.days_studied == len(per_day) == 3
        assert f"{sum(per_day)} reviews on 3 days in the past year" in screen_words(app)
        await pilot.press("end")
        await pilot.pause()
        text = screen_words(app)
        assert "Hardest cards (reviewed 3 times or more)" in text
        for prompt, n in counts.items():
            assert (" ".join(prompt.split())[:30] in text) == (n >= 3), prompt
