"""The deck format: pydantic deck and card types, cloze syntax, and the consistency rules.

This part imports nothing else of quizgen, so every other part can build on it.
"""
