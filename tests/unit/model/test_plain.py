"""Plain cards read what the pydantic cards hold: the same fields, the same answers, damage refused."""

from __future__ import annotations

import pytest

from quizgen.model import plain
from quizgen.model.cards import BasicCard, ChoiceCard, ClozeCard, Deck, TrueFalseCard, TypedCard

PAIRS = [
    (BasicCard, plain.PlainBasic),
    (ClozeCard, plain.PlainCloze),
    (ChoiceCard, plain.PlainChoice),
    (TrueFalseCard, plain.PlainTrueFalse),
    (TypedCard, plain.PlainTyped),
]


@pytest.mark.parametrize(("model", "record"), PAIRS, ids=[m.__name__ for m, _ in PAIRS])
def test_each_plain_card_has_the_fields_of_its_model(model: type, record: type) -> None:
    assert set(record._fields) == set(model.model_fields) | {"uid"}


def test_a_validated_card_reads_the_same_as_plain_data() -> None:
    deck = Deck.model_validate(
        {
            "id": "d",
            "title": "D",
            "cards": [
                {"type": "cloze", "text": "{{c2::Astana}} is in {{c1::Kazakhstan}}", "tags": ["geo"]},
                {"id": "tf", "type": "truefalse", "statement": "S", "answer": False, "correction": "C"},
                {"type": "typed", "question": "Q?", "answer": "A", "accept": ["B"], "note": "N"},
                {"type": "choice", "question": "Q?", "choices": ["x", "y"], "answer": "y"},
                {"type": "basic", "front": "F", "back": "B", "source": {"sentence": "F is B.", "start": 3, "end": 10}},
            ],
        }
    )
    for card in deck.cards:
        record = plain.as_plain(card)
        assert record.uid == card.uid and record.type == card.type
        assert record.prompt() == card.prompt() and record.answer_text() == card.answer_text()
        assert record.study_items() == card.study_items()
        for name in type(card).model_fields:
            value = getattr(card, name)
            value = tuple(value) if isinstance(value, list) else value
            if name == "source" and value is not None:
                value = plain.PlainSource(value.sentence, value.start, value.end)
            assert getattr(record, name) == value, name


@pytest.mark.parametrize(
    "data",
    [
        {"type": "essay", "front": "F"},
        {"front": "F", "back": "B"},
        {"type": "basic", "front": "F"},
        {"type": "choice", "question": "Q?", "choices": "x", "answer": "x"},
        {"type": "truefalse", "statement": "S", "answer": "no"},
    ],
)
def test_data_of_the_wrong_shape_is_refused(data: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="card 'c1'"):
        plain.plain_card(data, "c1")
