"""Turn the notes of an Anki package into quizgen decks, one per Anki deck that holds notes.

Each note becomes the card it is in Anki (see `quizgen.exchange.anki.notes`). A note quizgen
wrote, and that its import left as it was, gets its card id back, so exporting the deck again
updates that note. Every other card keeps its note's GUID in an `anki-...` id (see
`quizgen.exchange.anki.identity`): a re-import updates the same card, and export never writes
over the note it came from.
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
from quizgen.exchange.anki import identity
from quizgen.exchange.anki.fields import same_fields
from quizgen.exchange.anki.html import to_text
from quizgen.exchange.anki.media_import import PackageMedia
from quizgen.exchange.anki.notes import Skip, TextOf, card_data, mapping_line, own_kind
from quizgen.exchange.anki.read_package import AnkiNote, NoteType, Package, read_package
from quizgen.inputs import binary_size
from quizgen.model import rules
from quizgen.model.cards import AnyCard, Card, Deck
from quizgen.model.ids import slug, unique_id
from quizgen.visible import excerpt

_CARD = TypeAdapter(Card)
_TAG = re.compile(r"^[^\s\"]+$")


@dataclass
class ImportResult:
    """The decks read from a file, the warnings about what was left out, and how fields were mapped."""

    decks: list[Deck]
    warnings: list[Problem] = field(default_factory=list)
    mappings: list[str] = field(default_factory=list)
    from_anki: int = 0
    """Cards read from notes that quizgen does not write back (their ids start with `anki-`)."""
    cards_of_notes: dict[int, tuple[str, AnyCard]] = field(default_factory=dict)
    """The deck id and the card each imported note became, by Anki note id."""
    package: Package | None = None
    """The package read."""
    media: PackageMedia | None = None
    """The package's media, the cards' links to them, and what extracting them writes."""


def import_package(path: str | os.PathLike[str], with_scheduling: bool = False) -> ImportResult:
    """The decks of the Anki package at `path`, their cards linked to its media; with `with_scheduling`, its
    scheduling is read too (see `import_progress`)."""
    package = read_package(path, with_scheduling)
    result = convert(package, media=PackageMedia.read(package.path))
    result.package = package
    return result


def convert(package: Package, text_of: TextOf = to_text, media: PackageMedia | None = None) -> ImportResult:
    """The decks of a read package: one per Anki deck that holds notes.

    `text_of` reads a field: `to_text` for HTML, or the text itself for a plain-text file of notes.
    With the package's `media`, each card links the first image and sound of its prompt and answer.
    """
    result = ImportResult([], media=media)
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
        note_ids: list[int] = []
        card_ids: set[str] = set()
        text = 0  # bytes of card text so far: the deck file holds at least that many
        for done, note in enumerate(notes, 1):
            notetype = package.notetypes.get(note.notetype_id) or NoteType(note.notetype_id, "?", [], False)
            if notetype.id not in mapped:
                mapped.add(notetype.id)
                line = mapping_line(notetype)
                if line:
                    result.mappings.append(line)
            card = _card(package.path, note, notetype, quizgen_id, result.warnings, text_of, media)
            if card is not None and card.get("id") in card_ids:
                # Anki does not enforce unique GUIDs; a damaged collection can repeat one.
                message = "skipped: another note has the same GUID"
                result.warnings.append(Problem(package.path, message, card=card["id"], severity="warning"))
            elif card is not None:
                card_ids.update([card["id"]] if "id" in card else [])
                result.from_anki += identity.from_anki(card.get("id", ""))
                cards.append(card)
                note_ids.append(note.id)
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
        deck = _deck(quizgen_id, title, description, cards)
        result.decks.append(deck)
        for note_id, made in zip(note_ids, deck.cards, strict=True):
            result.cards_of_notes[note_id] = (deck.id, made)
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


def _card(
    path: str,
    note: AnkiNote,
    notetype: NoteType,
    deck_id: str,
    warnings: list[Problem],
    text_of: TextOf,
    package_media: PackageMedia | None = None,
) -> dict[str, Any] | None:
    """The card data of one note, or None (with a warning) when it cannot become a card."""

    def warn(message: str, card: str | None = None) -> None:
        if card is None and note.guid:
            card = identity.foreign_card_id(note.guid) or f"guid '{excerpt(note.guid)}'"
        warnings.append(Problem(path, message, note.line, card=card, severity="warning"))

    media: list[str] = []
    try:
        data = card_data(note.fields, notetype, media, note.card_ords, text_of)
        if package_media is not None:
            media = package_media.link(data)  # what is left is marked in the text
        card = _CARD.validate_python(data)
    except Skip as exc:
        warn(f"skipped: {exc}")
        return None
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"][1:]) or "card"
        warn(f"skipped: {where}: {first['msg']}")
        return None
    errors = [f.message for f in rules.check_cards([(0, card)]) if f.severity == "error"]
    if errors:
        warn(f"skipped: {errors[0]}")
        return None
    own = identity.parse_guid(note.guid)
    if own is not None and own[0] == deck_id and own_kind(notetype) and same_fields(card, note.fields):
        card_id: str | None = own[1]
    else:
        card_id = identity.foreign_card_id(note.guid) if note.guid else None
    if card_id is None and note.guid:
        warn("the note's GUID is too long, or has characters a card id cannot keep; a new export makes a new note")
    elif card_id is not None:
        data = {"id": card_id, **data}
    tags = [t for t in note.tags if _TAG.match(t)]
    if tags:
        data["tags"] = tags
    if media and package_media is None:
        warn(f"media is not imported from this file: {', '.join(dict.fromkeys(media))} (marked in the text)", card_id)
    elif media:
        names = ", ".join(excerpt(name) for name in dict.fromkeys(media))
        warn(f"media left as marks in the text: {names} (see the warnings about media files)", card_id)
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
