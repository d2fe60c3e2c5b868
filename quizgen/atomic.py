"""Write files so that a reader never sees them half-written: a temporary file, then a rename.

Only a regular file, or nothing, is ever replaced: the rename would turn a device or a FIFO into
a regular file, and a symbolic link would be replaced by the file rather than written through,
so each of those is refused (`check_output`). The temporary file is created beside the target
with a name no other program can guess, `.NAME.PID.RANDOM.quizgen.tmp`, opened with `O_EXCL` and
`O_NOFOLLOW`. A write that is killed leaves that file behind; the next write into the same folder
removes every such file whose process is gone.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from quizgen.errors import QuizgenError
from quizgen.inputs import kind_of

SUFFIX = ".quizgen.tmp"
"""The end of the name of every temporary file quizgen writes beside a target."""
_NAME_PART = 80
"""How much of the target's name a temporary file's name repeats."""


class OutputError(QuizgenError):
    """A path quizgen will not write: not a regular file, an existing file without --force, or an input."""


def check_output(
    path: str | os.PathLike[str], *, force: bool = False, inputs: Iterable[str | os.PathLike[str]] = ()
) -> None:
    """Refuse to write `path` unless it is absent, or a regular file and `force` is given.

    Symbolic links are refused rather than written through, and so are folders, devices, FIFOs and
    sockets. A path that is one of `inputs` is refused even with `force`.
    """
    name = os.fspath(path)
    kind = _kind(name)
    if kind is None:
        return
    if kind != "file":
        raise OutputError(_refusal(name, kind))
    for source in inputs:
        with contextlib.suppress(OSError):
            if os.path.samefile(name, source):
                raise OutputError(f"{name}: is also an input of this command; write the output to another file")
    if not force:
        raise OutputError(f"{name}: already exists; choose another path, or pass --force to replace it")


def check_kind(path: str | os.PathLike[str]) -> None:
    """Refuse a path that exists and is not a regular file (see `check_output`); existing files pass."""
    name = os.fspath(path)
    kind = _kind(name)
    if kind not in (None, "file"):
        raise OutputError(_refusal(name, kind))


def _kind(name: str) -> str | None:
    """What is at `name` without following a link: None when nothing is."""
    try:
        mode = os.lstat(name).st_mode
    except FileNotFoundError:
        return None
    except NotADirectoryError:
        return None  # a parent is a file; opening the temporary file reports it
    except OSError as exc:
        raise OutputError(f"{name}: cannot be written ({exc.strerror or exc})") from None
    if stat.S_ISLNK(mode):
        return "link"
    kind = kind_of(mode)
    return "file" if kind == "regular file" else kind


def _refusal(name: str, kind: str) -> str:
    if kind == "link":
        try:
            target = os.readlink(name)
        except OSError:
            target = "?"
        return (
            f"{name}: is a symbolic link (to {target}); quizgen does not write through links, "
            "give the path of the file itself"
        )
    if kind == "folder":
        return f"{name}: is a folder; give a file name for the output"
    return f"{name}: is a {kind}, not a regular file; give the path of a file to write"


@contextmanager
def replacing(path: str | os.PathLike[str]) -> Iterator[str]:
    """A new temporary file beside `path`; when the block succeeds it replaces `path` in one rename.

    The file exists (empty) when the block starts. When the block fails, it is removed and `path`
    is left as it was. `OutputError` when `path` is something other than a regular file or nothing.
    """
    with _temporary(path) as (tmp, fd):
        os.close(fd)
        yield tmp


def write_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write `text` to `path` (UTF-8, `\\n` line ends) through a temporary file and a rename."""
    with _temporary(path) as (_, fd):
        with open(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())


@contextmanager
def _temporary(path: str | os.PathLike[str]) -> Iterator[tuple[str, int]]:
    target = os.fspath(path)
    check_kind(target)
    directory = os.path.dirname(os.path.abspath(target))
    sweep(directory)
    tmp, fd = _create(directory, os.path.basename(target))
    try:
        yield tmp, fd
        check_kind(target)  # it may have changed while the file was written
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(OSError):
            os.close(fd)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _create(directory: str, base: str) -> tuple[str, int]:
    """Create a temporary file in `directory` that no one else created: `O_EXCL`, never through a link."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        name = f".{base[:_NAME_PART]}.{os.getpid()}.{secrets.token_hex(6)}{SUFFIX}"
        tmp = os.path.join(directory, name)
        try:
            return tmp, os.open(tmp, flags, 0o666)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name", directory)


def sweep(directory: str | os.PathLike[str]) -> list[str]:
    """Remove the temporary files that killed quizgen processes left in `directory`; returns their names.

    Only regular files named like quizgen's, whose process no longer runs, are removed.
    """
    removed: list[str] = []
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return removed
    for entry in entries:
        if not entry.name.endswith(SUFFIX) or not entry.is_file(follow_symlinks=False):
            continue
        parts = entry.name[: -len(SUFFIX)].rsplit(".", 2)
        if len(parts) != 3 or not parts[1].isdigit() or _alive(int(parts[1])):
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed.append(entry.name)
    return removed


@contextmanager
def scratch_folder(prefix: str) -> Iterator[str]:
    """A new private folder in the system's temporary folder, removed with all it holds after the block.

    Its name, PREFIX-PID-RANDOM, lets the next process remove the folder of one that was killed
    (an unpacked Anki collection can be a gigabyte): every such folder of this user whose process
    is gone is removed first.
    """
    base = tempfile.gettempdir()
    _sweep_folders(base, prefix)
    path = tempfile.mkdtemp(prefix=f"{prefix}-{os.getpid()}-", dir=base)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def _sweep_folders(base: str, prefix: str) -> None:
    try:
        entries = list(os.scandir(base))
    except OSError:
        return
    for entry in entries:
        pid = entry.name[len(prefix) + 1 :].split("-", 1)[0]
        if not entry.name.startswith(prefix + "-") or not pid.isdigit() or _alive(int(pid)):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if stat.S_ISDIR(info.st_mode) and (not hasattr(os, "geteuid") or info.st_uid == os.geteuid()):
            shutil.rmtree(entry.path, ignore_errors=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it runs, as another user
    return True
