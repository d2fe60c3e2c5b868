"""A typed question shown under its context line: the generated deck file holds it in the question, the JSON
Schema accepts the file, and the Anki export carries the lead line into the note's Question field."""

from __future__ import annotations

from pathlib import Path

import jsonschema
from anki_backend import fresh_collection, import_package, note_by_guid
from ruamel.yaml import YAML

from quizgen.cli import main
from quizgen.deckio.loader import load_deck
from quizgen.deckio.schema import deck_schema
from quizgen.exchange.anki import identity
from quizgen.exchange.anki.export import export_decks
from quizgen.exchange.anki.html import to_html
from quizgen.generate.context import GAP

ARTICLE = (
    "The council of Tresco carried out a survey of the harbour walls in 2019.\n\n"
    "Fishermen from Tresco said the waves had been the highest in 40 years.\n\n"
    "Anna Berg said the survey would most likely focus on the northern harbour of Bergen.\n"
)
LEAD = f"The council of Tresco carried out a survey of the harbour walls in 2019. {GAP} "


def test_a_typed_question_with_its_lead_line_reaches_the_schema_and_anki(tmp_path: Path) -> None:
    article, path = tmp_path / "harbour.txt", tmp_path / "harbour.yaml"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["generate", str(article), "-o", str(path), "--types", "typed"]) == 0
    deck = load_deck(path)
    led = [c for c in deck.cards if c.type == "typed" and c.prompt().startswith(LEAD)]
    assert led and led[0].prompt()[len(LEAD) :].startswith("Who said the survey")
    data = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    assert list(jsonschema.Draft202012Validator(deck_schema()).iter_errors(data)) == []
    package = tmp_path / "harbour.apkg"
    export_decks([deck], package, timestamp=1_700_000_000)
    col = fresh_collection(tmp_path / "anki")
    import_package(col, package)
    note = note_by_guid(col, identity.note_guid(deck.id, led[0].id))
    assert note["Question"] == to_html(led[0].prompt()) and LEAD.strip() in note["Question"]
    col.close()
