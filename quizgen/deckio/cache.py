"""A cache of validated decks, keyed by the SHA-256 of the deck file's bytes.

Parsing and validating a large YAML deck takes a noticeable moment; an
unchanged file is loaded from its validated JSON instead. Any change to the
file changes its hash, so a stale entry is never used. Set `QUIZGEN_CACHE`
to use another folder (tests do).

An entry holds one JSON value per line: the deck without its cards, the
list of card ids, then each card. So a study session can start from the
cached deck's title and read only the cards it shows (`CachedDeck`), while
`check_cached` still returns the whole validated deck. A deck file whose
stat is unchanged since it was hashed is not read again (`seen`).
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizgen import __version__
from quizgen.deckio import seen
from quizgen.deckio.deckfiles import MAX_BYTES, Checked
from quizgen.deckio.gcpause import paused_gc
from quizgen.errors import QuizgenError
from quizgen.model import FORMAT_VERSION
from quizgen.model.plain import StudyCard, as_plain, plain_card

if TYPE_CHECKING:
    from quizgen.model.cards import AnyCard, Deck

MAX_ENTRIES = 200
"""How many validated decks the cache keeps; the least recently written go first."""
LAYOUT = 2
"""Version of the entry layout; part of the folder name, like the deck format and quizgen's version."""


def cache_dir() -> Path:
    """The folder of cached decks: `$QUIZGEN_CACHE`, else the user cache dir."""
    root = os.environ.get("QUIZGEN_CACHE")
    if not root:
        import platformdirs

        root = platformdirs.user_cache_dir("quizgen")
    # The versions are part of the folder: a newer quizgen never reads an older entry.
    return Path(root) / f"decks-v{FORMAT_VERSION}-{__version__}-{LAYOUT}"


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

    def __init__(self, path: str, digest: str, header: dict[str, Any]) -> None:
        self.path = path
        """The deck file."""
        self.digest = digest
        """SHA-256 of the deck file's bytes."""
        self.id: str = header["id"]
        self.title: str = header["title"]
        self._header = header
        self.header = header
        """The deck without its cards, as validated JSON."""
        self._cards: dict[str, AnyCard] = {}

    @cached_property
    def _lines(self) -> dict[str, bytes] | None:
        """Each card's line of the entry by card id; None when the entry is gone or damaged."""
        with paused_gc():  # tens of thousands of small objects at once
            try:
                parts = _entry(self.digest).read_bytes().split(b"\n")  # one split: the header, the ids, each card
                uids = json.loads(parts[1]) if len(parts) > 1 else None
            except (OSError, ValueError):
                return None
            if not isinstance(uids, list) or len(uids) != len(parts) - 2:
                return None
            lines = dict(zip(uids, parts[2:], strict=True))
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
            from quizgen.model.cards import card_from_json

            try:
                found = card_from_json(lines[uid], uid)
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
                data = json.loads(lines[uid])
                if isinstance(data, dict):
                    return plain_card(data, uid)
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
            deck = _assemble(self._header, list(lines.values()))
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
    try:
        if os.path.getsize(name) > MAX_BYTES:
            return None
        with open(name, "rb") as f:
            return f.read()
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
    """The entry of a file with this digest, when its first line is a sound deck header (its card ids and
    cards are read, and checked, when first used)."""
    try:
        with open(_entry(digest), "rb") as f:
            header = json.loads(f.readline())
    except (OSError, ValueError):
        return None  # missing, unreadable or corrupt: parse the YAML again
    sound = isinstance(header, dict) and "cards" not in header and isinstance(header.get("id"), str)
    if not sound or not isinstance(header.get("title"), str):
        return None
    return CachedDeck(name, digest, header)


def _assemble(header: dict[str, Any], lines: list[bytes]) -> Deck:
    """The deck of an entry's header and card lines, validated; ValueError when damaged."""
    from quizgen.model.cards import Deck

    with paused_gc():
        return Deck.model_validate_json(json.dumps(header)[:-1].encode() + b', "cards": [' + b",".join(lines) + b"]}")


def _write_entry(entry: Path, deck: Deck) -> None:
    from quizgen.atomic import write_atomic

    header = deck.model_dump(mode="json", exclude={"cards"}, exclude_none=True)
    cards = [card.model_dump_json(exclude_none=True) for card in deck.cards]
    text = "\n".join([json.dumps(header), json.dumps([card.uid for card in deck.cards]), *cards])
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(entry, text)
        _prune()
    except OSError:
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
