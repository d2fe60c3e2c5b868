"""A place the sentence before opens with is carried into a card of the sentence after it."""

from __future__ import annotations

from generate_support import facts_of

from quizgen.generate.frames import carried_frame

PARAGRAPH = (
    "In the UK the role of a pharmacy technician has grown since 1990 in hospitals and shops. "
    "A pharmacy technician once qualified has to register on the General Pharmaceutical Council register."
)


def test_the_place_a_sentence_opens_with_frames_the_next_one() -> None:
    index, facts = facts_of(PARAGRAPH)
    assert carried_frame(index, 1) == "In the UK"
    council = next(f for f in facts if "General Pharmaceutical Council" in f.mention.text)
    assert council.text.startswith("In the UK, a pharmacy technician once qualified has to register")


def test_a_sentence_with_a_place_of_its_own_keeps_its_words() -> None:
    own = PARAGRAPH.replace("has to register on", "in Ireland has to register on")
    index, facts = facts_of(own)
    assert carried_frame(index, 1) is None
    council = next(f for f in facts if "General Pharmaceutical Council" in f.mention.text)
    assert council.text.startswith("A pharmacy technician")


def test_a_frame_in_another_paragraph_is_not_carried() -> None:
    index, _ = facts_of(PARAGRAPH.replace("shops. ", "shops.\n\n"))
    assert carried_frame(index, 1) is None
