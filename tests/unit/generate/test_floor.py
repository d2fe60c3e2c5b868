"""The paragraph floor: a card-less paragraph of several sentences keeps its softest-dropped card, never one that
repeats or gives away a chosen card."""

from __future__ import annotations

from generate_support import facts_of

from quizgen.generate import cards as build
from quizgen.generate import explain, generate_text
from quizgen.generate.floor import FLOOR_NOTE, Spare, floor_order, paragraph_floor
from quizgen.generate.rank import Option

ARTICLE = (
    "Harbour towns\n\n"
    "Cardiff opened its new harbour in 1839 after years of work.\n\n"
    "The harbour trust hired 400 dockers in 1840. Smith led the dockers for ten years after the strike."
)


def _options() -> dict[str, Option]:
    """Every fact of the article as a cloze option, by its answer."""
    _, facts = facts_of(ARTICLE)
    found = {}
    for fact in facts:
        card = build.cloze(fact)
        if card is not None:
            found[fact.mention.text] = Option(card, fact.row.sentence.number, fact.mention.text, fact.score, fact.text)
    return found


def _layout() -> tuple[dict[int, int], dict[int, int]]:
    """Sentence → paragraph, and paragraph → its number of sentences, of ARTICLE."""
    return {0: 2, 1: 4, 2: 4}, {2: 1, 4: 2}


def test_a_card_less_paragraph_of_two_sentences_keeps_its_least_side_spare() -> None:
    options = _options()
    paragraph_of, sentences_in = _layout()
    spares = [Spare(options["400"], 0.7, "peripheral"), Spare(options["Smith"], 0.6, "passing mention")]
    added = paragraph_floor([options["1839"]], spares, paragraph_of, sentences_in)
    assert [a.option.answer for a in added] == ["Smith"]  # the lower odds first


def test_a_side_detail_reviewers_always_rejected_is_never_taken_back() -> None:
    options = _options()
    paragraph_of, sentences_in = _layout()
    spares = [Spare(options["1840"], 0.3, "background_at_the_end: background at the article's end")]
    assert paragraph_floor([options["1839"]], spares, paragraph_of, sentences_in) == []
    spares.append(Spare(options["Smith"], 0.6, "passing_mention: a name the article mentions once, in passing"))
    assert [a.option.answer for a in paragraph_floor([options["1839"]], spares, paragraph_of, sentences_in)] == [
        "Smith"
    ]


def test_a_card_the_budget_cut_goes_before_a_side_detail() -> None:
    options = _options()
    budget, side = Spare(options["400"]), Spare(options["Smith"], 0.1, "peripheral")
    assert sorted([side, budget], key=floor_order) == [budget, side]


def test_a_paragraph_with_a_card_or_of_one_sentence_gets_none() -> None:
    options = _options()
    paragraph_of, sentences_in = _layout()
    spares = [Spare(options["400"], 0.7, "peripheral")]
    assert paragraph_floor([options["Smith"]], spares, paragraph_of, sentences_in) == []  # its paragraph has one
    one_sentence = {2: 1, 4: 1}
    assert paragraph_floor([options["1839"]], spares, paragraph_of, one_sentence) == []


def test_a_spare_that_repeats_a_chosen_answer_is_never_taken() -> None:
    options = _options()
    paragraph_of, sentences_in = _layout()
    chosen = options["1839"]
    twin = Option(options["400"].card, 1, "1839", 5.0)  # asks the chosen card's answer again
    assert paragraph_floor([chosen], [Spare(twin)], paragraph_of, sentences_in) == []


def test_explain_names_a_card_the_floor_kept() -> None:
    generated = generate_text(ARTICLE)
    card = generated.deck.cards[-1]
    assert not any(FLOOR_NOTE in line for line in explain(generated.article, generated))
    generated.floored[card.uid] = f"{FLOOR_NOTE} (left out by the budget)"
    lines = [line for line in explain(generated.article, generated) if FLOOR_NOTE in line]
    assert len(lines) == 1 and f"[{card.answer_text()}], {FLOOR_NOTE}" in lines[0]
