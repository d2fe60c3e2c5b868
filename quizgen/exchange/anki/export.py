"""Export quizgen decks to one Anki package (.apkg) with genanki."""

from __future__ import annotations

import itertools
import os
import re
import sqlite3
import time
import zipfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import genanki

from quizgen.atomic import replacing, scratch_folder
from quizgen.errors import ExportError
from quizgen.exchange.anki import identity, note_types
from quizgen.exchange.anki.html import to_html
from quizgen.model.cards import AnyCard, BasicCard, ChoiceCard, ClozeCard, Deck, TrueFalseCard, TypedCard


@dataclass
class ExportSummary:
    """What an export wrote: decks, and notes and cards per card type."""

    path: str
    decks: int = 0
    notes: Counter[str] = field(default_factory=Counter)
    cards: Counter[str] = field(default_factory=Counter)

    def __str__(self) -> str:
        parts = [f"{kind} {self.notes[kind]}" for kind in note_types.MODELS if self.notes[kind]]
        decks = "deck" if self.decks == 1 else "decks"
        total_notes, total_cards = sum(self.notes.values()), sum(self.cards.values())
        return (
            f"wrote {self.path}: {self.decks} {decks}, {total_notes} notes ({', '.join(parts)}), "
            f"{total_cards} Anki cards"
        )


def anki_tags(tags: Sequence[str]) -> list[str]:
    """Tags Anki accepts: no spaces or quotes, no stray colons, no case-insensitive repeats."""
    result: list[str] = []
    seen: set[str] = set()
    for tag in tags:
        safe = re.sub(r"[\s\"]+", "_", tag)
        safe = re.sub(r":{3,}", "::", safe).strip(":")
        if safe and safe.casefold() not in seen:
            seen.add(safe.casefold())
            result.append(safe)
    return result


def _extras(card: AnyCard) -> list[str]:
    sentence = card.source.sentence if card.source and card.source.sentence else ""
    return [to_html(sentence), to_html(card.note or "")]


def back_extra(card: ClozeCard) -> str:
    """The Back Extra field of a cloze note: its note, then its source sentence."""
    html = ""
    if card.note:
        html += f'<div class="note">{to_html(card.note)}</div>'
    if card.source and card.source.sentence:
        html += f'<div class="source">{to_html(card.source.sentence)}</div>'
    return html


def choices_html(card: ChoiceCard) -> str:
    """The choices as a list whose right item carries class `right` (shown only on the back)."""
    items = "".join(
        f'<li class="right">{to_html(c)}</li>' if c == card.answer else f"<li>{to_html(c)}</li>" for c in card.choices
    )
    return f'<ol class="choices">{items}</ol>'


def accept_html(card: TypedCard) -> str:
    """The other accepted answers as a list, or empty."""
    if not card.accept:
        return ""
    return '<ul class="accept">' + "".join(f"<li>{to_html(a)}</li>" for a in card.accept) + "</ul>"


def note_fields(card: AnyCard) -> list[str]:
    """The note's field values, in the order of its note type's fields."""
    if isinstance(card, BasicCard):
        return [to_html(card.front), to_html(card.back), *_extras(card)]
    if isinstance(card, ClozeCard):
        return [to_html(card.text), back_extra(card)]
    if isinstance(card, ChoiceCard):
        return [to_html(card.question), choices_html(card), to_html(card.answer), *_extras(card)]
    if isinstance(card, TrueFalseCard):
        answer = "True" if card.answer else "False"
        return [to_html(card.statement), answer, to_html(card.correction or ""), *_extras(card)]
    return [to_html(card.question), to_html(card.answer), accept_html(card), *_extras(card)]


def _check_decks(decks: Sequence[Deck]) -> None:
    ids: dict[str, str] = {}
    titles: dict[str, str] = {}
    for deck in decks:
        if deck.id in ids:
            raise ExportError(f"two decks have the id '{deck.id}'; give each deck its own id")
        ids[deck.id] = deck.title
        key = "::".join(part.strip() for part in deck.title.split("::")).casefold()
        if key in titles:
            raise ExportError(
                f"decks '{titles[key]}' and '{deck.id}' are both titled '{deck.title}'; "
                "Anki would merge them, so give one another title"
            )
        titles[key] = deck.id


def build_package(decks: Sequence[Deck], path: str = "") -> tuple[genanki.Package, ExportSummary]:
    """A genanki package of `decks`, and a summary of what it holds."""
    _check_decks(decks)
    summary = ExportSummary(path, decks=len(decks))
    anki_decks = []
    for deck in decks:
        anki_deck = genanki.Deck(identity.anki_deck_id(deck.id), deck.title, to_html(deck.description or ""))
        for card in deck.cards:
            kind = card.type
            anki_deck.add_note(
                genanki.Note(
                    model=note_types.MODELS[kind],
                    fields=note_fields(card),
                    tags=anki_tags([*deck.tags, *card.tags]),
                    guid=identity.note_guid(deck.id, card.uid),
                )
            )
            summary.notes[kind] += 1
            summary.cards[kind] += len(card.study_items())
        anki_decks.append(anki_deck)
    return genanki.Package(anki_decks), summary


def write_package(package: genanki.Package, path: str, timestamp: float) -> None:
    """Write a genanki package as a legacy `collection.anki2` package, leaving no temporary file behind."""
    with scratch_folder("quizgen-anki") as work:
        db_path = os.path.join(work, "collection.anki2")
        conn = sqlite3.connect(db_path)
        try:
            package.write_to_db(conn.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
            conn.commit()
        finally:
            conn.close()
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.write(db_path, "collection.anki2")
            zf.writestr("media", "{}")


def export_decks(decks: Sequence[Deck], path: str | os.PathLike[str], timestamp: float | None = None) -> ExportSummary:
    """Write `decks` to the Anki package `path` atomically; `timestamp` dates the notes (default: now)."""
    name = os.fspath(path)
    package, summary = build_package(decks, name)
    directory = os.path.dirname(os.path.abspath(name))
    if not os.path.isdir(directory):
        raise ExportError(f"{name}: the folder {directory} does not exist; create it first")
    try:
        with replacing(name) as tmp:
            write_package(package, tmp, time.time() if timestamp is None else timestamp)
    except OSError as exc:
        raise ExportError(f"{name}: cannot write: {exc.strerror or exc}") from None
    return summary
