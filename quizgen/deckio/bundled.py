"""The decks shipped with quizgen, found both in a wheel and in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]  # the quizgen package


def bundled_decks_dir() -> Path:
    """The folder of bundled decks: `quizgen/bundled_decks` in a wheel, else the repository's `decks/`."""
    installed = _PACKAGE / "bundled_decks"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "decks"


def default_deck_paths(cwd: Path | None = None) -> list[Path]:
    """Where `quizgen study` looks when given no path: `./decks` when present, else the bundled decks."""
    local = (cwd or Path.cwd()) / "decks"
    if local.is_dir():
        return [local]
    return [bundled_decks_dir()]
