"""Output files of the import and export commands: none is overwritten without --force."""

from __future__ import annotations

import os
from collections.abc import Iterable

from quizgen.errors import QuizgenError


def refuse_overwrite(paths: Iterable[str | None], force: bool) -> None:
    """Raise, naming the first, when one of `paths` exists and `force` is off; call it before writing any.

    None and "-" (standard output) are skipped.
    """
    if force:
        return
    for path in paths:
        if path and path != "-" and os.path.lexists(path) and not os.path.isdir(path):
            raise QuizgenError(f"{path}: already exists; choose another path or pass --force to overwrite it")
