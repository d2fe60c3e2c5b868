"""The generated deck: provenance, boilerplate, stability, ranking, and the committed seed deck."""

import pytest
from repo_paths import REPO

from quizgen.deckio.dump import dumps_deck, dumps_deck_data
from quizgen.deckio.loader import loads_deck
from quizgen.errors import GenerateError
from quizgen.generate import explain, generate_file, generate_text
from quizgen.model import cloze, rules
from quizgen.model.card_types import CARD_TYPES

ROOT = REPO
SEED = ROOT / "seeds" / "central-asia-us-election.txt"
SEED_DECK = ROOT / "decks" / "central-asia-us-election.yaml"


@pytest.fixture(scope="module")
def seed():
    return generate_file(SEED)


def test_the_committed_seed_deck_is_up_to_date():
    # The command regenerates over the existing file, keeping the cards of unchanged facts.
    committed = SEED_DECK.read_text(encoding="utf-8")
    regenerated = generate_file(SEED, previous=loads_deck(committed))
    expected = dumps_deck(regenerated.deck, schema="../schema/deck.schema.json")
    assert committed == expected, (
        "decks/central-asia-us-election.yaml is stale; run: "
        "quizgen generate seeds/central-asia-us-election.txt -o decks/central-asia-us-election.yaml"
    )
    # what the command writes: the deck as plain data, without the model
    assert dumps_deck_data(regenerated.data, schema="../schema/deck.schema.json") == committed


def test_regenerating_over_its_own_output_changes_nothing(seed):
    again = generate_file(SEED, previous=seed.deck)
    assert dumps_deck(again.deck) == dumps_deck(seed.deck)


def test_every_card_points_at_its_sentence_in_the_article(seed):
    article = SEED.read_text(encoding="utf-8")
    for card in seed.deck.cards:
        assert article[card.source.start : card.source.end] == card.source.sentence


def test_the_deck_names_its_source(seed):
    import hashlib

    source = seed.deck.source
    assert source.file == SEED.name
    assert source.sha256 == hashlib.sha256(SEED.read_text(encoding="utf-8").encode()).hexdigest()
    assert source.title


def test_the_result_keeps_its_article_for_explain(seed):
    assert seed.article.path == str(SEED)
    lines = explain(seed.article, seed)
    assert lines[0].startswith("line 2: skipped, photo credit")
    heads = {line.split("):")[0] for line in lines if ", sentence " in line}
    assert len(heads) == len(seed.plans)


def test_no_card_comes_from_boilerplate_but_the_byline_sentence_keeps_its_facts(seed):
    article = SEED.read_text(encoding="utf-8")
    credit_end = article.index("/ Flickr") + len("/ Flickr")
    byline = article.index("CV NEWS FEED //")
    for card in seed.deck.cards:
        assert card.source.start > credit_end
        assert "CV NEWS FEED" not in card.source.sentence and "CV NEWS FEED" not in card.prompt()
    first = article.index("As the U.S. presidential election")
    assert first > byline
    opening = seed.plans[0]
    assert article.index(opening.row.sentence.text) == first
    assert opening.skip is None and opening.facts, "the byline's sentence keeps its facts"


def test_the_seed_deck_mixes_card_types_and_the_rules_hold(seed):
    assert len({c.type for c in seed.deck.cards}) >= 4
    assert [f for f in rules.check(seed.deck) if f.severity == "error"] == []


def test_every_card_type_can_be_made():
    text = (
        "Shares in BP rose by 26% in 2004 after the oil company reported record profits of 16.2bn dollars.\n\n"
        "President Vladimir Putin met President George Bush in Moscow in 2005 to discuss energy.\n\n"
        "President Jacques Chirac later met President Bush in Paris.\n\n"
        "President Gerhard Schroeder hosted President Bush in Berlin in 2005.\n\n"
        "A carbon tax is a charge on the carbon content of fuels such as coal, oil and gas.\n"
    )
    made = set()
    for kind in CARD_TYPES:
        made |= {c.type for c in generate_text(text, "t.txt", types=[kind]).deck.cards}
    assert made == set(CARD_TYPES)


def test_answers_occur_in_their_sentences(seed):
    for card in seed.deck.cards:
        if card.type == "cloze":
            for d in cloze.deletions(card.text):
                assert d.text in card.source.sentence
        elif card.type in ("choice", "typed"):
            assert card.answer in card.source.sentence


