"""Open the files quizgen reads (decks, articles, CSV files, packages): regular files only, within a size.

A FIFO given as a deck would block every command that opens it, and the study app with it, until
some other program writes to it; a device such as /dev/zero never ends. So a file is opened
without blocking (`O_NONBLOCK`), and what the descriptor turns out to be is checked before
anything is read: only a regular file is read, never more than the limit.
"""

from __future__ import annotations

import errno
import os
import stat
from typing import BinaryIO


class NotARegularFile(OSError):
    """The path is a folder, FIFO, device or socket."""

    def __init__(self, path: str, kind: str) -> None:
        super().__init__(errno.EINVAL, f"is a {kind}, not a regular file", path)
        self.kind = kind


class FileTooLarge(OSError):
    """The file is larger than its limit; `size` and `limit` are in bytes."""

    def __init__(self, path: str, size: int, limit: int) -> None:
        super().__init__(errno.EFBIG, f"is {size:,} bytes, over the limit of {limit:,}", path)
        self.size = size
        self.limit = limit

    def describe(self, what: str) -> str:
        """'is 10,485,761 bytes; WHAT may be at most 10,485,760 bytes (10 MiB)'."""
        return f"is {self.size:,} bytes; {what} may be at most {self.limit:,} bytes ({binary_size(self.limit)})"


def binary_size(count: int) -> str:
    """A byte count in the largest binary unit that divides it, such as '10 MiB' or '1.5 KiB'."""
    for unit, size in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if count >= size:
            return f"{count / size:,.4g} {unit}"
    return f"{count} bytes"


def kind_of(mode: int) -> str:
    """What a file of this `st_mode` is, in words."""
    if stat.S_ISREG(mode):
        return "regular file"
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"


def open_regular(path: str | os.PathLike[str]) -> BinaryIO:
    """The regular file at `path`, open for reading; `NotARegularFile` for anything else, at once."""
    name = os.fspath(path)
    fd = os.open(name, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotARegularFile(name, kind_of(mode))
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of the regular file at `path`; `FileTooLarge` past `limit` bytes, `NotARegularFile`."""
    name = os.fspath(path)
    with open_regular(name) as f:
        size = os.fstat(f.fileno()).st_size
        if size > limit:
            raise FileTooLarge(name, size, limit)
        data = f.read(limit + 1)
    if len(data) > limit:  # it grew while it was read
        raise FileTooLarge(name, len(data), limit)
    return data
