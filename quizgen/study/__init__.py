"""The study engine: FSRS scheduling, the progress store, study sessions and statistics.

No user interface here: the terminal app and any other front end drive a `Session`.
"""

from fsrs import Rating

from quizgen.study.grading import Feedback
from quizgen.study.paths import default_store_path
from quizgen.study.queue import DeckCounts
from quizgen.study.session import Item, Session, Summary
from quizgen.study.settings import SchedulerSettings
from quizgen.study.store import Store

__all__ = [
    "DeckCounts",
    "Feedback",
    "Item",
    "Rating",
    "SchedulerSettings",
    "Session",
    "Store",
    "Summary",
    "default_store_path",
]
