"""A generated deck regenerated after its article is edited: progress on the unchanged facts survives."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from study_support import DATA

from quizgen.cli import main
from quizgen.deckio.loader import load_deck
from quizgen.generate import generate_file
from quizgen.study import SchedulerSettings, Session, Store

ARTICLE = DATA / "danube.md"
EDIT = (
    "Budapest was formed in 1873, when Buda and Pest were joined into one city.",
    "Budapest was formed in 1873, when Buda, Obuda and Pest were joined into one city.",
)
SHIFTING_EDIT = (
    "Floods have struck the river many times.",
    "Floods have struck the Danube in Vienna, Budapest and Belgrade many times, and the river flooded Budapest in 1838.",
)
"""An edit that adds a claim about a city other cards name, so a fresh selection shifts."""
START = datetime(2026, 3, 2, 9, tzinfo=timezone.utc)
SETTINGS = SchedulerSettings(fuzz=False, new_per_day=1000)


def progress(store: Path) -> dict[str, tuple[Any, ...]]:
    """Each card's item state and its whole review log, by card id."""
    with Store.open(store) as opened:
        conn = opened.connection
        items = conn.execute(
            "SELECT id, card_uid, state, step, stability, difficulty, due, last_review, removed FROM items"
        ).fetchall()
        found = {}
        for item_id, uid, *state in items:
            log = conn.execute(
                "SELECT reviewed_at, rating, state_before FROM reviews WHERE item_id = ? ORDER BY id", (item_id,)
            ).fetchall()
            found[uid] = (*state, tuple(log))
    return found


def study_everything(store: Path, deck_path: Path, when: datetime) -> list[str]:
    """Answer every card of the deck once (Good); returns the ids answered."""
    answered = []
    with Store.open(store) as opened:
        session = Session.open(opened, [load_deck(deck_path)], settings=SETTINGS, now=when)
        while (item := session.next()) is not None and item.is_new:
            session.answer(item, 3)
            answered.append(item.card.uid)
    return answered


@pytest.fixture
def article(tmp_path: Path) -> Path:
    return Path(shutil.copy(ARTICLE, tmp_path / "danube.md"))


def edit_article(article: Path, edit: tuple[str, str] = EDIT) -> None:
    text = article.read_text(encoding="utf-8")
    assert edit[0] in text
    article.write_text(text.replace(*edit), encoding="utf-8")


def test_regenerating_into_the_deck_keeps_the_progress_of_unchanged_facts(tmp_path: Path, article: Path) -> None:
    deck_path, store = tmp_path / "danube.yaml", tmp_path / "progress.sqlite3"
    assert main(["generate", str(article), "-o", str(deck_path)]) == 0
    first = load_deck(deck_path)
    edited = {card.uid for card in first.cards if EDIT[0] in card.source.sentence}
    assert len(edited) == 1 and len(first.cards) >= 8
    assert sorted(study_everything(store, deck_path, START)) == sorted(card.uid for card in first.cards)
    before = progress(store)

    edit_article(article)
    assert main(["generate", str(article), "-o", str(deck_path)]) == 0
    second = load_deck(deck_path)
    added = {card.uid for card in second.cards} - {card.uid for card in first.cards}
    assert [second.card(uid).source.sentence for uid in added] == [EDIT[1]]

    later = START + timedelta(days=1)
    with Store.open(store) as opened:
        session = Session.open(opened, [second], settings=SETTINGS, now=later)
        shown = []
        while (item := session.next()) is not None:
            shown.append((item.card.uid, item.is_new))
            session.answer(item, 3)
    after = progress(store)
    for uid in {card.uid for card in first.cards} - edited:
        assert after[uid][-1][: len(before[uid][-1])] == before[uid][-1]  # the review log kept, in order
        assert after[uid][6] == 0 and (uid, True) not in shown  # still studied, and not as a new card
    (old,) = edited
    assert after[old][6] == 1 and after[old][-1] == before[old][-1]  # hidden, its history kept
    (new,) = added
    assert (new, True) in shown and sum(is_new for _, is_new in shown) == 1  # the edited fact's card is new


def test_unchanged_facts_are_scheduled_as_before(tmp_path: Path, article: Path) -> None:
    deck_path, store = tmp_path / "danube.yaml", tmp_path / "progress.sqlite3"
    assert main(["generate", str(article), "-o", str(deck_path)]) == 0
    study_everything(store, deck_path, START)
    before = progress(store)
    edit_article(article)
    assert main(["generate", str(article), "-o", str(deck_path)]) == 0
    with Store.open(store) as opened:
        Session.open(opened, [load_deck(deck_path)], settings=SETTINGS, now=START + timedelta(minutes=1))
    after = progress(store)
    kept = [uid for uid in before if after[uid][6] == 0]
    assert len(kept) == len(before) - 1
    assert all(after[uid] == before[uid] for uid in kept)  # FSRS state, due date and log, all as they were


def test_a_fresh_generation_would_have_dropped_cards_of_unchanged_facts(article: Path) -> None:
    """Why the earlier deck matters: picked afresh, the card types of other facts shift with the edit."""
    first = generate_file(article).deck
    edit_article(article, SHIFTING_EDIT)
    untouched = {card.uid for card in first.cards if SHIFTING_EDIT[0] not in card.source.sentence}
    fresh = {card.uid for card in generate_file(article).deck.cards}
    kept = {card.uid for card in generate_file(article, previous=first).deck.cards}
    assert untouched - fresh, "the edit no longer shifts the fresh selection; pick another edit"
    assert untouched <= kept
