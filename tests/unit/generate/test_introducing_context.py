"""Context from the sentence that introduces what a reference means, not only the sentence before; the
speaker of 'He went on to say: "..."'; and no context that shares a noun but not the referent."""

from __future__ import annotations

from quizgen.generate import cards as build
from quizgen.generate.candidates import plan_article, plan_sentence, with_context
from quizgen.generate.context import GAP, LEAD_REACH, REACH, context_edit, introduces, introducing, named_heads
from quizgen.generate.coref import resolve
from quizgen.generate.edits import Edit
from quizgen.generate.gates import Candidate, failed_gate
from quizgen.generate.index import ArticleIndex, analyse
from quizgen.generate.reported import reported_speaker
from quizgen.generate.split import split_article
from quizgen.generate.text import article_from_text


def index_of(text: str) -> ArticleIndex:
    sentences, _ = split_article(article_from_text(text))
    return analyse(sentences)


FERRY = (
    "Norway has offered to lend two ferries to the island of Tresco after the storm.\n\n"
    "The ferries would carry 400 passengers a day between Tresco and the mainland.\n\n"
    "Fishermen on the island said the harbour wall had been badly damaged by the waves.\n\n"
    "The offer was welcomed by the council of Tresco at a meeting on 12 March.\n"
)


def test_a_noun_or_verb_of_the_stem_introduces_the_noun_and_a_pointing_one_does_not() -> None:
    index = index_of(
        "Norway has offered to lend two ferries to the island.\n\n"
        "Norway made an offer of two ferries to the island.\n\n"
        "The offer was welcomed by the council of the island.\n\n"
        "Fishermen said the academic year at the island school had begun.\n"
    )
    assert introduces(index.sentences[0], "offer")
    assert introduces(index.sentences[1], "offer")
    assert not introduces(index.sentences[2], "offer")
    assert not introduces(index.sentences[3], "offer")
    assert not introduces(index.sentences[3], "academy")  # an adjective of the stem names no academy


def test_an_event_reference_names_its_noun() -> None:
    index = index_of(FERRY)
    assert named_heads(index, 3, resolve(index, 3, context=True).back) == ["offer"]


def test_the_introducing_sentence_further_back_becomes_the_context_with_a_gap() -> None:
    index = index_of(FERRY)
    backed = resolve(index, 3, context=True)
    assert backed.back
    edit = context_edit(index, 3, backed)
    assert edit is not None
    assert edit[2].startswith("Norway has offered to lend two ferries")
    assert edit[2].rstrip().endswith(GAP)
    plan = plan_sentence(index, 3)
    assert plan.skip is None
    assert plan.facts and all(f.context.endswith(GAP) for f in plan.facts)
    assert all(f.text.startswith("Norway has offered") for f in plan.facts)


def test_an_event_the_next_sentence_names_too_is_told_in_the_sentence_before_it() -> None:
    index = index_of(
        "Norway has offered to send engineers to the island of Tresco after the storm.\n\n"
        "The deployment would involve 40 soldiers from the engineer regiment at Bergen.\n\n"
        "Talks have begun with Tresco on the timing and the scale of the deployment.\n"
    )
    found = introducing(index, 2, ["deployment"])
    assert found is not None and found[1].startswith("Norway has offered to send engineers")


def test_no_introducing_sentence_leaves_the_sentence_skipped() -> None:
    index = index_of(
        "Storms damaged the harbour wall on the island of Tresco last week.\n\n"
        "Fishermen on the island said the waves had been the highest in 40 years.\n\n"
        "The offer was welcomed by the council of Tresco at a meeting on 12 March.\n"
    )
    assert introducing(index, 2, ["offer"]) is None
    assert plan_sentence(index, 2).skip is not None


def test_an_introducing_sentence_beyond_reach_is_not_used_but_the_lead_is() -> None:
    filler = "".join(f"Boats number {n} stayed in the harbour of Tresco all week.\n\n" for n in range(1, 7))
    index = index_of("Norway has offered to lend two ferries to the island of Tresco.\n\n" + filler + FERRY[-76:])
    last = len(index.sentences) - 1
    found = introducing(index, last, ["offer"])
    assert found is not None and found[1].startswith("Norway has offered")  # the lead
    middle = index_of(
        "Storms damaged the harbour wall on the island of Tresco last week.\n\n"
        "Norway has offered to lend two ferries to the island of Tresco.\n\n" + filler + FERRY[-76:]
    )
    assert introducing(middle, len(middle.sentences) - 1, ["offer"]) is None


def test_the_lead_is_out_of_reach_of_a_sentence_far_into_a_long_article() -> None:
    def last_context(boats: int) -> tuple[Edit, str] | None:
        filler = "".join(f"Boat number {n} stayed in the harbour of Tresco all week.\n\n" for n in range(1, boats))
        text = "Storms knocked down a harbour wall on Tresco in March.\n\n" + filler + "The wall was rebuilt in 2019.\n"
        index = index_of(text)
        return introducing(index, len(index.sentences) - 1, ["wall"])

    near = last_context(REACH + 2)
    assert near is not None and near[1].startswith("Storms knocked down a harbour wall")
    assert last_context(LEAD_REACH + 1) is None


