"""A cache of validated decks, keyed by the SHA-256 of the deck file's bytes.

Parsing and validating a large YAML deck takes a noticeable moment; an
unchanged file is loaded from its validated JSON instead. Any change to the
file changes its hash, so a stale entry is never used. Set `QUIZGEN_CACHE`
to use another folder (tests do).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from quizgen import __version__, yamlio
from quizgen.loader import MAX_BYTES, Checked, check_file, parse
from quizgen.model import FORMAT_VERSION, Deck

MAX_ENTRIES = 200
"""How many validated decks the cache keeps; the least recently written go first."""


def cache_dir() -> Path:
    """The folder of cached decks: `$QUIZGEN_CACHE`, else the user cache dir."""
    root = os.environ.get("QUIZGEN_CACHE")
    if not root:
        import platformdirs

        root = platformdirs.user_cache_dir("quizgen")
    # The quizgen version is part of the folder: a newer model never reads an older entry.
    return Path(root) / f"decks-v{FORMAT_VERSION}-{__version__}"


def entry_path(data: bytes) -> Path:
    """Where the validated deck of a file with these bytes is cached."""
    return _entry(hashlib.sha256(data).hexdigest())


def _entry(digest: str) -> Path:
    return cache_dir() / f"{digest}.json"


def check_cached(path: str | os.PathLike[str]) -> Checked:
    """Check one deck file like `loader.check_file`, reusing the cached deck when the file is unchanged.

    A deck with errors is never cached, so its problems are always reported afresh.
    Cache folders that cannot be read or written only make loading slower.
    """
    name = os.fspath(path)
    try:
        if os.path.getsize(name) > MAX_BYTES:
            return check_file(name)
        with open(name, "rb") as f:
            data = f.read()
    except OSError:
        return check_file(name)  # reports the missing or unreadable file
    digest = hashlib.sha256(data).hexdigest()
    entry = _entry(digest)
    cached = _read_entry(entry)
    if cached is not None:
        return Checked(name, cached, [], digest)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return check_file(name)  # reports the line and column of the bad byte
    checked = parse(text, name)
    checked.digest = digest
    if checked.deck is not None:
        _write_entry(entry, checked.deck)
    return checked


def load_cached(path: str | os.PathLike[str]) -> Deck:
    """The deck in `path`, from the cache when the file is unchanged; DeckError when it has errors."""
    from quizgen.errors import DeckError

    checked = check_cached(path)
    if checked.deck is None:
        raise DeckError(checked.problems)
    return checked.deck


def clear() -> int:
    """Remove every cached deck; returns how many were removed."""
    removed = 0
    for entry in _entries():
        try:
            entry.unlink()
            removed += 1
        except OSError:
            pass
    return removed


def _read_entry(entry: Path) -> Deck | None:
    try:
        return Deck.model_validate_json(entry.read_bytes())
    except (OSError, ValueError):
        return None  # missing, unreadable or corrupt: parse the YAML again


def _write_entry(entry: Path, deck: Deck) -> None:
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        yamlio.write_atomic(entry, deck.model_dump_json(exclude_none=True))
        _prune()
    except OSError:
        pass


def _entries() -> list[Path]:
    try:
        return [p for p in cache_dir().iterdir() if p.suffix == ".json"]
    except OSError:
        return []


def _prune() -> None:
    entries = _entries()
    if len(entries) <= MAX_ENTRIES:
        return
    entries.sort(key=lambda p: p.stat().st_mtime)
    for old in entries[: len(entries) - MAX_ENTRIES]:
        old.unlink(missing_ok=True)
