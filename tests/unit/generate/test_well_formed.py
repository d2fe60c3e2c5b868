"""Well-formed cards with one right answer: the wh-word fits the answer, a role or a running total is dated,
the sentence shown is not broken, and every wrong choice is clearly wrong."""

from __future__ import annotations

from dataclasses import replace

from generate_support import candidate, facts_of

from quizgen.generate import cards as build
from quizgen.generate import generate_text
from quizgen.generate.candidates import Fact
from quizgen.generate.entities import sentence_mentions
from quizgen.generate.figure_gates import hedged_number_in_choices
from quizgen.generate.gates import Candidate, wh_word_misfits_answer, year_in_a_list
from quizgen.generate.index import ArticleIndex, analyse
from quizgen.generate.kinds import place_named_as_person, thing_named_as_organisation
from quizgen.generate.questions import make_question
from quizgen.generate.source_gates import (
    garbled_source,
    list_cut_short,
    name_misspelt,
    opener_describes_what_went_before,
)
from quizgen.generate.split import split_article
from quizgen.generate.terms import definitions
from quizgen.generate.text import article_from_text
from quizgen.generate.tokens import tag


def fact_on(text: str, answer: str) -> tuple[ArticleIndex, Fact]:
    index, facts = facts_of(text)
    return index, next(f for f in facts if f.mention.text == answer)


def ask(sentence: str, answer: str) -> str | None:
    tokens = tag(sentence)
    mention = next(m for m in sentence_mentions(sentence, tokens) if m.text == answer)
    return make_question(tokens, mention)


# 1. The wh-word fits the answer


def test_names_of_places_documents_and_events_are_told_apart() -> None:
    assert place_named_as_person("Fort Duquesne") and place_named_as_person("Pons Aelius")
    assert not place_named_as_person("Graeme Souness")
    assert thing_named_as_organisation("the Finance Bill") and thing_named_as_organisation("Berlin Film Festival")
    assert not thing_named_as_organisation("Audit Commission")


def test_a_place_bearing_a_persons_name_asks_no_who_question() -> None:
    index, fact = fact_on("Fort Duquesne sent 500 soldiers to the river in 1754.", "Fort Duquesne")
    assert fact.mention.kind == "person"  # the tagger's reading the rule corrects
    card = build.Draft("typed", "typed-x", {"question": "Who sent 500 soldiers to the river in 1754?"})
    assert wh_word_misfits_answer(Candidate(card, fact, index))
    index, person = fact_on("Governor Duquesne sent 500 soldiers to the river in 1754.", "Duquesne")
    assert wh_word_misfits_answer(Candidate(card, person, index)) is None


def test_a_document_asked_as_an_organisation_is_dropped() -> None:
    index, fact = fact_on("The Tories wanted changes to the Terrorism Bill in November 2004.", "Terrorism Bill")
    bill = replace(fact, mention=replace(fact.mention, kind="org"))  # as the tagger reads some bills
    card = build.Draft("typed", "typed-x", {"question": "Which organisation did the Tories want changes to?"})
    assert wh_word_misfits_answer(Candidate(card, bill, index))
    index, commission = fact_on("The Tories criticised the Audit Commission in November 2004.", "Audit Commission")
    assert commission.mention.kind == "org"
    assert wh_word_misfits_answer(Candidate(card, commission, index)) is None


def test_a_place_named_like_a_person_of_the_article_asks_no_which_place() -> None:
    text = "George Washington led the militia in 1754. The militia marched from Washington to the river in 1755.\n"
    index, place = fact_on(text, "Washington")
    assert place.mention.kind == "place"
    card = build.Draft("typed", "typed-x", {"question": "Which place did the militia march from?"})
    assert wh_word_misfits_answer(Candidate(card, place, index))
    index, city = fact_on("The militia marched from Boston to the river in 1755.\n", "Boston")
    assert wh_word_misfits_answer(Candidate(card, city, index)) is None


def test_a_forts_definition_asks_what_it_is() -> None:
    sentences, _ = split_article(article_from_text("Pons Aelius, a Roman fort and bridge, stood on the river.\n", "t"))
    row = analyse(sentences).sentences[0]
    fronts = [d.front for d in definitions(row)]
    assert "Who is Pons Aelius?" not in fronts


def test_a_dangling_also_is_left_out_of_the_question() -> None:
    q = ask("In China, medicine was also practised by the Nestorian Christians of the court.", "China")
    assert q is not None and " also " not in q
    assert "practised by the Nestorian Christians" in q


def test_an_answer_inside_a_participles_phrase_is_not_asked() -> None:
    sentence = "Gegeen was assassinated in a coup involving five princes from a rival faction."
    assert ask(sentence, "five") is None


