"""The fields of quizgen's note types, and when a note still holds what quizgen would write."""

from __future__ import annotations

from quizgen.exchange.anki.fields import choices_html, note_fields, same_fields
from quizgen.model.cards import BasicCard, ChoiceCard


def choice() -> ChoiceCard:
    return ChoiceCard(type="choice", question="Currency?", choices=["tenge", "som"], answer="som")


def test_the_choices_field_does_not_tell_the_right_choice() -> None:
    assert choices_html(choice()) == '<ol class="choices"><li>tenge</li><li>som</li></ol>'
    other = choice().model_copy(update={"answer": "tenge"})
    assert choices_html(other) == choices_html(choice())


def test_a_note_as_quizgen_wrote_it_now_or_before_is_the_same() -> None:
    card = choice()
    assert same_fields(card, note_fields(card))
    older = ["Currency?", '<ol class="choices"><li>tenge</li><li class="right">som</li></ol>', "som", "", ""]
    assert same_fields(card, older), "written by quizgen before the choices lost their mark"
    basic = BasicCard(type="basic", front="Play [sound:a.mp3]?", back="\\(x\\)")
    assert same_fields(basic, ["Play [sound:a.mp3]?", "\\(x\\)", "", ""]), "written before markup was neutralised"
    assert same_fields(basic, [*note_fields(basic), ""]), "a merged note type may have an empty field more"


def test_a_note_changed_in_anki_is_not_the_same() -> None:
    basic = BasicCard(type="basic", front="Largest planet?", back="Jupiter")
    assert not same_fields(basic, ["Largest planet?", "<b>Jupiter</b>", "", ""])
    assert not same_fields(basic, ["Largest planet?", "Jupiter", "", "a note added in Anki"])
    assert not same_fields(basic.model_copy(update={"reverse": True}), note_fields(basic))
