"""The deck model, format version 1: a deck of cards of five kinds."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    StringConstraints,
    TypeAdapter,
    model_validator,
)

from quizgen.model import cloze, media
from quizgen.model.card_types import CARD_TYPES as CARD_TYPES
from quizgen.model.ids import ID_PATTERN as ID_PATTERN
from quizgen.model.ids import unique_id

Text = Annotated[str, StringConstraints(pattern=r"\S")]
"""Text a person typed: kept exactly as written, never empty or only spaces."""
Identifier = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
Tag = Annotated[str, StringConstraints(pattern=r"^[^\s\"]+$")]


def _media_path(value: str) -> str:
    problem = media.path_problem(value)
    if problem:
        raise ValueError(problem)
    return value


MediaPath = Annotated[
    str,
    AfterValidator(_media_path),
    Field(json_schema_extra={"pattern": r"^(?![/\\]|[A-Za-z]:)(?!(?:.*/)?\.{0,2}(?:/|$))[^\\\x00-\x1f\x7f]+$"}),
]
"""A media file's path, relative to the deck file and inside its folder: `media/map.png`."""


def _boolean(key: str) -> BeforeValidator:
    """A validator that reads `true` or `false` (the YAML loader keeps every scalar as text)."""

    def to_bool(value: Any) -> Any:
        if isinstance(value, str) and value.strip().lower() in ("true", "false"):
            return value.strip().lower() == "true"
        if isinstance(value, bool):
            return value
        raise ValueError(f"{key} must be true or false, not '{value}'")

    return BeforeValidator(to_bool)


Bool = Annotated[bool, _boolean("answer")]
Flag = Annotated[bool, _boolean("reverse")]
ReviewedFlag = Annotated[bool, _boolean("reviewed")]
EditedFlag = Annotated[bool, _boolean("edited")]