# 2. A role or a running total is dated


def test_a_running_total_in_the_present_tense_is_not_asked() -> None:
    assert ask("Shearer currently has 187 goals to his name.", "187") is None
    assert ask("The club has scored 187 goals to date in the league.", "187") is None


def test_a_total_dated_by_its_sentence_is_asked() -> None:
    q = ask("Shearer had 187 goals to his name in 2005.", "187")
    assert q is not None and "2005" in q


def test_a_running_total_is_asked_as_a_cloze_instead() -> None:
    text = "Goals and records\n\nAlan Shearer currently has 187 goals to his name at Newcastle United.\n"
    deck = generate_text(text, "goals.txt").data["cards"]
    assert not any(c["type"] == "typed" and "currently" in c["question"] for c in deck)


# 3 and 4. Sentences broken in the source or by a cut give no card


def test_million_of_before_a_bare_noun_is_a_garbled_sentence() -> None:
    c = candidate("The Tories believe seven million of homes could move up a band in 2005.", "2005")
    assert garbled_source(c)
    fine = candidate("The Tories believe seven million homes could move up a band in 2005.", "2005")
    assert garbled_source(fine) is None


def test_a_present_tense_since_a_date_is_mended_to_the_perfect() -> None:
    c = candidate("The economist Mara Lind is the chair of the Elsland panel since October 8, 2015.", "Mara Lind")
    assert "Mara Lind}} has been the chair of the Elsland panel since October 8, 2015" in c.card.fields["text"]
    assert garbled_source(c) is None
    told = "The economist Mara Lind has been the chair of the Elsland panel since October 8, 2015."
    assert garbled_source(candidate(told, "Mara Lind")) is None
    compared = "Unemployment in Elsland is the highest since 1990, the bureau said in May 2004."
    assert garbled_source(candidate(compared, "1990")) is None


def test_a_relative_verb_that_does_not_agree_is_a_garbled_sentence() -> None:
    c = candidate("Scott argued in 2001 that it was a form of disease that characterise as plague.", "2001")
    assert garbled_source(c)
    fine = candidate("Scott argued in 2001 that it was a form of disease that spreads as plague.", "2001")
    assert garbled_source(fine) is None


def test_a_sentence_cut_at_a_semicolon_inside_a_list_gives_no_card() -> None:
    text = "The previous chairs were Ann Lee, elected in May 2002; Bob Watts in 1997; and Carl Moss in 1988.\n"
    index, facts = facts_of(text)
    fact = next(f for f in facts if f.mention.text == "May 2002")
    card = build.cloze(fact)
    assert card is not None
    assert list_cut_short(Candidate(card, fact, index))
    whole = candidate("The chairs met in May 2002; they agreed on a new report in June.\n", "May 2002")
    assert list_cut_short(whole) is None


def test_a_verbless_opener_before_a_report_dangles() -> None:
    text = "Oil prices will stay high. Currently above $40 a barrel, Browne said the price would hold in 2005.\n"
    index, facts = facts_of(text)
    fact = next(f for f in facts if f.row.sentence.number == 1 and f.mention.text == "2005")
    card = build.cloze(fact)
    assert card is not None and opener_describes_what_went_before(Candidate(card, fact, index))
    dated = candidate("In 2004, Browne said the price would hold in 2005.", "2005")
    assert opener_describes_what_went_before(dated) is None


def test_a_name_the_source_misspelt_is_no_answer() -> None:
    text = "The Scottish Parliament met in May 1999. Some matters are outside the remit of the Scotland Parliament.\n"
    assert name_misspelt(candidate(text, "Scotland Parliament"))
    assert name_misspelt(candidate(text, "Scottish Parliament")) is None
    nation = "The World Bank questioned a United Nation's campaign on technology in 2004."
    assert name_misspelt(candidate(nation, "United Nation"))
    assert name_misspelt(candidate(nation, "World Bank")) is None


def test_a_name_spelt_two_ways_in_the_article_is_no_answer() -> None:
    text = (
        "In May 2004 the council agreed to create a Harbour Restorative Fund for the town. "
        "Each shop may give 1% of its takings to the Harbour Restoration Fund.\n"
    )
    assert name_misspelt(candidate(text, "Harbour Restorative Fund"))
    assert name_misspelt(candidate(text, "Harbour Restoration Fund"))  # one each: which is the misprint is unknown
    told_twice = text + "The Harbour Restoration Fund opened in June.\n"
    assert name_misspelt(candidate(told_twice, "Harbour Restoration Fund", sentence=1)) is None
    assert name_misspelt(candidate(told_twice, "Harbour Restorative Fund"))
    assert name_misspelt(candidate(told_twice, "May 2004"))  # the card would show the misprint
    assert name_misspelt(candidate(told_twice, "1%", sentence=1)) is None
    kin = "The Northern Line opened in May 1890. The Northern Lines Trust was founded in June 1889.\n"
    assert name_misspelt(candidate(kin, "Northern Line")) is None


