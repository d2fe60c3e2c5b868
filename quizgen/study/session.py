"""A study session: today's queue of some decks, answers committed one by one, undo and a summary."""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from fsrs import Rating, State

from quizgen.errors import QuizgenError
from quizgen.model.plain import StudyCard, as_plain
from quizgen.study import grading, progress, queue
from quizgen.study.progress import Answer, Snapshot
from quizgen.study.queue import DeckCounts, Row
from quizgen.study.scheduler import ItemState, as_rating, make_scheduler, review, to_micros
from quizgen.study.settings import SchedulerSettings, day_start, utc, utc_now
from quizgen.study.store import Store
from quizgen.study.sync import StudyDeck, sync_deck

MAX_ANSWER_SECONDS = 60.0
"""A measured answer time is capped here, as in Anki, so a pause does not count as study."""


def answer_seconds(shown: datetime, answered: datetime) -> float:
    """The seconds from showing an item to its answer, capped at `MAX_ANSWER_SECONDS`."""
    return min(MAX_ANSWER_SECONDS, max(0.0, (answered - shown).total_seconds()))


@dataclass(frozen=True)
class Item:
    """One study item: a card, or one cloze number of a cloze card."""

    deck_id: str
    card: StudyCard
    """The deck's card, as plain data (PlainBasic, PlainCloze, PlainChoice, PlainTrueFalse or PlainTyped)."""
    ordinal: int
    """The cloze number for a cloze card, 0 otherwise."""
    edited: bool
    """Whether the card's content changed since the item was last reviewed."""
    is_new: bool
    """Whether the item has never been reviewed."""
    item_id: int = field(default=0, compare=False)
    """The item's row in the store."""


@dataclass(frozen=True)
class Summary:
    """What a session achieved."""

    answered: int
    correct: int
    """Answers rated Hard, Good or Easy."""
    seconds: float
    """Time spent answering."""
    next_due: datetime | None
    """When the next item of these decks comes due, or None when none is scheduled."""


@dataclass(frozen=True)
class _Done:
    """One answer, with what undoing it needs."""

    item: Item
    rating: Rating
    seconds: float
    log_id: int
    before: Snapshot | None = None  # the item before the answer (None in cram mode)
    after: Snapshot | None = None


