"""A cache of validated decks, keyed by the SHA-256 of the deck file's bytes.

Parsing and validating a large YAML deck takes a noticeable moment; an
unchanged file is loaded from its validated JSON instead. Any change to the
file changes its hash, so a stale entry is never used. Set `QUIZGEN_CACHE`
to use another folder (tests do).

An entry holds one JSON value per line: the deck without its cards, the
list of card ids, then each card's SHA-256, a signature of all that, then each card. So a study
session can start from the cached deck's title and read only the cards it shows (`CachedDeck`),
while `check_cached` still returns the whole validated deck. A deck file whose stat is unchanged
since it was hashed is not read again (`seen`).

The cache is not trusted: anyone who can write the cache folder could put a deck there. Each
signature is an HMAC with a key only this user can read (`cachekey`). The header's signature binds
it to the file's SHA-256 and is checked when the entry opens (two short lines are read); the
body's signature binds the file's SHA-256, the header, the card ids and each card line's hash, and
is checked when the cards are first read. So an entry quizgen did not write for exactly this file
is never used, and no card can be added, removed or changed. Each card a session shows is checked
against its signed hash, and a card validated from the entry against the model and deck rules.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizgen import __version__
from quizgen.deckio import seen
from quizgen.deckio.cachekey import cache_key, sign, verify
from quizgen.deckio.deckfiles import MAX_BYTES, Checked
from quizgen.deckio.gcpause import paused_gc
from quizgen.errors import QuizgenError
from quizgen.inputs import open_regular, read_regular
from quizgen.model import FORMAT_VERSION
from quizgen.model.ids import ID_PATTERN
from quizgen.model.plain import StudyCard, as_plain, broken_rule, plain_card

if TYPE_CHECKING:
    from quizgen.model.cards import AnyCard, Deck

MAX_ENTRIES = 200
"""How many validated decks the cache keeps; the least recently written go first."""
LAYOUT = 4
"""Version of the entry layout; part of the folder name, like the deck format and quizgen's version."""
MAX_ENTRY_BYTES = 4 * MAX_BYTES
"""An entry is the deck as JSON, a few times the size of its YAML at most; a larger one is not read."""
_CARDS = 5
"""The line of an entry where its cards begin, after the header, its signature, ids, sums and signature."""


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

    Only the entry's first line (the deck without its cards) is read when it opens; its card ids
    and cards are read when a card is first asked for, so a collection of many decks opens at the
    cost of their titles. A damaged entry is then parsed again from the deck file. It can stand
    in for a `Deck` in a study session; `deck` (and `cards`) validate the whole deck.
    """

    def __init__(self, path: str, digest: str, header: dict[str, Any], head: bytes) -> None:
        self.path = path
        """The deck file."""
        self.digest = digest
        """SHA-256 of the deck file's bytes."""
        self.id: str = header["id"]
        self.title: str = header["title"]
        self._header = header
        self._head = head
        self._sums: dict[str, str] = {}
        self.header = header
        """The deck without its cards, as validated JSON."""
        self._cards: dict[str, AnyCard] = {}

    @cached_property
    def _lines(self) -> dict[str, bytes] | None:
        """Each card's line of the entry by card id, its signature checked; None when gone, damaged or forged."""
        key = cache_key(cache_root())
        with paused_gc():  # tens of thousands of small objects at once
            try:
                data = read_regular(_entry(self.digest), MAX_ENTRY_BYTES)
                parts = data.split(b"\n")  # one split: the header and its signature, ids, sums, signature, cards
                if key is None or len(parts) < _CARDS or parts[0] != self._head:
                    return None
                if not verify(key, parts[4], self.digest.encode(), *parts[0:1], *parts[2:4]):
                    return None
                uids, sums = json.loads(parts[2]), json.loads(parts[3])
            except (OSError, ValueError):
                return None
            cards = len(parts) - _CARDS
            if not isinstance(uids, list) or not isinstance(sums, list) or not len(uids) == len(sums) == cards:
                return None
            lines = dict(zip(uids, parts[_CARDS:], strict=True))
            self._sums = dict(zip(uids, sums, strict=True))
        return lines if len(lines) == len(uids) else None  # fewer when two cards have one id

    def card_ids(self) -> list[str] | None:
        """The ids of the deck's cards, in deck order; None when the entry is gone or damaged."""
        lines = self._lines
        return None if lines is None else list(lines)

    def preload(self) -> None:
        """Read the entry's card ids and cards now (at a moment the app is idle), not when a card is asked for."""
        _ = self._lines

    def card(self, uid: str) -> AnyCard:
        """The card with id `uid`; KeyError when there is none."""
        found = self._cards.get(uid)
        if found is None:
            lines = self._lines
            if "deck" in self.__dict__ or lines is None:
                return self.deck.card(uid)  # every card is in `_cards`, or the entry is damaged: parsed again
            try:
                found = _sound_card(lines[uid], self._sums[uid], uid)
            except ValueError:
                return self.deck.card(uid)  # a damaged line: the deck is parsed again
            self._cards[uid] = found
        return found

    def plain_card(self, uid: str) -> StudyCard:
        """The card with id `uid` as plain data, read from the entry without pydantic; KeyError when there is none.

        The entry holds the card as it was validated; a damaged line is read through `card()`,
        which parses the deck file again.
        """
        lines = self._lines
        if lines is not None and "deck" not in self.__dict__:
            if uid not in lines:
                raise KeyError(uid)
            try:
                if _line_sum(lines[uid]) != self._sums[uid]:
                    raise ValueError("the card line is not the one that was signed")
                data = json.loads(lines[uid])
                if isinstance(data, dict):
                    found = plain_card(data, uid)
                    if broken_rule(found) is None:
                        return found  # else read through `card()`, which checks it in full
            except ValueError:
                pass
        return as_plain(self.card(uid))

    @cached_property
    def deck(self) -> Deck:
        """The whole deck, validated."""
        lines = self._lines
        try:
            if lines is None:
                raise ValueError("damaged card ids")
            deck = _assemble(self._header, list(lines.values()), [self._sums[uid] for uid in lines])
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
    st = seen.stat_of(name)  # taken before reading: a write after it changes it
    known = seen.known_digest(name, st) if st is not None and st.st_size <= MAX_BYTES else None
    if known is not None:
        cached = _read_entry(name, known)
        if cached is not None:
            return cached
    data = _read_file(name)
    if data is None:
        return _check_file(name)  # reports the missing, unreadable or oversized file
    digest = hashlib.sha256(data).hexdigest()
    if st is not None:
        seen.remember(name, st, digest)
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
    """The entry of a file with this digest, when its signed first line is a sound deck header (its card ids
    and cards are read, and checked, when first used)."""
    key = cache_key(cache_root())
    if key is None:
        return None  # without a key no entry can be trusted
    try:
        # Opened like any file someone else may have put there: a FIFO would block, a device never end.
        with open_regular(_entry(digest)) as f:
            head, signature = f.readline(MAX_ENTRY_BYTES).rstrip(b"\n"), f.readline(200).rstrip(b"\n")
        if not verify(key, signature, digest.encode(), head):
            return None  # not written by this user's quizgen for this file
        header = json.loads(head)
    except (OSError, ValueError):
        return None  # missing, unreadable or corrupt: parse the YAML again
    sound = isinstance(header, dict) and "cards" not in header and isinstance(header.get("id"), str)
    sound = sound and re.fullmatch(ID_PATTERN, header["id"]) is not None
    if not sound or not isinstance(header.get("title"), str) or not header["title"].strip():
        return None
    return CachedDeck(name, digest, header, head)


