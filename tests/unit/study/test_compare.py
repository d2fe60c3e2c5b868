"""The type-in comparison marks what was typed wrongly and what was missed, case aside."""

from __future__ import annotations

from quizgen.study.compare import Run, closest, compare


def test_one_wrong_letter_is_marked_on_both_sides() -> None:
    found = compare("amu darja", "Amu Darya")
    assert found.typed == (Run("amu dar", "same"), Run("j", "wrong"), Run("a", "same"))
    assert found.answer == (Run("Amu Dar", "same"), Run("y", "missing"), Run("a", "same"))
    assert found.differs


def test_missing_and_extra_letters() -> None:
    found = compare("Tashkennt", "Tashkent")
    assert "".join(r.text for r in found.typed) == "Tashkennt"
    assert [r for r in found.typed if r.kind == "wrong"] == [Run("n", "wrong")]
    assert all(r.kind == "same" for r in found.answer)
    short = compare("Bshkek", "Bishkek")
    assert short.answer == (Run("B", "same"), Run("i", "missing"), Run("shkek", "same"))


def test_the_same_text_in_other_case_does_not_differ() -> None:
    assert not compare("ASTANA", "Astana").differs


def test_nothing_typed_misses_the_whole_answer() -> None:
    found = compare("", "Oxus")
    assert found.typed == () and found.answer == (Run("Oxus", "missing"),)


def test_the_closest_accepted_answer_is_compared() -> None:
    assert closest("oxsu", ["Amu Darya", "Oxus"]) == "Oxus"
    assert closest("amu darja", ["Amu Darya", "Oxus"]) == "Amu Darya"