class Session:
    """Study some decks with a store: `Session.open()`, then `next()`, `check()`, `answer()`, `undo()`, `summary()`."""

    def __init__(
        self,
        store: Store,
        decks: Sequence[StudyDeck],
        *,
        settings: SchedulerSettings | None = None,
        cram: bool = False,
        now: Callable[[], datetime] | datetime | None = None,
    ) -> None:
        """A session over `decks` with nothing queued yet: `Session.open()` syncs the decks and queues today's items.

        `now` is the session's clock: a function, or one fixed time; the current time when None.
        """
        self.store = store
        self.settings = settings or SchedulerSettings()
        self.cram = cram
        if isinstance(now, datetime):
            fixed = utc(now)
            self._clock: Callable[[], datetime] = lambda: fixed
        else:
            self._clock = now or utc_now
        self.decks: dict[str, StudyDeck] = {}
        for deck in decks:
            if deck.id in self.decks:
                raise QuizgenError(f"two decks have the id '{deck.id}'; give each deck its own id")
            self.decks[deck.id] = deck
        self._cards = {deck.id: _card_lookup(deck) for deck in decks}
        self._scheduler = make_scheduler(self.settings)
        self._front: list[Item] = []  # undone items, shown again first (last undone on top)
        self._reviews: deque[Row] = deque()
        self._learning: list[tuple[int, int, Row]] = []  # heap of (due, order, row)
        self._new: deque[Row] = deque()
        self._cram: deque[Row] = deque()
        self._order = 0
        self._done: list[_Done] = []
        self._shown: dict[int, datetime] = {}

    @classmethod
    def open(
        cls,
        store: Store,
        decks: Sequence[StudyDeck],
        *,
        settings: SchedulerSettings | None = None,
        cram: bool = False,
        now: Callable[[], datetime] | datetime | None = None,
        fingerprints: Mapping[str, str] | None = None,
    ) -> Session:
        """Bring `decks` into `store` (see `sync_deck`), then start a session over today's queue of them.

        `fingerprints` maps a deck id to a name of that deck's exact content (its file's hash), so an
        unchanged deck is not compared with the store card by card.
        """
        session = cls(store, decks, settings=settings, cram=cram, now=now)
        start = session.now()
        for deck in session.decks.values():
            sync_deck(store, deck, start, (fingerprints or {}).get(deck.id))
        session._queue_today(start)
        return session

    def _queue_today(self, start: datetime) -> None:
        """Queue the items of the study day of `start`: every item of the decks when cramming."""
        with self.store.read() as conn:
            if self.cram:
                self._cram.extend(queue.cram_queue(conn, list(self.decks)))
            else:
                built = queue.build_queue(conn, list(self.decks), start, self.settings)
                self._reviews.extend(built.reviews)
                for row in built.learning:
                    self._push_learning(row)
                self._new.extend(built.new)

    def now(self) -> datetime:
        """The session's current time (UTC)."""
        return utc(self._clock())

    def counts(self, deck_id: str) -> DeckCounts:
        """Today's new, learning and due counts of `deck_id`, and when it was last studied."""
        with self.store.read() as conn:
            return queue.deck_counts(conn, deck_id, self.now(), self.settings)

    def remaining(self) -> int:
        """How many items this session can still show."""
        return sum(self.remaining_counts())

    def remaining_counts(self) -> tuple[int, int, int]:
        """Items this session can still show, as (new, learning, due), the way Anki counts them."""
        if self.cram:
            return 0, 0, len(self._front) + len(self._cram)
        horizon = to_micros(self.now() + self.settings.learn_ahead)
        learning = sum(1 for due, _, _ in self._learning if due <= horizon)
        undone_new = sum(1 for item in self._front if item.is_new)
        new = len(self._new) + undone_new
        return new, learning, len(self._reviews) + len(self._front) - undone_new

    def next(self) -> Item | None:
        """The item to show now, or None when the session is done. Calling it again gives the same item."""
        item = self._peek()
        if item is not None:
            self._shown.setdefault(item.item_id, self.now())
        return item

    def _peek(self) -> Item | None:
        if self._front:
            return self._front[-1]
        if self.cram:
            return self._item(self._cram[0]) if self._cram else None
        if self._reviews:
            return self._item(self._reviews[0])
        moment = self.now()
        now = to_micros(moment)
        if self._learning and self._learning[0][0] <= now:
            return self._item(self._learning[0][2])
        if self._new:
            return self._item(self._new[0])
        if self._learning and self._learning[0][0] <= to_micros(moment + self.settings.learn_ahead):
            return self._item(self._learning[0][2])
        return None

    def check(self, item: Item, given: str | bool) -> grading.Feedback:
        """Grade `given` automatically, committing nothing."""
        return grading.check(item.card, item.ordinal, given)

    def answer(
        self,
        item: Item,
        rating: Rating,
        *,
        given: str | None = None,
        auto: bool = False,
        duration: float | None = None,
    ) -> None:
        """Record answer `rating` (Again, Hard, Good or Easy) for `item`, committed before returning."""
        rating = as_rating(rating)
        item = self._resolve(item)
        at = self.now()
        seconds = self._seconds(item, at, duration)
        given_text = None if given is None else str(given)
        answer = Answer(item.item_id, item.deck_id, at, rating, given_text, auto, seconds)
        if self.cram:
            with self.store.write() as conn:
                log_id = progress.log_practice(conn, answer)
            done = _Done(item, rating, seconds, log_id)
            self._dequeue(item)
            if rating == Rating.Again:
                self._cram.append(_row_of(item))  # practise it again at the end
        else:
            done = self._commit(item, answer)
            self._dequeue(item)
            if done.after is not None:
                self._requeue(item, done.after.item_state)
        self._done.append(done)
        self._shown.pop(item.item_id, None)

    def _commit(self, item: Item, answer: Answer) -> _Done:
        """Log `answer` and save the item's next state, in one transaction built on its latest saved state."""
        with self.store.write() as conn:
            before = progress.snapshot(conn, item.item_id)
            after_state = review(self._scheduler, before.item_state, answer.rating, answer.at, item.item_id)
            log_id = progress.log_review(conn, answer, before.state)
            progress.save_review(conn, item.item_id, after_state, answer.at)
            after = progress.snapshot(conn, item.item_id)
        return _Done(item, answer.rating, answer.seconds, log_id, before, after)

    def undo(self) -> Item | None:
        """Undo this session's last answer exactly (state and log); its item is shown next. None if none."""
        if not self._done:
            return None
        done = self._done[-1]  # taken off only once the store has undone it
        with self.store.write() as conn:
            if done.before is None:
                progress.delete_practice(conn, done.log_id)
            else:
                if progress.snapshot(conn, done.item.item_id) != done.after:
                    self._done.pop()
                    return None  # another program has answered it since; its answer stands
                progress.delete_review(conn, done.log_id)
                progress.restore(conn, done.item.item_id, done.before)
        self._done.pop()
        self._dequeue(done.item)
        self._front.append(done.item)
        return done.item

    def tally(self) -> Summary:
        """The summary without reading the store: answers, correct answers and seconds; no next due."""
        correct = sum(1 for d in self._done if d.rating >= Rating.Hard)
        return Summary(len(self._done), correct, round(sum(d.seconds for d in self._done), 3), None)

    def summary(self) -> Summary:
        """Answers, correct answers, seconds spent, and when these decks next have something due."""
        tally = self.tally()
        with self.store.read() as conn:
            due = progress.next_due(conn, list(self.decks))
        return Summary(tally.answered, tally.correct, tally.seconds, due)

    # -- the queue ---------------------------------------------------------------------------------

    def _item(self, row: Row) -> Item:
        item_id, deck_id, uid, ordinal = row[:4]
        with self.store.read() as conn:
            is_new, edited = progress.item_flags(conn, item_id)
        return Item(deck_id, self._cards[deck_id](uid), ordinal, edited, is_new, item_id)

    def _resolve(self, item: Item) -> Item:
        """`item` with its store row id (looked up when the caller built the Item itself)."""
        if item.deck_id not in self.decks:
            raise ValueError(f"deck '{item.deck_id}' is not part of this session")
        if item.item_id:
            return item
        with self.store.read() as conn:
            item_id = progress.find_item(conn, item.deck_id, item.card.uid, item.ordinal)
        if item_id is None:
            raise ValueError(f"card '{item.card.uid}' is not in deck '{item.deck_id}'")
        return Item(item.deck_id, item.card, item.ordinal, item.edited, item.is_new, item_id)

    def _seconds(self, item: Item, at: datetime, duration: float | None) -> float:
        if duration is not None:
            return max(0.0, float(duration))
        shown = self._shown.get(item.item_id)
        if shown is None:
            return 0.0
        return answer_seconds(shown, at)

    def _dequeue(self, item: Item) -> None:
        """Take `item` out of every part of the queue."""
        key = item.item_id
        self._front = [i for i in self._front if i.item_id != key]
        for part in (self._reviews, self._new, self._cram):
            if part and part[0][0] == key:
                part.popleft()
            elif any(row[0] == key for row in part):
                kept = [row for row in part if row[0] != key]
                part.clear()
                part.extend(kept)
        if any(entry[2][0] == key for entry in self._learning):
            self._learning = [entry for entry in self._learning if entry[2][0] != key]
            heapq.heapify(self._learning)

    def _requeue(self, item: Item, state: ItemState) -> None:
        """Bring a (re)learning item back today when fsrs says it is due."""
        if state.state not in (State.Learning, State.Relearning) or state.due is None:
            return
        if state.due >= day_start(self.now(), self.settings, offset=1):
            return
        self._push_learning((item.item_id, item.deck_id, item.card.uid, item.ordinal, to_micros(state.due)))

    def _push_learning(self, row: Row) -> None:
        self._order += 1
        heapq.heappush(self._learning, (int(row[4] or 0), self._order, row))


def _card_lookup(deck: StudyDeck) -> Callable[[str], StudyCard]:
    """How to read a card of `deck` by uid as plain data: straight from the cache for a cached deck
    (`CachedDeck.plain_card`, no pydantic), else from a dict of the deck's validated cards."""
    plain = getattr(deck, "plain_card", None)
    if callable(plain):
        return plain  # type: ignore[no-any-return]
    cards = {card.uid: card for card in deck.cards}
    return lambda uid: as_plain(cards[uid])


def _row_of(item: Item) -> Row:
    return (item.item_id, item.deck_id, item.card.uid, item.ordinal, None)
