"""Media names from a package: paths refused, everything else made a safe file name."""

from __future__ import annotations

import pytest

from quizgen.exchange.anki.media_import import refusal, sanitise


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("../x.png", "zip-slip"),
        ("a/b.png", "zip-slip"),
        ("a\\b.png", "zip-slip"),
        ("/etc/passwd", "absolute"),
        ("C:x.png", "absolute"),
        ("..", "'.'/'..'"),
        ("", "'.'/'..'"),
        ("x\x00.png", "NUL"),
    ],
)
def test_paths_are_refused(name: str, why: str) -> None:
    found = refusal(name)
    assert found is not None and why in found


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("cat.jpg", "cat.jpg"),
        ("\x1b]0;title\x07cat.png", "_0_title_cat.png"),
        (".hidden.png", "hidden.png"),
        ("a<b>|c?.png", "a_b_c_.png"),
        ("Île de France.png", "Île de France.png"),
        ("...", "file"),
        ("x" * 300 + ".png", "x" * 96 + ".png"),
    ],
)
def test_other_names_are_sanitised(name: str, safe: str) -> None:
    assert refusal(name) is None and sanitise(name) == safe
