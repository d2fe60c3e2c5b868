"""Deck files: safe YAML in and out, error locations, the JSON Schema, deck folders, the cache and the bundled decks."""
