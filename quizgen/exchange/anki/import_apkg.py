"""Turn the notes of an Anki package into quizgen decks.

Basic notes become basic cards and cloze notes cloze cards; notes of quizgen's
own note types come back as the card types they were exported from. Other note
types become basic cards: the first field is the front, the other filled fields
the back, and the mapping is reported. Every card keeps its note's GUID in its
id (see `quizgen.exchange.anki.identity`), so exporting it again updates the same note.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from pydantic import TypeAdapter, ValidationError

from quizgen.deckio.deckfiles import MAX_BYTES
from quizgen.errors import ImportFormatError, Problem
from quizgen.exchange.anki import identity, note_types
from quizgen.exchange.anki.html import PlainText, own_field_text, to_text
from quizgen.exchange.anki.read_package import AnkiNote, NoteType, Package, read_package
from quizgen.inputs import binary_size
from quizgen.model import rules
from quizgen.model.cards import Card, Deck
from quizgen.model.ids import slug, unique_id
from quizgen.visible import excerpt

_CARD = TypeAdapter(Card)
_TAG = re.compile(r"^[^\s\"]+$")
_CLOZE_MARK = re.compile(r"\{\{c\d+::")
_BACK_EXTRA = re.compile(r'^(?:<div class="note">(.*?)</div>)?(?:<div class="source">(.*?)</div>)?$', re.S)
_ITEM = re.compile(r'<li( class="right")?>(.*?)</li>', re.S)


class _Skip(Exception):
    """A note that cannot become a card; the message says why."""


@dataclass
class ImportResult:
    """The decks read from a file, the warnings about what was left out, and how fields were mapped."""

    decks: list[Deck]
    warnings: list[Problem] = field(default_factory=list)
    mappings: list[str] = field(default_factory=list)


def import_package(path: str | os.PathLike[str]) -> ImportResult:
    """The decks of the Anki package at `path`."""
    return convert(read_package(path))


def convert(package: Package) -> ImportResult:
    """The decks of a read package: one per Anki deck that holds notes."""
    result = ImportResult([])
    by_deck: dict[int, list[AnkiNote]] = {}
    for note in package.notes:
        by_deck.setdefault(note.deck_id, []).append(note)
    mapped: set[int] = set()
    taken: set[str] = set()
    for deck_id, notes in by_deck.items():
        anki_deck = package.decks.get(deck_id)
        title = anki_deck.name if anki_deck and anki_deck.name.strip() else "Imported from Anki"
        quizgen_id = unique_id(_deck_id(notes, title), taken)
        cards: list[dict[str, Any]] = []
        card_ids: set[str] = set()
        text = 0  # bytes of card text so far: the deck file holds at least that many
        for done, note in enumerate(notes, 1):
            notetype = package.notetypes.get(note.notetype_id) or NoteType(note.notetype_id, "?", [], False)
            if _is_foreign_other(notetype) and notetype.id not in mapped:
                mapped.add(notetype.id)
                result.mappings.append(_mapping_line(notetype))
            card = _card(package.path, note, notetype, quizgen_id, result.warnings)
            if card is not None and card.get("id") in card_ids:
                # Anki does not enforce unique GUIDs; a damaged collection can repeat one.
                message = "skipped: another note has the same GUID"
                result.warnings.append(Problem(package.path, message, card=card["id"], severity="warning"))
            elif card is not None:
                card_ids.update([card["id"]] if "id" in card else [])
                cards.append(card)
                text += _text_bytes(card)
                if text > MAX_BYTES:
                    raise ImportFormatError(
                        f"{package.path}: deck '{excerpt(title)}' has {len(notes):,} notes, and its first {done:,} "
                        f"already hold more than the {MAX_BYTES:,} bytes ({binary_size(MAX_BYTES)}) a deck file "
                        "may hold; split the deck in Anki"
                    )
        if not cards:
            result.warnings.append(
                Problem(package.path, f"deck '{excerpt(title)}' has no note to import", severity="warning")
            )
            continue
        description = to_text(anki_deck.description).text if anki_deck else ""
        result.decks.append(_deck(quizgen_id, title, description, cards))
    return result


def _text_bytes(card: dict[str, Any]) -> int:
    """The bytes of the texts of a card's data (its prompt, answers, choices and note)."""
    values = [v for v in card.values() if isinstance(v, str)] + [
        t for v in card.values() if isinstance(v, list) for t in v
    ]
    return sum(len(v.encode()) for v in values if isinstance(v, str))


def _deck_id(notes: list[AnkiNote], title: str) -> str:
    """The quizgen deck id named by the notes' quizgen GUIDs, else one made of the title."""
    own = Counter(parsed[0] for n in notes if (parsed := identity.parse_guid(n.guid)))
    return own.most_common(1)[0][0] if own else slug(title)


def _deck(deck_id: str, title: str, description: str, cards: list[dict[str, Any]]) -> Deck:
    """A deck of `cards`; tags every card shares become the deck's tags."""
    shared: list[str] = []
    if len(cards) > 1:
        common = set.intersection(*(set(c.get("tags", [])) for c in cards))
        shared = [t for t in cards[0].get("tags", []) if t in common]
        for card in cards:
            rest = [t for t in card.get("tags", []) if t not in common]
            card["tags"] = rest
    data: dict[str, Any] = {"id": deck_id, "title": title, "tags": shared, "cards": cards}
    if description:
        data["description"] = description
    return Deck.model_validate(data)


def _is_foreign_other(notetype: NoteType) -> bool:
    own = note_types.CARD_TYPE_OF_MODEL.get(notetype.id)
    if own and notetype.fields == [f["name"] for f in note_types.MODELS[own].fields]:
        return False
    return not notetype.is_cloze and [f.casefold() for f in notetype.fields] != ["front", "back"]