def _hash(data: dict[str, Any]) -> str:
    blob = json.dumps(data, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


_NOT_SEEN = {"id", "tags", "source", "reviewed", "edited"}
"""Card keys a learner never sees: changing them does not mark the card as edited in the progress store."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DeckSource(_Model):
    """Where a generated deck came from."""

    title: Text | None = None
    """Title of the article."""
    author: Text | None = None
    """Who wrote the article, as its web page or PDF names them."""
    date: dt.date | None = None
    """When the article was published (or last updated), as its web page says."""
    file: Text | None = None
    """File name of the article."""
    url: Text | None = None
    """Address of the article."""
    fetched: AwareDatetime | None = None
    """When the article was fetched from `url`."""
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")] | None = None
    """SHA-256 of the article's text, which card offsets count in (of a web page or PDF: the text extracted)."""


class CardSource(_Model):
    """The sentence a card was made from, and its offsets in the article's text (extracted, for a page or PDF)."""

    sentence: Text | None = None
    """The source sentence, verbatim."""
    start: Annotated[int, Field(ge=0)] | None = None
    """Offset of the sentence's first character in the article's text."""
    end: Annotated[int, Field(ge=0)] | None = None
    """Offset just past the sentence's last character."""


class _Card(_Model):
    id: Identifier | None = None
    """Stable identity of the card; derived from its prompt when omitted."""
    note: Text | None = None
    """Shown after answering."""
    tags: list[Tag] = []
    """Tags without spaces; `::` nests them, as in Anki."""
    source: CardSource | None = None
    """Provenance of a generated card."""
    image: MediaPath | None = None
    """An image shown with the prompt: PNG, JPEG, GIF, WebP or SVG, its path relative to the deck file."""
    audio: MediaPath | None = None
    """A sound played with the prompt: MP3, OGG or WAV, its path relative to the deck file."""
    answer_image: MediaPath | None = None
    """An image shown with the answer, its path relative to the deck file."""
    answer_audio: MediaPath | None = None
    """A sound played with the answer, its path relative to the deck file."""
    reviewed: ReviewedFlag = False
    """A person has reviewed the card and kept it (`quizgen review`); `--reviewed-only` studies and exports only
    such cards of a generated deck."""
    edited: EditedFlag = False
    """A person has edited the card: generating the deck again keeps their text."""

    _derived_id: str = PrivateAttr(default="")

    @property
    def uid(self) -> str:
        """The card's id: the one written in the deck, else the derived one."""
        # Read the private attribute from its dict: BaseModel.__getattr__ takes microseconds,
        # and a study session reads the uid of every card of its decks.
        return self.id or (self.__pydantic_private__ or {}).get("_derived_id", "")

    def prompt(self) -> str:
        """The text that identifies what the card asks."""
        raise NotImplementedError

    def answer_text(self) -> str:
        """The answer, as text."""
        raise NotImplementedError

    def content_hash(self) -> str:
        """Hash of everything a learner sees; changes when the card is edited."""
        return _hash(self.model_dump(exclude=_NOT_SEEN, exclude_none=True))

    def study_items(self) -> list[int]:
        """Ordinals of the study items of this card: one, or one per cloze number."""
        return [0]


class BasicCard(_Card):
    """A front and a back; the learner grades themselves."""

    type: Literal["basic"]
    front: Text
    """The question or term."""
    back: Text
    """The answer or definition."""
    reverse: Flag = False
    """Also ask the other way round: the back as the question, the front as the answer."""

    def prompt(self) -> str:
        return self.front

    def answer_text(self) -> str:
        return self.back

    def study_items(self) -> list[int]:
        """Item 0 asks the front; with `reverse`, item 1 asks the back (Anki's card 1 and card 2)."""
        return [0, 1] if self.reverse else [0]

    def sides(self, ordinal: int) -> tuple[str, str]:
        """(question, answer) of study item `ordinal`: the front first, or the back first for item 1."""
        return (self.back, self.front) if ordinal == 1 else (self.front, self.back)

    def content_hash(self) -> str:
        # `reverse` adds or removes the second item but changes neither side, so it is not hashed:
        # turning it on or off never marks the front-to-back item as edited.
        return _hash(self.model_dump(exclude={*_NOT_SEEN, "reverse"}, exclude_none=True))


class ClozeCard(_Card):
    """A text with `{{c1::deletions}}`; each deletion number is one study item."""

    type: Literal["cloze"]
    text: Text
    """The text with deletions such as `{{c1::Astana}}` or `{{c1::Astana::a capital}}`."""

    def prompt(self) -> str:
        return self.text

    def answer_text(self) -> str:
        return "; ".join(d.text for d in cloze.deletions(self.text))

    def study_items(self) -> list[int]:
        return cloze.ordinals(self.text) or [1]


class ChoiceCard(_Card):
    """A question with 2 to 8 choices, one of them right."""

    type: Literal["choice"]
    question: Text
    """The question."""
    choices: list[Text]
    """The choices, the right one among them."""
    answer: Text
    """The right choice, written exactly as in `choices`."""

    def prompt(self) -> str:
        return self.question

    def answer_text(self) -> str:
        return self.answer


class TrueFalseCard(_Card):
    """A statement to judge true or false."""

    type: Literal["truefalse"]
    statement: Text
    """The statement."""
    answer: Bool
    """true or false."""
    correction: Text | None = None
    """For a false statement, the true one."""

    def prompt(self) -> str:
        return self.statement

    def answer_text(self) -> str:
        return "true" if self.answer else "false"


class TypedCard(_Card):
    """A question whose answer the learner types."""

    type: Literal["typed"]
    question: Text
    """The question."""
    answer: Text
    """The expected answer."""
    accept: list[Text] = []
    """Other answers that count as right."""

    def prompt(self) -> str:
        return self.question

    def answer_text(self) -> str:
        return self.answer


AnyCard = BasicCard | ClozeCard | ChoiceCard | TrueFalseCard | TypedCard
"""A card of any kind, for type annotations; `Card` is the same union, validated by its `type` key."""

Card = Annotated[AnyCard, Field(discriminator="type")]
"""Any card; the `type` key says which kind."""


@functools.cache
def _card_adapter() -> TypeAdapter[AnyCard]:
    return TypeAdapter(Card)


def card_from_json(data: str | bytes, uid: str) -> AnyCard:
    """One card validated from its JSON, with the `uid` its deck gave it (for a deck whose cards load one by one)."""
    card = _card_adapter().validate_json(data)
    if not card.id:
        card._derived_id = uid
    return card


def derive_id(card: _Card) -> str:
    """A stable id from the card's kind and prompt."""
    digest = hashlib.sha1(f"{card.type}\n{card.prompt()}".encode()).hexdigest()  # type: ignore[attr-defined]
    return f"{card.type}-{digest[:10]}"  # type: ignore[attr-defined]


class Deck(_Model):
    """A deck of cards: one YAML file."""

    format: Literal[1] = 1
    """Version of the deck format."""
    id: Identifier
    """Stable identity of the deck: lowercase letters, digits, '-' and '_'."""
    title: Text
    """The deck's title; `::` nests it in Anki."""
    description: Text | None = None
    """What the deck covers."""
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$")] = "en"
    """Language code of the cards."""
    tags: list[Tag] = []
    """Tags for every card."""
    source: DeckSource | None = None
    """The article a generated deck came from."""
    dropped: list[Identifier] = []
    """Ids of generated cards a person dropped (`quizgen review`): generating the deck again never brings them back."""
    cards: Annotated[list[Card], Field(min_length=1)]
    """The cards, in study order."""

    @model_validator(mode="before")
    @classmethod
    def _format_as_int(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("format"), str):
            text = data["format"].strip()
            if text.isdigit():
                data = {**data, "format": int(text)}
        return data

    @model_validator(mode="after")
    def _assign_ids(self) -> Deck:
        taken = {c.id for c in self.cards if c.id}
        for card in self.cards:
            if card.id:
                continue
            card._derived_id = unique_id(derive_id(card), taken)
        return self

    def card(self, uid: str) -> AnyCard:
        """The card with id `uid`; KeyError when there is none."""
        for c in self.cards:
            if c.uid == uid:
                return c
        raise KeyError(uid)
