"""Anki packages (.apkg): export decks with stable identity, import notes back as decks.

The submodules are imported where needed, so `import quizgen.exchange.anki` stays cheap:

- export: `export` writes packages with genanki, in the note types of `note_types` (whose
  choice and typed templates run the scripts of `card_scripts`), with the field values of
  `fields`; `html` escapes text into field HTML.
- import: `read_package` opens any package format, `templates` reads what a note type's card
  templates show, `notes` turns one note into card data, `import_apkg` turns a package into
  decks, and `stock` knows note types by name for a text file of notes.
- progress: `scheduling` reads the cards' scheduling and review log of a package, and
  `import_progress` matches them to the imported cards' study items; `export_progress` writes
  them into an exported package.
- `identity` maps ids to Anki deck ids and GUIDs, and decides which notes quizgen writes back.
"""
