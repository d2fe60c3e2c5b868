"""A claim that denies something gives a false statement without its negation, only where the flip is certain."""

import pytest

from quizgen.generate import generate_text
from quizgen.generate.denials import flipped, past_tense
from quizgen.generate.stages import stage_lines

HEAD = "Acme Mining is a company based in Perth.\n\n"


def _flips(sentence: str) -> set[str]:
    """The flips the facts of the article's second sentence give (one claim: at most one distinct flip)."""
    generated = generate_text(HEAD + sentence + "\n", "acme")
    found = set()
    plans = [p for p in generated.plans if p.row.sentence.text.strip() == sentence]
    # the sentence has answers (or a claim): no flip is a verdict, not a sentence left out
    assert plans and (plans[0].facts or plans[0].claims)
    for plan in plans:
        if plan:
            for fact in [*plan.facts, *plan.claims]:
                flip = flipped(fact)
                if flip is not None:
                    assert flip.correction == sentence
                    found.add(flip.statement)
    return found


@pytest.mark.parametrize(
    ("sentence", "statement"),
    [
        ("Howard Smith said he would not back the Perth plan.", "Howard Smith said he would back the Perth plan."),
        ("Howard Smith did not back the Perth plan in 2004.", "Howard Smith backed the Perth plan in 2004."),
        ("Howard Smith didn't sign the Perth deal in 2004.", "Howard Smith signed the Perth deal in 2004."),
        ("Howard Smith does not own shares in Perth Gold.", "Howard Smith owns shares in Perth Gold."),
        (
            "Howard Smith said the firm could no longer afford 300 staff.",
            "Howard Smith said the firm could still afford 300 staff.",
        ),
        (
            "Howard Smith said there would be no large job cuts in Perth.",
            "Howard Smith said there would be large job cuts in Perth.",
        ),
        ("Howard Smith has never visited Perth.", "Howard Smith has visited Perth."),
        ("Howard Smith won't sell the Perth mine.", "Howard Smith will sell the Perth mine."),
        (
            "Howard Smith said he would not sell either Perth mine to Acme Mining.",
            "Howard Smith said he would sell either Perth mine to Acme Mining.",
        ),
        (
            "Howard Smith said he would not place any limits on Perth Gold.",
            "Howard Smith said he would place limits on Perth Gold.",
        ),
        ("Howard Smith did not gain any unfair advantage in 2004.", "Howard Smith gained an unfair advantage in 2004."),
        (
            "Howard Smith did not find any errors in the Perth accounts.",
            "Howard Smith found errors in the Perth accounts.",
        ),
        (
            "Howard Smith did not give any information to Perth Gold.",
            "Howard Smith gave information to Perth Gold.",
        ),
        ("Howard Smith did not cause any damage in Perth.", "Howard Smith caused damage in Perth."),
        ("Howard Smith did not make any bid for Perth Gold.", "Howard Smith made a bid for Perth Gold."),
    ],
)
def test_a_denied_claim_is_stated_without_its_negation(sentence, statement):
    assert _flips(sentence) == {statement}


@pytest.mark.parametrize(
    "sentence",
    [
        "Howard Smith said he would not only back the Perth plan but fund it.",
        "Howard Smith has not yet visited Perth.",
        "Howard Smith said there was no doubt Perth would grow.",
        "Howard Smith said no one in Perth would lose a job.",
        "Howard Smith said nothing about Perth in 2004.",
        "Howard Smith said the mine employs no more than 300 people.",
        "Howard Smith did not say he would never return to Perth.",
        'Howard Smith said: "We will not sell the Perth mine."',
        "Howard Smith backed the Perth plan, which did not include 300 jobs.",
        "Howard Smith did not leave Perth until 2004.",
        "Howard Smith said no firm would place any limits on Perth Gold.",
        "Howard Smith said he would not place any trade limits on Perth Gold.",
        "Howard Smith did not see any impact in Perth in 2004.",
        "Howard Smith said the Perth plan does not help Acme Mining either.",
        "Howard Smith said the Perth mine is not a gold mine, as it is run for copper.",
        "Howard Smith visited Perth in 2004.",
        "Acme Mining will keep the Perth mine but it has pledged to seek no royalties from it.",
    ],
)
def test_no_flip_where_it_is_uncertain(sentence):
    assert _flips(sentence) == set()


