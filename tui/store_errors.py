"""Telling the learner that the progress store failed (disk full, read-only, damaged) without crashing."""

from __future__ import annotations

from textual.app import App

from quizgen.errors import StoreError
from quizgen.visible import visible

TITLE = "Progress not saved"
ANSWER_LOST = "This answer was not saved. Answer again to retry, or press q to end the session."
UNDO_FAILED = "Nothing was undone."
REDO_FAILED = "Nothing was redone."
SESSION_NOT_STARTED = "The session did not start; your progress is as it was."
READ_FAILED = "The session ends here."


def report(app: App[None], error: StoreError, what: str) -> None:
    """Show `error` and `what` it means for the learner's progress, in a notification that stays a while."""
    app.notify(f"{visible(str(error), line=True)}\n{what}", title=TITLE, severity="error", timeout=30, markup=False)
