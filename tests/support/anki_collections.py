"""A user's Anki collection, built with the real Anki backend: every stock note type, formatting,
media references, hierarchical tags, a custom two-way note type, and notes quizgen exported earlier."""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from pathlib import Path

from anki.collection import Collection
from anki_backend import fresh_collection, import_package

from quizgen.deckio.loader import loads_deck
from quizgen.exchange.anki.export import export_decks

# A 1x1 PNG, for the image occlusion note.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="
)

QUIZGEN_DECK = """\
id: earlier
title: Earlier::From quizgen
cards:
  - {id: plain, type: basic, front: What is 2 + 2?, back: '4'}
  - {id: formatted, type: basic, front: Largest planet?, back: Jupiter}
  - {id: pick, type: choice, question: Which is a noble gas?, choices: [argon, iron, salt], answer: argon}
"""


@dataclass
class UserCollection:
    """The collection's file, the GUID of each note by a short name, and the note type of each note."""

    path: Path
    guids: dict[str, str] = field(default_factory=dict)
    notetypes: dict[str, str] = field(default_factory=dict)

    def open(self) -> Collection:
        return Collection(str(self.path))


def build_user_collection(folder: Path) -> UserCollection:
    """A collection as a user has one, closed and saved in `folder`."""
    col = fresh_collection(folder)
    result = UserCollection(folder / "collection.anki2")
    physics = col.decks.id("Science::Physics")
    german = col.decks.id("Languages::German")
    assert physics and german

    def add(name: str, notetype: str, deck: int, tags: list[str] | None = None, **fields: str) -> None:
        note = col.new_note(col.models.by_name(notetype))  # type: ignore[arg-type]
        for key, value in fields.items():
            note[key.replace("_", " ")] = value
        note.tags = tags or []
        col.add_note(note, deck)
        result.guids[name] = note.guid
        result.notetypes[name] = notetype

    add("sup", "Basic", physics, ["physics::relativity", "famous"], Front="E = mc<sup>2</sup>: whose?", Back="Einstein")
    add("sub", "Basic", physics, Front="The formula of water?", Back="H<sub>2</sub>O")
    add("list", "Basic", physics, Front="The steps, in order?", Back="<ol><li>observe</li><li>guess</li></ol>")
    add("image", "Basic", physics, Front='Which animal? <img src="cat.png">', Back="a <b>cat</b>")
    add("sound", "Basic", german, Front="Listen: [sound:hallo.mp3]", Back="hallo")
    add("reversed", "Basic (and reversed card)", german, ["lang::de::nouns"], Front="der Hund", Back="the dog")
    add("optional-on", "Basic (optional reversed card)", german, Front="die Katze", Back="the cat", Add_Reverse="y")
    add("optional-off", "Basic (optional reversed card)", german, Front="die Maus", Back="the mouse")
    add("typein", "Basic (type in the answer)", physics, Front="The SI unit of force?", Back="newton")
    add(
        "cloze",
        "Cloze",
        physics,
        ["chemistry"],
        Text="{{c1::Oxygen}} has the atomic number {{c2::8}}<br>and the symbol O.",
        Back_Extra="<ul><li>a gas</li><li>reactive</li></ul>",
    )

    models = col.models
    two_way = models.new("Vocab (two-way)")
    for name in ("Word", "Meaning", "Notes"):
        models.add_field(two_way, models.new_field(name))
    for name, front, back in (("Recognise", "Word", "Meaning"), ("Recall", "Meaning", "Word")):
        template = models.new_template(name)
        template["qfmt"] = "{{" + front + "}}"
        template["afmt"] = "{{FrontSide}}<hr id=answer>{{" + back + "}}<br>{{Notes}}"
        models.add_template(two_way, template)
    models.add(two_way)
    add("two-way", "Vocab (two-way)", german, Word="das Haus", Meaning="the house", Notes="neuter")

    Path(col.media.dir(), "map.png").write_bytes(PNG)
    occlusion = col.models.by_name("Image Occlusion")
    assert occlusion
    before = set(col.find_notes(""))
    col.add_image_occlusion_note(
        notetype_id=occlusion["id"],
        image_path=str(Path(col.media.dir(), "map.png")),
        occlusions="{{c1::image-occlusion:rect:left=.1:top=.1:width=.3:height=.3:oi=1}}",
        header="Where is it?",
        back_extra="",
        tags=["maps"],
    )
    [occlusion_note] = set(col.find_notes("")) - before
    result.guids["occlusion"] = col.get_note(occlusion_note).guid
    result.notetypes["occlusion"] = "Image Occlusion"

    # Notes quizgen exported earlier, one of them since formatted in Anki.
    earlier = folder / "earlier.apkg"
    export_decks([loads_deck(QUIZGEN_DECK)], earlier, timestamp=1_700_000_000)
    import_package(col, earlier)
    for name in ("plain", "formatted", "pick"):
        nid = col.db.scalar("SELECT id FROM notes WHERE guid = ?", f"qz1:earlier:{name}")
        result.guids[name] = col.get_note(nid).guid
        result.notetypes[name] = col.get_note(nid).note_type()["name"]  # type: ignore[index]
    formatted = col.get_note(col.db.scalar("SELECT id FROM notes WHERE guid = ?", "qz1:earlier:formatted"))
    formatted["Back"] = "<b>Jupiter</b>"
    col.update_note(formatted)
    col.close()
    earlier.unlink()
    return result
