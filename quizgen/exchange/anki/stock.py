"""Note types by name, for a text file of notes that names each note's type but holds no templates.

Anki's "Notes in Plain Text" export writes the note type's name in its `#notetype column`. The
stock note types (by their English names) and quizgen's own are known here with their fields and
templates, so their notes become the same cards as in an `.apkg`; any other name is read like a
note type whose templates are unknown.
"""

from __future__ import annotations

from quizgen.exchange.anki import note_types
from quizgen.exchange.anki.read_package import NoteType, Template

_ANSWER = "{{FrontSide}}\n\n<hr id=answer>\n\n"
_CARD_1 = Template("Card 1", "{{Front}}", _ANSWER + "{{Back}}")

STOCK: dict[str, tuple[list[str], list[Template], bool]] = {
    "Basic": (["Front", "Back"], [_CARD_1], False),
    "Basic (and reversed card)": (
        ["Front", "Back"],
        [_CARD_1, Template("Card 2", "{{Back}}", _ANSWER + "{{Front}}")],
        False,
    ),
    "Basic (optional reversed card)": (
        ["Front", "Back", "Add Reverse"],
        [_CARD_1, Template("Card 2", "{{#Add Reverse}}{{Back}}{{/Add Reverse}}", _ANSWER + "{{Front}}")],
        False,
    ),
    "Basic (type in the answer)": (
        ["Front", "Back"],
        [Template("Card 1", "{{Front}}\n\n{{type:Back}}", "{{Front}}\n\n<hr id=answer>\n\n{{type:Back}}")],
        False,
    ),
    "Cloze": (
        ["Text", "Back Extra"],
        [Template("Cloze", "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}")],
        True,
    ),
    "Image Occlusion": (
        ["Occlusion", "Image", "Header", "Back Extra", "Comments"],
        [Template("Image Occlusion", "{{cloze:Occlusion}}<div id=image-occlusion-container>{{Image}}</div>", "")],
        True,
    ),
}
"""Anki's stock note types: fields, templates (as far as they decide the cards), and whether cloze."""


def note_type(name: str, width: int, ntid: int) -> NoteType:
    """The note type called `name`, for notes of up to `width` fields; `ntid` numbers a type quizgen did not write."""
    for model in [*note_types.MODELS.values(), note_types.BASIC_REVERSED]:
        if model.name == name:
            templates = [Template(t["name"], t["qfmt"], t["afmt"]) for t in model.templates]
            fields = [f["name"] for f in model.fields]
            return NoteType(model.model_id, name, fields, model.model_type == model.CLOZE, templates)
    if name in STOCK:
        fields, templates, cloze = STOCK[name]
        return NoteType(ntid, name, fields, cloze, templates)
    fields = [f"field {i}" for i in range(1, max(width, 2) + 1)]
    return NoteType(ntid, name, fields, "cloze" in name.casefold(), [])
