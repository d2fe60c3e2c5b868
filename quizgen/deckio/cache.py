"""A cache of validated decks, keyed by the SHA-256 of the deck file's bytes.

Parsing and validating a large YAML deck takes a noticeable moment; an
unchanged file is loaded from its validated JSON instead. Any change to the
file changes its hash, so a stale entry is never used. Set `QUIZGEN_CACHE`
to use another folder (tests do).

An entry holds one JSON value per line: the deck without its cards, the
list of card ids, then each card, then the SHA-256 of each card line, and last
a signature. So a study session can start from the cached deck's title and
validate only the cards it shows (`CachedDeck`), while `check_cached` still
returns the whole validated deck.

The cache is not trusted: anyone who can write the cache folder could put a
deck there. The signature is an HMAC, with a key only this user can read
(`cachekey`), of the file's SHA-256, the deck's header, its card ids and the
hash of each card line, so an entry quizgen did not write for exactly this file
is never used, and no card can be added, removed or changed. Each card a
session shows is still checked against the model and the deck rules.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from functools import cached_property
from pathlib import Path
from typing import Any

from quizgen import __version__
from quizgen.deckio.cachekey import cache_key, sign, verify
from quizgen.deckio.deckfiles import MAX_BYTES, Checked
from quizgen.deckio.gcpause import paused_gc
from quizgen.errors import QuizgenError
from quizgen.inputs import read_regular
from quizgen.model import rules
from quizgen.model.cards import FORMAT_VERSION, ID_PATTERN, AnyCard, Deck, card_from_json

MAX_ENTRIES = 200
"""How many validated decks the cache keeps; the least recently written go first."""
LAYOUT = 3
MAX_ENTRY_BYTES = 4 * MAX_BYTES
"""An entry is the deck as JSON, a few times the size of its YAML at most; a larger one is not read."""
"""Version of the entry layout; part of the folder name, like the deck format and quizgen's version."""


def cache_root() -> Path:
    """The cache folder: `$QUIZGEN_CACHE`, else the user cache dir. It holds the signing key."""
    root = os.environ.get("QUIZGEN_CACHE")
    if not root:
        import platformdirs

        root = platformdirs.user_cache_dir("quizgen")
    return Path(root)


def cache_dir() -> Path:
    """The folder of cached decks, inside `cache_root()`."""
    # The versions are part of the folder: a newer quizgen never reads an older entry.
    return cache_root() / f"decks-v{FORMAT_VERSION}-{__version__}-{LAYOUT}"


def entry_path(data: bytes) -> Path:
    """Where the validated deck of a file with these bytes is cached."""
    return _entry(hashlib.sha256(data).hexdigest())


def _entry(digest: str) -> Path:
    return cache_dir() / f"{digest}.json"


class CachedDeck:
    """A deck from the cache: id and title at once, each card validated when first asked for.

    It can stand in for a `Deck` in a study session; `deck` (and `cards`) validate the whole deck.
    """

    def __init__(
        self, path: str, digest: str, header: dict[str, Any], uids: list[str], lines: list[bytes], sums: list[str]
    ) -> None:
        self.path = path
        """The deck file."""
        self.digest = digest
        """SHA-256 of the deck file's bytes."""
        self.id: str = header["id"]
        self.title: str = header["title"]
        self._header = header
        self._lines = dict(zip(uids, lines, strict=True))
        self._sums = dict(zip(uids, sums, strict=True))
        self._cards: dict[str, AnyCard] = {}

    def card(self, uid: str) -> AnyCard:
        """The card with id `uid`; KeyError when there is none."""
        found = self._cards.get(uid)
        if found is None:
            if "deck" in self.__dict__:
                raise KeyError(uid)  # every card is already in `_cards`
            line = self._lines[uid]
            try:
                found = _sound_card(line, self._sums[uid], uid)
            except ValueError:
                return self.deck.card(uid)  # a damaged line: the deck is parsed again
            self._cards[uid] = found
        return found

    @cached_property
    def deck(self) -> Deck:
        """The whole deck, validated."""
        try:
            deck = _assemble(self._header, list(self._lines.values()), list(self._sums.values()))
        except ValueError:
            deck = self._parse_again()
        self._cards = {card.uid: card for card in deck.cards}
        return deck

    @property
    def cards(self) -> list[AnyCard]:
        """Every card, in deck order."""
        return self.deck.cards

    def _parse_again(self) -> Deck:
        """The deck parsed from its unchanged file, replacing a damaged entry."""
        _remove(_entry(self.digest))
        data = _read_file(self.path)
        if data is not None and hashlib.sha256(data).hexdigest() == self.digest:
            deck = _parse(self.path, data, self.digest).deck
            if deck is not None:
                return deck
        raise QuizgenError(f"{self.path}: the file changed while it was open; open it again")


