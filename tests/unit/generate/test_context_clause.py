"""The clause of a long introducing sentence shown as a card's context, when the whole sentence does not fit."""

from __future__ import annotations

from quizgen.generate.candidates import plan_article, with_context
from quizgen.generate.context import GAP, MAX_WORDS, introducing
from quizgen.generate.context_clause import clause_end, stands_alone
from quizgen.generate.deck import generate_deck
from quizgen.generate.index import ArticleIndex, analyse
from quizgen.generate.split import split_article
from quizgen.generate.text import article_from_text
from quizgen.generate.tokens import tag


def index_of(text: str) -> ArticleIndex:
    sentences, _ = split_article(article_from_text(text))
    return analyse(sentences)


LONG_LEAD = (
    "Norway has offered to lend two large passenger ferries to the island of Tresco after the storm, which "
    "destroyed the harbour wall, the old lifeboat station and most of the fishing boats moored in the bay during "
    "the night of the worst weather in living memory, the Norwegian transport ministry said on Tuesday.\n\n"
    "Fishermen on the island said the waves had been the highest they had seen.\n\n"
    "The council of Tresco met in the village hall on the morning after the storm.\n\n"
    "The offer would most likely cover the crossing to Penzance, a route of 45 kilometres.\n"
)


def cut(text: str, word: str) -> str | None:
    end = clause_end(text, tag(text), text.index(word))
    return None if end is None else text[:end]


def test_the_clause_ends_at_the_first_boundary_after_the_introducing_word() -> None:
    text = "Norway has offered to lend two ferries to the island, which lost its boats, the ministry said."
    assert cut(text, "offered") == "Norway has offered to lend two ferries to the island"


def test_a_reported_speech_tail_is_cut() -> None:
    text = "Norway has offered to lend two ferries to the island of Tresco, Downing Street said."
    assert cut(text, "offered") == "Norway has offered to lend two ferries to the island of Tresco"


def test_no_clause_when_the_word_is_in_a_later_clause_or_nothing_is_cut() -> None:
    assert cut("The storm hit the island, and Norway has offered to lend two ferries to it.", "offered") is None
    assert cut("Norway has offered to lend two ferries to the island of Tresco.", "offered") is None


def test_no_clause_without_a_verb_of_its_own() -> None:
    assert cut("Norway's generous offer of two large ferries to the island, which lost its boats.", "offer") is None


def test_a_clause_that_points_back_in_turn_does_not_stand_alone() -> None:
    assert not stands_alone(tag("The offer was welcomed by the island council"))
    assert not stands_alone(tag("Norway made this offer to the island council"))
    assert stands_alone(tag("Norway has offered to lend two ferries to the island"))
    assert stands_alone(tag("A faculty in Paris wrote a report that blamed the heavens"))


def test_a_long_lead_is_shown_cut_to_its_clause_with_a_gap() -> None:
    index = index_of(LONG_LEAD)
    assert len(index.sentences[0].sentence.text.split()) + len(index.sentences[3].sentence.text.split()) > MAX_WORDS
    found = introducing(index, 3, ["offer"])
    assert found is not None
    shown = found[1]
    assert (
        shown == f"Norway has offered to lend two large passenger ferries to the island of Tresco after the storm {GAP}"
    )
    assert "ministry said" not in shown


def test_a_sentence_leaning_on_the_long_lead_gets_the_clause_as_its_context() -> None:
    index = index_of(LONG_LEAD)
    facts = plan_article(index)[3].facts
    assert facts
    for fact in facts:
        assert fact.context.startswith("Norway has offered to lend") and fact.context.endswith(GAP)
        assert fact.text.startswith(fact.context)
        assert with_context(fact, index, "unnamed_reference_in_stem: 'the offer' is not named") is None  # one only


def test_the_generated_card_shows_the_clause_and_not_its_answer() -> None:
    cards = generate_deck(article_from_text(LONG_LEAD)).data["cards"]
    leaning = [c for c in cards if c["source"]["sentence"].startswith("The offer would")]
    assert leaning, "the leaning sentence gives a card"
    for card in leaning:
        shown = card.get("text") or card.get("question") or card.get("statement")
        assert shown.startswith("Norway has offered to lend")
        context = shown.split(GAP)[0]
        assert "ministry said" not in context


def test_a_list_of_names_is_not_a_boundary() -> None:
    text = "Norway has offered ferries to Tresco, Bryher and St Martin's, which lost their boats in the storm."
    assert cut(text, "offered") == "Norway has offered ferries to Tresco, Bryher and St Martin's"


def test_a_leading_frame_stays_with_its_main_clause() -> None:
    text = "On 8 March 2004, Norway offered to lend two ferries to the island, which had lost its boats."
    assert cut(text, "offered") == "On 8 March 2004, Norway offered to lend two ferries to the island"
