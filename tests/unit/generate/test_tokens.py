"""Tagging: a plural noun the tagger read as a verb is mended when a plural verb follows it."""

from __future__ import annotations

from quizgen.generate.tokens import tag


def tags_of(text: str) -> dict[str, str]:
    return {t.text: t.tag for t in tag(text)}


def test_a_plural_head_before_a_plural_verb_is_a_noun() -> None:
    assert tags_of("Most of the terror suspects are detained at Belmarsh Prison in London.")["suspects"] == "NNS"
    assert tags_of("Anger at council tax rises spilled over into mass protests.")["rises"] == "NNS"


def test_an_auxiliary_or_a_verb_of_one_subject_stays_a_verb() -> None:
    assert tags_of("Although deforestation has declined, the forest shrank.")["has"] == "VBZ"
    assert tags_of("The company says it will cut jobs.")["says"] == "VBZ"
