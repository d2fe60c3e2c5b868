"""What a card leaves unnamed: short names, pronouns with nothing to mean, unanchored subjects, relative phrases."""

from __future__ import annotations

import pytest
from generate_support import candidate, facts_of

from quizgen.generate import cards as build
from quizgen.generate import unnamed_gates
from quizgen.generate.candidates import with_context
from quizgen.generate.deck import generate_deck
from quizgen.generate.gates import GATES, Candidate
from quizgen.generate.subject import find_subject
from quizgen.generate.text import article_from_text


def test_every_unnamed_gate_is_a_gate() -> None:
    names = {gate.__name__ for gate in GATES}
    assert unnamed_gates.UNNAMED_GATES <= names


def test_a_short_name_for_one_of_two_names_given_earlier_is_unnamed() -> None:
    text = (
        "Visitors came to the Grainger Market and the Corn Market in 1850.\n\n"
        "The roof of the Market was destroyed by a fire in 1901 and replaced."
    )
    reason = unnamed_gates.short_name(candidate(text, "1901", sentence=1))
    assert reason is not None and "'the Market'" in reason


@pytest.mark.parametrize(
    "text",
    [
        "Visitors came to the Market in 1850.\n\nThe roof of the Market was destroyed by a fire in 1901.",
        "The roof of the Corn Market was destroyed by a fire in 1901, and the Market was rebuilt.",
        "Visitors came to Leeds University in 1850.\n\nLeeds University won the University of the Year award in 1901.",
    ],
    ids=["only-ever-short", "full-name-in-the-sentence", "of-phrase"],
)
def test_a_name_that_is_not_short_for_another_passes(text: str) -> None:
    number = text.count("\n\n")
    assert unnamed_gates.short_name(candidate(text, "1901", sentence=number)) is None


def test_it_after_a_plural_party_means_something_unsaid() -> None:
    text = "The Tories say they will vote against it unless changes are agreed by 2005."
    assert unnamed_gates.unanchored_pronoun(candidate(text, "2005"))


def test_their_whose_noun_is_in_the_part_the_card_leaves_out() -> None:
    text = (
        "The king invited Huguenots to settle in Berlin in 1685, and a number of their descendants "
        "rose to positions of prominence in Prussia."
    )
    c = candidate(text, "Prussia")
    if any(not t for a, b, t in c.fact.edits if a < b):  # the card asks the second claim alone
        assert "leaves out" in (unnamed_gates.unanchored_pronoun(c) or "")
    else:
        assert unnamed_gates.unanchored_pronoun(c) is None


@pytest.mark.parametrize(
    "text",
    [
        "The Tories said the bill would cost pounds 40m and they would vote against it in 2005.",
        "Lindisfarne and Venom released their first albums in 1971 in Newcastle.",
        "Euclid said 6 is composite because it has the divisors 2 and 3.",
    ],
)
def test_a_pronoun_with_a_noun_before_it_passes(text: str) -> None:
    answer = "2005" if "2005" in text else "1971" if "1971" in text else "Euclid"
    assert unnamed_gates.unanchored_pronoun(candidate(text, answer)) is None


@pytest.mark.parametrize(
    "text",
    [
        "The astronauts would begin wearing a new suit in 1968 for the landing.",
        "The politicians - led out by John Prescott - arrived in Brighton in 2004.",
        "The isolated subdivision was known for violent crime in 2008 and after.",
        "Two extensions were opened in 2004 and 2008.",
        "The mobile poster vans would tour the country from 2004 onwards.",
    ],
)
def test_an_unanchored_subject_does_not_say_which(text: str) -> None:
    answer = next(y for y in ("1968", "2004", "2008") if y in text)
    assert unnamed_gates.unanchored_subject(candidate(text, answer))


@pytest.mark.parametrize(
    "text",
    [
        "The astronauts of Apollo 11 began wearing a new suit in 1968 for the landing.",
        "The advances made in botany led medicine forward in 1968 across Europe.",
        "The dollar was trading at 1.29 against the euro in 1968 in London.",
        "The name oxygen was coined by Antoine Lavoisier in 1968 in Paris.",
        "Two extensions of the Metro were opened in 1968 and 1970.",
    ],
)
def test_a_subject_that_says_which_passes(text: str) -> None:
    assert unnamed_gates.unanchored_subject(candidate(text, "1968")) is None


def test_the_sentence_before_that_names_the_noun_makes_the_subject_whole() -> None:
    text = (
        "NASA chose three astronauts for the Apollo 11 mission to the Moon in 1969.\n\n"
        "The astronauts would begin wearing a new suit in 1968 for the landing."
    )
    c = candidate(text, "1968", sentence=1)
    assert unnamed_gates.unanchored_subject(c)
    deck = generate_deck(article_from_text(text, "t.txt")).deck
    shown = [card.prompt() for card in deck.cards if "would begin wearing" in card.prompt()]
    assert all(p.startswith("NASA chose three astronauts") for p in shown)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Twigg suggested in 1984 that the cause was a form of anthrax.", "1984"),
        ("An earlier market on the site was demolished in 1808 by the council.", "1808"),
    ],
)
def test_a_relative_phrase_leans_on_something_unsaid(text: str, answer: str) -> None:
    assert unnamed_gates.relative_phrase(candidate(text, answer))


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Twigg suggested in 1984 that the cause of the plague was anthrax.", "1984"),
        ("An earlier market than the one in Leeds was demolished in 1808.", "1808"),
    ],
)
def test_a_relative_phrase_that_says_of_what_passes(text: str, answer: str) -> None:
    assert unnamed_gates.relative_phrase(candidate(text, answer)) is None


