"""The study progress of an imported Anki package, card by card, as quizgen's items.

Each Anki card of an imported note becomes the study item of the same card: a cloze card's
template number is its cloze number - 1, a reversed basic card's second template is item 1, and
a note with only its second card (a "Basic (and reversed card)" note whose first is gone) asks
that direction as item 0. Cards of notes that were not imported, and cards with no matching
item, are left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quizgen.errors import ImportFormatError, Problem
from quizgen.exchange.anki.import_apkg import ImportResult
from quizgen.exchange.anki.scheduling import DamagedScheduling, Steps, item_ordinal, item_progress
from quizgen.model.progress import ItemProgress


@dataclass
class PackageProgress:
    """The progress read from a package: one entry per Anki card of an imported note."""

    items: list[ItemProgress] = field(default_factory=list)
    sm2: dict[tuple[str, str, int], tuple[float, float]] = field(default_factory=dict)
    """SM-2 (ease, interval in days) of the cards that have them, for computing a memory state."""
    unmatched: int = 0
    """Anki cards of imported notes with no matching study item."""


def package_progress(result: ImportResult, steps: Steps) -> PackageProgress:
    """The progress of the cards of `result`'s notes; the package must have been read with its scheduling."""
    package = result.package
    if package is None or package.scheduling is None:
        raise ValueError("the package was read without its scheduling")
    scheduling = package.scheduling
    notes = {note.id: note for note in package.notes}
    found = PackageProgress()
    for card in scheduling.cards:
        made = result.cards_of_notes.get(card.note_id)
        if made is None:
            continue
        deck_id, quizgen_card = made
        note = notes[card.note_id]
        notetype = package.notetypes.get(note.notetype_id)
        ordinal = item_ordinal(card.ord, quizgen_card.type == "cloze")
        items = quizgen_card.study_items()
        if (
            quizgen_card.type != "cloze"
            and notetype is not None
            and not notetype.is_cloze
            and items == [0]
            and note.card_ords == [1]
        ):
            ordinal = 0  # only the second direction exists, imported as the card's front
        if ordinal not in items:
            found.unmatched += 1
            continue
        try:
            item, sm2 = item_progress(card, (deck_id, quizgen_card.uid, ordinal), scheduling, steps)
        except (OverflowError, ValueError, OSError) as exc:
            why = str(exc) if isinstance(exc, DamagedScheduling) else f"its due {card.due} is out of range"
            message = f"{why}; export it again from Anki, or import without --with-progress"
            raise ImportFormatError(str(Problem(package.path, message, card=quizgen_card.uid))) from None
        found.items.append(item)
        if sm2 is not None:
            found.sm2[item.key] = sm2
    return found