def _mapping_line(notetype: NoteType) -> str:
    first, rest = (notetype.fields[:1] or ["?"])[0], notetype.fields[1:]
    back = ", ".join(rest) if rest else "(nothing)"
    name, first, back = excerpt(notetype.name), excerpt(first), excerpt(back, 80)
    return f"note type '{name}' became basic cards: {first} → front; {back} → back (empty fields skipped)"


def _card(
    path: str, note: AnkiNote, notetype: NoteType, deck_id: str, warnings: list[Problem]
) -> dict[str, Any] | None:
    """The card data of one note, or None (with a warning) when it cannot become a card."""
    card_id = identity.card_id_for(note.guid, deck_id)
    label = card_id or f"guid '{excerpt(note.guid)}'"
    media: list[str] = []
    try:
        data = _convert_note(note, notetype, media)
    except _Skip as exc:
        warnings.append(Problem(path, f"skipped: {exc}", card=label, severity="warning"))
        return None
    if card_id is None:
        warnings.append(
            Problem(
                path,
                "the note's GUID is too long, or has characters a card id cannot keep; a new export makes a new note",
                card=label,
                severity="warning",
            )
        )
    else:
        data = {"id": card_id, **data}
    tags = [t for t in note.tags if _TAG.match(t)]
    if tags:
        data["tags"] = tags
    if media:
        names = ", ".join(dict.fromkeys(media))
        warnings.append(
            Problem(path, f"media is not imported yet: {names} (marked in the text)", card=label, severity="warning")
        )
    try:
        card = _CARD.validate_python(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"][1:]) or "card"
        warnings.append(Problem(path, f"skipped: {where}: {first['msg']}", card=label, severity="warning"))
        return None
    errors = [f.message for f in rules.check_cards([(0, card)]) if f.severity == "error"]
    if errors:
        warnings.append(Problem(path, f"skipped: {errors[0]}", card=label, severity="warning"))
        return None
    return data


def _text(plain: PlainText, media: list[str]) -> str:
    media.extend(plain.media)
    return plain.text


def _convert_note(note: AnkiNote, notetype: NoteType, media: list[str]) -> dict[str, Any]:
    fields = note.fields + [""] * (len(notetype.fields) - len(note.fields))
    own = note_types.CARD_TYPE_OF_MODEL.get(notetype.id)
    if own and notetype.fields == [f["name"] for f in note_types.MODELS[own].fields]:
        return _own_note(own, [_text(own_field_text(f), media) for f in fields], fields, media)
    texts = [_text(to_text(f), media) for f in fields]
    if notetype.is_cloze:
        at = next((i for i, f in enumerate(fields) if _CLOZE_MARK.search(f)), None)
        if at is None:
            raise _Skip("cloze note without a {{c1::deletion}}")
        if "image-occlusion:" in fields[at]:
            raise _Skip("image occlusion notes are not supported")
        data: dict[str, Any] = {"type": "cloze", "text": texts[at]}
        extra = "\n".join(t for i, t in enumerate(texts) if i != at and t)
        return {**data, "note": extra} if extra else data
    if not texts or not texts[0]:
        raise _Skip(f"the first field ({excerpt((notetype.fields or ['?'])[0])}) is empty")
    back = "\n".join(t for t in texts[1:] if t)
    if not back:
        raise _Skip("every field but the first is empty, so the card has no back")
    return {"type": "basic", "front": texts[0], "back": back}


def _own_note(kind: str, texts: list[str], fields: list[str], media: list[str]) -> dict[str, Any]:
    """Card data from a note of a quizgen note type, the inverse of `export.note_fields`."""
    data: dict[str, Any] = {"type": kind}
    if kind == "cloze":
        data["text"] = texts[0]
        m = _BACK_EXTRA.match(fields[1])
        if m:
            note = _text(own_field_text(m[1]), media) if m[1] else ""
            sentence = _text(own_field_text(m[2]), media) if m[2] else ""
        else:
            note, sentence = texts[1], ""
        return _with_extras(data, sentence, note)
    if kind == "basic":
        data.update(front=texts[0], back=texts[1])
    elif kind == "choice":
        items = _ITEM.findall(fields[1])
        data.update(question=texts[0], choices=[_text(own_field_text(i), media) for _, i in items], answer=texts[2])
    elif kind == "truefalse":
        data.update(statement=texts[0], answer=texts[1].strip().casefold() == "true")
        if texts[2]:
            data["correction"] = texts[2]
    else:
        accept = [_text(own_field_text(i), media) for _, i in _ITEM.findall(fields[2])]
        data.update(question=texts[0], answer=texts[1], accept=accept)
    return _with_extras(data, texts[-2], texts[-1])


def _with_extras(data: dict[str, Any], sentence: str, note: str) -> dict[str, Any]:
    if note:
        data["note"] = note
    if sentence:
        data["source"] = {"sentence": sentence}
    return data


def output_paths(decks: list[Deck], out: str | None, source: str) -> list[str]:
    """Where to write each deck: `out` as a .yaml file (one deck) or a folder; default: beside `source`."""
    if out and out.endswith((".yaml", ".yml")):
        if len(decks) > 1:
            raise ImportFormatError(f"{source}: holds {len(decks)} decks; give -o a folder, not the file {out}")
        return [out]
    folder = out or os.path.dirname(os.path.abspath(source))
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as exc:
        raise ImportFormatError(f"{folder}: cannot create the folder: {exc.strerror or exc}") from None
    return [os.path.join(folder, f"{deck.id}.yaml") for deck in decks]
