"""Head words that show a name is not of the kind the tagger gave it: 'Fort Duquesne' is no person, the
'Finance Bill' no organisation. A question's wh-word must fit what its answer is."""

from __future__ import annotations

NOT_A_PERSON = frozenset(
    "fort fortress castle bridge street road river abbey cathedral palace station pons castra harbour island".split()
)
"""Words of a place or a building named after someone ('Fort Duquesne', 'Pons Aelius'): 'Who ...?' misfits."""

NOT_AN_ORGANISATION = frozenset(
    "bill act treaty accord agreement report plan law festival award awards prize games cup war campaign "
    "programme program project scheme budget strategy policy election referendum convention conference "
    "summit olympics championship tournament season show series".split()
)
"""First or last words of a document, an event or a prize: 'Which organisation ...?' misfits."""


def words_of(name: str) -> list[str]:
    """The words of a name in lower case, without the punctuation around them."""
    return [w.strip(".,'’()").lower() for w in name.split() if w.strip(".,'’()")]


def place_named_as_person(name: str) -> bool:
    """'Fort Duquesne', 'Pons Aelius': a name tagged as a person's that names a place or a building."""
    return bool(set(words_of(name)) & NOT_A_PERSON)


def thing_named_as_organisation(name: str) -> bool:
    """'the Finance Bill', 'Edinburgh Festival': a name tagged as an organisation's that names a document,
    an event or a prize."""
    words = words_of(name)
    return bool(words) and (words[-1] in NOT_AN_ORGANISATION or words[0] in NOT_AN_ORGANISATION)
