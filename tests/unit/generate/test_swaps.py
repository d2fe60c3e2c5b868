"""Trading a chosen card for the cards of several claims it silenced."""

from __future__ import annotations

from quizgen.generate.swaps import more_facts
from tests.unit.generate.test_rank import sears_cards


def test_a_card_is_traded_for_two_claims_it_silenced() -> None:
    asked, sacked, talks = sears_cards()
    traded = more_facts([asked], [asked, sacked, talks], 10)
    assert sorted(o.answer for o in traded) == ["November 2003", "October 2002"]


def test_a_card_is_not_traded_for_cards_that_weigh_less() -> None:
    asked, sacked, talks = sears_cards()
    sacked.score = talks.score = 1.0  # a lead of 3.0 is worth more than two side cards
    assert more_facts([asked], [asked, sacked, talks], 10) == [asked]


def test_a_card_is_not_traded_for_one() -> None:
    asked, sacked, _ = sears_cards()
    assert more_facts([asked], [asked, sacked], 10) == [asked]


def test_a_card_of_the_deck_generated_before_is_never_traded() -> None:
    asked, sacked, talks = sears_cards()
    assert more_facts([asked], [asked, sacked, talks], 10, keep={asked.card.uid}) == [asked]


def test_a_trade_never_exceeds_the_limit() -> None:
    asked, sacked, talks = sears_cards()
    assert more_facts([asked], [asked, sacked, talks], 1) == [asked]
