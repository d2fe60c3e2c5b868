"""Write files so that a reader never sees them half-written: a temporary file, then a rename."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def replacing(path: str | os.PathLike[str]) -> Iterator[str]:
    """A temporary path beside `path`; when the block succeeds it replaces `path` in one rename.

    When the block fails, the temporary file is removed and `path` is left as it was.
    """
    target = os.fspath(path)
    directory = os.path.dirname(os.path.abspath(target))
    tmp = os.path.join(directory, f".{os.path.basename(target)}.{os.getpid()}.tmp")
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write `text` to `path` (UTF-8, `\\n` line ends) through a temporary file and a rename."""
    with replacing(path) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
