"""Anki's own markup in a deck's text is shown as typed: no sound plays, no LaTeX image, no MathJax.

The rendering is Anki's (the `anki` package renders each card); MathJax is MathJax 3 with Anki's
configuration, run in headless Chromium. Stock Basic notes with the same text show that each
piece of markup would have been read as markup.
"""

from __future__ import annotations

import html
import re

import pytest
from anki.cards import Card
from anki.collection import Collection
from anki_backend import fresh_collection, import_package, note_by_guid
from card_browser import CHROMIUM, js, run

from quizgen.deckio.loader import loads_deck
from quizgen.exchange.anki import identity, note_types
from quizgen.exchange.anki.export import export_decks

DECK = r"""
id: markup
title: Markup
cards:
  - id: sound
    type: basic
    front: "What does [sound:bell.mp3] do in a card?"
    back: "It plays bell.mp3; [anki:tts lang=en_US]so does this[/anki:tts]."
  - id: latex
    type: typed
    question: "How is x squared written in [latex]?"
    answer: "[latex]x^2[/latex]"
    accept: ["[$]x^2[/$]"]
  - id: mathjax
    type: basic
    front: 'Which delimiters start MathJax, \( or \[ ?'
    back: '\(x\) inline and \[y\] display.'
    reverse: true
  - id: cloze
    type: cloze
    text: 'Write {{c1::\(a+b\)}} to show [$$]a+b[/$$].'
  - id: choice
    type: choice
    question: 'Which is MathJax: \(x\) or [$]x[/$]?'
    choices: ['\(x\)', '[$]x[/$]', '[sound:x.mp3]']
    answer: '\(x\)'
  - id: truefalse
    type: truefalse
    statement: 'In Anki, [sound:a.mp3] plays a.mp3.'
    answer: true
    correction: 'And \(x\) is MathJax.'
"""

LITERALS = ["[sound:bell.mp3]", "[latex]", "\\(", "\\[", "[$$]a+b[/$$]", "[anki:tts lang=en_US]", "[$]x[/$]"]


@pytest.fixture(scope="module")
def col(tmp_path_factory: pytest.TempPathFactory) -> Collection:
    folder = tmp_path_factory.mktemp("markup")
    export_decks([loads_deck(DECK)], folder / "markup.apkg", timestamp=1_700_000_000)
    collection = fresh_collection(folder / "anki")
    import_package(collection, folder / "markup.apkg")
    stock = collection.new_note(collection.models.by_name("Basic"))  # type: ignore[arg-type]
    stock["Front"] = "Stock [sound:bell.mp3] and \\(x\\) and [latex]x[/latex]"
    stock["Back"] = "back"
    collection.add_note(stock, 1)
    return collection


def quizgen_cards(col: Collection) -> list[Card]:
    return [col.get_card(cid) for cid in col.find_cards("note:quizgen*")]


def shown_text(side_html: str) -> str:
    """What a learner reads on a side: the HTML without styles, scripts and tags."""
    text = re.sub(r"<(style|script)\b.*?</\1>", "", side_html, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def test_the_stock_note_shows_what_anki_markup_does(col: Collection) -> None:
    [cid] = col.find_cards("note:Basic")
    card = col.get_card(cid)
    assert [tag.filename for tag in card.question_av_tags()] == ["bell.mp3"]  # type: ignore[attr-defined]
    assert "latex-" in card.question(), "Anki renders [latex] as an image"


def test_no_sound_plays_and_no_latex_renders(col: Collection) -> None:
    cards = quizgen_cards(col)
    assert len(cards) == 7
    for card in cards:
        assert card.question_av_tags() == [] and card.answer_av_tags() == [], card.note().guid
        assert "latex-" not in card.question() + card.answer(), card.note().guid


def test_the_markup_shows_as_the_literal_text_of_the_deck(col: Collection) -> None:
    text = " ".join(shown_text(card.question() + card.answer()) for card in quizgen_cards(col))
    for literal in LITERALS:
        assert literal in text, literal
    cloze = note_by_guid(col, identity.note_guid("markup", "cloze")).cards()[0]
    assert "\\(a+b\\)" not in shown_text(cloze.question()) and "[...]" in shown_text(cloze.question())
    assert "Write \\(a+b\\) to show [$$]a+b[/$$]." in shown_text(cloze.answer())


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed here")
def test_mathjax_leaves_the_text_alone(col: Collection) -> None:
    sides = [side for card in quizgen_cards(col) for side in (card.question(), card.answer())]
    [cid] = col.find_cards("note:Basic")
    control = col.get_card(cid).question()
    counts = run(
        f"const counts = []; for (const side of {js([control, *sides])}) {{ await show(side); counts.push(mathCount()); }}"
        " return counts;",
        css=note_types.CSS,
    )
    assert counts[0] == 1, "the stock note's \\(x\\) is typeset, so MathJax runs"
    assert counts[1:] == [0] * len(sides)