def _line_sum(line: bytes) -> str:
    return hashlib.sha256(line).hexdigest()


def _sound_card(line: bytes, expected: str, uid: str) -> AnyCard:
    """The card of one entry line, checked like a card in a file; ValueError when it is not sound."""
    if _line_sum(line) != expected:
        raise ValueError("the card line is not the one that was signed")
    from quizgen.model import rules
    from quizgen.model.cards import card_from_json

    card = card_from_json(line, uid)
    if any(f.severity == "error" for f in rules.check_cards([(0, card)])):
        raise ValueError("the card breaks a deck rule")
    return card


def _assemble(header: dict[str, Any], lines: list[bytes], sums: list[str]) -> Deck:
    """The deck of an entry's header and card lines, validated; ValueError when damaged."""
    from quizgen.model import rules
    from quizgen.model.cards import Deck

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
    digest = entry.stem.encode()
    header = json.dumps(deck.model_dump(mode="json", exclude={"cards"}, exclude_none=True)).encode()
    uids = json.dumps([card.uid for card in deck.cards]).encode()
    cards = [card.model_dump_json(exclude_none=True).encode() for card in deck.cards]
    sums = json.dumps([_line_sum(line) for line in cards]).encode()
    signatures = sign(key, digest, header).encode(), sign(key, digest, header, uids, sums).encode()
    data = b"\n".join([header, signatures[0], uids, sums, signatures[1], *cards])
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(entry, data.decode())
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
