"""Change a deck file in place, keeping the rest as its author wrote it.

A person's review changes a few cards of a deck; the file keeps its comments, its key order, its
quoting and indentation, and every card the review did not touch, byte for byte. ruamel.yaml reads
the file as a document that remembers all of that and writes it back (the deck's own dumper,
`deckio.dump`, writes fresh decks and would lose the comments).
"""

from __future__ import annotations

import io
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import LiteralScalarString
from ruamel.yaml.util import load_yaml_guess_indent

MARKS = ("reviewed", "edited")
"""Card keys that record a person's review; they go right after a card's id and type."""


class DeckDocument:
    """A deck file's YAML as a document that can be changed and written back unchanged elsewhere."""

    def __init__(self, text: str) -> None:
        _, indent, sequence_offset = load_yaml_guess_indent(text)
        self._yaml = YAML(typ="rt")
        self._yaml.preserve_quotes = True
        self._yaml.width = 1_000_000  # never fold a long line
        indent = indent or 2
        offset = sequence_offset or 0
        self._yaml.indent(mapping=indent - offset if offset else indent, sequence=indent, offset=offset)
        self.root: CommentedMap = self._yaml.load(text)

    @property
    def cards(self) -> CommentedSeq:
        """The deck's cards as written."""
        return self.root["cards"]  # type: ignore[no-any-return]

    def drop(self, position: int, uid: str) -> None:
        """Remove the card at `position` and record `uid` under the deck's `dropped:` ids."""
        del self.cards[position]
        self.record_dropped(uid)

    def record_dropped(self, uid: str) -> None:
        """Add `uid` to the deck's `dropped:` ids (made, before `cards`, when the deck has none)."""
        dropped = self.root.get("dropped")
        if not isinstance(dropped, list):
            dropped = CommentedSeq()
            keys = list(self.root)
            self.root.insert(keys.index("cards") if "cards" in keys else len(keys), "dropped", dropped)
        if uid not in dropped:
            dropped.append(uid)

    def mark(self, position: int, key: str) -> None:
        """Set `key` (`reviewed` or `edited`) to true on the card at `position`."""
        card = self.cards[position]
        if card.get(key) is True:
            return
        if key in card:
            card[key] = True
            return
        card.insert(_after_head(card), key, True)

    def replace(self, position: int, data: dict[str, Any]) -> None:
        """Give the card at `position` the keys and values of `data`, keeping the place and style of the keys
        it had (a list written `[a, b]` stays so), and its comments."""
        card = self.cards[position]
        for key in [k for k in card if k not in data]:
            del card[key]
        for number, (key, value) in enumerate(data.items()):
            if key in card:
                if not _same(card[key], value):
                    old = card[key]
                    card[key] = _styled(value, old)
                    if isinstance(card[key], LiteralScalarString) and not isinstance(old, LiteralScalarString):
                        _after_block(card, key)
            else:
                card.insert(min(number, len(card)), key, _styled(value, None))

    def dumps(self) -> str:
        """The document as YAML text."""
        out = io.StringIO()
        self._yaml.dump(self.root, out)
        return out.getvalue()


def _after_head(card: CommentedMap) -> int:
    """Where a review mark goes: after the card's id, type and other marks."""
    keys = list(card)
    at = 0
    for number, key in enumerate(keys):
        if key in ("id", "type", *MARKS):
            at = number + 1
    return at


def _after_block(card: CommentedMap, key: str) -> None:
    """A block scalar ends its own line: the comment or blank lines after the line it replaces lose that end."""
    comment = card.ca.items.get(key)
    token = comment[2] if comment and len(comment) > 2 else None
    if token is not None and token.value.startswith("\n"):
        token.value = token.value[1:]


def _same(old: Any, value: Any) -> bool:
    """Whether the written `old` already says `value` (the deck's loader reads `1991` as the text '1991')."""
    if isinstance(old, dict) and isinstance(value, dict):
        return old.keys() == value.keys() and all(_same(old[k], value[k]) for k in value)
    if isinstance(old, list) and isinstance(value, list):
        return len(old) == len(value) and all(_same(a, b) for a, b in zip(old, value, strict=True))
    if isinstance(old, (dict, list)) or isinstance(value, (dict, list)):
        return False
    if isinstance(old, bool) or isinstance(value, bool):
        return old is value or str(old).lower() == str(value).lower()
    return str(old) == str(value)


def _styled(value: Any, old: Any) -> Any:
    """`value` as ruamel writes it: several lines as a `|` block, a list in the flow style `old` had."""
    if isinstance(value, str) and "\n" in value:
        return LiteralScalarString(value)
    if isinstance(value, list):
        seq = CommentedSeq(_styled(v, None) for v in value)
        if isinstance(old, CommentedSeq) and old.fa.flow_style():
            seq.fa.set_flow_style()
        return seq
    if isinstance(value, dict):
        mapping = CommentedMap((k, _styled(v, None)) for k, v in value.items())
        if isinstance(old, CommentedMap) and old.fa.flow_style():
            mapping.fa.set_flow_style()
        return mapping
    return value
