"""The commented starter deck that `quizgen new` writes."""

from __future__ import annotations

import os

from quizgen.atomic import check_output, write_atomic
from quizgen.deckio.loader import loads_deck
from quizgen.deckio.yamlio import dumps
from quizgen.errors import QuizgenError
from quizgen.model.ids import slug

TEMPLATE = """\
# A quizgen deck. Check it with: quizgen validate {file}
# Reference: the "Deck format" section of the quizgen README.
format: 1
id: {id}            # lowercase letters, digits, '-' and '_'; progress follows it
title: {title}
description: |
  What this deck covers. Several lines are fine.
tags: [starter]      # no spaces inside a tag; use '-' or '::'

cards:
  # basic: a front and a back; the learner grades themselves.
  - id: capital-kazakhstan    # optional; without an id, editing the front resets progress
    type: basic
    front: What is the capital of Kazakhstan?
    back: Astana
    note: It was called Nur-Sultan from 2019 to 2022.   # shown after answering

  # cloze: hide spans with {{{{c1::...}}}}; each number is studied separately.
  - type: cloze
    text: Kazakhstan and {{{{c1::Turkmenistan}}}} border the {{{{c2::Caspian Sea::a body of water}}}}.

  # choice: 2 to 8 choices; the answer is written exactly as one of them.
  - type: choice
    question: Which of these countries is doubly landlocked?
    choices: [Uzbekistan, Kazakhstan, Turkmenistan, Mongolia]
    answer: Uzbekistan

  # truefalse: the answer is true or false; a correction explains a false one.
  - type: truefalse
    statement: Tajik is a Turkic language.
    answer: false
    correction: Tajik is a variety of Persian.

  # typed: the learner types the answer; accept lists other right spellings.
  - type: typed
    question: What is the capital of Uzbekistan?
    answer: Tashkent
    accept: [Toshkent]
"""


def starter_text(title: str, deck_id: str) -> str:
    """The starter deck's text for `title` and `deck_id`; it always validates."""
    text = TEMPLATE.format(id=deck_id, title=_scalar(title), file="{file}")
    return text


def write_starter(path: str, title: str, deck_id: str | None = None, force: bool = False) -> None:
    """Write a starter deck to `path`; refuses to overwrite unless `force`."""
    if os.path.isdir(path):
        raise QuizgenError(f"{path}: is a folder; give the deck file to create, such as {path}/deck.yaml")
    check_output(path, force=force)
    if not title.strip():
        raise QuizgenError(f"--title {title!r}: give the deck a title that is not empty")
    deck_id = deck_id or slug(os.path.splitext(os.path.basename(path))[0])
    text = starter_text(title, deck_id).replace("{file}", path)
    loads_deck(text, path)
    try:
        write_atomic(path, text)
    except OSError as exc:
        raise QuizgenError(f"{path}: cannot write: {exc.strerror or exc}") from None


def _scalar(text: str) -> str:
    """`text` as a YAML scalar that reads back as exactly `text`."""
    return dumps(text).removesuffix("\n...\n").strip()
