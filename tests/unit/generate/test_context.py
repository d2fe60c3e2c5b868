"""A sentence whose reference points back is shown after the sentence before, when that sentence holds it."""

from __future__ import annotations

from quizgen.generate import cards as build
from quizgen.generate.candidates import plan_article, with_context
from quizgen.generate.context import context_edit, context_for, holds
from quizgen.generate.coref import EVENT, resolve
from quizgen.generate.deck import generate_deck
from quizgen.generate.gates import Candidate, failed_gate
from quizgen.generate.index import ArticleIndex, analyse
from quizgen.generate.reference_gates import REFERENCE_GATES
from quizgen.generate.split import split_article
from quizgen.generate.text import article_from_text


def index_of(text: str) -> ArticleIndex:
    sentences, _ = split_article(article_from_text(text))
    return analyse(sentences)


OFFER = (
    "The government has offered to send engineers to help rebuild bridges after the floods.\n\n"
    "The deployment would involve soldiers from the Royal Engineers, based in Gibraltar.\n"
)


def test_a_back_reference_is_listed_when_asked_for_context() -> None:
    index = index_of(OFFER)
    plain = resolve(index, 1)
    assert plain.problem is not None
    backed = resolve(index, 1, context=True)
    assert backed.problem == plain.problem
    assert backed.back and all(head == (EVENT,) for head in backed.back)  # what the sentence before tells


def test_an_ambiguous_person_is_no_back_reference() -> None:
    index = index_of(
        "Anna Berg met Carl Olsen in Oslo on Monday to discuss the new treaty.\n\n"
        "He said the talks with Sweden had gone well for both countries.\n"
    )
    assert resolve(index, 1, context=True).back == []


def test_the_sentence_before_becomes_the_context() -> None:
    index = index_of(OFFER)
    edit = context_edit(index, 1, resolve(index, 1, context=True))
    assert edit is not None
    assert edit[:2] == (0, 0)
    assert edit[2].startswith("The government has offered to send engineers")


def test_no_context_for_the_first_sentence_or_a_chain() -> None:
    index = index_of(
        "The plan was criticised by unions across the country on Friday.\n\n"
        "It would cut the pay of 4,000 nurses in Wales by 2026.\n"
    )
    assert context_for(index, 0) is None
    assert context_for(index, 1) is None  # 'The plan' of the sentence before leans on another


def test_no_context_when_the_two_sentences_are_too_long() -> None:
    long_before = "Britain has offered " + "a great many engineers and " * 12 + "help in Chile.\n\n"
    index = index_of(long_before + "It would involve soldiers from the Royal Engineers, based in Gibraltar.\n")
    assert context_for(index, 1) is None


def test_holds_needs_the_head_noun_or_a_date_for_time() -> None:
    assert holds("The army was deployed to the coast.", "deployment")
    assert not holds("Britain has offered help to Chile.", "strategy")
    assert holds("The dynasty fell in 1368.", "time")
    assert not holds("The dynasty fell to rebels.", "time")


def test_a_generated_card_shows_the_sentence_before() -> None:
    cards = generate_deck(article_from_text(OFFER)).data["cards"]
    texts = [c.get("text") or c["question"] for c in cards if c["source"]["sentence"].startswith("The deployment")]
    assert texts, "the leaning sentence gives a card"
    assert all(t.startswith("The government has offered") for t in texts)


PROTEST = (
    "Dock workers walked out in a strike over pay at three ports on Tuesday.\n\n"
    "The strike cost shippers about 3 million euros in lost deliveries.\n"
)


def test_a_gated_reference_passes_once_the_sentence_before_is_shown() -> None:
    index = index_of(PROTEST)
    fact = next(f for p in plan_article(index) for f in p.facts if f.mention.text.startswith("3 million"))
    card = build.cloze(fact)
    assert card is not None
    reason = failed_gate(Candidate(card, fact, index))
    assert reason is not None and reason.split(":")[0] in REFERENCE_GATES  # 'The strike': which one?
    shown = with_context(fact, index)
    assert shown is not None and shown.context.startswith("Dock workers walked out")
    again = build.cloze(shown)
    assert again is not None and again.prompt().startswith("Dock workers walked out")
    assert failed_gate(Candidate(again, shown, index)) is None


