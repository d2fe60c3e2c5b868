"""Messages quote a short excerpt of the text at fault, never the whole of it."""

from __future__ import annotations

import pytest

from quizgen.deckio.loader import loads_deck
from quizgen.errors import DeckError

LONG = "Secret" + "x" * 500


@pytest.mark.parametrize(
    "text",
    [
        f"id: {LONG}\ntitle: T\ncards: [{{type: basic, front: F, back: B}}]\n",
        f"id: d\ntitle: T\n{LONG}: 1\ncards: [{{type: basic, front: F, back: B}}]\n",
        f"id: d\ntitle: T\ncards: [{{type: {LONG}, front: F, back: B}}]\n",
        f"id: d\ntitle: T\ntags: [{LONG} x]\ncards: [{{type: basic, front: F, back: B}}]\n",
        f"id: d\ntitle: T\ncards: [{{type: basic, front: F, back: B, source: {{start: {LONG}}}}}]\n",
    ],
)
def test_a_long_value_is_quoted_as_an_excerpt(text: str) -> None:
    with pytest.raises(DeckError) as info:
        loads_deck(text)
    message = info.value.problems[0].message
    assert "Secret" in message and "x" * 40 not in message and "…" in message, message


def test_a_file_that_is_no_deck_is_named_so_and_not_quoted() -> None:
    with pytest.raises(DeckError) as info:
        loads_deck("root:$6$hash:19000:0:99999:7:::\napi_key: SECRET\n")
    (problem,) = info.value.problems
    assert "does not look like a deck" in problem.message and "SECRET" not in str(problem)
