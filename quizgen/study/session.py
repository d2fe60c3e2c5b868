"""A study session: today's queue of some decks, answers committed one by one, undo, redo and a summary."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import NamedTuple

from fsrs import Rating, Scheduler, State

from quizgen.errors import QuizgenError, StoreError
from quizgen.model.plain import StudyCard, as_plain
from quizgen.study import grading, parameters, progress, queue
from quizgen.study.order import Order
from quizgen.study.progress import Answer, Snapshot
from quizgen.study.queue import DeckCounts, Row
from quizgen.study.scheduler import ItemState, as_rating, make_scheduler, review, to_micros
from quizgen.study.settings import SchedulerSettings, day_start, utc, utc_now
from quizgen.study.store import WRONG_VALUE, Store, damaged
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
    """When these decks next have a card to show (see `Session.next_card_at`), None when they have none."""


class _Done(NamedTuple):
    """One answer, with what undoing and redoing it need."""

    item: Item
    answer: Answer
    log_id: int
    before: Snapshot | None = None  # the item before the answer (None in cram mode)
    after: Snapshot | None = None


class _Pinned(NamedTuple):
    """The outcomes of each grade of one item, as a preview showed them."""

    item_id: int
    before: Snapshot
    """The item's saved state the outcomes were computed from."""
    at: datetime
    outcomes: dict[Rating, ItemState]


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
        self._schedulers: dict[str, Scheduler] = {}
        self._front: list[Item] = []  # undone items, shown again first (last undone on top)
        self._order = Order(self._sibling_names, cram)
        self._day_end: datetime | None = None  # when the study day queued ends
        self._names: dict[tuple[str, str], frozenset[Hashable]] = {}
        self._last: Row | None = None  # the item answered last, which the next one keeps apart from
        self._done: list[_Done] = []
        self._undone: list[_Done] = []
        self._shown: dict[int, datetime] = {}
        self._pinned: _Pinned | None = None
        self._buried: dict[int, list[tuple[int, int | None]]] = {}
        """Items buried after the n-th answer (siblings it left alone), as they were: undoing it unburies them."""

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
                self._order.fill_cram(queue.cram_queue(conn, list(self.decks)))
            else:
                built = queue.build_queue(conn, list(self.decks), start, self.settings)
                if self._day_end is None:  # a new session keeps apart from the item answered last today
                    self._last = progress.last_reviewed(conn, list(self.decks), day_start(start, self.settings))
                undone = {item.item_id for item in self._front}
                for part in (built.reviews, built.learning, built.new):
                    part[:] = [row for row in part if row[0] not in undone]
                self._order.fill(built)
        self._day_end = day_start(start, self.settings, offset=1)

    def _roll_over(self) -> None:
        """Queue the next study day's items once it has begun (at the day start hour, 4 a.m. by default)."""
        if not self.cram and self._day_end is not None and self.now() >= self._day_end:
            self._queue_today(self.now())

    def _scheduler(self, deck_id: str) -> Scheduler:
        """The scheduler of `deck_id`: with the parameters `quizgen optimize` fitted for it, if any."""
        scheduler = self._schedulers.get(deck_id)
        if scheduler is None:
            try:
                with self.store.read() as conn:
                    weights = parameters.for_deck(conn, deck_id)
                scheduler = make_scheduler(self.settings, weights)
            except WRONG_VALUE as exc:  # parameters edited by hand into something fsrs refuses
                raise StoreError(damaged(self.store.path, exc)) from None
            self._schedulers[deck_id] = scheduler
        return scheduler

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
        self._roll_over()
        new, learning, due = self._order.counts(to_micros(self.now() + self.settings.learn_ahead))
        if self.cram:
            return 0, 0, due + len(self._front)
        undone_new = sum(1 for item in self._front if item.is_new)
        return new + undone_new, learning, due + len(self._front) - undone_new

    def next(self) -> Item | None:
        """The item to show now, or None when the session is done. Calling it again gives the same item.

        Siblings are kept apart (see `quizgen.study.order`); when only siblings of the item answered
        last are left, new and due ones are buried until the next study day, which is saved.
        """
        self._roll_over()
        item = self._peek()
        if item is not None:
            self._shown.setdefault(item.item_id, self.now())
        return item

    def _peek(self) -> Item | None:
        if self._front:
            return self._front[-1]
        moment = self.now()
        now, ahead = to_micros(moment), to_micros(moment + self.settings.learn_ahead)
        pick = self._order.pick(now, ahead, self._last)
        if pick.bury:
            until = self._day_end or day_start(moment, self.settings, offset=1)
            with self.store.write() as conn:
                before = progress.bury(conn, [row[0] for row in pick.bury], until)
            self._buried.setdefault(len(self._done), []).extend(before)
            for row in pick.bury:
                self._order.remove(row[0])
            pick = self._order.pick(now, ahead, self._last)
        return None if pick.row is None else self._item(pick.row)

    def _sibling_names(self, row: Row) -> frozenset[Hashable]:
        """The groups of siblings an item belongs to: its card, and its card's source sentence."""
        deck_id, uid = row[1], row[2]
        names = self._names.get((deck_id, uid))
        if names is None:
            try:
                card: StudyCard | None = self._cards[deck_id](uid)
            except KeyError:
                card = None  # a card gone from its deck since it was answered: its own card is all it names
            sentence = card.source.sentence if card is not None and card.source is not None else None
            found: set[Hashable] = {("card", deck_id, uid)}
            if sentence:
                found.add(("source", " ".join(sentence.casefold().split())))
            names = self._names[deck_id, uid] = frozenset(found)
        return names

    def preview(self, item: Item) -> dict[Rating, timedelta]:
        """How long until `item` comes back after each grade, if answered now: the intervals on Anki's grade keys.

        The scheduler computes them from the item's saved state; nothing is saved. An answer to
        `item` applies the interval previewed for its grade, counted from the answer, while the
        item's saved state is the one previewed (so undoing an answer and grading again applies
        the previewed interval too). Empty when cramming, which leaves the schedule alone.
        """
        if self.cram:
            return {}
        item = self._resolve(item)
        at = self.now()
        with self.store.read() as conn:
            before = progress.snapshot(conn, item.item_id)
        scheduler = self._scheduler(item.deck_id)
        try:
            state = before.item_state
            outcomes = {rating: review(scheduler, state, rating, at, item.item_id) for rating in Rating}
        except WRONG_VALUE as exc:  # text where the saved state has a number: the store was edited by hand
            raise StoreError(damaged(self.store.path, exc)) from None
        self._pinned = _Pinned(item.item_id, before, at, outcomes)
        return {rating: _due(state) - at for rating, state in outcomes.items()}

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
                done = _Done(item, answer, progress.log_practice(conn, answer))
        else:
            done = self._commit(item, answer)
        self._undone.clear()
        self._done_with(done)

    def _done_with(self, done: _Done) -> None:
        """Take an answered item out of the queue, bringing it back when it is due again today."""
        item = done.item
        self._front = [i for i in self._front if i.item_id != item.item_id]
        self._order.remove(item.item_id)
        if done.after is not None:
            self._requeue(item, done.after.item_state)
        elif done.answer.rating == Rating.Again:
            self._order.push_practice(_row_of(item))  # practise it again at the end
        self._done.append(done)
        self._last = _row_of(item)
        self._shown.pop(item.item_id, None)

    def _commit(self, item: Item, answer: Answer) -> _Done:
        """Log `answer` and save the item's next state, in one transaction built on its latest saved state."""
        scheduler = self._scheduler(item.deck_id)
        with self.store.write() as conn:
            before = progress.snapshot(conn, item.item_id)
            after_state = self._previewed(item.item_id, before, answer.rating, answer.at)
            if after_state is None:
                after_state = review(scheduler, before.item_state, answer.rating, answer.at, item.item_id)
            log_id = progress.log_review(conn, answer, before.state)
            progress.save_review(conn, item.item_id, after_state, answer.at)
            after = progress.snapshot(conn, item.item_id)
        return _Done(item, answer, log_id, before, after)

    def _previewed(self, item_id: int, before: Snapshot, rating: Rating, at: datetime) -> ItemState | None:
        """The state `preview()` showed for `rating`, moved to an answer at `at`; None when it no longer applies."""
        pinned = self._pinned
        if pinned is None or pinned.item_id != item_id or pinned.before != before:
            return None
        state = pinned.outcomes[rating]
        return dataclasses.replace(state, due=at + (_due(state) - pinned.at), last_review=at)

    def last_answer(self) -> tuple[Item, Rating] | None:
        """The answer `undo()` would take back: its item and grade."""
        return (self._done[-1].item, self._done[-1].answer.rating) if self._done else None

    def undo(self) -> Item | None:
        """Undo this session's last answer exactly (state and log, and the siblings it left to bury); its item
        is shown next. None if none."""
        if not self._done:
            return None
        done = self._done[-1]  # taken off only once the store has undone it
        buried = self._buried.get(len(self._done), [])
        with self.store.write() as conn:
            if done.before is None:
                progress.delete_practice(conn, done.log_id)
            else:
                if progress.snapshot(conn, done.item.item_id) != done.after:
                    self._done.pop()
                    return None  # another program has answered it since; its answer stands
                progress.delete_review(conn, done.log_id)
                progress.restore(conn, done.item.item_id, done.before)
            progress.unbury(conn, buried)
        self._buried.pop(len(self._done), None)
        self._done.pop()
        self._undone.append(done)
        self._order.remove(done.item.item_id)
        self._front = [i for i in self._front if i.item_id != done.item.item_id]
        self._front.append(done.item)
        self._last = _row_of(self._done[-1].item) if self._done else None
        if buried:
            self._queue_today(self.now())  # the unburied come back to today's queue
        return done.item

    def redoable(self) -> tuple[Item, Rating] | None:
        """The answer `redo()` would put back: its item and grade (the last undone, if no answer came since)."""
        return (self._undone[-1].item, self._undone[-1].answer.rating) if self._undone else None

    def redo(self) -> Item | None:
        """Put back the answer undone last, exactly as it was (state and log); None if there is none to redo.

        An answer given after an undo ends what can be redone, as in any editor.
        """
        if not self._undone:
            return None
        done = self._undone[-1]
        with self.store.write() as conn:
            if done.before is None or done.after is None:
                log_id = progress.log_practice(conn, done.answer)
            else:
                if progress.snapshot(conn, done.item.item_id) != done.before:
                    self._undone.clear()
                    return None  # answered again since (here or by another program): that answer stands
                log_id = progress.log_review(conn, done.answer, done.before.state)
                progress.restore(conn, done.item.item_id, done.after)
        self._undone.pop()
        self._done_with(done._replace(log_id=log_id))
        return done.item

    def tally(self) -> Summary:
        """The summary without reading the store: answers, correct answers and seconds; no next due."""
        correct = sum(1 for d in self._done if d.answer.rating >= Rating.Hard)
        return Summary(len(self._done), correct, round(sum(d.answer.seconds for d in self._done), 3), None)

    def summary(self) -> Summary:
        """Answers, correct answers, seconds spent, and when these decks next have a card to show."""
        tally = self.tally()
        return Summary(tally.answered, tally.correct, tally.seconds, self.next_card_at())

    def next_card_at(self) -> datetime | None:
        """When these decks next have a card to show (a learning step, a review, or tomorrow's new cards)."""
        with self.store.read() as conn:
            return queue.next_card_at(conn, list(self.decks), self.now(), self.settings)

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

    def _requeue(self, item: Item, state: ItemState) -> None:
        """Bring a (re)learning item back today when fsrs says it is due."""
        if state.state not in (State.Learning, State.Relearning) or state.due is None:
            return
        if state.due >= (self._day_end or day_start(self.now(), self.settings, offset=1)):
            return
        self._order.push_learning((item.item_id, item.deck_id, item.card.uid, item.ordinal, to_micros(state.due)))


def _card_lookup(deck: StudyDeck) -> Callable[[str], StudyCard]:
    """How to read a card of `deck` by uid as plain data: straight from the cache for a cached deck
    (`CachedDeck.plain_card`, no pydantic), else from a dict of the deck's validated cards."""
    plain = getattr(deck, "plain_card", None)
    if callable(plain):
        return plain  # type: ignore[no-any-return]
    cards = {card.uid: card for card in deck.cards}
    return lambda uid: as_plain(cards[uid])


def _due(state: ItemState) -> datetime:
    if state.due is None:
        raise ValueError("a reviewed item has a due date")
    return state.due


def _row_of(item: Item) -> Row:
    return (item.item_id, item.deck_id, item.card.uid, item.ordinal, None)
