"""Anki packages (.apkg): export decks with stable identity, import notes back as decks.

The submodules are imported where needed, so `import quizgen.exchange.anki` stays cheap:
`export` writes packages with genanki, `read_package` opens any package format,
`import_apkg` turns a package into decks, `identity` maps ids to Anki ids and GUIDs.
"""
