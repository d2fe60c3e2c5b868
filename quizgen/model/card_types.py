"""The kinds of card, in a module of their own: the generator reads them without loading the deck model."""

CARD_TYPES = ("basic", "cloze", "choice", "truefalse", "typed")
