"""Any text gives a valid deck or a clear error, and every card keeps the generator's promises."""

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quizgen.deckio.dump import dumps_deck, dumps_deck_data
from quizgen.errors import GenerateError
from quizgen.generate import generate_text
from quizgen.generate.deck import Generated
from quizgen.model import cloze, rules

WORDS = [
    "Tony",
    "Blair",
    "Kazakhstan",
    "Russia",
    "met",
    "said",
    "in",
    "2023",
    "five",
    "presidents",
    "the",
    "bank",
    "raised",
    "rates",
    "to",
    "5%",
    "£3bn",
    "President",
    "Joe",
    "Biden",
    "London",
    "He",
    "This",
    "format",
    ",",
    "and",
    "of",
    "who",
    "BBC",
    "Mr",
    "{{c1::",
    "}}",
    "::",
    "“quoted”",
    "Paris",
    "1990s",
    "on",
    "Monday",
    "It",
]
sentences = st.lists(st.sampled_from(WORDS), min_size=3, max_size=18).map(lambda ws: " ".join(ws) + ".")
articles = st.lists(sentences, min_size=1, max_size=6).map("\n".join) | st.text(max_size=300)


def check(generated: Generated, text: str) -> None:
    deck = generated.deck
    assert dumps_deck_data(generated.data) == dumps_deck(deck)  # the file `quizgen generate` writes is the model's
    assert [f for f in rules.check(deck) if f.severity == "error"] == []
    for card in deck.cards:
        src = card.source
        assert text[src.start : src.end] == src.sentence
        if card.type == "cloze":
            assert not cloze.problems(card.text)
            for d in cloze.deletions(card.text):
                # a gap that opens the card starts with a capital ('However, one in five' → '[One in five] ...')
                opens = d.start == 0 and d.text[:1].isupper()
                assert d.text in src.sentence or opens and d.text[:1].lower() + d.text[1:] in src.sentence
        elif card.type == "choice":
            assert card.answer in src.sentence
        elif card.type == "typed":  # a name may be asked in full when the sentence has its short form
            assert any(form in src.sentence for form in [card.answer, *card.accept])
        if card.type == "choice":
            assert len(set(card.choices)) == len(card.choices)
            assert card.answer in card.choices


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles)
@example("Tony Tony Tony.\nTony met Blair Blair Blair Blair.")
@example("Tony Tony Tony.\nfive Tony Tony Tony met Tony.")  # a gap opening the card is capitalised
def test_any_text_gives_a_valid_deck_or_a_clear_error(text):
    try:
        generated = generate_text(text, "article.txt")
    except GenerateError as exc:
        assert "article.txt" in str(exc) and "no facts found" in str(exc)
        return
    check(generated, text)