def check_cached(path: str | os.PathLike[str]) -> Checked:
    """Check one deck file like `loader.check_file`, reusing the cached deck when the file is unchanged.

    A deck with errors is never cached, so its problems are always reported afresh.
    Cache folders that cannot be read or written only make loading slower.
    """
    found = open_cached(path)
    if not isinstance(found, CachedDeck):
        return found
    try:
        return Checked(found.path, found.deck, [], found.digest)
    except QuizgenError:
        return _check_file(found.path)


def open_cached(path: str | os.PathLike[str]) -> CachedDeck | Checked:
    """The cached deck of an unchanged file, its cards validated on demand; else the file checked afresh.

    A good deck checked afresh is cached for the next time.
    """
    name = os.fspath(path)
    data = _read_file(name)
    if data is None:
        return _check_file(name)  # reports the missing, unreadable or oversized file
    digest = hashlib.sha256(data).hexdigest()
    cached = _read_entry(name, digest)
    return cached if cached is not None else _parse(name, data, digest)


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


def _read_file(name: str) -> bytes | None:
    """The file's bytes; None when it is missing, unreadable, not a regular file or too large."""
    try:
        return read_regular(name, MAX_BYTES)
    except OSError:
        return None


def _parse(name: str, data: bytes, digest: str) -> Checked:
    """Check the file's bytes afresh, caching a good deck."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return _check_file(name)  # reports the line and column of the bad byte
    from quizgen.deckio.loader import parse

    checked = parse(text, name)
    checked.digest = digest
    if checked.deck is not None:
        _write_entry(_entry(digest), checked.deck)
    return checked


def _check_file(name: str) -> Checked:
    from quizgen.deckio.loader import check_file

    return check_file(name)


def _read_entry(name: str, digest: str) -> CachedDeck | None:
    """The entry of a file with this digest, when its signature and layout are sound (cards are checked when used)."""
    key = cache_key(cache_root())
    if key is None:
        return None
    try:
        # Read like any file someone else may have put there: a FIFO would block, a device never end.
        data = read_regular(_entry(digest), MAX_ENTRY_BYTES)
        head, ids, *lines, sums_line, signature = data.split(b"\n")
        if not verify(key, signature, digest.encode(), head, ids, sums_line):
            return None  # not written by this user's quizgen for this file
        header, uids, sums = json.loads(head), json.loads(ids), json.loads(sums_line)
    except (OSError, ValueError):
        return None  # missing, unreadable or corrupt: parse the YAML again
    sound = isinstance(header, dict) and "cards" not in header and isinstance(header.get("id"), str)
    sound = sound and re.fullmatch(ID_PATTERN, header["id"]) is not None
    sound = sound and isinstance(header.get("title"), str) and bool(header["title"].strip())
    sound = sound and isinstance(uids, list) and isinstance(sums, list) and len(sums) == len(lines)
    if not sound or len(uids) != len(lines) or len(set(uids)) != len(uids):
        return None
    return CachedDeck(name, digest, header, uids, lines, sums)


def _line_sum(line: bytes) -> str:
    return hashlib.sha256(line).hexdigest()


def _sound_card(line: bytes, expected: str, uid: str) -> AnyCard:
    """The card of one entry line, checked like a card in a file; ValueError when it is not sound."""
    if _line_sum(line) != expected:
        raise ValueError("the card line is not the one that was signed")
    card = card_from_json(line, uid)
    if any(f.severity == "error" for f in rules.check_cards([(0, card)])):
        raise ValueError("the card breaks a deck rule")
    return card


def _assemble(header: dict[str, Any], lines: list[bytes], sums: list[str]) -> Deck:
    """The deck of an entry's header and card lines, validated; ValueError when damaged."""
    if [_line_sum(line) for line in lines] != sums:
        raise ValueError("a card line is not the one that was signed")
    with paused_gc():
        deck = Deck.model_validate_json(json.dumps(header)[:-1].encode() + b', "cards": [' + b",".join(lines) + b"]}")
    if any(f.severity == "error" for f in rules.check(deck)):
        raise ValueError("the deck breaks a deck rule")
    return deck


def _write_entry(entry: Path, deck: Deck) -> None:
    from quizgen.atomic import write_atomic

    key = cache_key(cache_root())
    if key is None:
        return  # without a key no entry could be trusted later
    header = json.dumps(deck.model_dump(mode="json", exclude={"cards"}, exclude_none=True))
    uids = json.dumps([card.uid for card in deck.cards])
    cards = [card.model_dump_json(exclude_none=True) for card in deck.cards]
    sums = json.dumps([_line_sum(line.encode()) for line in cards])
    signature = sign(key, entry.stem.encode(), header.encode(), uids.encode(), sums.encode())
    text = "\n".join([header, uids, *cards, sums, signature])
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(entry, text)
        _prune()
    except (OSError, QuizgenError):  # an unwritable folder, or an entry that is not a regular file
        pass


def _remove(entry: Path) -> None:
    try:
        entry.unlink(missing_ok=True)
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
