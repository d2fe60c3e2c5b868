"""What an Anki note type's card templates show, so that a note becomes the card it is in Anki.

A template refers to fields as `{{Field}}`, with filters before the name (`{{type:Back}}`,
`{{cloze:Text}}`, `{{text:Front}}`), and tests them in sections (`{{#Field}}...{{/Field}}` shows
the inside when the field is filled, `{{^Field}}` when it is empty). From the templates of a note
type, `shape` finds the question and answer fields, the field the learner types, the field that
only switches a card on (the "Add Reverse" of "Basic (optional reversed card)"), and whether two
templates ask the same pair of fields both ways, as "Basic (and reversed card)" does.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from quizgen.exchange.anki.read_package import NoteType, Template

_TAG = re.compile(r"\{\{\s*([#^/]?)\s*([^{}]*?)\s*\}\}")
SPECIAL = {"FrontSide", "Tags", "Type", "Deck", "Subdeck", "Card", "CardFlag", "CardID"}
"""Names a template may use that are not fields."""


@dataclass(frozen=True)
class Ref:
    """One `{{...}}` of a template: the field named, its filters, and '#', '^', '/' for a section."""

    name: str
    filters: tuple[str, ...] = ()
    section: str = ""


def refs(template: str) -> list[Ref]:
    """Every field reference of a template's HTML, in order."""
    found = []
    for m in _TAG.finditer(template):
        *filters, name = m[2].split(":")
        found.append(Ref(name.strip(), tuple(f.strip() for f in filters), m[1]))
    return found


def shown(template: str, fields: Sequence[str]) -> list[int]:
    """Indexes of the fields a template shows (not those it only tests), in the note type's order."""
    names = {r.name for r in refs(template) if not r.section}
    return [i for i, name in enumerate(fields) if name in names]


def typed(template: str, fields: Sequence[str]) -> list[int]:
    """Indexes of the fields a template asks the learner to type (`{{type:Field}}`)."""
    names = {r.name for r in refs(template) if not r.section and "type" in r.filters and "cloze" not in r.filters}
    return [i for i, name in enumerate(fields) if name in names]


def renders(template: str, values: dict[str, str]) -> bool:
    """Whether Anki makes a card of this front template for a note with these field values.

    Anki makes the card when the front, with its sections resolved, shows a filled field.
    """
    shown_names: list[str] = []
    skipping: list[str] = []
    for ref in refs(template):
        if ref.section in ("#", "^"):
            filled = bool(values.get(ref.name, "").strip())
            skip = any(skipping) or filled != (ref.section == "#")
            skipping.append(ref.name if skip else "")
        elif ref.section == "/":
            if skipping:
                skipping.pop()
        elif not any(skipping):
            shown_names.append(ref.name)
    return any(values.get(name, "").strip() for name in shown_names if name not in SPECIAL)


@dataclass(frozen=True)
class Shape:
    """How the notes of a note type become cards; every list holds field indexes."""

    kind: str
    """basic, typed or cloze."""
    front: list[int] = field(default_factory=list)
    """basic and typed: the fields of the question."""
    back: list[int] = field(default_factory=list)
    """basic: the fields of the answer; typed: the one field typed."""
    note: list[int] = field(default_factory=list)
    """Fields that become the card's note: shown on every back, or on no card at all."""
    controls: list[int] = field(default_factory=list)
    """Fields that only switch cards on or off: never card text."""
    reversible: bool = False
    """Two templates ask `front` and `back` both ways; a note with both cards is `reverse: true`."""
    text: int | None = None
    """cloze: the field with the deletions."""
    unused_templates: list[str] = field(default_factory=list)
    """Templates whose cards become no study item of their own."""


def shape(notetype: NoteType) -> Shape:
    """How the notes of `notetype` become cards, read from its templates (worked out once per note type)."""
    return _shape(notetype.name, tuple(notetype.fields), tuple(notetype.templates), notetype.is_cloze)


@functools.lru_cache(maxsize=256)
def _shape(name: str, fields: tuple[str, ...], templates: tuple[Template, ...], is_cloze: bool) -> Shape:
    notetype = NoteType(0, name, list(fields), is_cloze, list(templates))
    everywhere = " ".join(t.front + t.back for t in templates)
    referenced = {r.name for r in refs(everywhere)}
    shown_anywhere = {r.name for r in refs(everywhere) if not r.section}
    controls = [i for i, name in enumerate(fields) if name in referenced and name not in shown_anywhere]
    unreferenced = [i for i, name in enumerate(fields) if name not in referenced]
    if notetype.is_cloze:
        return _cloze_shape(notetype, controls)
    if not templates:
        return Shape("basic", [0], [i for i in range(1, len(fields))])
    first = templates[0]
    front = shown(first.front, fields)
    answer = _answer_side(first, fields)
    typed_fields = typed(first.front, fields)
    if typed_fields:
        question = [i for i in front if i not in typed_fields]
        note = [i for i in answer if i not in question and i not in typed_fields] + unreferenced
        return Shape("typed", question, typed_fields[:1], note, controls, unused_templates=_names(templates[1:]))
    back = [i for i in answer if i not in front]
    if len(templates) == 2 and front and back:
        reverse_front = shown(templates[1].front, fields)
        reverse_back = [i for i in _answer_side(templates[1], fields) if i not in reverse_front]
        if reverse_front and set(front) <= set(reverse_back) and set(reverse_front) <= set(back):
            if not set(front) & set(reverse_front):
                both_backs = [i for i in back if i in reverse_back and i not in front and i not in reverse_front]
                return Shape("basic", front, reverse_front, both_backs + unreferenced, controls, reversible=True)
    if not front or not back:
        rest = [i for i in range(1, len(fields)) if i not in controls]
        return Shape("basic", [0], rest, [], controls, unused_templates=_names(templates[1:]))
    return Shape("basic", front, back, unreferenced, controls, unused_templates=_names(templates[1:]))


def _answer_side(template: Template, fields: Sequence[str]) -> list[int]:
    """The fields the back shows, counting `{{FrontSide}}` as the front's fields."""
    found = set(shown(template.back, fields))
    if any(r.name == "FrontSide" for r in refs(template.back)):
        found |= set(shown(template.front, fields))
    return sorted(found)


def _cloze_shape(notetype: NoteType, controls: list[int]) -> Shape:
    fields = notetype.fields
    cloze_fields = [
        i
        for t in notetype.templates
        for r in refs(t.front)
        if "cloze" in r.filters and not r.section
        for i, name in enumerate(fields)
        if name == r.name
    ]
    text = cloze_fields[0] if cloze_fields else None
    others = [i for i in range(len(fields)) if i != text and i not in controls]
    return Shape("cloze", note=others, controls=controls, text=text)


def _names(templates: Sequence[Template]) -> list[str]:
    return [t.name for t in templates]