def test_false_statements_carry_their_correction(seed):
    statements = [card for card in seed.deck.cards if card.type == "truefalse"]
    assert statements, "the seed deck has a true/false card to check"
    for card in statements:
        assert (card.correction is None) == card.answer
        if card.correction:
            assert card.correction != card.statement


def test_output_is_byte_identical(seed):
    assert dumps_deck(generate_file(SEED).deck) == dumps_deck(seed.deck)


def test_ids_of_unchanged_facts_survive_an_edit_elsewhere(seed):
    text = SEED.read_text(encoding="utf-8")
    edited = text.replace("Russia remains influential in the region", "Moscow remains influential in the area")
    after = generate_text(edited, str(SEED)).deck
    touched = text.index("Russia remains influential")
    before_ids = {c.uid for c in seed.deck.cards if not (c.source.start <= touched < c.source.end)}
    after_ids = {c.uid for c in after.cards}
    assert len(before_ids & after_ids) >= 0.8 * len(before_ids)


def test_max_cards_is_honoured_and_the_default_is_one_card_per_fact(seed):
    deck = generate_file(SEED, max_cards=3).deck
    assert len(deck.cards) == 3
    answers = {c.id: _answers(c) for c in seed.deck.cards}
    for card in seed.deck.cards:
        siblings = [c for c in seed.deck.cards if c.id != card.id and c.source.start == card.source.start]
        for other in siblings:  # two claims of one sentence: neither card shows the other's answer
            assert not any(a.casefold() in card.prompt().casefold() for a in answers[other.id])


def test_types_can_be_restricted():
    deck = generate_file(SEED, types=["cloze"]).deck
    assert {c.type for c in deck.cards} == {"cloze"}


def test_a_text_without_facts_is_a_clear_error():
    with pytest.raises(GenerateError, match="no facts found") as err:
        generate_text("hello there\n\nok.", "empty.txt")
    assert "empty.txt" in str(err.value)


def test_generated_decks_load_back_from_yaml(seed):
    text = dumps_deck(seed.deck)
    assert loads_deck(text, "x.yaml").cards == seed.deck.cards


def test_share_distractors_stay_at_or_below_the_whole():
    from quizgen.generate.distractors import _over_whole

    assert _over_whole("154%", "77%") and not _over_whole("58%", "77%")
    assert not _over_whole("150%", "120%")


def _answers(card) -> list[str]:
    if card.type == "cloze":
        return [d.text for d in cloze.deletions(card.text)]
    return [card.answer] if card.type in ("choice", "typed") else []


def test_a_sentence_with_two_claims_gives_a_card_on_each():
    text = (
        "The Danube Commission\n\n"
        "The Danube Commission was set up in Belgrade in 1948 to oversee navigation on the river.\n\n"
        "Vienna hosted the first meeting of the Danube Commission in 1949, while Budapest hosted the Danube Commission's second meeting in 1954.\n"
    )
    cards = generate_text(text, "commission.txt").deck.cards
    second = [c for c in cards if c.source.sentence.startswith("Vienna")]
    assert len(second) == 2
    for card in second:
        others = [a for c in second if c is not card for a in _answers(c)]
        assert not any(a in card.prompt() for a in others)


def test_census_trivia_ranks_below_the_article_s_main_facts():
    text = (
        "Fresno is a city in California.\n\n"
        "As of the census of 2010, there were 158,349 households in Fresno, out of which 40.6% had children.\n\n"
        "Fresno was incorporated as a city in 1885 after the Central Pacific Railroad reached the valley.\n"
    )
    everything = generate_text(text, "Fresno").deck
    assert any("households" in card.source.sentence for card in everything.cards)
    deck = generate_text(text, "Fresno", max_cards=2).deck
    assert not any("households" in card.source.sentence for card in deck.cards)


def test_a_share_told_in_words_is_asked():
    text = (
        "Broadband Britain\n\n"
        "More than five million households in the UK have broadband, a report by Demos says.\n\n"
        "One in five broadband users admitted to getting up in the middle of the night to browse the web.\n"
    )
    clozes = [c.text for c in generate_text(text, "Broadband").deck.cards if c.type == "cloze"]
    assert (
        "{{c1::One in five}} broadband users admitted to getting up in the middle of the night to browse the web."
        in clozes
    )
