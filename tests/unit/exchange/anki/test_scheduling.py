"""Anki's scheduling columns and review log, read into quizgen's progress."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from study_support import utc_timezone

from quizgen.exchange.anki.scheduling import (
    AnkiCard,
    DamagedScheduling,
    RevlogEntry,
    Scheduling,
    Steps,
    is_answer,
    item_ordinal,
    item_progress,
)
from quizgen.model.progress import LEARNING, RELEARNING, REVIEW, day_start_of

CRT = int(datetime(2026, 1, 10, 4, tzinfo=timezone.utc).timestamp())


def card(**changes: object) -> AnkiCard:
    values: dict[str, object] = dict(
        id=7, note_id=1, ord=0, type=2, queue=2, due=30, ivl=12, factor=2500, left=0, odue=0, odid=0, data=""
    )
    values.update(changes)
    return AnkiCard(**values)  # type: ignore[arg-type]


def entry(ms: int, ease: int = 3, kind: int = 1, factor: int = 2500) -> RevlogEntry:
    return RevlogEntry(ms, 7, ease, 1, factor, 4200, kind)


def test_answers_are_ratings_not_manual_changes_or_previews() -> None:
    assert is_answer(entry(1, kind=0)) and is_answer(entry(1, kind=1)) and is_answer(entry(1, kind=2))
    assert is_answer(entry(1, kind=3, factor=2500))  # a filtered deck that reschedules
    assert not is_answer(entry(1, kind=3, factor=0))  # a preview
    assert not is_answer(entry(1, ease=0, kind=4)) and not is_answer(entry(1, ease=0, kind=5))


def test_cloze_ords_are_cloze_numbers_less_one() -> None:
    assert [item_ordinal(o, True) for o in (0, 1, 2)] == [1, 2, 3]
    assert [item_ordinal(o, False) for o in (0, 1)] == [0, 1]


def test_a_review_card_is_due_at_the_day_start_of_its_day_number() -> None:
    with utc_timezone():
        log = [entry(1_768_000_000_000, kind=0), entry(1_768_100_000_000, ease=1), entry(1_768_200_000_000, kind=2)]
        scheduling = Scheduling([], {7: log}, CRT)
        item, sm2 = item_progress(card(data='{"s":12.5,"d":6.25,"lrt":1}'), ("d", "c", 0), scheduling, Steps())
        assert item.state == REVIEW and item.due == day_start_of(date(2026, 2, 9))
    assert (item.stability, item.difficulty) == (12.5, 6.25) and sm2 == (2.5, 12.0)
    assert [r.state_before for r in item.reviews] == [None, REVIEW, RELEARNING]
    assert [r.at_ms for r in item.reviews] == [e.id for e in log] and item.last_review == item.reviews[-1].at
    assert item.reviews[0].seconds == 4.2


def test_learning_cards_keep_their_due_second_and_step() -> None:
    scheduling = Scheduling([], {}, CRT)
    item, _ = item_progress(card(type=1, queue=1, due=1_768_300_000, left=1, ivl=0), ("d", "c", 0), scheduling, Steps())
    assert item.state == LEARNING and item.step == 1 and item.due == datetime.fromtimestamp(1_768_300_000, timezone.utc)
    relearn, _ = item_progress(card(type=3, queue=1, due=1_768_300_000, left=1), ("d", "c", 0), scheduling, Steps())
    assert relearn.state == RELEARNING and relearn.step == 0
    with utc_timezone():
        later, _ = item_progress(card(type=1, queue=3, due=3, left=1), ("d", "c", 0), scheduling, Steps())
        assert later.due == day_start_of(date(2026, 1, 13))


def test_a_new_card_has_no_state_but_keeps_its_history() -> None:
    scheduling = Scheduling([], {7: [entry(1_768_000_000_000, kind=0)]}, CRT)
    item, sm2 = item_progress(card(type=0, queue=0, due=5, factor=0, ivl=0), ("d", "c", 0), scheduling, Steps())
    assert item.state is None and len(item.reviews) == 1 and sm2 is None


def test_a_review_log_time_out_of_range_is_damage() -> None:
    scheduling = Scheduling([], {7: [entry(10**18)]}, CRT)
    with pytest.raises(DamagedScheduling, match="out of range"):
        item_progress(card(), ("d", "c", 0), scheduling, Steps())
