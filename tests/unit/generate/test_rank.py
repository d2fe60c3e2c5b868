"""Choosing cards: one person is not asked twice under two spellings; one card does not silence several."""

from __future__ import annotations

from quizgen.generate.cards import Draft
from quizgen.generate.rank import Option, Selection, conflicts, select


def person_card(sentence: int, question: str, answer: str) -> Option:
    card = Draft("typed", f"typed-{sentence}", {"question": question, "answer": answer}, ["person"])
    return Option(card, sentence, answer, 1.0, question)


def test_one_person_under_two_spellings_is_asked_once() -> None:
    selection = Selection(10)
    selection.take(person_card(0, "Who is the lord chancellor?", "Lord Falconer"))
    assert not selection.fits(person_card(3, "Who told peers the bill would pass in March?", "Falconer"))
    assert selection.fits(person_card(4, "Who told peers the bill would fail in March?", "Lord Goldsmith"))


def cloze_card(sentence: int, text: str, answer: str, kind: str) -> Option:
    card = Draft("cloze", f"cloze-{sentence}", {"text": text.replace(answer, "{{c1::" + answer + "}}", 1)}, [kind])
    return Option(card, sentence, answer, 1.0, text)


def test_a_name_another_card_shows_is_given_away_by_a_card_sharing_a_word() -> None:
    selection = Selection(10)
    selection.take(cloze_card(0, "The Gurkhas will fly to Jakarta next week to help.", "Gurkhas", "organisation"))
    assert not selection.fits(cloze_card(5, "Aid groups said roads in Jakarta would need help.", "Jakarta", "place"))
    assert selection.fits(cloze_card(6, "Aid groups said roads in Colombo would need help.", "Colombo", "place"))
    assert selection.fits(cloze_card(7, "Rice prices in Jakarta doubled over the winter.", "Jakarta", "place"))


def test_a_figure_another_card_shows_is_given_away_only_by_a_related_card() -> None:
    selection = Selection(10)
    selection.take(cloze_card(0, "The airline cut 1,500 jobs in 2004 after fuel costs rose.", "airline", "term"))
    assert selection.fits(
        cloze_card(5, "Rainfall in the north reached a record in 2004 as storms hit.", "2004", "year")
    )
    assert not selection.fits(
        cloze_card(6, "The airline's fuel costs rose sharply in 2004 as jobs went.", "2004", "year")
    )


def test_a_nationality_word_on_another_card_gives_the_country_away() -> None:
    selection = Selection(10)
    selection.take(cloze_card(0, "The airline made 1.2bn Australian dollars last year.", "1.2bn", "money"))
    assert not selection.fits(
        cloze_card(4, "The airline said it would keep creating jobs in Australia.", "Australia", "country")
    )
    assert selection.fits(
        cloze_card(5, "The airline said it would keep creating jobs in New Zealand.", "New Zealand", "country")
    )


def test_a_titled_surname_on_another_card_gives_the_person_away() -> None:
    selection = Selection(10)
    selection.take(person_card(0, "Who has said the economy would recover by the spring?", "George W Bush"))
    assert not selection.fits(
        cloze_card(3, "Heavy spending by President Bush has pushed the deficit to a record.", "record", "term")
    )
    assert selection.fits(
        cloze_card(4, "Heavy spending by the Congress has pushed the deficit to a record.", "record", "term")
    )


def test_a_surname_after_another_given_name_names_another_person() -> None:
    selection = Selection(10)
    selection.take(cloze_card(0, "Emperor Gegeen Khan ruled for only two years.", "two", "number"))
    assert selection.fits(person_card(3, "Who created the system of bureaucracy of the empire?", "Kublai Khan"))


def test_a_proper_name_of_several_words_a_country_or_a_term_is_given_away_by_any_card_that_shows_it() -> None:
    asked = cloze_card(
        0, "The Tories wanted a sunset clause in the Harbour Safety Bill.", "Harbour Safety Bill", "name"
    )
    shows = cloze_card(3, "Peers begin three days of debate on the Harbour Safety Bill on Thursday.", "three", "number")
    selection = Selection(10)
    selection.take(asked)
    assert not selection.fits(shows)
    selection = Selection(10)
    selection.take(shows)
    assert not selection.fits(asked)
    for answer, kind in (("Indonesia", "country"), ("control orders", "concept")):
        asking = cloze_card(5, f"The talks in May were about {answer} and nothing else.", answer, kind)
        selection = Selection(10)
        selection.take(cloze_card(6, f"Rice prices doubled over the winter, as did {answer}.", "Rice", "term"))
        assert not selection.fits(asking), "a country or a term is given away by any card that states it"
    one_word = cloze_card(5, "Rice prices in Jakarta doubled over the winter.", "Jakarta", "place")
    selection = Selection(10)
    selection.take(cloze_card(6, "Aid groups said roads in Jakarta would need help.", "Aid groups", "term"))
    assert selection.fits(one_word)


