"""The order of a session's items: today's queue held in memory, and siblings kept apart.

Due reviews come first (most overdue first), then learning items once due, then new items in
deck order, then learning items due within the learn-ahead limit. Siblings of the item just
answered are never shown next while anything else can be: siblings are the cloze numbers of
one card (each shows the others' answers) and cards made from the same source sentence.
When only siblings are left, Anki's way is followed: new and due siblings are buried until the
next study day, and an item in its learning steps is shown (the soonest due), as Anki never
buries those. So two cloze numbers of one card, both in their learning steps with nothing else
left to study, are the one case where siblings follow each other.
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Callable, Hashable, Iterable
from itertools import islice
from typing import Literal, NamedTuple

from quizgen.study.queue import Queue, Row

SCAN = 200
"""How far into each part of the queue a non-sibling is looked for."""

Part = Literal["review", "learning", "new", "ahead", "cram"]


class Pick(NamedTuple):
    """The row to show next, and the rows to bury first (siblings with nothing else left)."""

    row: Row | None
    bury: tuple[Row, ...] = ()


class Order:
    """Today's items of a session, in the order they are shown.

    `siblings(row)` names the groups a row belongs to (its card, its source sentence): two rows
    sharing a name are siblings.
    """

    def __init__(self, siblings: Callable[[Row], frozenset[Hashable]], cram: bool = False) -> None:
        self._siblings = siblings
        self.cram = cram
        self.reviews: deque[Row] = deque()
        self.learning: list[tuple[int, int, Row]] = []  # heap of (due, order, row)
        self.new: deque[Row] = deque()
        self.practice: deque[Row] = deque()  # every item, when cramming
        self._count = 0

    def fill(self, queue: Queue) -> None:
        """Hold `queue` (today's reviews, learning and new items), replacing what was held."""
        self.reviews = deque(queue.reviews)
        self.learning = []
        for row in queue.learning:
            self.push_learning(row)
        self.new = deque(queue.new)

    def fill_cram(self, rows: Iterable[Row]) -> None:
        """Hold every item for cramming."""
        self.practice = deque(rows)

    def push_learning(self, row: Row) -> None:
        """Hold a (re)learning item until its due time (`row[4]`)."""
        self._count += 1
        heapq.heappush(self.learning, (int(row[4] or 0), self._count, row))

    def push_practice(self, row: Row) -> None:
        """Practise an item again at the end of a cram session."""
        self.practice.append(row)

    def counts(self, horizon: int) -> tuple[int, int, int]:
        """(new, learning due before `horizon` microseconds, due reviews or cram items) held."""
        if self.cram:
            return 0, 0, len(self.practice)
        learning = sum(1 for due, _, _ in self.learning if due <= horizon)
        return len(self.new), learning, len(self.reviews)

    def pick(self, now: int, ahead: int, last: Row | None) -> Pick:
        """What to show at `now` (microseconds), learning items due by `ahead` counting when nothing else
        is left, keeping apart from `last`, the item answered last."""
        avoid = self._siblings(last) if last is not None else frozenset()
        for _, rows in self._parts(now, ahead):
            for row in rows:
                if last is None or row[0] == last[0] or not (avoid & self._siblings(row)):
                    return Pick(row)  # the item just answered may come again: only its siblings wait
        # Only siblings of the last item are left (or nothing at all).
        parts = {part: list(rows) for part, rows in self._parts(now, ahead)}
        if self.cram:
            return Pick(next(iter(parts["cram"]), None))  # practice buries nothing
        learning = parts["learning"] + parts["ahead"]
        if learning:
            return Pick(learning[0])  # as in Anki, an item in its learning steps is never buried
        return Pick(None, tuple(parts["review"] + parts["new"]))

    def _parts(self, now: int, ahead: int) -> list[tuple[Part, Iterable[Row]]]:
        """The rows that may be shown at `now`, a few of each part, in order of precedence."""
        if self.cram:
            return [("cram", islice(self.practice, SCAN))]
        return [
            ("review", islice(self.reviews, SCAN)),
            ("learning", self._learning_due(0, now)),
            ("new", islice(self.new, SCAN)),
            ("ahead", self._learning_due(now + 1, ahead)),
        ]

    def _learning_due(self, start: int, end: int) -> list[Row]:
        """Learning rows due from `start` to `end` (microseconds, both included), soonest first."""
        if not self.learning or self.learning[0][0] > end:
            return []
        return [row for due, _, row in heapq.nsmallest(SCAN, self.learning) if start <= due <= end]

    def remove(self, item_id: int) -> None:
        """Take item `item_id` out of every part."""
        for part in (self.reviews, self.new, self.practice):
            if part and part[0][0] == item_id:
                part.popleft()
            else:
                found = next((row for row in part if row[0] == item_id), None)
                if found is not None:
                    part.remove(found)
        if any(entry[2][0] == item_id for entry in self.learning):
            self.learning = [entry for entry in self.learning if entry[2][0] != item_id]
            heapq.heapify(self.learning)
