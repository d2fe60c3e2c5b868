"""Choice and typed cards as the learner uses them in Anki: the real Anki renders each side, and
headless Chromium runs the sides as Anki's reviewer does (see `card_browser`)."""

from __future__ import annotations

import re

import pytest
from anki.collection import Collection
from anki_backend import fresh_collection, import_package, note_by_guid
from card_browser import CHROMIUM, js, run

from quizgen.deckio.loader import loads_deck
from quizgen.exchange.anki import card_scripts, identity, note_types
from quizgen.exchange.anki.export import export_decks

DECK = """
id: scripts
title: Scripts
cards:
  - id: currency
    type: choice
    question: What is the currency of Uzbekistan?
    choices: [tenge, som, manat, "<b>dram</b> & co"]
    answer: som
  - id: currency-again
    type: choice
    question: What is the currency of Uzbekistan?
    choices: [tenge, som, manat, "<b>dram</b> & co"]
    answer: tenge
  - id: capital
    type: choice
    question: What is the capital of Armenia?
    choices: [Yerevan, Baku]
    answer: Yerevan
  - id: desert
    type: typed
    question: Which desert covers most of Turkmenistan?
    answer: Karakum
    accept: [Kara-Kum, Garagum]
"""

needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed here")


@pytest.fixture(scope="module")
def col(tmp_path_factory: pytest.TempPathFactory) -> Collection:
    folder = tmp_path_factory.mktemp("scripts")
    export_decks([loads_deck(DECK)], folder / "scripts.apkg", timestamp=1_700_000_000)
    collection = fresh_collection(folder / "anki")
    import_package(collection, folder / "scripts.apkg")
    return collection


def sides(col: Collection, card_id: str) -> tuple[str, str]:
    card = note_by_guid(col, identity.note_guid("scripts", card_id)).cards()[0]
    return card.question(), card.answer()


def without_scripts(side: str) -> str:
    return re.sub(r"<script>.*?</script>", "", side, flags=re.S)


def test_the_front_lists_every_choice_and_its_html_does_not_tell_the_right_one(col: Collection) -> None:
    front, _ = sides(col, "currency")
    other_front, _ = sides(col, "currency-again")
    assert front == other_front, "two cards that differ only in their answer have the same front"
    plain = without_scripts(front)
    for choice in ("tenge", "som", "manat", "&lt;b&gt;dram&lt;/b&gt; &amp; co"):
        assert f"<li>{choice}</li>" in plain
    assert "list-style-type: upper-alpha" in front, "the choices are lettered A, B, C... as in the study app"


def test_the_templates_hold_no_double_braces_in_their_scripts() -> None:
    for code in (card_scripts.CHOICE_FRONT, card_scripts.CHOICE_BACK, card_scripts.TYPED_BACK):
        assert "{{" not in code and "}}" not in code


def pick_and_flip(front: str, back: str, pick: int | None, reload: bool = False) -> str:
    """Show the front, tap choice `pick` (None: no pick), show the back; optionally as a new page would."""
    tap = f"document.querySelectorAll('#qa ol.choices > li')[{pick}].click();" if pick is not None else ""
    forget = "window.quizgenChoice = undefined;" if reload else ""
    return f"await show({js(front)}); {tap} {forget} await show({js(back)});"


BACK_STATE = """
  const items = Array.from(document.querySelectorAll('#qa ol.choices > li'));
  return {
    classes: items.map(li => li.className),
    verdict: document.querySelector('#qa .verdict').textContent,
    markers: getComputedStyle(document.querySelector('#qa ol.choices')).listStyleType,
  };
"""


@needs_chromium
def test_picking_a_choice_shows_on_the_back_whether_it_was_right(col: Collection) -> None:
    front, back = sides(col, "currency")
    _, other_back = sides(col, "capital")
    other_front, _ = sides(col, "capital")
    scenario = (
        "const results = [];"
        + pick_and_flip(front, back, 0)
        + f"results.push((() => {{ {BACK_STATE} }})());"
        + pick_and_flip(front, back, 1)
        + f"results.push((() => {{ {BACK_STATE} }})());"
        # The next card, with no pick: nothing of the previous card's pick shows.
        + pick_and_flip(other_front, other_back, None)
        + f"results.push((() => {{ {BACK_STATE} }})());"
        # A reviewer that loads the back as a new page keeps the pick in sessionStorage.
        + pick_and_flip(front, back, 2, reload=True)
        + f"results.push((() => {{ {BACK_STATE} }})());"
        + "return results;"
    )
    wrong, right, untouched, reloaded = run(scenario, css=note_types.CSS)
    assert wrong["classes"] == ["picked wrong", "right", "", ""]
    assert wrong["verdict"] == "Wrong: you picked A; the answer is B."
    assert right["classes"] == ["", "right picked", "", ""]
    assert right["verdict"] == "Right: B."
    assert untouched["classes"] == ["right", ""] and untouched["verdict"] == "The answer is A."
    assert reloaded["classes"] == ["", "right", "picked wrong", ""]
    assert reloaded["verdict"] == "Wrong: you picked C; the answer is B."
    assert wrong["markers"] == "upper-alpha"


def typed_back(col: Collection, typed: str) -> str:
    """The back of the typed card after `typed` was typed, as Anki's reviewer fills in the comparison."""
    note = note_by_guid(col, identity.note_guid("scripts", "desert"))
    back = note.cards()[0].answer()
    compared = col.compare_answer("Karakum", typed)
    return re.sub(r"\[\[type:.+?\]\]", lambda _: f"<div>{compared}</div>", back)


@needs_chromium
def test_typed_cards_accept_their_aliases(col: Collection) -> None:
    attempts = ["Kara-Kum", "garagum", "the karakum", "Karakum", "Karakorum", ""]
    backs = [typed_back(col, typed) for typed in attempts]
    scenario = (
        "const notes = [];"
        f"for (const back of {js(backs)}) {{ await show(back);"
        " const note = document.querySelector('#qa .qz-accepted');"
        " notes.push([note.textContent, note.className]); }"
        " return notes;"
    )
    notes = run(scenario, css=note_types.CSS)
    assert notes == [
        ["✓ Accepted: Kara-Kum", "qz-accepted accepted"],
        ["✓ Accepted: Garagum", "qz-accepted accepted"],
        ["✓ Accepted: Karakum", "qz-accepted accepted"],
        ["", "qz-accepted"],  # Anki itself shows the exact answer as right
        ["", "qz-accepted"],
        ["", "qz-accepted"],
    ]
