"""A review's decisions, their undo, the validator's word on edits, and what saving refuses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from quizgen.deckio.loader import load_deck
from quizgen.deckio.review import Review
from quizgen.errors import DeckError, QuizgenError

DECK = """\
id: d
title: D
cards:
  - id: a
    type: basic
    front: What is A?
    back: A
  - type: typed
    question: What is B?
    answer: B
  - id: c
    type: choice
    question: What is C?
    choices: [C, D]
    answer: C
    reviewed: true
"""


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUIZGEN_CACHE", str(tmp_path / "cache"))


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    path = tmp_path / "deck.yaml"
    path.write_text(DECK, encoding="utf-8")
    return path


def test_the_file_says_which_cards_are_already_reviewed(deck: Path) -> None:
    review = Review(deck)
    assert review.verdicts == [None, None, "kept"]
    assert review.counts() == {"cards": 3, "reviewed": 1, "kept": 1, "dropped": 0, "edited": 0}
    assert not review.changed


def test_decisions_and_their_undo(deck: Path) -> None:
    review = Review(deck)
    review.keep(0)
    review.drop(1)
    assert review.edit(2, {**review.card_data(2), "question": "Which is C?"}) == []
    assert review.verdicts == ["kept", "dropped", "edited"] and review.changed
    assert review.undo() == 2 and review.cards[2].question == "What is C?" and review.verdicts[2] == "kept"
    assert review.undo() == 1 and review.undo() == 0
    assert review.undo() is None and not review.changed


def test_an_edit_the_validator_refuses_changes_nothing_and_says_why(deck: Path) -> None:
    review = Review(deck)
    assert review.edit(2, {**review.card_data(2), "answer": "E"}) == [
        "answer 'E' is not one of the choices; copy it exactly from choices"
    ]
    assert review.edit(0, {**review.card_data(0), "back": " "}) == [
        "'back' is empty; write some text or remove the key"
    ]
    assert review.edit(0, {**review.card_data(0), "bakc": "x"}) == ["unknown key 'bakc'; did you mean 'back'?"]
    assert review.verdicts == [None, None, "kept"] and not review.changed


def test_an_edit_that_breaks_another_card_is_refused(deck: Path) -> None:
    review = Review(deck)
    assert review.edit(0, {**review.card_data(0), "id": "c"}) == [
        "duplicate card id 'c' (also card 1); give each card its own id"
    ]
    assert review.cards[0].uid == "a"


def test_an_edited_card_without_an_id_keeps_the_one_it_had(deck: Path) -> None:
    review = Review(deck)
    uid = review.cards[1].uid
    review.edit(1, {**review.card_data(1), "question": "Which letter is B?"})
    review.save()
    saved = load_deck(deck)
    assert saved.cards[1].id == uid and saved.cards[1].edited


def test_keeping_an_edited_card_leaves_it_edited(deck: Path) -> None:
    review = Review(deck)
    review.edit(0, {**review.card_data(0), "back": "The letter A"})
    review.keep(0)
    assert review.verdicts[0] == "edited"


def test_the_validators_warnings_are_given_per_card(deck: Path) -> None:
    review = Review(deck)
    review.edit(0, {**review.card_data(0), "front": "What is B?"})
    assert [f.message for f in review.findings(1)] == ["same prompt as card 1; learners will see it twice"]
    review.drop(0)
    assert review.findings(1) == []


def test_saving_every_card_dropped_is_refused(deck: Path) -> None:
    review = Review(deck)
    for position in range(3):
        review.drop(position)
    with pytest.raises(DeckError, match="every card is dropped"):
        review.save()
    assert deck.read_text(encoding="utf-8") == DECK


def test_a_file_changed_since_the_review_opened_is_not_overwritten(deck: Path) -> None:
    review = Review(deck)
    review.drop(0)
    changed = DECK.replace("What is A?", "What is A, now?")
    deck.write_text(changed, encoding="utf-8")
    with pytest.raises(DeckError, match="changed since the review opened it"):
        review.save()
    assert deck.read_text(encoding="utf-8") == changed


def test_an_unwritable_folder_leaves_the_deck_as_it_was(deck: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes anywhere")
    review = Review(deck)
    review.drop(0)
    deck.parent.chmod(0o500)
    try:
        with pytest.raises(QuizgenError, match="cannot write"):
            review.save()
    finally:
        deck.parent.chmod(0o700)
    assert deck.read_text(encoding="utf-8") == DECK


def test_a_deck_with_errors_is_not_reviewed(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("id: d\ntitle: D\ncards:\n  - type: basic\n    front: F\n", encoding="utf-8")
    with pytest.raises(DeckError, match=r"bad.yaml:4:5: \[card #1\] missing key 'back'"):
        Review(path)


def test_an_unchanged_deck_opens_from_the_cache_without_pydantic(deck: Path, tmp_path: Path) -> None:
    """The first card shows as plain data, as a study session's does; the cards are validated later."""
    Review(deck)  # fills the deck cache
    code = (
        "import sys\n"
        "from quizgen.deckio.review import Review\n"
        f"review = Review({str(deck)!r})\n"
        "assert not review.loaded and 'pydantic' not in sys.modules, 'pydantic was imported'\n"
        "assert review.verdicts == [None, None, 'kept'] and review.shown(2).question == 'What is C?'\n"
        "assert review.title == 'D' and review.size == 3 and review.article() is None\n"
        "review.drop(0)\n"
        "assert review.loaded and review.counts()['dropped'] == 1\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_a_link_to_a_deck_is_refused_before_any_work(deck: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.yaml"
    link.symlink_to(deck)
    with pytest.raises(QuizgenError, match="is a symbolic link .*; quizgen does not write through links"):
        Review(link)
