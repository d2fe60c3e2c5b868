"""Peripheral facts: the features, the model and the ranking step fitted on reviewers' side-detail verdicts."""

from __future__ import annotations

from quizgen.generate import generate_text
from quizgen.generate.candidates import plan_article
from quizgen.generate.deck import subject_words
from quizgen.generate.explain import explain
from quizgen.generate.index import ArticleIndex, analyse
from quizgen.generate.peripheral import (
    DROP,
    Article,
    a_report,
    features,
    figure_as_subject,
    mark_peripheral,
    probability,
    role,
)
from quizgen.generate.split import split_article
from quizgen.generate.text import article_from_text

STORY = [
    "The harbour of Porthaven exported 40,000 tonnes of grain last year, the harbour authority said.",
    "Grain exports from the Porthaven harbour rose by 12% during the last decade.",
    "The Porthaven harbour authority plans a second grain terminal for the exports.",
    "Farmers send their grain to the Porthaven harbour by rail from across the region.",
    "The rail line to the Porthaven harbour was rebuilt in 2019 for the grain trade.",
    "Grain prices at the Porthaven harbour follow the prices on the world market.",
    "The Porthaven harbour authority also runs the rail terminal beside the docks.",
    "The grain terminal at the Porthaven harbour opened to ships in the spring of 2021.",
    "Exports of grain through the Porthaven harbour reached a record of 52,000 tonnes this year.",
    "Most of the grain leaves the Porthaven harbour for ports across the sea.",
    "The Porthaven harbour authority expects grain exports to grow by 8% next year.",
]
"""Sentences about one story, long enough that a peripheral fact may be left out."""
ASIDE = "A painting of the old quay (by the landscape painter Odile Varnier) hangs in a museum across the valley."


def article(sentences: list[str]) -> tuple[Article, ArticleIndex]:
    text = "Porthaven harbour grain exports\n\n" + "\n\n".join(sentences)
    parsed = article_from_text(text, "t.txt")
    rows, _ = split_article(parsed)
    index = analyse(rows)
    return Article(index, subject_words("Porthaven harbour grain exports")), index


def mention(index: ArticleIndex, text: str) -> tuple[int, object]:
    for n, row in enumerate(index.sentences):
        for m in row.mentions:
            if m.text == text:
                return n, m
    raise AssertionError(f"no mention {text!r}")


def test_role_tells_a_subject_from_an_adjunct_and_an_object():
    _, index = article(["Anna Berg founded the Tallin Rowing Club in Tartu in 1998 with Peter Kask."])
    row = index.sentences[0]
    roles = {m.text: role(row, m) for m in row.mentions}
    assert roles["Anna Berg"] == "subject"
    assert roles["Tartu"] == "adjunct"
    assert roles["1998"] == "adjunct"


def test_features_count_how_often_the_article_names_the_answer_and_see_parentheses():
    found, index = article([*STORY, ASIDE])
    n, varnier = mention(index, "Odile Varnier")
    lead, porthaven = mention(index, "Porthaven")
    aside = features(found, n, varnier)
    assert aside["in_parens"] == 1.0 and aside["kind_person"] == 1.0 and aside["once"] == 1.0
    assert features(found, lead, porthaven)["recurs"] > aside["recurs"]
    assert features(found, lead, porthaven)["position"] < aside["position"]


def test_a_person_named_once_late_and_aside_is_likelier_peripheral_than_a_figure_of_the_lead():
    found, index = article([*STORY, ASIDE])
    n, varnier = mention(index, "Odile Varnier")
    lead, tonnes = mention(index, "40,000")
    assert probability(found, n, varnier) >= DROP > probability(found, lead, tonnes)


def test_a_very_likely_peripheral_fact_gives_no_card_and_explain_names_the_step():
    text = "Porthaven harbour grain exports\n\n" + "\n\n".join([*STORY, ASIDE])
    generated = generate_text(text, "t.txt")
    answers = {card.answer_text() for card in generated.deck.cards}
    assert "Odile Varnier" not in answers
    assert any("Odile Varnier" in line and "peripheral" in line for line in explain(generated.article, generated))


