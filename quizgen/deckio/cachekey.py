"""The secret key that signs deck cache entries, so an entry quizgen did not write is never used.

The key is 32 random bytes in the file `key` at the root of the cache folder, readable by its
owner alone. A key file that is a link, belongs to another user, or can be read by others is
not trusted: the cache is then not used at all (decks are parsed every time), since anyone
who could read or replace the key could also sign entries of their own.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import stat
from pathlib import Path

KEY_BYTES = 32
_keys: dict[Path, bytes | None] = {}


def cache_key(root: Path) -> bytes | None:
    """The key of the cache folder `root`, made on first use; None when it cannot be trusted or made."""
    if root not in _keys:
        _keys[root] = _read(root / "key") or _make(root)
    return _keys[root]


def _cut_short(path: Path) -> bool:
    """Whether `path` is this user's private key file, cut short (a write was killed)."""
    try:
        info = path.lstat()
    except OSError:
        return False
    mine = not hasattr(os, "geteuid") or info.st_uid == os.geteuid()
    private = stat.S_IMODE(info.st_mode) & 0o077 == 0
    return stat.S_ISREG(info.st_mode) and mine and private and info.st_size != KEY_BYTES


def sign(key: bytes, *parts: bytes) -> str:
    """The HMAC-SHA256 of `parts` (each length-prefixed, so parts cannot be shifted between each other)."""
    mac = hmac.new(key, digestmod=hashlib.sha256)
    for part in parts:
        mac.update(len(part).to_bytes(8, "big"))
        mac.update(part)
    return mac.hexdigest()


def verify(key: bytes, signature: bytes, *parts: bytes) -> bool:
    """Whether `signature` (hex) is the signature of `parts`, compared in constant time."""
    return hmac.compare_digest(signature, sign(key, *parts).encode("ascii"))


def _read(path: Path) -> bytes | None:
    try:
        flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(path, flags)  # never blocks: a FIFO put there is refused below
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        mine = not hasattr(os, "geteuid") or info.st_uid == os.geteuid()
        private = stat.S_IMODE(info.st_mode) & 0o077 == 0
        if not stat.S_ISREG(info.st_mode) or not mine or not private or info.st_size != KEY_BYTES:
            return None
        data = os.read(fd, KEY_BYTES + 1)
        return data if len(data) == KEY_BYTES else None
    finally:
        os.close(fd)


def _make(root: Path) -> bytes | None:
    """Write a new key, unless a key file (trusted or not) is already there."""
    path = root / "key"
    try:
        root.mkdir(parents=True, exist_ok=True)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(path, flags, 0o600)
    except FileExistsError:
        if _cut_short(path):
            path.unlink(missing_ok=True)
            return _make(root) if not path.exists() else None
        return _read(path)  # another process made it a moment ago, or it is not to be trusted
    except OSError:
        return None
    key = secrets.token_bytes(KEY_BYTES)
    try:
        os.write(fd, key)
        os.fsync(fd)
    except OSError:
        return None
    finally:
        os.close(fd)
    return key
