"""The JSON Schema of the deck format, for editors and other tools."""

from __future__ import annotations

import ast
import inspect
import json
import textwrap
from typing import Any

from quizgen.model import cards as model
from quizgen.model.cards import Deck


def attribute_docs(cls: type) -> dict[str, str]:
    """The docstrings written under the fields of `cls` and of its bases in the model module.

    They become the schema's descriptions. Reading them here, rather than through pydantic's
    `use_attribute_docstrings`, keeps that source parsing out of every start-up.
    """
    docs: dict[str, str] = {}
    for klass in reversed(cls.__mro__):
        if klass.__module__ != model.__name__:
            continue
        body = ast.parse(textwrap.dedent(inspect.getsource(klass))).body[0].body  # type: ignore[attr-defined]
        for node, after in zip(body, body[1:], strict=False):
            if (
                isinstance(node, ast.AnnAssign)
                and isinstance(node.target, ast.Name)
                and isinstance(after, ast.Expr)
                and isinstance(after.value, ast.Constant)
                and isinstance(after.value.value, str)
            ):
                docs[node.target.id] = inspect.cleandoc(after.value.value)
    return docs


def _describe(schema: dict[str, Any], cls: type) -> None:
    properties = schema.get("properties", {})
    for name, doc in attribute_docs(cls).items():
        if name in properties:
            properties[name] = {"description": doc, **properties[name]}


RULES: dict[tuple[str, str], str] = {
    ("Deck", "cards"): "Card ids are unique in a deck (and deck ids across the decks studied together).",
    ("ChoiceCard", "choices"): "All different, ignoring case and spacing.",
    ("ChoiceCard", "answer"): "Must be one of `choices`, exactly.",
    ("ClozeCard", "text"): "At least one `{{c1::text}}` deletion, none empty, and no stray `{{` or `}}`.",
    ("TypedCard", "accept"): "Each differs from `answer` and from the others (ignoring case and spacing).",
    ("CardSource", "end"): "`start` and `end` come together, `end` is not before `start`, and they span `sentence`.",
}
"""The rules `quizgen validate` checks that a JSON Schema cannot express, told in the fields' descriptions."""

TEXT_PATTERNS = (r"\S", model.ID_PATTERN, r"^[^\s\"]+$")
"""The patterns of text, ids and tags: YAML 1.2 reads `1991` or `true` written there as a number or a boolean,
which `quizgen validate` reads as the text typed, so the schema takes those too."""
TRUE_OR_FALSE = r"^\s*([Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])\s*$"
TEXT_NOTE = "A number or true/false written unquoted is read as the text typed."


def _as_typed(node: Any) -> None:
    """Let text fields take what YAML 1.2 makes of unquoted numbers and booleans, as the validator does, and
    boolean and whole-number fields take the text forms the validator reads (`"true"`, `"120"`)."""
    if isinstance(node, list):
        for child in node:
            _as_typed(child)
        return
    if not isinstance(node, dict):
        return
    kind = node.get("type")
    if kind == "string" and node.get("pattern") in TEXT_PATTERNS:
        node["type"] = ["string", "number", "boolean"]
    elif kind == "boolean":
        node["type"] = ["boolean", "string"]
        node["pattern"] = TRUE_OR_FALSE
    elif kind == "integer":
        node["type"] = ["integer", "string"]
        node["pattern"] = r"^[0-9]+$"
    for child in node.values():
        _as_typed(child)


def deck_schema() -> dict[str, Any]:
    """The deck JSON Schema (draft 2020-12)."""
    schema = Deck.model_json_schema()
    _describe(schema, Deck)
    for name, definition in schema.get("$defs", {}).items():
        cls = getattr(model, name, None)
        if isinstance(cls, type):
            _describe(definition, cls)
    _add_rules(schema)
    _as_typed(schema)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "quizgen deck, format 1",
        **{k: v for k, v in schema.items() if k != "title"},
    }


def _add_rules(schema: dict[str, Any]) -> None:
    """Append the rules the schema cannot express to the descriptions of their fields."""
    for (name, field), rule in RULES.items():
        definition = schema if name == "Deck" else schema.get("$defs", {}).get(name, {})
        prop = definition.get("properties", {}).get(field)
        if prop is not None:
            prop["description"] = f"{prop['description']} {rule}" if prop.get("description") else rule
    for definition in [schema, *schema.get("$defs", {}).values()]:
        for prop in definition.get("properties", {}).values():
            if _holds_text(prop) and "description" in prop:
                prop["description"] += f" {TEXT_NOTE}"


def _holds_text(prop: dict[str, Any]) -> bool:
    options = prop.get("anyOf", [prop])
    return any(o.get("type") == "string" and o.get("pattern") == r"\S" for o in options)


def schema_json() -> str:
    """The schema as stable, indented JSON text."""
    return json.dumps(deck_schema(), indent=2, ensure_ascii=False) + "\n"
