"""A reference the card cannot name is carried by a context: 'a similar offer', 'the case' after a sentence of a
trial, 'the rate' after taxes, 'the affected region' after a drought in a rainforest, 'the measure' after a lead
that names the plans; a context never states the answer and never leans on another sentence in turn."""

from __future__ import annotations

from quizgen.generate import cards as build
from quizgen.generate.candidates import Fact, plan_article, with_context
from quizgen.generate.context import GAP, context_edit, holds, introduces, introducing
from quizgen.generate.coref import resolve
from quizgen.generate.edits import apply_edits
from quizgen.generate.gap_gates import context_states_the_answer
from quizgen.generate.gates import Candidate, failed_gate
from quizgen.generate.index import ArticleIndex, analyse
from quizgen.generate.referred import Referred
from quizgen.generate.source_gates import list_cut_short
from quizgen.generate.split import split_article
from quizgen.generate.text import article_from_text
from quizgen.generate.trim import trims


def index_of(text: str) -> ArticleIndex:
    sentences, _ = split_article(article_from_text(text))
    return analyse(sentences)


def fact_of(index: ArticleIndex, answer: str) -> Fact:
    return next(f for p in plan_article(index) for f in p.facts if f.mention.text == answer)


def retried(index: ArticleIndex, answer: str) -> tuple[str, Fact | None]:
    """The gate's reason for the plain cloze of `answer`, and the fact shown with the context it calls for."""
    fact = fact_of(index, answer)
    card = build.cloze(fact)
    assert card is not None
    reason = failed_gate(Candidate(card, fact, index))
    assert reason is not None
    return reason, with_context(fact, index, reason)


def passes(index: ArticleIndex, fact: Fact) -> bool:
    card = build.cloze(fact)
    return card is not None and failed_gate(Candidate(card, fact, index)) is None


def test_a_similar_offer_reads_back_its_noun() -> None:
    assert Referred("a similar offer").head == "offer"
    assert Referred("a similar offer").words == ("offer",)  # 'similar' says it leans, not which offer


def test_describing_words_after_the_do_not_introduce_the_noun() -> None:
    index = index_of(
        "Minister Gareth Thomas said the assistance offer would focus on the province of Aceh.\n\n"
        "Norway changed its circle logo in 2001 after a long campaign.\n\n"
        "Last week the government offered to send 300 engineers to the island.\n"
    )
    assert not introduces(index.sentences[0], "offer")  # 'the assistance offer' points back
    assert introduces(index.sentences[1], "logo")  # 'its circle logo' says whose, and introduces it
    assert introduces(index.sentences[2], "offer")  # the subject of 'offered' is no pointing


SIMILAR = (
    "Norway has offered to send 300 engineers to help rebuild the port of Tromso.\n\n"
    "The deployment would involve engineers from the Royal Norwegian Navy, based in Bergen.\n\n"
    "Discussions have begun on the timing of the deployment, but the offer was aimed at the north.\n\n"
    "Officials in Oslo said a similar offer might be made to the Finnish government.\n"
)


def test_a_similar_offer_is_shown_after_the_sentence_that_makes_the_first() -> None:
    index = index_of(SIMILAR)
    reason, shown = retried(index, "Oslo")
    assert reason.startswith("unresolved_opener") and "'a similar offer'" in reason
    assert shown is not None
    assert shown.context.startswith("Norway has offered to send engineers") and shown.context.endswith(GAP)
    assert passes(index, shown)


def test_the_case_is_the_trial_the_sentence_before_tells() -> None:
    assert holds("Ms Druyun is serving a nine month sentence for favouring the firm.", "case")
    assert holds("The two men were convicted of fraud in March.", "case")
    assert not holds("The firm opened a new factory in Ohio.", "case")
    index = index_of(
        "Darleen Druyun is serving a nine month sentence for favouring Boeing in contracts.\n\n"
        "Boeing lost a dollars 23bn government contract after a Pentagon inquiry into the case.\n"
    )
    reason, shown = retried(index, "23bn")
    assert "'the case'" in reason
    assert shown is not None and shown.context.startswith("Darleen Druyun is serving")
    assert passes(index, shown)


def test_the_rate_is_the_tax_the_sentence_before_tells() -> None:
    assert holds("The firm said it was liable to pay taxes under its contract.", "rate")
    assert not holds("The firm said it was liable to pay for its contract.", "rate")


def test_the_affected_region_is_the_land_the_drought_struck() -> None:
    assert holds("In 2010 the Amazon rainforest experienced another severe drought.", "region")
    index = index_of(
        "In 2010 the Amazon rainforest experienced another severe drought, worse than the drought of 2005.\n\n"
        "The affected region covered about 1,160,000 square miles by the end of August.\n"
    )
    reason, shown = retried(index, "1,160,000")
    assert "'The affected region'" in reason
    assert shown is not None and shown.context.startswith("In 2010 the Amazon rainforest")
    assert passes(index, shown)


