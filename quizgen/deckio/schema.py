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


def deck_schema() -> dict[str, Any]:
    """The deck JSON Schema (draft 2020-12)."""
    schema = Deck.model_json_schema()
    _describe(schema, Deck)
    for name, definition in schema.get("$defs", {}).items():
        cls = getattr(model, name, None)
        if isinstance(cls, type):
            _describe(definition, cls)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "quizgen deck, format 1",
        **{k: v for k, v in schema.items() if k != "title"},
    }


def schema_json() -> str:
    """The schema as stable, indented JSON text."""
    return json.dumps(deck_schema(), indent=2, ensure_ascii=False) + "\n"
