"""Turn pydantic's validation errors into messages a teacher can act on."""

from __future__ import annotations

import difflib
from typing import Any

from pydantic import BaseModel

from quizgen.model.cards import (
    CARD_TYPES,
    ID_PATTERN,
    BasicCard,
    CardSource,
    ChoiceCard,
    ClozeCard,
    Deck,
    DeckSource,
    TrueFalseCard,
    TypedCard,
)
from quizgen.visible import excerpt

_MODELS: dict[str, type[BaseModel]] = {
    "basic": BasicCard,
    "cloze": ClozeCard,
    "choice": ChoiceCard,
    "truefalse": TrueFalseCard,
    "typed": TypedCard,
}
_REQUIRED = {
    "basic": "front and back",
    "cloze": "text",
    "choice": "question, choices and answer",
    "truefalse": "statement and answer",
    "typed": "question and answer",
}


def model_at(loc: tuple[Any, ...]) -> type[BaseModel]:
    """The model whose field the error location's last step names."""
    model: type[BaseModel] = Deck
    steps = list(loc[:-1])
    if len(steps) >= 2 and steps[0] == "cards":
        model = _MODELS.get(str(steps[2]), BasicCard) if len(steps) > 2 else BasicCard
        steps = steps[3:]
    elif steps:
        steps = steps[1:] if steps[0] == "source" else steps
        model = DeckSource if loc[0] == "source" else Deck
    if steps and steps[0] == "source":
        model = CardSource
    return model


def suggestion(error: Any) -> str | None:
    """For an unknown key, the known key it most likely misspells."""
    if error["type"] != "extra_forbidden":
        return None
    loc = tuple(error["loc"])
    close = difflib.get_close_matches(str(loc[-1]), list(model_at(loc).model_fields), n=1, cutoff=0.6)
    return close[0] if close else None


def describe(error: Any) -> str:
    """One sentence for one pydantic error."""
    kind = error["type"]
    loc = tuple(error["loc"])
    # Quoted text is an excerpt: the file may not be a deck at all, and quoting it whole could show secrets.
    field = excerpt(next((str(s) for s in reversed(loc) if isinstance(s, str) and s not in _MODELS), "value"))
    value = error.get("input")
    quoted = excerpt(str(value))
    if kind == "extra_forbidden":
        close = suggestion(error)
        known = ", ".join(model_at(loc).model_fields)
        return f"unknown key '{field}'" + (f"; did you mean '{close}'?" if close else f"; known keys: {known}")
    if kind == "missing":
        if len(loc) >= 3 and loc[0] == "cards" and loc[2] in _REQUIRED:
            return f"missing key '{field}': a {loc[2]} card needs {_REQUIRED[str(loc[2])]}"
        return f"missing key '{field}'"
    if kind == "union_tag_invalid":
        return f"unknown card type '{excerpt(str(error['ctx']['tag']))}'; use one of: {', '.join(CARD_TYPES)}"
    if kind == "union_tag_not_found":
        return f"card has no 'type'; add one of: {', '.join(CARD_TYPES)}"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"'{field}' must be a mapping of keys, not {_kind(value)}"
    if kind == "string_type":
        return f"'{field}' must be text, not {_kind(value)}"
    if kind == "list_type":
        return f"'{field}' must be a list such as [a, b], not {_kind(value)}"
    if kind == "string_pattern_mismatch":
        pattern = error["ctx"]["pattern"]
        if pattern == r"\S":
            return f"'{field}' is empty; write some text or remove the key"
        if pattern == ID_PATTERN:
            return f"{field} '{quoted}' may use only lowercase letters, digits, '-' and '_' (at most 64)"
        if "\\s" in pattern:
            return f"tag '{quoted}' contains a space; join words with '-' or '_'"
        if field == "sha256":
            return "sha256 must be 64 lowercase hex digits"
        return f"'{field}' has an invalid value '{quoted}'"
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return f"'{field}' must be a whole number, not '{quoted}'"
    if kind == "greater_than_equal":
        return f"'{field}' must be 0 or more"
    if kind == "too_short" and field == "cards":
        return "a deck needs at least one card under 'cards'"
    if kind == "literal_error" and field == "format":
        return f"unsupported deck format '{quoted}'; this quizgen reads format 1"
    if kind == "value_error":
        return str(error["ctx"]["error"])
    return f"'{field}': {error['msg']}"


def _kind(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return f"'{excerpt(str(value))}'"
