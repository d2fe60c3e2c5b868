"""The deck format: pydantic deck and card types, cards as plain data for studying, cloze syntax,
and the consistency rules.

This part imports nothing else of quizgen, so every other part can build on it.
"""

FORMAT_VERSION = 1
"""Version of the deck format (the `format` key of a deck file)."""
