"""A source sentence is left out when it only repeats what the card already shows."""

from __future__ import annotations

from tui.widgets.panels import repeats


def test_a_source_that_is_the_card_again_repeats_it() -> None:
    cloze = "The capital of Kazakhstan is Astana and its largest city is Almaty."
    assert repeats("The capital of Kazakhstan is Astana, and its largest city is Almaty.", [cloze])
    assert repeats("Uzbekistan is doubly landlocked.", ["Uzbekistan has a coast.", "Uzbekistan is doubly landlocked."])
    # The question with its blank filled by a choice.
    shown = ["It's been widely reported that _____ has said he could resolve the conflict.", "Trump", "Biden"]
    assert repeats("It's been widely reported that Trump has said he could resolve the conflict.", shown)


def test_a_source_with_words_of_its_own_is_shown() -> None:
    shown = ["What does [bold] do in <script> tags?", "Nothing [/] at all"]
    assert not repeats("In a deck, nothing [/] at all is read as markup.", shown)
    assert not repeats("The Aral Sea has lost most of its water.", ["Which sea is shrinking?", "Aral Sea"])
    assert not repeats("", ["anything"])