# 5. Every wrong choice is clearly wrong


def test_a_year_after_a_bound_gets_no_choices() -> None:
    index, fact = fact_on("France began to rebuild its empire after 1850 with new colonies.", "1850")
    assert build.choice(fact, index) is None
    index, fact = fact_on("Scheele discovered the gas in 1773 or earlier in his laboratory.", "1773")
    assert build.choice(fact, index) is None
    index, fact = fact_on("France took control of Algeria in 1830 with a large army.", "1830")
    assert build.choice(fact, index) is not None


def test_a_country_that_acts_gets_no_neighbours_as_choices() -> None:
    index, fact = fact_on("Britain also claimed Rupert's Land, where traders bought furs in 1700.", "Britain")
    assert build.choice(fact, index) is None
    index, fact = fact_on("The firm announced large oil finds in India in 2004.", "India")
    assert build.choice(fact, index) is not None


def test_a_year_before_1600_read_as_a_number_gets_no_figures_as_choices() -> None:
    text = (
        "In the summer of 1521, Martin Luther widened his target from pieties like pilgrimages to doctrines "
        "at the heart of Church practices."
    )
    index, fact = fact_on(text, "1521")
    assert fact.mention.kind == "number"
    assert build.choice(fact, index) is None
    assert build.truefalse(fact, index) is None
    index, fact = fact_on("Plague epidemics ravaged London in 1563, 1593, 1603, 1625, 1636, and 1665.", "1593")
    assert fact.mention.kind == "number"
    assert build.truefalse(fact, index) is None


def test_an_answer_that_is_the_object_of_a_gerund_is_not_asked() -> None:
    sentence = "Michael Sears admitted his guilt in breaking the law by recruiting Darleen Druyun in 2002."
    assert ask(sentence, "Darleen Druyun") is None
    assert ask("Michael Sears recruited Darleen Druyun in 2002.", "Darleen Druyun") is not None


def test_as_many_as_bounds_a_figure_so_it_gets_no_choices() -> None:
    text = "Acme could transfer as many as 7,000 jobs out of Australia in 2005 to save costs."
    index, fact = fact_on(text, "7,000")
    card = build.choice(fact, index)
    assert card is not None
    assert hedged_number_in_choices(Candidate(card, fact, index))
    index, plain = fact_on("Acme could transfer 7,000 jobs out of Australia in 2005 to save costs.", "7,000")
    plain_card = build.choice(plain, index)
    assert plain_card is not None and hedged_number_in_choices(Candidate(plain_card, plain, index)) is None


def test_one_year_of_a_list_of_years_gives_no_card() -> None:
    listed = candidate("Plague epidemics ravaged London in 1563, 1593, 1603, 1625, 1636, and 1665.", "1603")
    assert year_in_a_list(listed)
    early = candidate("Plague epidemics ravaged London in 1563, 1593, 1603, 1625, 1636, and 1665.", "1593")
    assert year_in_a_list(early)
    single = candidate("Plague ravaged London in 1665 and killed a fifth of its people.", "1665")
    assert year_in_a_list(single) is None


def test_the_spelling_likeness_of_two_words_is_levenshteins_normalised_similarity() -> None:
    from itertools import product

    from rapidfuzz.distance import Levenshtein

    from quizgen.generate.source_gates import _similarity

    words = ["Solitary", "Solidarity", "Bernstein", "Bernstien", "kitten", "sitting", "Gurkha", "Gurkhas", "a", ""]
    for a, b in product(words, words):
        assert abs(_similarity(a, b) - Levenshtein.normalized_similarity(a, b)) < 1e-9, (a, b)


def test_it_opening_a_claim_after_a_semicolon_means_the_subject_left_out() -> None:
    from quizgen.generate import generate_text

    article = (
        "Riverton is a city in the state of Ohio.\n\n"
        "The city grew fast after the war.\n\n"
        "A merger in 1968 gave Riverton its present size and placed most of its people within the city limits; "
        "with an estimated population of 412,300 in 2014, it is the largest city in Ohio.\n"
    )
    generated = generate_text(article, "riverton")
    plan = next(p for p in generated.plans if p.row.sentence.text.startswith("A merger"))
    assert any("'412,300': unanchored_pronoun" in g for g in plan.gated)
    assert not any("412,300" in card.prompt() for card in generated.deck.cards)