def test_the_past_tense_is_one_the_dictionary_confirms():
    assert past_tense("back") == "backed"
    assert past_tense("say") == "said"
    assert past_tense("approve") == "approved"
    assert past_tense("carry") == "carried"
    assert past_tense("stop") == "stopped"


def test_a_flip_is_a_false_card_whose_correction_is_the_claim():
    sentence = "Howard Smith said there would be no large job cuts in Perth."
    generated = generate_text(HEAD + sentence + "\n", "acme", types=["truefalse"])
    cards = [c for c in generated.deck.cards if c.source.sentence == sentence]
    assert [(c.statement, c.answer, c.correction) for c in cards] == [
        ("Howard Smith said there would be large job cuts in Perth.", False, sentence)
    ]
    assert generated.flips[cards[0].id] == "flipped 'be no large' → 'be large'"


SPEAKER = (
    "Acme Mining plans to close its Perth mine.\n\n"
    "Acme Mining wants to close its Perth mine in 2026 to cut costs.\n\n"
    "Union leader Howard Smith said he would not back the closure of the Perth mine.\n"
)


def test_a_denial_whose_only_name_is_its_speaker_is_asked_as_the_flip():
    deck = generate_text(SPEAKER, "acme").deck
    cards = [c for c in deck.cards if c.source.sentence.startswith("Union leader")]
    assert [(c.type, c.statement) for c in cards] == [
        ("truefalse", "Union leader Howard Smith said he would back the closure of the Perth mine.")
    ]


BARE = "Acme Mining is a company based in Perth.\n\nAcme Mining plans to close its Perth mine in 2026 to cut costs.\n\n"


def _cards_of(article: str, sentence: str) -> list[tuple[str, str | None]]:
    generated = generate_text(article, "acme")
    return [(c.type, getattr(c, "statement", None)) for c in generated.deck.cards if c.source.sentence == sentence]


def test_a_denial_with_no_askable_answer_is_asked_as_its_claim():
    sentence = "Managers stressed that the closure would not result in large-scale redundancies."
    assert _cards_of(BARE + sentence + "\n", sentence) == [
        ("truefalse", "Managers stressed that the closure would result in large-scale redundancies.")
    ]


def test_a_claim_with_no_askable_answer_and_no_denial_gives_no_card():
    sentence = "Managers stressed that the closure would result in large-scale redundancies."
    assert _cards_of(BARE + sentence + "\n", sentence) == []


def test_a_claim_level_denial_meets_the_reference_gates():
    sentence = "Managers stressed that such moves would not result in large-scale redundancies."
    generated = generate_text(BARE + sentence + "\n", "acme")
    assert [c for c in generated.deck.cards if c.source.sentence == sentence] == []
    assert any("unresolved_opener" in reason for plan in generated.plans for reason in plan.gated)


def test_explain_sentence_shows_the_claim_level_fact():
    sentence = "Managers stressed that the closure would not result in large-scale redundancies."
    lines = stage_lines(generate_text(BARE + sentence + "\n", "acme"), 3)
    assert f"  fact: '{sentence}' [claim], claim 1, score" in "\n".join(lines)
    assert any(line.startswith("  denial flipped 'would not result' → 'would result'") for line in lines)


def test_no_flip_of_a_claim_cut_from_after_a_contrast():
    sentence = "Howard Smith tried to buy Perth Gold in 2004, but the owners were not interested in selling."
    generated = generate_text(HEAD + sentence + "\n", "acme")
    plan = next(p for p in generated.plans if p.row.sentence.text.strip() == sentence)
    assert len({f.claim for f in [*plan.facts, *plan.claims]}) == 2  # the 'but' clause is a claim of its own
    assert [flipped(f) for f in [*plan.facts, *plan.claims]] == [None] * len(plan.facts + plan.claims)


@pytest.mark.parametrize(
    "sentence",
    [
        "The drawing was not an accurate map of the Perth mine.",
        "Acme Mining said it would not sue firms who use them.",
    ],
)
def test_a_denial_that_leans_on_another_sentence_gives_no_card(sentence):
    article = BARE + "Acme Mining drew a map of its tunnels and released its patents in 2024.\n\n" + sentence + "\n"
    assert [t for t, _ in _cards_of(article, sentence) if t == "truefalse"] == []


def test_a_denial_whose_own_phrase_picks_out_its_subject_stands_alone():
    sentence = "The person in charge of the Perth mine should not also be the chair of Acme Mining."
    assert ("truefalse", sentence.replace("should not also", "should also")) in _cards_of(
        BARE + sentence + "\n", sentence
    )
