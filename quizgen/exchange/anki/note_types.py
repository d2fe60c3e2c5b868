"""The Anki note types quizgen writes: one per card type, and one for basic cards asked both ways.

Model ids are fixed forever: Anki recognises a note type by its id, so changing
one would make every learner's next import create a second note type.
"""

from __future__ import annotations

import genanki

from quizgen.exchange.anki import card_scripts
from quizgen.model.cards import AnyCard, BasicCard

BASIC_ID = 1_736_204_101
CLOZE_ID = 1_736_204_102
CHOICE_ID = 1_736_204_103
TRUEFALSE_ID = 1_736_204_104
TYPED_ID = 1_736_204_105
BASIC_REVERSED_ID = 1_736_204_106

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
ol.choices { list-style-type: upper-alpha; padding-left: 2em; }
ol.choices li { padding: 0.1em 0.4em; border: 2px solid transparent; border-radius: 6px; }
.qz-active ol.choices li { cursor: pointer; border-color: #d0d7de; margin: 0.3em 0; }
ol.choices li.picked { border-color: #0969da; background-color: rgba(9, 105, 218, 0.1); }
.back li.right { font-weight: bold; color: #1a7f37; }
.back li.right::after { content: " \\2713"; }
.back li.wrong { color: #cf222e; text-decoration: line-through; }
.back li.wrong::after { content: " \\2717"; }
.nightMode .back li.right, .night_mode .back li.right { color: #56d364; }
.nightMode .back li.wrong, .night_mode .back li.wrong { color: #ff7b72; }
.verdict, .qz-accepted { margin-top: 0.3em; font-weight: 600; }
.verdict.right, .qz-accepted.accepted { color: #1a7f37; }
.verdict.wrong { color: #cf222e; }
.nightMode .verdict.right, .night_mode .verdict.right { color: #56d364; }
.nightMode .qz-accepted, .night_mode .qz-accepted { color: #56d364; }
.nightMode .verdict.wrong, .night_mode .verdict.wrong { color: #ff7b72; }
.correction { margin-top: 0.5em; }
"""

_EXTRAS = '{{#Note}}<div class="note">{{Note}}</div>{{/Note}}{{#Source}}<div class="source">{{Source}}</div>{{/Source}}'


def _fields(*names: str) -> list[dict[str, str]]:
    return [{"name": name} for name in names]


LITERAL = "mathjax_ignore tex2jax_ignore"
"""Classes that keep MathJax (3 and 2) away from the card's text: `\\(x\\)` in a deck shows as typed."""


def _literal(html: str) -> str:
    """A template's HTML inside the element that MathJax leaves alone."""
    return f'<div class="{LITERAL}">{html}</div>'


def _template(name: str, front: str, back: str) -> dict[str, str]:
    return {"name": name, "qfmt": _literal(front), "afmt": _literal(back)}


def _note_type(model_id: int, name: str, fields: tuple[str, ...], front: str, back: str) -> genanki.Model:
    """A note type with one card template, a front and a back."""
    return genanki.Model(
        model_id,
        name,
        fields=_fields(*fields),
        templates=[_template("Card 1", front, back)],
        css=CSS,
    )


_BASIC_FRONT = '<div class="prompt">{{Front}}</div>'


BASIC = _note_type(
    BASIC_ID,
    "quizgen Basic",
    ("Front", "Back", "Source", "Note"),
    _BASIC_FRONT,
    '{{FrontSide}}<hr id="answer"><div class="answer">{{Back}}</div>' + _EXTRAS,
)

BASIC_REVERSED = genanki.Model(
    BASIC_REVERSED_ID,
    "quizgen Basic (optional reversed card)",
    fields=_fields("Front", "Back", "Source", "Note", "Add Reverse"),
    templates=[
        BASIC.templates[0],
        # The section is outermost: with "Add Reverse" empty the front is empty, and Anki makes no card.
        {
            "name": "Card 2",
            "qfmt": "{{#Add Reverse}}" + _literal('<div class="prompt">{{Back}}</div>') + "{{/Add Reverse}}",
            "afmt": _literal('{{FrontSide}}<hr id="answer"><div class="answer">{{Front}}</div>' + _EXTRAS),
        },
    ],
    css=CSS,
)
"""Basic cards with `reverse: true` ("Add Reverse" is filled): Card 2 asks the back.

It is a note type of its own, so quizgen Basic, the note type of every basic card exported before
`reverse` existed, stays as it was. Card 2 depends on "Add Reverse", as in Anki's stock "Basic
(optional reversed card)": when "Merge note types" merges the two (a card whose `reverse` was
switched), quizgen Basic gains an empty "Add Reverse" and no note gains a card.
"""

CLOZE = genanki.Model(
    CLOZE_ID,
    "quizgen Cloze",
    fields=_fields("Text", "Back Extra"),
    templates=[_template("Cloze", "{{cloze:Text}}", "{{cloze:Text}}{{#Back Extra}}<hr>{{Back Extra}}{{/Back Extra}}")],
    css=CSS,
    model_type=genanki.Model.CLOZE,
)

CHOICE = _note_type(
    CHOICE_ID,
    "quizgen Choice",
    ("Question", "Choices", "Answer", "Source", "Note"),
    '<div class="front qz-choice"><div class="prompt">{{Question}}</div>{{Choices}}</div>'
    + card_scripts.script(card_scripts.CHOICE_FRONT),
    '<div class="back qz-choice"><div class="prompt">{{Question}}</div>{{Choices}}<div class="verdict"></div></div>'
    '<hr id="answer"><div class="answer qz-answer">{{Answer}}</div>'
    + _EXTRAS
    + card_scripts.script(card_scripts.CHOICE_BACK),
)
"""The front lists the choices (A, B, C... by CSS) and lets the learner pick one; only the back,
which shows the Answer field, knows the right one."""

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
    '<div class="prompt">{{Question}}</div><hr id="answer">{{type:Answer}}<div class="qz-accepted"></div>'
    '<div class="qz-expected" hidden>{{Answer}}</div>'
    '{{#Accept}}<div class="accept">Also accepted: {{Accept}}</div>{{/Accept}}'
    + _EXTRAS
    + card_scripts.script(card_scripts.TYPED_BACK),
)
"""Anki compares the typed answer with Answer; the back's script accepts the Accept answers too."""

MODELS: dict[str, genanki.Model] = {
    "basic": BASIC,
    "cloze": CLOZE,
    "choice": CHOICE,
    "truefalse": TRUEFALSE,
    "typed": TYPED,
}
"""The note type of each card type."""

CARD_TYPE_OF_MODEL: dict[int, str] = {
    **{model.model_id: kind for kind, model in MODELS.items()},
    BASIC_REVERSED_ID: "basic",
}
"""The card type of each quizgen note type id."""


def model_for(card: AnyCard) -> genanki.Model:
    """The note type a card is exported with."""
    if isinstance(card, BasicCard) and card.reverse:
        return BASIC_REVERSED
    return MODELS[card.type]


def fields_of(model_id: int) -> list[str]:
    """The field names of the quizgen note type `model_id`."""
    model = BASIC_REVERSED if model_id == BASIC_REVERSED_ID else MODELS[CARD_TYPE_OF_MODEL[model_id]]
    return [f["name"] for f in model.fields]
