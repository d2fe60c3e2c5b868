"""A pair or a short list of people asked as one answer: 'a paper by [Mann, Bradley and Hughes]'. One of them alone
is paired with the others (`gates.coordinated_with_its_kind`); the whole coordination is the claim's point when
it is the agent 'by' introduces. After 'such as' or 'including' the people are examples (`gates.example_of_several`):
a student naming one of them would be right too, so they are never one answer."""

from __future__ import annotations

import re
from itertools import permutations

from quizgen.generate.entities import Mention
from quizgen.generate.index import Analysed

PEOPLE = "people"
"""The kind of a coordination of two or three people."""
MAX_ITEMS = 3
"""A longer list is no answer to learn whole."""
_GLUE = re.compile(r",\s*(?:and\s+)?|\s+and\s+|,?\s+&\s+")
_INTRODUCED = re.compile(r"\bby\s+$", re.IGNORECASE)
"""The word that makes the coordination after it the claim's agent."""


def people_groups(row: Analysed) -> list[Mention]:
    """The coordinations of two or three people the sentence names whole, after 'by': never part of a longer list,
    nor one mixing people with places or bodies."""
    text, mentions = row.sentence.text, row.mentions
    found: list[Mention] = []
    k = 0
    while k < len(mentions):
        j = k
        while j + 1 < len(mentions) and _GLUE.fullmatch(
            text[mentions[j].end : mentions[j + 1].title_start or mentions[j + 1].start]
        ):
            j += 1
        run = mentions[k : j + 1]
        k = j + 1
        if not 2 <= len(run) <= MAX_ITEMS or any(m.kind != "person" or m.title for m in run):
            continue
        glues = [text[a.end : b.start] for a, b in zip(run, run[1:], strict=False)]
        if "and" not in glues[-1] or any("and" in g for g in glues[:-1]):
            continue  # 'A and B, C': two coordinations, not one list
        if not _INTRODUCED.search(text[: run[0].start]):
            continue
        key = " + ".join(m.key for m in run)
        found.append(Mention(text[run[0].start : run[-1].end], run[0].start, run[-1].end, PEOPLE, key))
    return found


def any_order(text: str) -> list[str]:
    """'Mann, Bradley and Hughes' → the same people in every other order ('Bradley, Mann and Hughes', ...),
    joined with commas and a last 'and'; never the text itself."""
    names = [n for n in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s+&\s+", text) if n]
    if not 2 <= len(names) <= MAX_ITEMS:
        return []
    found = [", ".join(order[:-1]) + " and " + order[-1] for order in permutations(names)]
    return [v for v in found if v != text]