def sears_cards() -> tuple[Option, Option, Option]:
    """A card asking a person, and two cards of other claims that show him by title and surname."""
    asked = cloze_card(
        1, "Michael Sears admitted his guilt in breaking conflict of interest laws.", "Michael Sears", "person"
    )
    asked.score = 3.0
    sacked = cloze_card(6, "Boeing sacked Mr Sears in November 2003 after allegations.", "November 2003", "date")
    talks = cloze_card(7, "Ms Druyun had talks with Mr Sears in October 2002 about a job.", "October 2002", "date")
    sacked.score = talks.score = 1.6
    return asked, sacked, talks


def test_a_card_that_would_silence_two_claims_waits_for_them() -> None:
    asked, sacked, talks = sears_cards()
    assert conflicts(asked.asked, sacked.asked) and conflicts(sacked.asked, asked.asked)
    chosen = select([asked, sacked, talks], 10)
    assert [o.answer for o in chosen] == ["November 2003", "October 2002"]


def test_a_card_waits_only_for_claims_that_weigh_more() -> None:
    asked, sacked, talks = sears_cards()
    sacked.score = talks.score = 1.0
    assert [o.answer for o in select([asked, sacked, talks], 10)] == ["Michael Sears"]


def test_a_card_that_silences_one_claim_keeps_its_place() -> None:
    asked, sacked, _ = sears_cards()
    assert [o.answer for o in select([asked, sacked], 10)] == ["Michael Sears"]


def test_a_long_name_said_without_an_inner_word_gives_it_away() -> None:
    selection = Selection(10)
    selection.take(cloze_card(0, "A film about Carmen has also premiered at the Berlin Festival.", "Carmen", "name"))
    asked = cloze_card(3, "A German movie drew loud applause at Berlin Film Festival.", "Berlin Film Festival", "name")
    assert not selection.fits(asked)
    selection = Selection(10)
    selection.take(cloze_card(0, "A film about Carmen has also premiered at the Bank of Japan.", "Carmen", "name"))
    kept = cloze_card(3, "The rate was set by the Bank of England in May.", "Bank of England", "org")
    assert selection.fits(kept), "'Bank England' is no other form of 'Bank of England'"


def test_a_rare_head_of_a_concept_on_another_card_gives_it_away_unless_the_title_holds_it() -> None:
    shows = cloze_card(0, "Most of the lost forest in 2004 became pasture for cattle.", "2004", "year")
    asked = cloze_card(3, "Most deforested land is used for livestock pasture.", "livestock pasture", "concept")
    selection = Selection(10)
    selection.take(shows)
    assert not selection.fits(asked)
    titled = Option(asked.card, 3, "livestock pasture", 1.0, asked.text, title=frozenset({"pasture"}))
    selection = Selection(10)
    selection.take(shows)
    assert selection.fits(titled), "a word of the title is on every card"
    common = cloze_card(4, "The court gave the control orders in 2005.", "control orders", "concept")
    selection = Selection(10)
    selection.take(cloze_card(0, "Ministers gave new orders on Monday in 2004.", "2004", "year"))
    assert selection.fits(common), "'orders' is too common a word to name 'control orders'"


def count_card(sentence: int, text: str, answer: str, unit: str) -> Option:
    card = Draft("cloze", f"cloze-{sentence}", {"text": text.replace(answer, "{{c1::" + answer + "}}", 1)}, ["number"])
    return Option(card, sentence, answer, 1.0, text, unit=unit)


def test_a_small_count_is_stated_only_beside_the_noun_it_counts() -> None:
    selection = Selection(10)
    selection.take(
        count_card(0, "The plague ravaged Europe for three years before it reached Russia.", "three", "years")
    )
    epidemics = "The plague reached England in 1349 and spread across Europe in three epidemics."
    assert selection.fits(cloze_card(5, epidemics, "1349", "year"))
    years = "The plague reached England in 1349 after three long years of spreading across Europe."
    assert not selection.fits(cloze_card(6, years, "1349", "year"))


def test_a_one_word_name_of_a_person_is_given_away_by_any_card_that_shows_it() -> None:
    selection = Selection(10)
    selection.take(cloze_card(0, "Kublai's government faced financial difficulties after 1279.", "1279", "year"))
    campaigns = "Kublai botched his campaigns against Annam, Champa and Java."
    assert not selection.fits(cloze_card(6, campaigns, "Kublai", "name"))
    assert selection.fits(cloze_card(7, "Temur botched his campaigns against Annam, Champa and Java.", "Temur", "name"))
    assert selection.fits(cloze_card(8, "Rice prices in Jakarta doubled over the winter.", "Jakarta", "place"))


def test_a_rare_word_of_a_name_on_another_card_gives_it_away() -> None:
    shows = cloze_card(0, "The Nestorian physician Jesus founded the Office of Medicine in 1263.", "1263", "year")
    asked = cloze_card(
        3, "Medicine was practised at court by the Nestorian Christians.", "Nestorian Christians", "name"
    )
    selection = Selection(10)
    selection.take(shows)
    assert not selection.fits(asked)
    common = cloze_card(3, "Medicine was practised at court by the Orthodox Christians.", "Orthodox Christians", "name")
    assert selection.fits(common), "no word of 'Orthodox Christians' is rare enough to name it alone"
