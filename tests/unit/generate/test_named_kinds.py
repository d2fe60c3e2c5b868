"""A name followed by the word for its kind of craft ('the Astra 2A satellite') is the fact, not a modifier."""

from __future__ import annotations

import pytest
from generate_support import candidate

from quizgen.generate import gates


@pytest.mark.parametrize(
    ("text", "answer", "modifier"),
    [
        ("In 1998 the new service used the Astra 2A satellite over the north of Europe.", "Astra 2A", False),
        ("In 1998 the new service used the Astra 2A studios over the north of Europe.", "Astra 2A", True),
        ("In 1997 the agency launched the Cassini probe towards Saturn from Florida.", "Cassini", False),
    ],
)
def test_a_name_with_its_kind_of_craft_is_no_modifier(text: str, answer: str, modifier: bool) -> None:
    assert bool(gates.answer_is_a_nationality_word(candidate(text, answer))) is modifier
