"""The study app starts without the YAML machinery and other modules only later steps need."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from study_support import EVERY_TYPE

import quizgen

LATER = [
    "pydantic",
    "quizgen.model.cards",
    "yaml",
    "rapidfuzz",
    "quizgen.deckio.loader",
    "quizgen.deckio.dump",
    "quizgen.deckio.yamlio",
    "textual_plotext",
    "quizgen.study.compare",
    "quizgen.study.heatmap",
    "quizgen.study.stats",
    "textual_image",
    "PIL",
]
"""Modules for validating and parsing decks, grading and comparing typed answers, saving decks, statistics and
drawing images."""


def imported_after(code: str) -> set[str]:
    probe = f"import sys\n{code}\nprint('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_the_study_app_and_its_screens_import_without_later_modules() -> None:
    loaded = imported_after("import quizgen.cli.study, tui.app, tui.screens.study, tui.screens.deck_list")
    assert "tui.app" in loaded
    assert sorted(loaded & set(LATER)) == []


def test_a_session_on_a_cached_deck_shows_its_first_card_without_pydantic(tmp_path: Path) -> None:
    deck = tmp_path / "deck.yaml"
    deck.write_text(EVERY_TYPE.read_text())
    env = {**os.environ, "QUIZGEN_CACHE": str(tmp_path / "cache")}
    code = f"""
from quizgen.deckio.cache import open_cached
from quizgen.study import Session, Store
found = open_cached({str(deck)!r})
study = found.deck if type(found).__name__ == "Checked" else found  # a first open checks the file
store = Store.open({str(tmp_path / "p.sqlite3")!r})
item = Session.open(store, [study], fingerprints={{study.id: found.digest}}).next()
print(type(found).__name__, item.card.uid)
"""
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert first.stdout.startswith("Checked basic-markup")  # the first open parses and caches the deck
    probe = code + "import sys\nprint(*sys.modules)"
    again = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env)
    head, modules = again.stdout.split("\n", 1)
    assert head == "CachedDeck basic-markup"
    assert "pydantic" not in modules.split() and "quizgen.model.cards" not in modules.split()


def test_the_public_api_is_all_there_when_asked_for() -> None:
    loaded = imported_after("import quizgen")
    assert "quizgen.model.cards" not in loaded and "yaml" not in loaded
    names = {name: getattr(quizgen, name) for name in quizgen.__all__}
    assert names["Deck"].__module__ == "quizgen.model.cards" and names["save_deck"].__module__ == "quizgen.deckio.dump"
    assert set(quizgen.__all__) <= set(dir(quizgen))
    star = imported_after("from quizgen import *\nprint(Deck, load_deck, dumps_deck, DeckError)")
    assert "quizgen.deckio.loader" in star and "quizgen.deckio.dump" in star


def test_an_unknown_name_is_an_attribute_error() -> None:
    try:
        quizgen.no_such_name  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("quizgen.no_such_name did not raise")
