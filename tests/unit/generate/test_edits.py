"""Edits to a sentence's text."""

from quizgen.generate.edits import apply_edits


def test_edits_apply_in_order_of_position_whatever_order_they_come_in():
    text = "He said its profits rose."
    edits = [(8, 11, "BP's"), (0, 2, "John Browne")]
    assert apply_edits(text, edits) == "John Browne said BP's profits rose."


def test_an_empty_replacement_removes_the_span_and_an_insertion_adds_text():
    text = 'It said sales rose by 5%. "We are pleased.'
    assert apply_edits(text, [(0, 8, ""), (len(text), len(text), '"')]) == 'sales rose by 5%. "We are pleased."'


def test_an_edit_that_overlaps_an_earlier_one_is_left_out():
    assert apply_edits("the move was welcomed", [(0, 8, "the deal"), (4, 12, "plan")]) == "the deal was welcomed"


def test_no_edits_give_the_text_back():
    assert apply_edits("Tony Blair spoke.", []) == "Tony Blair spoke."