def test_no_context_that_states_the_answer() -> None:
    index = index_of(
        "Farmers blocked roads into Madrid with 300 tractors on Tuesday.\n\n"
        "The protest brought 300 tractors and many farmers to the centre of the capital.\n"
    )
    fact = next(f for p in plan_article(index) for f in p.facts if f.mention.text == "300")
    assert with_context(fact, index) is None


def test_a_pronoun_further_in_gets_no_context() -> None:
    index = index_of(
        "The singer performed the anthem before a crowd of 70,000 at the stadium.\n\n"
        "With four minutes left, Carolina got the ball on their own 24-yard line in the final drive.\n"
    )
    assert resolve(index, 1, context=True).back == []


def test_he_after_a_sentence_opening_with_a_person_gets_it_as_context() -> None:
    index = index_of(
        "John Smith described the drugs of Persia in 1020, and Thomas Browne praised the work.\n\n"
        "He devoted a whole volume of The Canon to simple drugs in 1025.\n"
    )
    assert resolve(index, 1).problem is not None
    assert context_edit(index, 1, resolve(index, 1, context=True)) is not None
    lonely = index_of(
        "The drugs of Persia were described in a famous book by two physicians.\n\n"
        "He devoted a whole volume of The Canon to simple drugs in 1025.\n"
    )
    assert context_edit(lonely, 1, resolve(lonely, 1, context=True)) is None


def test_a_reporting_frame_stays_when_the_sentence_before_names_its_speaker() -> None:
    index = index_of(
        "The Demos survey looked at how families in Britain use the internet.\n\n"
        "It found that more than half of those with broadband logged on before breakfast.\n"
    )
    fact = next(f for p in plan_article(index) for f in p.facts if f.mention.text == "half")
    shown = with_context(fact, index)
    assert shown is not None
    assert "survey looked at how families in Britain use the internet. It found that more than half" in shown.text


def test_the_speaker_is_not_named_twice_when_the_sentence_before_is_shown() -> None:
    index = index_of(
        '"No end is in sight for the dollar," said Carsten Fritsch, a strategist at Commerzbank in Frankfurt. '
        '"It is only a matter of time until the euro reaches 1.30 dollars in the markets of Europe."\n'
    )
    fact = next(f for p in plan_article(index) for f in p.facts if p.row.sentence.number == 1)
    assert fact.context and fact.text.count("Carsten Fritsch") == 1


def test_a_region_may_be_the_basin_told_before() -> None:
    assert holds("The Congo basin covers 3,700,000 square kilometres of Africa.", "region")
    assert not holds("The company sold 3,700 cars in Africa last year.", "region")


CHAIN = (
    "The government has offered to send engineers to help rebuild bridges after the floods.\n\n"
    "The deployment would involve soldiers from the Royal Engineers.\n\n"
    "They would stay in Chile until March 2026.\n"
)


def test_a_chain_of_two_links_is_shown_whole() -> None:
    index = index_of(CHAIN)
    found = context_for(index, 2)  # 'They' leans on sentence 1, whose 'The deployment' leans on sentence 0
    assert found is not None
    assert found[1].startswith("The government has offered to send engineers")
    assert found[1].endswith("The deployment would involve soldiers from the Royal Engineers.")


def test_a_chain_too_long_for_a_card_is_dropped() -> None:
    long_first = "The government has offered " + "a great many engineers and " * 8 + "help to Chile.\n\n"
    index = index_of(long_first + CHAIN.split("\n\n", 1)[1])
    assert context_for(index, 2) is None


def test_a_context_leaves_out_a_plain_count_that_a_card_of_its_own_may_ask():
    from generate_support import after_harbour_lead

    from quizgen.generate.context import uncounted
    from quizgen.generate.edits import apply_edits

    index = after_harbour_lead(
        ["Elsland has offered to send a company of about 120 pilots to Norland.", "For two nights the quay was shut."]
    )
    offer, nights = index.sentences[-2], index.sentences[-1]
    assert (
        apply_edits(offer.sentence.text, uncounted(offer))
        == "Elsland has offered to send a company of pilots to Norland."
    )
    assert uncounted(nights) == []  # a small count reads as part of its phrase
