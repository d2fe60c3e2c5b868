"""The JSON Schema of the deck format, for editors and other tools."""

from __future__ import annotations

import json
from typing import Any

from quizgen.model import Deck


def deck_schema() -> dict[str, Any]:
    """The deck JSON Schema (draft 2020-12)."""
    schema = Deck.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "quizgen deck, format 1",
        **{k: v for k, v in schema.items() if k != "title"},
    }


def schema_json() -> str:
    """The schema as stable, indented JSON text."""
    return json.dumps(deck_schema(), indent=2, ensure_ascii=False) + "\n"
