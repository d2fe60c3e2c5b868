"""A deck's media files: found beside the deck, inside its folder, regular, within a size, of the right type.

The validator checks every media file a deck names (`check_deck_media`); the study app and the
exporters read one file when they need it (`read_media`). Neither follows a path, or a symbolic
link, out of the deck's folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from quizgen.errors import DeckError, Problem, QuizgenError
from quizgen.inputs import FileTooLarge, NotARegularFile, binary_size, open_regular, read_regular
from quizgen.model.media import MEDIA_FIELDS, SNIFF_BYTES, Kind, kind_of_field, limit_of, path_problem, sniff, types_of

if TYPE_CHECKING:
    from quizgen.model.cards import Deck

_A = {"image": "an image", "audio": "a sound"}


class MediaError(QuizgenError):
    """A media file that is missing, outside the deck's folder, too large or not of its kind."""


@dataclass(frozen=True)
class MediaRef:
    """One media file a card names: which field, the path as written, and the file it resolves to."""

    field: str
    path: str
    file: str

    @property
    def kind(self) -> Kind:
        return kind_of_field(self.field)


def card_media(card: Any, deck_dir: str | os.PathLike[str]) -> list[MediaRef]:
    """The media files `card` names (a pydantic or plain card), in field order, resolved against `deck_dir`."""
    refs = []
    for name in MEDIA_FIELDS:
        value = getattr(card, name, None)
        if isinstance(value, str):
            refs.append(MediaRef(name, value, os.path.join(os.fspath(deck_dir), *value.split("/"))))
    return refs


def locate(deck_dir: str | os.PathLike[str], path: str) -> str:
    """The file `path` names inside `deck_dir`; MediaError when the path or a link leads out of the folder."""
    problem = path_problem(path)
    if problem:
        raise MediaError(problem)
    folder = os.path.realpath(deck_dir)
    file = os.path.join(os.fspath(deck_dir), *path.split("/"))
    real = os.path.realpath(file)
    if os.path.commonpath([folder, real]) != folder:
        raise MediaError(f"media file '{path}' is a link out of the deck's folder; copy the file into the folder")
    return file


def media_type(file: str, kind: Kind, path: str) -> str:
    """The type of the media `file` (named `path` in the deck), checked: exists, regular, within the limit, right kind.

    MediaError says what is wrong and what to do.
    """
    try:
        with open_regular(file) as f:
            size = os.fstat(f.fileno()).st_size
            head = f.read(SNIFF_BYTES)
    except FileNotFoundError:
        raise MediaError(f"{kind} file '{path}' is not there; put it beside the deck or fix the path") from None
    except NotARegularFile as exc:
        raise MediaError(f"{kind} file '{path}' is a {exc.kind}; name a regular file") from None
    except OSError as exc:
        raise MediaError(f"{kind} file '{path}' cannot be read: {exc.strerror or exc}") from None
    limit = limit_of(kind)
    if size > limit:
        raise MediaError(
            f"{kind} file '{path}' is {size:,} bytes; {_A[kind]} may be at most {limit:,} bytes ({binary_size(limit)})"
        )
    found = sniff(head)
    allowed = types_of(kind)
    if found not in allowed:
        what = f"a {found.upper()} file" if found else "not a file type quizgen knows"
        raise MediaError(f"{kind} file '{path}' is {what}; {_A[kind]} must be {', '.join(t.upper() for t in allowed)}")
    return found


def read_media(deck_dir: str | os.PathLike[str], path: str, kind: Kind) -> tuple[bytes, str]:
    """The bytes and type of the media file `path` of a deck in `deck_dir`; MediaError when it cannot be used."""
    file = locate(deck_dir, path)
    found = media_type(file, kind, path)
    try:
        return read_regular(file, limit_of(kind)), found
    except FileTooLarge as exc:  # it grew since it was checked
        raise MediaError(f"{kind} file '{path}' {exc.describe(kind + ' files')}") from None
    except OSError as exc:
        raise MediaError(f"{kind} file '{path}' cannot be read: {exc.strerror or exc}") from None


def check_deck_media(cards: list[Any], deck_dir: str | os.PathLike[str]) -> Iterator[tuple[int, str, str]]:
    """(card position, field, message) for every media file of `cards` that cannot be used."""
    for i, card in enumerate(cards):
        for ref in card_media(card, deck_dir):
            try:
                media_type(locate(deck_dir, ref.path), ref.kind, ref.path)
            except MediaError as exc:
                yield i, ref.field, str(exc)


def media_problems(deck: Deck, path: str | os.PathLike[str]) -> list[Problem]:
    """The media files of the loaded `deck` (from the file `path`) that cannot be used, each at its line."""
    name = os.fspath(path)
    cards = deck.cards
    found = list(check_deck_media(cards, os.path.dirname(os.path.abspath(name))))
    if not found:
        return []
    from quizgen.deckio import yamlio
    from quizgen.deckio.loader import read_text
    from quizgen.deckio.locate import position

    root = yamlio.compose(read_text(name))
    problems = []
    for i, key, message in found:
        line, col = position(root, ("cards", i, key))
        problems.append(Problem(name, message, line, col, cards[i].id or f"#{i + 1}"))
    return problems


def load_with_media(path: str | os.PathLike[str]) -> Deck:
    """The deck in `path`, whose media files are all usable; DeckError, listing every problem, when not."""
    from quizgen.deckio.loader import load_deck

    deck = load_deck(path)
    problems = media_problems(deck, path)
    if problems:
        raise DeckError(problems)
    return deck
