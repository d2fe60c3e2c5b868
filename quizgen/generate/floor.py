"""The paragraph floor: a paragraph of several sentences that kept no card keeps its softest-dropped one.

After `rank.select`, a paragraph of FLOOR_SENTENCES sentences or more with no chosen card takes back one card
that every gate passed and that only a soft rule left out: the side-detail rules (`sidedetails`, `peripheral`,
`claim_focus`: `Fact.side`) but those of NEVER_KEPT, or the budget. The spare least likely a side detail goes
first (a card the budget cut has odds 0), then the higher score. A spare that repeats or gives away a chosen
card's answer (`rank.Selection.fits`), or is given away by one, is never taken: the floor may exceed the budget,
never the gates.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from quizgen.generate.rank import Option, Selection, weighted

FLOOR_SENTENCES = 2
"""A paragraph of this many sentences or more keeps a card; a one-sentence paragraph may rightly give none."""
NEVER_KEPT = frozenset(("background_at_the_end", "day_of_trading", "census_count"))
"""Side-detail rules whose cards reviewers rejected round after round ('the decade Cairn was founded', 'an
intraday share move of 8.51%', 'a count of a census table'): the floor never takes them back."""
FLOOR_NOTE = "kept as the paragraph's one card"
"""What --explain says of a card the floor kept."""


@dataclass
class Spare:
    """A card every gate passed that the deck left out: a side detail, or one the budget cut."""

    option: Option
    odds: float = 0.0
    """How likely a reviewer is to call it a side detail (`peripheral.probability`); 0 for one the budget cut."""
    side: str | None = None
    """Why it was called a side detail; None for one the budget cut."""


def floor_order(spare: Spare) -> tuple[float, float, str]:
    """The softest spare first: the lowest side-detail odds, then the highest score weighted by its card type (as
    `rank` weighs them), then the card id."""
    option = spare.option
    return (spare.odds, -weighted(option), option.card.uid)


def paragraph_floor(
    chosen: list[Option], spares: list[Spare], paragraph_of: dict[int, int], sentences_in: Mapping[int, int]
) -> list[Spare]:
    """The spares that give every card-less paragraph of FLOOR_SENTENCES sentences or more one card.

    `paragraph_of` maps a sentence number to its paragraph (line), `sentences_in` a paragraph to its number of
    sentences. Paragraphs are filled in article order, each spare checked against every card chosen so far."""
    selection = Selection(len(chosen) + len(spares))
    for option in chosen:
        selection.take(option)
    covered = {paragraph_of[o.sentence] for o in chosen}
    by_paragraph: dict[int, list[Spare]] = {}
    for spare in spares:
        paragraph = paragraph_of[spare.option.sentence]
        if spare.side and spare.side.split(":")[0] in NEVER_KEPT:
            continue
        if paragraph not in covered and sentences_in.get(paragraph, 0) >= FLOOR_SENTENCES:
            by_paragraph.setdefault(paragraph, []).append(spare)
    added: list[Spare] = []
    for paragraph in sorted(by_paragraph):
        for spare in sorted(by_paragraph[paragraph], key=floor_order):
            if selection.fits(spare.option):
                selection.take(spare.option)
                added.append(spare)
                break
    return added
