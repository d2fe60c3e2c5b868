"""The five Anki note types quizgen writes, one per card type.

Model ids are fixed forever: Anki recognises a note type by its id, so changing
one would make every learner's next import create a second note type.
"""

from __future__ import annotations

import genanki

BASIC_ID = 1_736_204_101
CLOZE_ID = 1_736_204_102
CHOICE_ID = 1_736_204_103
TRUEFALSE_ID = 1_736_204_104
TYPED_ID = 1_736_204_105

CSS = """\
.card {
  font-family: -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  font-size: 20px;
  line-height: 1.5;
  text-align: center;
  color: #1f2328;
  background-color: #ffffff;
  max-width: 40em;
  margin: 0 auto;
}
.card.nightMode, .night_mode .card { color: #e6edf3; background-color: #1f1f1f; }
.prompt { font-weight: 600; }
.answer { margin-top: 0.5em; }
.note, .source { margin-top: 1em; font-size: 0.8em; text-align: left; }
.source { font-style: italic; color: #57606a; }
.nightMode .source, .night_mode .source { color: #9ea7b3; }
.note { color: #444c56; }
.nightMode .note, .night_mode .note { color: #c3ccd6; }
.cloze { font-weight: bold; color: #0550ae; }
.nightMode .cloze, .night_mode .cloze { color: #79c0ff; }
ol.choices, ul.accept { display: inline-block; text-align: left; margin: 0.5em auto; }
.back li.right { font-weight: bold; color: #1a7f37; }
.back li.right::after { content: " \\2713"; }
.nightMode .back li.right, .night_mode .back li.right { color: #56d364; }
.correction { margin-top: 0.5em; }
"""

_EXTRAS = '{{#Note}}<div class="note">{{Note}}</div>{{/Note}}{{#Source}}<div class="source">{{Source}}</div>{{/Source}}'


def _fields(*names: str) -> list[dict[str, str]]:
    return [{"name": name} for name in names]


def _note_type(model_id: int, name: str, fields: tuple[str, ...], front: str, back: str) -> genanki.Model:
    """A note type with one card template, a front and a back."""
    return genanki.Model(
        model_id,
        name,
        fields=_fields(*fields),
        templates=[{"name": "Card 1", "qfmt": front, "afmt": back}],
        css=CSS,
    )


BASIC = _note_type(
    BASIC_ID,
    "quizgen Basic",
    ("Front", "Back", "Source", "Note"),
    '<div class="prompt">{{Front}}</div>',
    '{{FrontSide}}<hr id="answer"><div class="answer">{{Back}}</div>' + _EXTRAS,
)

CLOZE = genanki.Model(
    CLOZE_ID,
    "quizgen Cloze",
    fields=_fields("Text", "Back Extra"),
    templates=[
        {
            "name": "Cloze",
            "qfmt": "{{cloze:Text}}",
            "afmt": "{{cloze:Text}}{{#Back Extra}}<hr>{{Back Extra}}{{/Back Extra}}",
        }
    ],
    css=CSS,
    model_type=genanki.Model.CLOZE,
)

CHOICE = _note_type(
    CHOICE_ID,
    "quizgen Choice",
    ("Question", "Choices", "Answer", "Source", "Note"),
    '<div class="front"><div class="prompt">{{Question}}</div>{{Choices}}</div>',
    '<div class="back"><div class="prompt">{{Question}}</div>{{Choices}}</div>'
    '<hr id="answer"><div class="answer">{{Answer}}</div>' + _EXTRAS,
)

TRUEFALSE = _note_type(
    TRUEFALSE_ID,
    "quizgen True/False",
    ("Statement", "Answer", "Correction", "Source", "Note"),
    '<div class="prompt">{{Statement}}</div><div class="hint">True or false?</div>',
    '<div class="prompt">{{Statement}}</div><hr id="answer"><div class="answer">{{Answer}}</div>'
    '{{#Correction}}<div class="correction">{{Correction}}</div>{{/Correction}}' + _EXTRAS,
)

TYPED = _note_type(
    TYPED_ID,
    "quizgen Typed",
    ("Question", "Answer", "Accept", "Source", "Note"),
    '<div class="prompt">{{Question}}</div>{{type:Answer}}',
    '<div class="prompt">{{Question}}</div><hr id="answer">{{type:Answer}}'
    '{{#Accept}}<div class="accept">Also accepted: {{Accept}}</div>{{/Accept}}' + _EXTRAS,
)

MODELS: dict[str, genanki.Model] = {
    "basic": BASIC,
    "cloze": CLOZE,
    "choice": CHOICE,
    "truefalse": TRUEFALSE,
    "typed": TYPED,
}
"""The note type of each card type."""

CARD_TYPE_OF_MODEL: dict[int, str] = {model.model_id: kind for kind, model in MODELS.items()}
"""The card type of each quizgen note type id."""