def test_a_gated_reference_takes_the_sentence_that_introduces_its_noun() -> None:
    index = index_of(
        "The council of Tresco carried out a survey of the harbour walls in 2019.\n\n"
        "Fishermen on the island said the waves had been the highest in 40 years.\n\n"
        "The survey found that Norway had sent granite to the harbour of Bergen.\n"
    )
    fact = next(f for p in plan_article(index) for f in p.facts if f.mention.text == "Norway")
    card = build.cloze(fact)
    assert card is not None
    reason = failed_gate(Candidate(card, fact, index))
    assert reason is not None and "'The survey'" in reason
    shown = with_context(fact, index, reason)
    assert shown is not None and shown.context.startswith("The council of Tresco carried out a survey")
    assert shown.context.endswith(GAP)
    before = with_context(fact, index)  # given no reason: the sentence before, as ever
    assert before is not None and before.context.startswith("Fishermen")
    again = build.cloze(shown)
    assert again is not None and failed_gate(Candidate(again, shown, index)) is None


def test_a_context_sharing_the_noun_but_not_the_referent_is_refused() -> None:
    index = index_of(
        "The channel offers an interactive service for viewers with a broadband link.\n\n"
        "When Orbit was launched in 1999 the new service used the Astra satellite at 28.5E.\n"
    )
    fact = next(f for p in plan_article(index) for f in p.facts if f.mention.text == "1999")
    card = build.cloze(fact)
    assert card is not None
    reason = failed_gate(Candidate(card, fact, index))
    assert reason is not None and "'the new service'" in reason
    assert with_context(fact, index, reason) is None  # 'interactive service' is another service


SPEECH = (
    "Anna Berg, the mayor of Tresco, said the harbour would reopen in May.\n\n"
    'She went on to say: "We will need 400 tonnes of granite from Norway."\n'
)


def test_a_reported_speaker_is_the_one_person_the_sentence_before_reports() -> None:
    index = index_of(SPEECH)
    said = reported_speaker(index, 1)
    assert said is not None and said[2] == "Anna Berg"
    assert index.sentences[1].sentence.text[said[0] : said[1]] == "She"
    plan = plan_sentence(index, 1)
    assert plan.skip is None and all(f.text.startswith("Anna Berg went on to say") for f in plan.facts)


def test_no_reported_speaker_when_two_people_or_another_sentence_come_between() -> None:
    two = index_of(
        "Anna Berg and Carl Olsen said the harbour of Tresco would reopen in May.\n\n"
        'She went on to say: "We will need 400 tonnes of granite from Norway."\n'
    )
    assert reported_speaker(two, 1) is None
    between = index_of(
        "Anna Berg, the mayor of Tresco, said the harbour would reopen in May.\n\n"
        "Storms damaged the harbour wall on the island last week.\n\n"
        'She went on to say: "We will need 400 tonnes of granite from Norway."\n'
    )
    assert reported_speaker(between, 2) is None


def test_a_context_holding_a_quotation_still_names_the_reference() -> None:
    index = index_of(
        '"We have offered two ferries to the island of Tresco," the Norwegian minister Ola Dahl said.\n\n'
        "Fishermen on the island said the waves had been the highest in 40 years.\n\n"
        "The offer comes as the British minister Ann Cole arrives in Bergen for talks on the storm.\n"
    )
    fact = next(f for p in plan_article(index) for f in p.facts if f.mention.text == "Bergen")
    assert fact.context.startswith('"We have offered two ferries') and fact.context.endswith(GAP)
    card = build.cloze(fact)
    assert card is not None and failed_gate(Candidate(card, fact, index)) is None


ANNOUNCED = (
    "New ferry routes to the island of Tresco have been announced by the Norwegian minister Ola Dahl.\n\n"
    "Fishermen on the island said the waves had been the highest in 40 years.\n\n"
    "Under the strategy, Norway will send granite from the quarries of Bergen to Tresco.\n"
)


def test_a_plan_word_no_sentence_names_means_what_the_lead_announces() -> None:
    index = index_of(ANNOUNCED)
    backed = resolve(index, 2, context=True)
    edit = context_edit(index, 2, backed)
    assert edit is not None and edit[2].startswith("New ferry routes to the island of Tresco have been announced")
    assert edit[2].rstrip().endswith(GAP)
    unannounced = index_of(ANNOUNCED.replace("have been announced by", "were praised by"))
    assert context_edit(unannounced, 2, resolve(unannounced, 2, context=True)) is None
    told_between = index_of(ANNOUNCED.replace("Fishermen on the island said", "A strategy of the council said"))
    assert introducing(told_between, 2, ["strategy"]) is None  # the sentence between tells another strategy
