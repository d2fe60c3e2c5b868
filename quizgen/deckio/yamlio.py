"""Safe, strict YAML for decks: every scalar stays the text that was typed.

Loading composes the document with libyaml (when present), then builds plain
Python data itself: no tags beyond the core ones, no duplicate keys, no
YAML 1.1 guessing (`NO`, `3.10` and `010` stay strings), and aliases whose
expansion is bounded, in nodes and in characters, so an alias bomb fails at once.
"""

from __future__ import annotations

from typing import Any

import yaml
import yaml.reader
from yaml.nodes import Node, ScalarNode, SequenceNode

from quizgen.visible import excerpt

try:
    from yaml.cyaml import CParser as _Parser  # type: ignore[attr-defined]

    LIBYAML = True
except ImportError:  # pragma: no cover - libyaml is in every wheel we support
    from yaml.composer import Composer
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _Parser(Reader, Scanner, Parser, Composer):  # type: ignore[no-redef]
        def __init__(self, stream: str) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)
            Composer.__init__(self)

    LIBYAML = False

STR = "tag:yaml.org,2002:str"
SEQ = "tag:yaml.org,2002:seq"
MAP = "tag:yaml.org,2002:map"
NULL = "tag:yaml.org,2002:null"
_AS_TEXT = {STR, "tag:yaml.org,2002:int", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:float"}
_NULLS = {"", "~", "null", "Null", "NULL"}
MAX_EXPANSION = 100_000
"""How many nodes aliases may add to a document before it is refused."""
EXPANSION_FACTOR = 10
"""Aliases may add at most this many times the document's own length in characters..."""
MIN_EXPANSION_CHARS = 1 << 20
"""... or this many characters, whichever is more, so a small deck may alias freely."""
MAX_DEPTH = 100
"""How deeply lists and mappings may nest (a deck needs about five levels)."""


class YamlProblem(Exception):
    """A YAML mistake at a place in the text (0-based line and column)."""

    def __init__(self, message: str, line: int | None, col: int | None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.col = col


class _Composer(_Parser):  # type: ignore[misc,valid-type]
    """libyaml's composer with a resolver that guesses no types."""

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        if kind is ScalarNode:
            return STR
        return SEQ if kind is SequenceNode else MAP

    def descend_resolver(self, *args: Any) -> None:
        pass

    def ascend_resolver(self, *args: Any) -> None:
        pass


class _Builder:
    """Turns composed nodes into dicts, lists, strings and None."""

    def __init__(self, length: int) -> None:
        self.done: dict[Node, Any] = {}
        self.sizes: dict[Node, tuple[int, int]] = {}
        self.busy: set[Node] = set()
        self.expanded = 0
        self.expanded_chars = 0
        self.length = length
        self.max_chars = max(EXPANSION_FACTOR * length, MIN_EXPANSION_CHARS)

    def build(self, node: Node) -> Any:
        if node in self.done:
            nodes, chars = self._size(node)
            self.expanded += nodes
            self.expanded_chars += chars
            if self.expanded > MAX_EXPANSION:
                raise _problem("aliases expand too far (an alias bomb?); write the data out", node)
            if self.expanded_chars > self.max_chars:
                raise _problem(
                    f"aliases repeat {self.expanded_chars:,} characters so far, more than {EXPANSION_FACTOR} times "
                    f"the file's {self.length:,} (at most {self.max_chars:,}); alias less, or write the text out",
                    node,
                )
            return self.done[node]
        if node in self.busy:
            raise _problem("an alias refers to itself; decks cannot be recursive", node)
        tag = node.tag
        if isinstance(node, ScalarNode):
            if tag in _AS_TEXT:
                value = node.value
                value = None if node.style is None and value in _NULLS else value
            elif tag == NULL:
                value = None
            else:
                raise _problem(f"the tag {_short(tag)} is not allowed in a deck; remove it", node)
            self.done[node] = value  # an alias to it is counted when it is met again
            return value
        if len(self.busy) >= MAX_DEPTH:
            raise _problem(f"lists and mappings nest more than {MAX_DEPTH} levels deep; flatten the data", node)
        self.busy.add(node)
        if isinstance(node, SequenceNode):
            if tag != SEQ:
                raise _problem(f"the tag {_short(tag)} is not allowed in a deck; remove it", node)
            result: Any = [self.build(child) for child in node.value]
        else:
            if tag != MAP:
                raise _problem(f"the tag {_short(tag)} is not allowed in a deck; remove it", node)
            result = {}
            for key_node, value_node in node.value:
                key = self.build(key_node)
                if not isinstance(key, str):
                    raise _problem("a key must be plain text", key_node)
                if key in result:
                    raise _problem(f"duplicate key '{excerpt(key)}'; keep only one", key_node)
                result[key] = self.build(value_node)
        self.busy.discard(node)
        self.done[node] = result
        return result

    def _size(self, node: Node) -> tuple[int, int]:
        """How many nodes and characters `node` holds, counting what its own aliases repeat."""
        size = self.sizes.get(node)
        if size is None:
            if isinstance(node, ScalarNode):
                size = (1, len(node.value))
            else:
                children = node.value if isinstance(node, SequenceNode) else [c for pair in node.value for c in pair]
                parts = [self._size(c) for c in children]
                size = (1 + sum(n for n, _ in parts), sum(c for _, c in parts))
            self.sizes[node] = size
        return size


def _short(tag: str) -> str:
    return excerpt("!!" + tag[len("tag:yaml.org,2002:") :] if tag.startswith("tag:yaml.org,2002:") else tag)


def _problem(message: str, node: Node) -> YamlProblem:
    return YamlProblem(message, node.start_mark.line, node.start_mark.column)


def compose(text: str) -> Node | None:
    """The node tree of a one-document YAML text, with marks; YamlProblem if malformed."""
    try:
        parser = _Composer(text)
    except yaml.reader.ReaderError as exc:
        raise _reader_problem(text, exc) from None
    try:
        return parser.get_single_node()  # type: ignore[no-any-return]
    except yaml.reader.ReaderError as exc:
        raise _reader_problem(text, exc) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = f"YAML: {exc.problem or exc}" + _hint(text, exc)
        if "expected a single document" in str(exc.context):
            message = "a deck file holds one YAML document; remove the '---' separator"
        raise YamlProblem(message, mark.line if mark else None, mark.column if mark else None) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(f"YAML: {exc}", None, None) from None
    finally:
        parser.dispose()


def _reader_problem(text: str, exc: yaml.reader.ReaderError) -> YamlProblem:
    """A character YAML does not allow (a control character), at its place."""
    position = exc.position
    if LIBYAML:  # libyaml counts UTF-8 bytes, not characters
        position = len(text.encode("utf-8", "surrogatepass")[:position].decode("utf-8", "ignore"))
    line = text.count("\n", 0, position)
    col = position - (text.rfind("\n", 0, position) + 1)
    character = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "?")
    return YamlProblem(f"YAML: character U+{character:04X} is not allowed; remove it", line, col)


def _hint(text: str, exc: yaml.MarkedYAMLError) -> str:
    """Advice for the YAML mistakes teachers make most."""
    marks = [m for m in (exc.context_mark, exc.problem_mark) if m is not None]
    lines = text.splitlines()
    for mark in marks:
        line = lines[mark.line] if mark.line < len(lines) else ""
        value = line.split(": ", 1)[1].lstrip() if ": " in line else line.lstrip(" -")
        if value.startswith("{{"):
            return "; text that starts with '{{' must be quoted: \"{{c1::...}} ...\""
        if "\t" in line[: len(line) - len(line.lstrip())]:
            return "; indent with spaces, not tabs"
    if "mapping values are not allowed" in str(exc.problem):
        return "; quote text that contains ': '"
    return ""


def build(node: Node | None, length: int = 0) -> Any:
    """Plain Python data from a composed node tree of a text of `length` characters (it bounds aliases)."""
    return None if node is None else _Builder(length).build(node)


def loads(text: str) -> Any:
    """Plain Python data from YAML text, loaded safely."""
    return build(compose(text), len(text))


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    pass


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value:
        return dumper.represent_scalar(STR, value, style="|")
    return dumper.represent_scalar(STR, value)


_Dumper.add_representer(str, _represent_str)


def dumps(data: Any) -> str:
    """Block-style YAML, keys in the given order, unicode kept, lines never folded."""
    return yaml.dump(  # type: ignore[no-any-return]
        data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1_000_000, indent=2
    )
