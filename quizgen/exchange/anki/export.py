"""Export quizgen decks to one Anki package (.apkg) with genanki."""

from __future__ import annotations

import itertools
import json
import os
import re
import sqlite3
import time
import zipfile
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone

import genanki

from quizgen.atomic import replacing, scratch_folder
from quizgen.errors import ExportError
from quizgen.exchange.anki import identity, note_types
from quizgen.exchange.anki.export_progress import WrittenProgress, write_progress
from quizgen.exchange.anki.fields import note_fields
from quizgen.exchange.anki.html import to_html
from quizgen.exchange.anki.media_export import MediaFiles, collect
from quizgen.exchange.anki.scheduling import Steps
from quizgen.model.cards import Deck
from quizgen.model.progress import ItemProgress

ProgressWriter = Callable[[sqlite3.Cursor, float], WrittenProgress]
"""Writes study progress into the collection genanki has just written (see `export_progress.write_progress`)."""


@dataclass
class ExportSummary:
    """What an export wrote: decks, and notes and cards per card type."""

    path: str
    decks: int = 0
    notes: Counter[str] = field(default_factory=Counter)
    cards: Counter[str] = field(default_factory=Counter)
    left_out: int = 0
    """Cards read from Anki notes quizgen does not write back, left out of the package."""
    copied: int = 0
    """Cards read from Anki notes quizgen does not write back, written as new notes."""
    progress: WrittenProgress | None = None
    """The study progress written, when asked for."""

    def __str__(self) -> str:
        parts = [f"{kind} {self.notes[kind]}" for kind in note_types.MODELS if self.notes[kind]]
        decks = "deck" if self.decks == 1 else "decks"
        total_notes, total_cards = sum(self.notes.values()), sum(self.cards.values())
        line = (
            f"wrote {self.path}: {self.decks} {decks}, {total_notes} notes ({', '.join(parts)}), "
            f"{total_cards} Anki cards"
        )
        if self.left_out:
            line += (
                f"; left out {self.left_out} {_cards(self.left_out)} imported from Anki notes that quizgen does not "
                "write back (--include-imported adds them as new notes)"
            )
        if self.copied:
            notes = "as a new note" if self.copied == 1 else "as new notes"
            line += f"; {self.copied} {_cards(self.copied)} imported from Anki written {notes}"
        if self.progress is not None:
            reviews = "review" if self.progress.reviews == 1 else "reviews"
            line += (
                f"; progress of {self.progress.cards} Anki {_cards(self.progress.cards)} "
                f"with {self.progress.reviews} {reviews}"
            )
        return line


def _cards(count: int) -> str:
    return "card" if count == 1 else "cards"


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


def build_package(
    decks: Sequence[Deck],
    path: str = "",
    include_imported: bool = False,
    folders: Sequence[str] | None = None,
    media: MediaFiles | None = None,
) -> tuple[genanki.Package, ExportSummary]:
    """A genanki package of `decks`, and a summary of what it holds.

    Cards read from Anki notes that quizgen does not write back (`identity.from_anki`) are left out,
    or with `include_imported` written as new notes; ExportError when that leaves nothing. The media
    files of the cards (found in each deck's folder of `folders`) are checked and read into `media`.
    """
    _check_decks(decks)
    summary = ExportSummary(path)
    media = media if media is not None else MediaFiles()
    anki_decks = []
    for number, deck in enumerate(decks):
        folder = folders[number] if folders is not None else None
        anki_deck = genanki.Deck(identity.anki_deck_id(deck.id), deck.title, to_html(deck.description or ""))
        for card in deck.cards:
            if identity.from_anki(card.uid):
                if not include_imported:
                    summary.left_out += 1
                    continue
                summary.copied += 1
            kind = card.type
            anki_deck.add_note(
                genanki.Note(
                    model=note_types.model_for(card),
                    fields=note_fields(card, collect(card, folder, media, deck.title)),
                    tags=anki_tags([*deck.tags, *card.tags]),
                    guid=identity.note_guid(deck.id, card.uid),
                )
            )
            summary.notes[kind] += 1
            summary.cards[kind] += len(card.study_items())
        if anki_deck.notes:
            anki_decks.append(anki_deck)
    summary.decks = len(anki_decks)
    if summary.left_out and not summary.notes:
        raise ExportError(
            f"{path}: every card was imported from Anki notes that quizgen does not write back, so there is "
            "nothing to export; pass --include-imported to add them to Anki as new notes"
        )
    return genanki.Package(anki_decks), summary


def write_package(
    package: genanki.Package,
    path: str,
    timestamp: float,
    progress: ProgressWriter | None = None,
    media: MediaFiles | None = None,
) -> None:
    """Write a genanki package as a legacy `collection.anki2` package with its `media`, leaving no temporary
    file behind; `progress` then writes study progress into its collection."""
    with scratch_folder("quizgen-anki") as work:
        db_path = os.path.join(work, "collection.anki2")
        conn = sqlite3.connect(db_path)
        try:
            cursor = conn.cursor()
            package.write_to_db(cursor, timestamp, itertools.count(int(timestamp * 1000)))
            if progress is not None:
                progress(cursor, timestamp)
            conn.commit()
        finally:
            conn.close()
        names = list(media.sources) if media is not None else []
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.write(db_path, "collection.anki2")
            zf.writestr("media", json.dumps({str(i): name for i, name in enumerate(names)}))
            for i, name in enumerate(names):
                zf.writestr(str(i), media.read(name))  # type: ignore[union-attr]


def export_decks(
    decks: Sequence[Deck],
    path: str | os.PathLike[str],
    timestamp: float | None = None,
    include_imported: bool = False,
    progress: Mapping[tuple[str, str, int], ItemProgress] | None = None,
    steps: Steps | None = None,
    folders: Sequence[str] | None = None,
) -> ExportSummary:
    """Write `decks` to the Anki package `path` atomically; `timestamp` dates the notes (default: now).

    `include_imported` writes cards imported from Anki notes as new notes (see `build_package`).
    `progress` (by deck id, card id and ordinal) gives the cards their scheduling and review log,
    as `steps` describe the study settings.
    `folders` holds each deck's folder, where its media files are; a deck with media needs it.
    """
    name = os.fspath(path)
    media = MediaFiles()
    package, summary = build_package(decks, name, include_imported, folders, media)
    writer: ProgressWriter | None = None
    if progress is not None:

        def writer(cursor: sqlite3.Cursor, stamp: float) -> WrittenProgress:
            now = datetime.fromtimestamp(stamp, timezone.utc)
            summary.progress = write_progress(cursor, progress, {note_types.CLOZE_ID}, now, steps or Steps())
            return summary.progress

    directory = os.path.dirname(os.path.abspath(name))
    if not os.path.isdir(directory):
        raise ExportError(f"{name}: the folder {directory} does not exist; create it first")
    try:
        with replacing(name) as tmp:
            write_package(package, tmp, time.time() if timestamp is None else timestamp, writer, media)
    except OSError as exc:
        raise ExportError(f"{name}: cannot write: {exc.strerror or exc}") from None
    return summary
