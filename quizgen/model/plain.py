"""Cards as plain read-only data: what studying reads of a card, without pydantic.

A study session shows cards and grades answers; it never edits or validates them. So it reads
them as these small immutable records (named tuples), made from a validated card (`as_plain`) or straight from
the validated JSON the deck cache keeps (`plain_card`), which spares the study app pydantic's
import before its first card. The records have the fields and reading methods of the
pydantic cards in `quizgen.model.cards`; a test keeps the two in step.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from quizgen.model import cloze
from quizgen.model.media import MEDIA_FIELDS, path_problem

if TYPE_CHECKING:
    from quizgen.model.cards import AnyCard


class PlainSource(NamedTuple):
    """The sentence a card was made from, and its offsets in the article."""

    sentence: str | None = None
    start: int | None = None
    end: int | None = None


# Named tuples rather than dataclasses: as immutable and typed, and quicker to define at start-up.
# Every kind begins with the fields all cards have: uid, id, note, tags and source.


class PlainBasic(NamedTuple):
    """A front and a back."""

    uid: str
    """The card's id: written in the deck, or derived from its prompt."""
    id: str | None
    """The id as written in the deck (None when derived)."""
    note: str | None
    tags: tuple[str, ...]
    source: PlainSource | None
    type: Literal["basic"]
    front: str
    back: str
    reverse: bool = False
    """Also asked the other way: the back, expecting the front."""
    reviewed: bool = False
    """A person reviewed and kept the card."""
    edited: bool = False
    """A person edited the card."""
    image: str | None = None
    """Media paths, relative to the deck file (see `quizgen.model.media`)."""
    audio: str | None = None
    answer_image: str | None = None
    answer_audio: str | None = None

    def sides(self, ordinal: int) -> tuple[str, str]:
        """(question, answer) of study item `ordinal`: the front first, or the back first for item 1."""
        return (self.back, self.front) if ordinal == 1 else (self.front, self.back)

    def prompt(self) -> str:
        """The text that identifies what the card asks."""
        return self.front

    def answer_text(self) -> str:
        """The answer, as text."""
        return self.back

    def study_items(self) -> list[int]:
        """Ordinals of the study items of this card: one, or two when it is also asked in reverse."""
        return [0, 1] if self.reverse else [0]


class PlainCloze(NamedTuple):
    """A text with `{{c1::deletions}}`."""

    uid: str
    id: str | None
    note: str | None
    tags: tuple[str, ...]
    source: PlainSource | None
    type: Literal["cloze"]
    text: str
    reviewed: bool = False
    edited: bool = False
    image: str | None = None
    """Media paths, relative to the deck file (see `quizgen.model.media`)."""
    audio: str | None = None
    answer_image: str | None = None
    answer_audio: str | None = None

    def prompt(self) -> str:
        return self.text

    def answer_text(self) -> str:
        return "; ".join(d.text for d in cloze.deletions(self.text))

    def study_items(self) -> list[int]:
        """One study item per cloze number."""
        return cloze.ordinals(self.text) or [1]


class PlainChoice(NamedTuple):
    """A question, its choices and the right one."""

    uid: str
    id: str | None
    note: str | None
    tags: tuple[str, ...]
    source: PlainSource | None
    type: Literal["choice"]
    question: str
    choices: tuple[str, ...]
    answer: str
    reviewed: bool = False
    edited: bool = False
    image: str | None = None
    """Media paths, relative to the deck file (see `quizgen.model.media`)."""
    audio: str | None = None
    answer_image: str | None = None
    answer_audio: str | None = None

    def prompt(self) -> str:
        return self.question

    def answer_text(self) -> str:
        return self.answer

    def study_items(self) -> list[int]:
        return [0]


class PlainTrueFalse(NamedTuple):
    """A statement, whether it is true, and the true statement when it is not."""

    uid: str
    id: str | None
    note: str | None
    tags: tuple[str, ...]
    source: PlainSource | None
    type: Literal["truefalse"]
    statement: str
    answer: bool
    correction: str | None
    reviewed: bool = False
    edited: bool = False
    image: str | None = None
    """Media paths, relative to the deck file (see `quizgen.model.media`)."""
    audio: str | None = None
    answer_image: str | None = None
    answer_audio: str | None = None

    def prompt(self) -> str:
        return self.statement

    def answer_text(self) -> str:
        return "true" if self.answer else "false"

    def study_items(self) -> list[int]:
        return [0]


