"""A choice of places for the place of a war gives the answer away: the question gates drop it, its cloze stays."""

from __future__ import annotations

from generate_support import candidate

from quizgen.generate import gates

_WAR = (
    "Poland, Hungary and Romania watched the vote in Kazakhstan closely in 2024.\n\n"
    "The Central Asian states watch how the next president will approach the ongoing war in Ukraine.\n"
)


def test_a_choice_of_places_for_the_place_of_a_war_is_dropped_and_its_cloze_kept() -> None:
    assert gates.place_of_an_event_in_choices(candidate(_WAR, "Ukraine", "choice", sentence=1))
    assert gates.place_of_an_event_in_choices(candidate(_WAR, "Ukraine", "cloze", sentence=1)) is None
    assert gates.place_of_an_event_in_choices(candidate(_WAR, "Kazakhstan", "choice")) is None