def test_the_new_service_needs_its_new_one_still() -> None:
    index = index_of(
        "The city opened a bus service to the airport in 2019.\n\n"
        "The new service carried 40,000 passengers in its first year, the council said.\n"
    )
    _, shown = retried(index, "40,000")
    assert shown is None  # 'new' is no word of the sentence before: it may mean another service


MEASURE = (
    "The Conservatives have expressed misgivings about government plans for keeping terror suspects under "
    "curfew.\n\n"
    "Michael Howard said he would not back the Home Secretary's orders for the suspects.\n\n"
    "Most of the suspects are held at Belmarsh Prison in London.\n\n"
    "The Liberal Democrats questioned the human rights implications of the measure.\n"
)


def test_the_measure_is_what_the_lead_says_is_planned() -> None:
    index = index_of(MEASURE)
    backed = resolve(index, 3, context=True)
    edit = context_edit(index, 3, backed)
    assert edit is not None
    assert edit[2].startswith("The Conservatives have expressed misgivings") and edit[2].rstrip().endswith(GAP)
    plain = index_of(MEASURE.replace("about government plans for keeping", "after police began keeping"))
    assert context_edit(plain, 3, resolve(plain, 3, context=True)) is None  # a lead that plans nothing


def test_a_context_further_back_must_not_lean_in_turn() -> None:
    index = index_of(
        "Airport operator Kentair has backed the government's plans for new runways in Kent.\n\n"
        "The judicial review will centre on government plans for expansion at three airports.\n\n"
        "The operator said it was consulting with towns near each of the three airports.\n\n"
        "Residents near the airports said they had written to their members of parliament.\n\n"
        "Groups challenging the plans include Stop Kent Runways and the council of Dover.\n"
    )
    found = introducing(index, 4, ["plans"])
    assert found is not None
    assert found[1].startswith("Airport operator Kentair has backed")  # not 'The judicial review will ...'


def test_a_context_that_states_the_answer_drops_the_card() -> None:
    index = index_of(
        "Ministers plan to keep terror suspects under house arrest without a trial.\n\n"
        "The Liberal Democrats say they oppose house arrests and question the measure.\n"
    )
    facts = [f for p in plan_article(index) for f in p.facts if f.context]
    assert facts, "the second sentence is shown after the first"
    told = next(f for f in facts if f.mention.text == "house arrests")
    card = build.cloze(told)
    assert card is not None
    assert context_states_the_answer(Candidate(card, told, index)) is not None
    named = next(f for f in facts if f.mention.text == "Liberal Democrats")
    drafted = build.cloze(named)
    assert drafted is not None and context_states_the_answer(Candidate(drafted, named, index)) is None


def test_a_semicolon_in_brackets_is_no_list() -> None:
    index = index_of(
        "The company said the rate would be about 900 rupees (dollars 20.40; pounds 10.50) per tonne of oil.\n"
    )
    fact = fact_of(index, "900")
    card = build.cloze(fact)
    assert card is not None
    assert list_cut_short(Candidate(card, fact, index)) is None
    listed = index_of("The chairs were Anna Berg, elected in 2002; Tom Hill in 1997; and Eva Lund in 1988.\n")
    chair = fact_of(listed, "2002")
    cut = build.cloze(chair)
    assert cut is not None and list_cut_short(Candidate(cut, chair, listed)) is not None


def test_anyone_is_whom_a_later_their_means() -> None:
    index = index_of(
        "Michael Howard spoke to reporters in London on Monday.\n\n"
        "He said no one should be deprived of their liberty by a minister alone.\n\n"
        "The Tories said their plan was fairer than the plan of the government.\n\n"
        "The vote on Monday was not about their liberty at all.\n"
    )
    assert "'their'" not in (resolve(index, 1).problem or "")
    assert "'their'" in (resolve(index, 3).problem or "")  # no one named before it: 'their' leans back


def test_the_newspaper_that_reported_is_trimmed() -> None:
    text = "About 7,000 jobs could move overseas by 2010, the newspaper reported."
    assert apply_edits(text, trims(text)) == "About 7,000 jobs could move overseas by 2010."
    kept = "The newspaper reported that 7,000 jobs could move overseas."
    assert apply_edits(kept, trims(kept)) == kept


def test_a_country_the_context_names_is_the_country() -> None:
    index = index_of(
        "Airport operator Kentair of the UK has backed the government's plans for runways throughout the country.\n\n"
        "Kentair said it was consulting with towns near each of its three airports.\n\n"
        "Residents near the airports said they had written to their members of parliament.\n\n"
        "Groups challenging the plans include Stop Kent Runways and the council of Dover.\n"
    )
    fact = fact_of(index, "Stop Kent Runways")
    reason = "unnamed_reference_in_stem: 'the plans' is not named on the card"
    shown = with_context(fact, index, reason)
    assert shown is not None and shown.context.startswith("Airport operator Kentair")
    card = build.cloze(shown)
    assert card is not None
    assert "'the country'" not in (failed_gate(Candidate(card, shown, index)) or "")
