"""The SHA-256 of deck files, known without reading them again while their stat is unchanged.

Opening a collection hashes every deck file to find its validated copy in the deck cache. A file
whose size, inode, and modification and change times are what they were when it was hashed holds
the same bytes, so its hash is known without reading it, as git's index trusts a file's stat. As
in git, a file modified within `RECENT` seconds before it was hashed is not vouched for by its
stat (a second write within one tick of the file system's clock would leave the stat unchanged):
it is read and hashed again. The index is a small JSON file in the deck cache's folder; losing
it, or two programs writing it at once, only costs reading some files again.

Like the deck cache, the index is not trusted: it is signed with the cache's key (`cachekey`), so
an index someone else wrote cannot point a deck file at another deck's cached entry, and it is
read only as a regular file of bounded size.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import time
from pathlib import Path

from quizgen.inputs import read_regular

INDEX = "file-hashes.index"
"""Not a .json file: the deck cache counts and prunes its entries by that suffix."""
RECENT = 2.0
"""Seconds before its hashing within which a file's modification time does not vouch for it."""
MAX_FILES = 1000
"""How many files the index remembers; the least recently hashed go first."""
MAX_INDEX_BYTES = 1 << 20
"""An index larger than this (a thousand entries take about 150 KB) is not read."""

Entry = list[object]
"""[size, inode, mtime_ns, ctime_ns, sha256, hashed_at] of one file."""

_loaded: dict[Path, dict[str, Entry]] = {}  # index file -> its entries, read once per process


def _index_path() -> Path:
    from quizgen.deckio.cache import cache_dir

    return cache_dir() / INDEX


def _key() -> bytes | None:
    from quizgen.deckio.cache import cache_root
    from quizgen.deckio.cachekey import cache_key

    return cache_key(cache_root())


def _entries() -> dict[str, Entry]:
    path = _index_path()
    entries = _loaded.get(path)
    if entries is None:
        entries = {}
        key = _key()
        try:
            signature, _, body = read_regular(path, MAX_INDEX_BYTES).partition(b"\n")
            if key is not None:
                from quizgen.deckio.cachekey import verify

                found = json.loads(body) if verify(key, signature, body) else {}
                entries = found if isinstance(found, dict) else {}
        except (OSError, ValueError):
            pass
        _loaded[path] = entries
    return entries


def stat_of(path: str) -> os.stat_result | None:
    """The file's stat, None when it cannot be read or is not a regular file."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st if stat.S_ISREG(st.st_mode) else None


def known_digest(path: str, st: os.stat_result) -> str | None:
    """The SHA-256 of the file at `path` when its stat `st` vouches that it is unchanged since it was hashed."""
    entry = _entries().get(os.path.abspath(path))
    if not isinstance(entry, list) or len(entry) != 6:
        return None
    size, inode, mtime_ns, ctime_ns, digest, hashed_at = entry
    if [size, inode, mtime_ns, ctime_ns] != [st.st_size, st.st_ino, st.st_mtime_ns, st.st_ctime_ns]:
        return None
    if not isinstance(hashed_at, (int, float)) or st.st_mtime_ns / 1e9 >= hashed_at - RECENT:
        return None  # written just before it was hashed: another write may hide behind the same stat
    return digest if isinstance(digest, str) else None


def remember(path: str, st: os.stat_result, digest: str) -> None:
    """Record that the file at `path`, with stat `st` taken before it was read, hashes to `digest`."""
    entries = _entries()
    key = os.path.abspath(path)
    entry: Entry = [st.st_size, st.st_ino, st.st_mtime_ns, st.st_ctime_ns, digest, time.time()]
    if entries.get(key) == entry:
        return
    entries[key] = entry
    if len(entries) > MAX_FILES:
        oldest = sorted(entries, key=lambda k: float(entries[k][5]))  # type: ignore[arg-type]
        for stale in oldest[: len(entries) - MAX_FILES]:
            del entries[stale]
    from quizgen.atomic import write_atomic
    from quizgen.deckio.cachekey import sign
    from quizgen.errors import QuizgenError

    secret = _key()
    if secret is None:
        return  # an index no one can vouch for would not be read
    body = json.dumps(entries)
    try:
        _index_path().parent.mkdir(parents=True, exist_ok=True)
        write_atomic(_index_path(), sign(secret, body.encode()) + "\n" + body)
    except (OSError, QuizgenError):
        pass  # a cache that cannot be written (or an index that is not a file) only makes opening slower


def digest_of(path: str) -> str | None:
    """The SHA-256 of the file at `path`: from the index when its stat vouches for it, else read and hashed."""
    st = stat_of(path)
    if st is None:
        return None
    known = known_digest(path, st)
    if known is not None:
        return known
    from quizgen.deckio.deckfiles import MAX_BYTES

    try:
        digest = hashlib.sha256(read_regular(path, MAX_BYTES)).hexdigest()
    except OSError:  # gone, unreadable, too large, or no longer a regular file (a FIFO would block)
        return None
    remember(path, st, digest)
    return digest