def test_a_short_article_keeps_every_fact():
    found, index = article([*STORY[:4], ASIDE])
    plans = plan_article(index)
    mark_peripheral(plans, index, found.title)
    assert not any(f.side and f.side.startswith("peripheral") for plan in plans for f in plan.facts)


def test_the_lead_keeps_every_fact():
    found, index = article([ASIDE, *STORY])
    plans = plan_article(index)
    mark_peripheral(plans, index, found.title)
    assert plans[0].facts and not any(f.side and f.side.startswith("peripheral") for f in plans[0].facts)


def test_only_the_facts_past_even_odds_are_marked():
    found, index = article([*STORY, ASIDE])
    plans = plan_article(index)
    mark_peripheral(plans, index, found.title)
    seen = set()
    for plan in plans[3:]:
        for fact in plan.facts:
            marked = bool(fact.side and fact.side.startswith("peripheral"))
            odds = probability(found, plan.row.sentence.number, fact.mention)
            assert marked == (odds >= DROP) or (fact.side is not None and not marked)
            seen.add(marked)
    assert seen == {True, False}, "the story has facts on both sides of the line"


def test_features_see_the_article_s_end_its_paragraphs_the_main_clause_and_the_figures_beside():
    found, index = article([*STORY, ASIDE])
    n, varnier = mention(index, "Odile Varnier")
    lead, tonnes = mention(index, "40,000")
    aside, first = features(found, n, varnier), features(found, lead, tonnes)
    assert aside["last_third"] == 1.0 and first["last_third"] == 0.0
    assert first["paragraph_first"] == 1.0
    assert first["core"] == 1.0 and aside["core"] == 0.0  # an object of 'exported'; inside parentheses
    rebuilt, year = mention(index, "2019")
    assert features(found, rebuilt, year)["figures_beside"] == 0.0
    assert first["figures_beside"] == 0.0
    found, index = article([*STORY, "In 2020 the Porthaven harbour shipped 45,000 tonnes of grain to 3 ports."])
    shipped, tonnage = mention(index, "45,000")
    assert features(found, shipped, tonnage)["figures_beside"] == 2.0  # '2020' and '3' beside '45,000'
    assert found.top and all(key[0] in ("person", "place", "org", "name") for key in found.top)


def test_a_sentence_that_names_one_of_the_article_s_most_named_things_is_beside_the_story():
    found, index = article([*STORY, ASIDE])
    n, varnier = mention(index, "Odile Varnier")
    lead, tonnes = mention(index, "40,000")
    assert features(found, lead, tonnes)["beside_top"] == 1.0  # 'Porthaven' is named in every sentence
    assert features(found, n, varnier)["beside_top"] == 0.0


def test_a_figure_opening_the_subject_of_a_short_sentence_is_its_claim_whatever_its_odds():
    sank = "Over 60% of the old quay's boats sank in 1950, 1951 and 1952."
    found, index = article([*STORY, ASIDE, sank])
    n, share = mention(index, "60%")
    assert probability(found, n, share) >= DROP and figure_as_subject(index.sentences[n], share)
    plans = plan_article(index)
    mark_peripheral(plans, index, found.title)
    sides = {f.mention.text: f.side for f in plans[n].facts}
    assert sides["60%"] is None
    assert sides["1951"] and sides["1951"].startswith("peripheral")  # a year beside it is still a side detail
    lead, tonnes = mention(index, "40,000")
    assert not figure_as_subject(index.sentences[lead], tonnes)  # the object of 'exported'


def test_a_news_report_keeps_every_fact_the_model_would_leave_out():
    said = [f"{sentence[:-1]}, the harbour master said." for sentence in STORY]
    report, index = article([*said, ASIDE])
    assert a_report(index)
    plans = plan_article(index)
    mark_peripheral(plans, index, report.title)
    assert not any(f.side and f.side.startswith("peripheral") for plan in plans for f in plan.facts)
    _, plain = article([*STORY, ASIDE])
    assert not a_report(plain)
