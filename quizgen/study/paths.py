"""Where the progress store lives."""

from __future__ import annotations

import os
from pathlib import Path

STORE_ENV = "QUIZGEN_STORE"
"""Environment variable that names the progress store file."""
STORE_NAME = "progress.sqlite3"


def default_store_path() -> Path:
    """`$QUIZGEN_STORE` when set, else `progress.sqlite3` in the user data folder."""
    override = os.environ.get(STORE_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("quizgen", appauthor=False)) / STORE_NAME
