"""False statements: a claim denied of a pair ('neither X nor Y') made of one of them; a bound moved the false way."""

import re

from generate_support import facts_of

from quizgen.generate import generate_text
from quizgen.generate.cards import truefalse
from quizgen.generate.truefalse import bounded_wrong, tidy, wrong_year

ARTICLE = (
    "Donald Trump and Kamala Harris are the two candidates in the U.S. presidential election.\n\n"
    "Experts suggest that neither Trump nor Harris has signaled plans to continue the 5+1 summits.\n"
)


def test_a_claim_denied_of_a_pair_gives_a_false_statement_about_one_of_them():
    deck = generate_text(ARTICLE, "election").deck
    denied = [c for c in deck.cards if c.type == "truefalse" and "5+1" in c.source.sentence]
    assert len(denied) == 1
    card = denied[0]
    assert card.answer is False
    assert card.statement in (
        "Experts suggest that Trump has signaled plans to continue the 5+1 summits.",
        "Experts suggest that Harris has signaled plans to continue the 5+1 summits.",
    )
    assert (
        card.correction
        == "Experts suggest that neither Trump nor Harris has signaled plans to continue the 5+1 summits."
    )


def test_a_sentence_opening_with_its_gap_starts_with_a_capital_inside_the_gap():
    assert tidy("{{c1::one in five}} post something on the net every day") == (
        "{{c1::One in five}} post something on the net every day."
    )


BOUNDS = (
    "Acme Mining is a company based in Perth.\n\n"
    "Acme Mining said more than 70% of its staff are in Australia.\n\n"
    "Acme Mining said it has fewer than 400 offices worldwide.\n\n"
    "Acme Mining said about 60% of its ore goes to China.\n"
)


def _figure(statement: str) -> float:
    return float(re.search(r"(\d+)(?:%| offices)", statement).group(1))


def test_a_bound_is_never_made_false_by_moving_it_and_an_estimate_moves_clearly():
    deck = generate_text(BOUNDS, "acme", types=["truefalse"]).deck
    false = {c.source.sentence: c.statement for c in deck.cards if c.type == "truefalse" and c.answer is False}
    # 'more than 78%' would still be true and 'more than 95%' may be: a bound gives no false statement
    assert not any("more than 70%" in k or "fewer than 400" in k for k in false)
    rough = next(s for k, s in false.items() if "about 60%" in k)
    assert _figure(rough) >= 75 or _figure(rough) <= 48


def test_bounded_wrong_keeps_only_options_that_surely_falsify():
    options = ["78%", "95%", "104%", "150%"]
    assert bounded_wrong("more than ", "90%", options) == []
    assert bounded_wrong("under ", "90%", options) == []
    assert bounded_wrong("about ", "90%", options) == ["45%"]  # half of it, as round; 150% is not double
    assert bounded_wrong("of ", "90%", options) == ["150%"]  # 78%, 95% and 104% are too near to be a false claim


def test_no_more_than_and_no_less_than_are_bounds_too():
    assert bounded_wrong("no more than ", "90", ["78", "95"]) == []
    assert bounded_wrong("no less than ", "90", ["78", "95"]) == []


def test_a_false_year_is_clearly_false() -> None:
    assert wrong_year("It was founded in ", "1955", ["1954", "1956", "1961"], 2026) == "1961"
    far = wrong_year("It was founded in ", "1955", ["1954", "1956"], 2026)
    assert far is not None and abs(int(far) - 1955) == 10  # no nitpick one year off
    assert wrong_year("It opened in ", "2020", [], 2026) == "2010"  # never a year still to come


def test_no_false_year_after_a_bound_in_a_range_or_in_a_name() -> None:
    assert wrong_year("Its government faced difficulties after ", "1279", ["1290"], 2026) is None
    assert wrong_year("Deforestation declined between 2004 and ", "2014", ["2000"], 2026) is None
    assert wrong_year("The Italian Plague of 1629–", "1631", ["1620"], 2026) is None
    assert wrong_year("under the House of Commons Disqualification Act ", "1975", ["1965"], 2026) is None


def test_a_round_estimate_is_made_false_by_double_or_half_as_round() -> None:
    assert bounded_wrong("shares have jumped by almost ", "400%", ["450%", "510%"]) == ["800%", "200%"]
    assert bounded_wrong("about ", "60%", ["66%", "78%"]) == ["30%"]  # no 120% of a whole
    assert bounded_wrong("about ", "37", ["50", "80"]) == ["80"]  # not round: the far options as they are


def test_a_hedged_estimate_gets_no_near_false_value() -> None:
    near = ["45,000", "36,000", "52,000"]
    assert bounded_wrong("the dead numbered perhaps ", "40,000", near) == ["80,000", "20,000"]
    assert bounded_wrong("the dead numbered perhaps ", "43,517", near) == []
    assert bounded_wrong("the dead numbered ", "43,517", near) == ["36,000"]  # a plain figure: one clearly other (20%)


def test_no_false_year_in_a_list_of_years() -> None:
    from quizgen.generate import cards as build
    from quizgen.generate.candidates import plan_article
    from quizgen.generate.index import analyse
    from quizgen.generate.split import split_article
    from quizgen.generate.text import article_from_text

    def false_years(text: str) -> list[str]:
        index = analyse(split_article(article_from_text(text))[0])
        facts = [f for p in plan_article(index) for f in p.facts if f.mention.kind == "year"]
        return [c.fields["statement"] for f in facts if (c := build.truefalse(f, index)) is not None]

    assert false_years("Plague epidemics ravaged the city of London in 1563, 1603, 1625, 1636 and 1665.\n") == []
    assert false_years("A great plague epidemic ravaged the city of London in 1665 and killed many.\n")


def test_a_statement_ends_with_a_full_stop_not_a_semicolon() -> None:
    assert tidy("the previous chairs were Rajendra Pachauri, elected in 2002;") == (
        "The previous chairs were Rajendra Pachauri, elected in 2002."
    )


def test_no_false_year_before_or_earlier() -> None:
    before = "Oxygen was discovered by Scheele in Uppsala in "
    assert wrong_year(before, "1773", ["1763"], 2026, " or earlier, and by Priestley in 1774.") is None
    assert wrong_year(before, "1773", ["1763"], 2026, ", and by Priestley in 1774.") == "1763"


def test_a_sentence_that_ends_inside_its_bracket_gets_no_second_stop() -> None:
    assert tidy("each ship was launched on a separate slipway.)") == "Each ship was launched on a separate slipway.)"
    assert tidy("each ship was launched (on a separate slipway)") == "Each ship was launched (on a separate slipway)."


def test_an_age_is_never_changed_into_a_false_statement() -> None:
    index, facts = facts_of("Peyton Manning is also the oldest quarterback ever to play in the final at age 39.")
    age = next(f for f in facts if f.mention.text == "39")
    assert truefalse(age, index) is None
    index, facts = facts_of("Peyton Manning threw 39 passes in the final against the Carolina Panthers in Santa Clara.")
    passes = next(f for f in facts if f.mention.text == "39")
    assert truefalse(passes, index) is not None


def test_an_age_between_commas_is_never_changed_either() -> None:
    index, facts = facts_of(
        "Scholl, 21, was arrested with her brother Hans in Munich in 1943 for distributing leaflets."
    )
    assert truefalse(next(f for f in facts if f.mention.text == "21"), index) is None