class PlainTyped(NamedTuple):
    """A question, its answer and other answers that count as right."""

    uid: str
    id: str | None
    note: str | None
    tags: tuple[str, ...]
    source: PlainSource | None
    type: Literal["typed"]
    question: str
    answer: str
    accept: tuple[str, ...]
    reviewed: bool = False
    edited: bool = False
    image: str | None = None
    """Media paths, relative to the deck file (see `quizgen.model.media`)."""
    audio: str | None = None
    answer_image: str | None = None
    answer_audio: str | None = None

    def prompt(self) -> str:
        return self.question

    def answer_text(self) -> str:
        return self.answer

    def study_items(self) -> list[int]:
        return [0]


StudyCard = PlainBasic | PlainCloze | PlainChoice | PlainTrueFalse | PlainTyped
"""A card as a study session reads it."""

_FIELDS: dict[str, dict[str, type]] = {
    "basic": {"front": str, "back": str},
    "cloze": {"text": str},
    "choice": {"question": str, "choices": list, "answer": str},
    "truefalse": {"statement": str, "answer": bool},
    "typed": {"question": str, "answer": str},
}
"""The keys each kind of card must have, and their JSON types."""


def plain_card(data: Mapping[str, Any], uid: str) -> StudyCard:
    """The card held in `data` (a validated card's JSON, as the deck cache keeps it), with id `uid`.

    The data is trusted to be valid; only its shape is checked, so a damaged copy raises ValueError.
    """
    kind = data.get("type")
    required = _FIELDS.get(kind) if isinstance(kind, str) else None
    if required is None:
        raise ValueError(f"card '{uid}': unknown card type {kind!r}")
    for key, expected in required.items():
        if not isinstance(data.get(key), expected):
            raise ValueError(f"card '{uid}': '{key}' is missing or not a {expected.__name__}")
    raw_source = data.get("source")
    source = None
    if isinstance(raw_source, Mapping):
        source = PlainSource(raw_source.get("sentence"), raw_source.get("start"), raw_source.get("end"))
    common = (uid, data.get("id"), data.get("note"), tuple(data.get("tags") or ()), source)
    marks = (data.get("reviewed") is True, data.get("edited") is True)
    files = {name: data[name] for name in MEDIA_FIELDS if isinstance(data.get(name), str)}
    if kind == "basic":
        return PlainBasic(
            *common, "basic", data["front"], data["back"], bool(data.get("reverse", False)), *marks, **files
        )
    if kind == "cloze":
        return PlainCloze(*common, "cloze", data["text"], *marks, **files)
    if kind == "choice":
        return PlainChoice(*common, "choice", data["question"], tuple(data["choices"]), data["answer"], *marks, **files)
    if kind == "truefalse":
        statement, correction = data["statement"], data.get("correction")
        return PlainTrueFalse(*common, "truefalse", statement, data["answer"], correction, *marks, **files)
    accept = tuple(data.get("accept") or ())
    return PlainTyped(*common, "typed", data["question"], data["answer"], accept, *marks, **files)


def as_plain(card: AnyCard) -> StudyCard:
    """A validated card as plain data."""
    return plain_card(card.model_dump(exclude_none=True), card.uid)


def broken_rule(card: StudyCard) -> str | None:
    """The first deck rule a plain card breaks that would make it wrong to show, else None.

    The cards a study session reads from the deck cache were validated when the entry was written;
    this check, cheap and without pydantic, keeps an entry that is somehow wrong (a bug, a stolen
    signing key) from showing what a deck file could not hold: a choice answer that is not among
    the choices, a malformed cloze, an empty prompt or answer.
    """
    texts = [card.prompt(), *_answers(card)]
    if any(not isinstance(text, str) or not text.strip() for text in texts):
        return "an empty prompt or answer"
    if isinstance(card, PlainChoice):
        if not 2 <= len(card.choices) <= 8 or card.answer not in card.choices:
            return "the answer is not one of 2 to 8 choices"
        if len({" ".join(c.split()).casefold() for c in card.choices}) != len(card.choices):
            return "two choices are the same"
    if isinstance(card, PlainCloze) and cloze.problems(card.text):
        return "a malformed cloze text"
    paths = (getattr(card, name) for name in MEDIA_FIELDS)
    if any(path is not None and (not isinstance(path, str) or path_problem(path)) for path in paths):
        return "a media path outside the deck's folder"
    return None


def _answers(card: StudyCard) -> list[str]:
    if isinstance(card, PlainBasic):
        return [card.back]
    if isinstance(card, (PlainChoice, PlainTyped)):
        return [card.answer]
    return []