def test_a_sentence_before_that_does_not_say_which_makes_nothing_whole() -> None:
    text = (
        "The poster vans would carry the slogan across the country.\n\n"
        "Mr Brown repeated the mantras displayed on the posters in 2005."
    )
    deck = generate_deck(article_from_text(text, "t.txt")).deck
    assert not [card for card in deck.cards if card.prompt().startswith("The poster vans would carry")]
    index, facts = facts_of(text)
    shown = with_context(next(f for f in facts if f.mention.text == "2005"), index)
    assert shown is not None
    card = build.cloze(shown)
    assert card is not None
    assert "does not say which" in (unnamed_gates.unanchored_subject(Candidate(card, shown, index)) or "")


def test_the_date_of_the_gap_does_not_say_whose() -> None:
    text = "The date of 2035 was quoted by the panel from the WWF report in 2007."
    assert unnamed_gates.gap_names_it(candidate(text, "2035", "choice"))
    assert unnamed_gates.gap_names_it(candidate(text, "2007", "choice"))  # the statement still shows 'The date of 2035'
    named = "The date of the glaciers' loss was quoted by the panel as 2035 in the report of 2007."
    assert unnamed_gates.gap_names_it(candidate(named, "2035", "choice")) is None


@pytest.mark.parametrize(
    "text",
    [
        "The small academies are paid for by charging fees in 1968 in London.",
        "The bridge was declared a monument in 1968 by Serbia.",
    ],
    ids=["a-kind-of-thing", "the-article-subject"],
)
def test_a_kind_of_thing_or_the_article_subject_is_not_unanchored(text: str) -> None:
    index, facts = facts_of(text)
    index.subject = find_subject("Trajan's Bridge", [row.tokens for row in index.sentences])
    fact = next(f for f in facts if f.mention.text == "1968")
    card = build.cloze(fact)
    assert card is not None
    assert unnamed_gates.unanchored_subject(Candidate(card, fact, index)) is None


def test_a_claim_cut_from_its_sentence_is_judged_from_where_it_starts() -> None:
    text = "It was opened in five phases by Queen Elizabeth II in 1984; two extensions were opened in 1991 and 2002."
    index, facts = facts_of(text)
    claim = [f for f in facts if f.mention.text == "two" and any(a < b and not t for a, b, t in f.edits)]
    for fact in claim:
        card = build.cloze(fact)
        assert card is not None
        assert "does not say which" in (unnamed_gates.unanchored_subject(Candidate(card, fact, index)) or "")
    assert claim, "the sentence is asked claim by claim"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Only Mr Hale, who loves such gatherings, smiled at the rally in Leeds.", "Leeds"),
        ("In such rare cases the court in Paris may refuse the appeal.", "Paris"),
    ],
)
def test_such_before_a_noun_means_things_the_card_does_not_tell(text: str, answer: str) -> None:
    assert unnamed_gates.anaphoric_such(candidate(text, answer))


@pytest.mark.parametrize(
    "text",
    [
        "Such cases as the one in Paris are rare, the court in Leeds said.",
        "Metals such as iron rust quickly in the damp air of Leeds.",
    ],
)
def test_such_that_says_what_kind_passes(text: str) -> None:
    assert unnamed_gates.anaphoric_such(candidate(text, "Leeds")) is None


def test_some_and_a_plain_plural_names_no_group() -> None:
    assert unnamed_gates.some_of_no_group(candidate("Some settlers landed in present-day Kent County.", "Kent County"))


@pytest.mark.parametrize(
    "text",
    [
        "Some settlers landed in present-day Kent County in 1701.",
        "Some of the settlers landed in present-day Kent County.",
        "Some Dutch settlers landed in present-day Kent County.",
    ],
)
def test_some_with_a_time_or_a_group_passes(text: str) -> None:
    assert unnamed_gates.some_of_no_group(candidate(text, "Kent County")) is None


def test_the_member_of_a_group_names_no_one() -> None:
    text = "The film Last Light portrays the final days of the member of the Red Oak group in 1944."
    assert unnamed_gates.one_of_many(candidate(text, "1944"))


def test_the_member_of_a_group_after_a_name_says_whom() -> None:
    text = "The film Last Light portrays the final days of Anna Berg, the member of the Red Oak group, in 1944."
    assert unnamed_gates.one_of_many(candidate(text, "1944")) is None


def test_it_opening_a_claim_cut_from_its_sentence_means_the_part_left_out() -> None:
    text = "A stone harbour was finished in 1850 by the council; it was rebuilt in 1901 after a storm."
    index, facts = facts_of(text)
    cut = [f for f in facts if f.mention.text == "1901" and any(a < b and not t for a, b, t in f.edits)]
    assert cut, "the claim is asked alone"
    card = build.cloze(cut[0])
    assert card is not None and card.prompt().startswith("It was rebuilt")
    assert "leaves out" in (unnamed_gates.unanchored_pronoun(Candidate(card, cut[0], index)) or "")


def test_an_age_between_commas_is_no_cloze_gap() -> None:
    text = "Scholl, 21, was arrested with her brother Hans in Munich in 1943 for distributing leaflets."
    assert unnamed_gates.unsignalled_age(candidate(text, "21"))
    assert unnamed_gates.unsignalled_age(candidate(text, "21", "choice")) is None  # the choices say it is an age
    counted = "In Munich, 21 students were arrested in 1943 for distributing leaflets against the regime."
    assert unnamed_gates.unsignalled_age(candidate(counted, "21")) is None
