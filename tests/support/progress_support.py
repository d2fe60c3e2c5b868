"""Study histories made by quizgen's own sessions, and the real Anki scheduler's, for the progress tests."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path

from fsrs import Rating
from study_support import Clock

from quizgen.model.cards import Deck
from quizgen.model.progress import ItemProgress, ReviewRecord
from quizgen.study.session import Session
from quizgen.study.settings import SchedulerSettings
from quizgen.study.store import Store

PROGRESS_DECK = """\
id: progress
title: Progress::Travels
cards:
  - {id: kz, type: basic, front: Capital of Kazakhstan?, back: Astana}
  - {id: word, type: basic, front: сәлем, back: hello, reverse: true}
  - {id: gas, type: cloze, text: "{{c1::Oxygen}} has the number {{c2::8}} and the symbol {{c3::O}}."}
  - {id: pick, type: choice, question: Which is a noble gas?, choices: [argon, iron, salt], answer: argon}
  - {id: tf, type: truefalse, statement: The Caspian is a sea., answer: false, correction: It is a lake.}
  - {id: typed, type: typed, question: Longest river of Europe?, answer: Volga}
  - {id: never, type: basic, front: A card never studied, back: stays new}
"""


def days_ago(days: int) -> datetime:
    """2 p.m. UTC, `days` days before now: histories end about now, because Anki's backend reads the real clock."""
    return (datetime.now(timezone.utc) - timedelta(days=days)).replace(hour=14, minute=0, second=0, microsecond=0)


NO_FUZZ = SchedulerSettings(fuzz=False)


def study_days(
    store_path: Path,
    decks: Sequence[Deck],
    days: int,
    seed: int = 7,
    skip: frozenset[str] = frozenset({"never"}),
    start: datetime | None = None,
) -> datetime:
    """Study `decks` for `days` days with quizgen's sessions, answering at random (mostly Good) at varying hours;
    returns the time the last session ended. Cards whose id is in `skip` are never answered."""
    rng = random.Random(seed)
    now = start or days_ago(days)
    with Store.open(store_path) as store:
        for _day in range(days):
            clock = Clock(now)
            session = Session.open(store, decks, settings=NO_FUZZ, now=clock)
            for _ in range(60):
                item = session.next()
                if item is None:
                    break
                if item.card.uid in skip:
                    break
                clock.advance(seconds=rng.randint(3, 40))
                rating = rng.choices([Rating.Again, Rating.Hard, Rating.Good, Rating.Easy], [15, 10, 60, 15])[0]
                session.answer(item, rating, duration=rng.uniform(1.0, 30.0))
                if item.is_new or rating == Rating.Again:
                    clock.advance(minutes=rng.choice([1, 10, 15]))
            now = now + timedelta(days=1, hours=rng.choice([-3, 0, 2, 5]))
            now = now.replace(hour=min(max(now.hour, 9), 21))
    return now


def many_cards_deck(deck_id: str, count: int) -> Deck:
    """A deck of `count` basic cards."""
    cards = [{"id": f"c{i}", "type": "basic", "front": f"Question {i}?", "back": f"Answer {i}"} for i in range(count)]
    return Deck.model_validate({"id": deck_id, "title": deck_id.title(), "cards": cards})


def simulated_progress(deck: Deck, days: int, seed: int = 1, forgetful: float = 1.0) -> list[ItemProgress]:
    """A learner's history of `deck` over `days` days, scheduled by fsrs: each card introduced on a day of the first
    half, answered when due, recalled with the probability fsrs predicts raised to `forgetful` (above 1: worse)."""
    from fsrs import Card, Scheduler

    rng = random.Random(seed)
    scheduler = Scheduler(enable_fuzzing=False)
    end = days_ago(0)
    start = end - timedelta(days=days)
    found = []
    for index, card in enumerate(deck.cards):
        at = start + timedelta(days=rng.randrange(max(1, days // 2)), minutes=index)
        state = Card(card_id=index + 1, due=at)
        reviews = []
        while at < end:
            recall = scheduler.get_card_retrievability(state, at) ** forgetful if reviews else 0.5
            rating = (
                Rating.Again
                if rng.random() > recall
                else rng.choices([Rating.Hard, Rating.Good, Rating.Easy], [2, 7, 1])[0]
            )
            before = None if not reviews else int(state.state)
            state, _ = scheduler.review_card(state, rating, review_datetime=at)
            reviews.append(ReviewRecord.of(at, int(rating), before, rng.uniform(2, 20)))
            at = max(state.due, at + timedelta(minutes=1))
        found.append(
            ItemProgress(
                deck.id,
                card.uid,
                0,
                int(state.state),
                state.step,
                state.stability,
                state.difficulty,
                state.due,
                state.last_review,
                reviews,
            )
        )
    return found


def store_with_history(path: Path, deck: Deck, days: int, seed: int = 1, forgetful: float = 1.0) -> Path:
    """A progress store holding `simulated_progress` of `deck`."""
    from quizgen.study.history import apply_progress
    from quizgen.study.sync import sync_deck

    with Store.open(path) as store:
        sync_deck(store, deck, days_ago(days + 1))
        apply_progress(store, simulated_progress(deck, days, seed, forgetful), NO_FUZZ)
    return path
