"""One Anki note to the data of one quizgen card, as the note is studied in Anki.

Notes of quizgen's own note types come back as the card types they were exported from. Other
notes follow their note type's templates (see `templates.shape`): a note type whose two templates
ask two fields both ways ("Basic (and reversed card)") gives a basic card with `reverse: true`
when the note has both cards; a field that only switches a card on ("Add Reverse") is never card
text; a template that asks to type a field ("Basic (type in the answer)") gives a typed card; a
cloze note type gives a cloze card. Field HTML becomes plain text that means the same
(`html.to_text`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from quizgen.exchange.anki import note_types, templates
from quizgen.exchange.anki.html import PlainText, own_field_text, to_text
from quizgen.exchange.anki.read_package import NoteType
from quizgen.visible import excerpt

_CLOZE_MARK = re.compile(r"\{\{c\d+::")
_BACK_EXTRA = re.compile(r'^(?:<div class="note">(.*?)</div>)?(?:<div class="source">(.*?)</div>)?$', re.S)
_ITEM = re.compile(r"<li(?: [^>]*)?>(.*?)</li>", re.S)

TextOf = Callable[[str], PlainText]
"""How a field's content becomes text: `to_text` for HTML, or the text itself for a plain-text file."""


class Skip(Exception):
    """A note that cannot become a card; the message says why."""


def own_kind(notetype: NoteType) -> str | None:
    """The card type of one of quizgen's own note types, None for any other note type."""
    kind = note_types.CARD_TYPE_OF_MODEL.get(notetype.id)
    if kind and notetype.fields == note_types.fields_of(notetype.id):
        return kind
    # "Merge note types" in Anki gives quizgen Basic the "Add Reverse" of its reversed sibling.
    if kind == "basic" and notetype.fields == note_types.fields_of(note_types.BASIC_REVERSED_ID):
        return kind
    return None


def card_data(
    fields: Sequence[str],
    notetype: NoteType,
    media: list[str],
    card_ords: Sequence[int] | None = None,
    text_of: TextOf = to_text,
) -> dict[str, Any]:
    """The card data of a note with these `fields`; the media it refers to are added to `media`.

    `card_ords` are the templates the note has cards of; None works them out from the templates.
    Raises Skip when the note cannot become a card.
    """
    fields = list(fields) + [""] * (len(notetype.fields) - len(fields))
    kind = own_kind(notetype)
    if kind == "basic" and len(fields) > 4:
        own = _own_note(kind, fields[:4], media)
        return {**own, "reverse": True} if to_text(fields[4]).text else own
    if kind:
        return _own_note(kind, fields, media)
    shape = templates.shape(notetype)
    texts = [_text(text_of(f), media) for f in fields]
    if shape.kind == "cloze":
        return _cloze(fields, texts, shape)
    extras = _join(texts, shape.note)
    if shape.kind == "typed":
        question, answer = _join(texts, shape.front), _join(texts, shape.back)
        if not question or not answer:
            raise Skip(f"the {'question' if not question else 'answer'} is empty")
        return _with_extras({"type": "typed", "question": question, "answer": answer}, "", extras)
    front, back = _join(texts, shape.front), _join(texts, shape.back)
    reverse = False
    if shape.reversible:
        ords = set(card_ords) if card_ords is not None else _ords(notetype, fields)
        reverse = {0, 1} <= ords
        if ords == {1}:
            front, back = back, front
    if not front:
        raise Skip(f"the front ({_names(notetype, shape.front)}) is empty")
    if not back:
        raise Skip(f"the back ({_names(notetype, shape.back)}) is empty, so the card has no back")
    data: dict[str, Any] = {"type": "basic", "front": front, "back": back}
    if reverse:
        data["reverse"] = True
    return _with_extras(data, "", extras)


