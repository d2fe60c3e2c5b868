"""Load a deck file: read, parse safely, validate, and report every mistake with its line."""

from __future__ import annotations

import os
from typing import Any

from pydantic import TypeAdapter, ValidationError
from yaml.nodes import Node

from quizgen.deckio import locate, messages, yamlio
from quizgen.deckio.deckfiles import MAX_BYTES, Checked
from quizgen.deckio.deckfiles import deck_files as deck_files  # re-exported: part of the loader API
from quizgen.deckio.gcpause import paused_gc
from quizgen.errors import DeckError, Problem
from quizgen.inputs import FileTooLarge, NotARegularFile, read_regular
from quizgen.model import rules
from quizgen.model.cards import Card, Deck


def read_text(path: str | os.PathLike[str]) -> str:
    """The UTF-8 text of a deck file; DeckError when it is missing, not a regular file, too big or not UTF-8."""
    name = os.fspath(path)
    try:
        data = read_regular(name, MAX_BYTES)
    except FileNotFoundError:
        raise DeckError([Problem(name, "no such file")]) from None
    except NotARegularFile as exc:
        raise DeckError([Problem(name, f"is a {exc.kind}, not a deck file; give a deck file (.yaml)")]) from None
    except FileTooLarge as exc:
        raise DeckError([Problem(name, exc.describe("deck files"))]) from None
    except OSError as exc:
        raise DeckError([Problem(name, f"cannot read: {exc.strerror}")]) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise DeckError([Problem(name, "is not valid UTF-8; save the file as UTF-8", line, col)]) from None


def parse(text: str, path: str = "<deck>") -> Checked:
    """Check a deck's YAML text: the deck (None when it has errors) and every problem."""
    with paused_gc():
        return _parse(text, path)


def _parse(text: str, path: str) -> Checked:
    try:
        root = yamlio.compose(text)
        data = yamlio.build(root, len(text))
    except yamlio.YamlProblem as exc:
        line = None if exc.line is None else exc.line + 1
        col = None if exc.col is None else exc.col + 1
        return Checked(path, None, [Problem(path, exc.message, line, col)])
    if not isinstance(data, dict):
        return Checked(path, None, [Problem(path, "a deck must be a mapping with id, title and cards", 1, 1)])
    if not data.keys() & Deck.model_fields.keys():
        # Not a deck at all (a config file, /etc/passwd through a link): say so, and quote none of it.
        message = "does not look like a deck: it has no id, title, cards or other deck key; is it the right file?"
        return Checked(path, None, [Problem(path, message, 1, 1)])
    try:
        deck = Deck.model_validate(data)
    except ValidationError as exc:
        problems = _schema_problems(exc, root, data, path)
        valid = _valid_cards(data.get("cards"))
        problems += [_place(f.path, f.message, f.severity, root, data, path, f.key) for f in rules.check_cards(valid)]
        problems.sort(key=lambda p: (p.line or 0, p.col or 0))
        return Checked(path, None, problems)
    findings = list(rules.check(deck))
    problems = [_place(f.path, f.message, f.severity, root, data, path, f.key) for f in findings]
    has_errors = any(p.severity == "error" for p in problems)
    return Checked(path, None if has_errors else deck, problems)


def check_file(path: str | os.PathLike[str]) -> Checked:
    """Check one deck file."""
    name = os.fspath(path)
    try:
        text = read_text(name)
    except DeckError as exc:
        return Checked(name, None, exc.problems)
    return parse(text, name)


def load_deck(path: str | os.PathLike[str]) -> Deck:
    """The deck in `path`; DeckError, listing every problem, when it has errors."""
    checked = check_file(path)
    if checked.deck is None:
        raise DeckError(checked.problems)
    return checked.deck


def loads_deck(text: str, path: str = "<deck>") -> Deck:
    """The deck in YAML `text`; DeckError when it has errors."""
    checked = parse(text, path)
    if checked.deck is None:
        raise DeckError(checked.problems)
    return checked.deck


_CARD = TypeAdapter(Card)


def _valid_cards(cards: Any) -> list[tuple[int, Any]]:
    valid = []
    for i, raw in enumerate(cards if isinstance(cards, list) else []):
        try:
            valid.append((i, _CARD.validate_python(raw)))
        except ValidationError:
            pass
    return valid


def _schema_problems(exc: ValidationError, root: Node | None, data: dict[str, Any], path: str) -> list[Problem]:
    problems = []
    errors = exc.errors()
    # A misspelt key also makes the right key "missing"; the did-you-mean line says it all.
    suggested = {(e["loc"][:-1], m) for e in errors if (m := messages.suggestion(e))}
    for error in errors:
        if error["type"] == "missing" and (error["loc"][:-1], error["loc"][-1]) in suggested:
            continue
        loc = tuple(error["loc"])
        # A discriminated union puts the card type in the location; the YAML has no such key.
        yaml_loc = tuple(s for i, s in enumerate(loc) if not (i == 2 and loc[0] == "cards"))
        kind = error["type"]
        if kind == "missing":
            yaml_loc = yaml_loc[:-1]
        problems.append(
            _place(yaml_loc, messages.describe(error), "error", root, data, path, kind == "extra_forbidden")
        )
    return problems


def _place(
    loc: tuple[Any, ...], message: str, severity: str, root: Node | None, data: dict[str, Any], path: str, key: bool
) -> Problem:
    line, col = locate.position(root, loc, key)
    return Problem(path, message, line, col, _card_label(data, loc), severity)


def _card_label(data: dict[str, Any], loc: tuple[Any, ...]) -> str | None:
    if len(loc) < 2 or loc[0] != "cards" or not isinstance(loc[1], int):
        return None
    cards = data.get("cards")
    card = cards[loc[1]] if isinstance(cards, list) and loc[1] < len(cards) else None
    if isinstance(card, dict) and isinstance(card.get("id"), str) and card["id"].strip():
        return str(card["id"])
    return f"#{loc[1] + 1}"