def mapping_line(notetype: NoteType) -> str | None:
    """How notes of `notetype` became cards, for the import report; None for Basic, Cloze and quizgen's types."""
    if own_kind(notetype):
        return None
    shape = templates.shape(notetype)
    names = notetype.fields
    name = f"note type '{excerpt(notetype.name)}'"

    def of(indexes: Sequence[int]) -> str:
        return excerpt(", ".join(names[i] for i in indexes), 80) or "(nothing)"

    parts: list[str] = []
    if shape.kind == "cloze":
        if shape.note == [1] and names[1:] == ["Back Extra"] or _is_image_occlusion(notetype):
            return None
        parts.append(f"{name} became cloze cards: {of([shape.text] if shape.text is not None else [])} → text")
    elif shape.kind == "typed":
        parts.append(f"{name} became typed cards: {of(shape.front)} → question; {of(shape.back)} → answer")
    elif shape.reversible:
        parts.append(
            f"{name} became basic cards asked both ways: {of(shape.front)} → front; {of(shape.back)} → back; "
            "reverse: true where the note has both cards"
        )
    else:
        if [names[i] for i in shape.front + shape.back] == ["Front", "Back"] and not shape.note:
            return None
        parts.append(f"{name} became basic cards: {of(shape.front)} → front; {of(shape.back)} → back")
    if shape.note:
        parts.append(f"{of(shape.note)} → note")
    if shape.controls:
        parts.append(f"{of(shape.controls)} → left out (only turns cards on or off)")
    if shape.unused_templates:
        unused = excerpt(", ".join(f"'{t}'" for t in shape.unused_templates), 80)
        parts.append(f"cards of {unused} are not imported")
    return "; ".join(parts) + " (empty fields skipped)"


def _is_image_occlusion(notetype: NoteType) -> bool:
    """Anki's Image Occlusion note type (or a copy): its notes are skipped, each with a warning."""
    return any("image-occlusion" in t.front for t in notetype.templates)


def _ords(notetype: NoteType, fields: Sequence[str]) -> set[int]:
    values = dict(zip(notetype.fields, fields, strict=False))
    return {i for i, t in enumerate(notetype.templates) if templates.renders(t.front, values)}


def _cloze(fields: Sequence[str], texts: Sequence[str], shape: templates.Shape) -> dict[str, Any]:
    at = shape.text if shape.text is not None and _CLOZE_MARK.search(fields[shape.text]) else None
    if at is None:
        at = next((i for i, f in enumerate(fields) if _CLOZE_MARK.search(f)), None)
    if at is None:
        raise Skip("cloze note without a {{c1::deletion}}")
    if "image-occlusion:" in fields[at]:
        raise Skip("image occlusion notes are not supported")
    extra = _join(texts, [i for i in range(len(texts)) if i != at and i not in shape.controls])
    return _with_extras({"type": "cloze", "text": texts[at]}, "", extra)


def _join(texts: Sequence[str], indexes: Sequence[int]) -> str:
    return "\n".join(texts[i] for i in indexes if i < len(texts) and texts[i])


def _names(notetype: NoteType, indexes: Sequence[int]) -> str:
    return excerpt(", ".join(notetype.fields[i] for i in indexes if i < len(notetype.fields)), 80) or "?"


def _text(plain: PlainText, media: list[str]) -> str:
    media.extend(plain.media)
    return plain.text


def _own_note(kind: str, fields: list[str], media: list[str]) -> dict[str, Any]:
    """Card data from a note of a quizgen note type, the inverse of `fields.note_fields`."""

    def text(field_html: str) -> str:
        return _text(own_field_text(field_html), media)

    data: dict[str, Any] = {"type": kind}
    if kind == "cloze":
        data["text"] = text(fields[0])
        m = _BACK_EXTRA.match(fields[1])
        if m:
            note = text(m[1]) if m[1] else ""
            sentence = text(m[2]) if m[2] else ""
        else:
            note, sentence = text(fields[1]), ""
        return _with_extras(data, sentence, note)
    if kind == "basic":
        data.update(front=text(fields[0]), back=text(fields[1]))
    elif kind == "choice":
        choices = [text(item) for item in _ITEM.findall(fields[1])]
        data.update(question=text(fields[0]), choices=choices, answer=text(fields[2]))
    elif kind == "truefalse":
        data.update(statement=text(fields[0]), answer=text(fields[1]).strip().casefold() == "true")
        correction = text(fields[2])
        if correction:
            data["correction"] = correction
    else:
        accept = [text(item) for item in _ITEM.findall(fields[2])]
        data.update(question=text(fields[0]), answer=text(fields[1]), accept=accept)
    return _with_extras(data, text(fields[-2]), text(fields[-1]))


def _with_extras(data: dict[str, Any], sentence: str, note: str) -> dict[str, Any]:
    if note:
        data["note"] = note
    if sentence:
        data["source"] = {"sentence": sentence}
    return data
