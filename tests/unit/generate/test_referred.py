"""A reference gate's verdict carries the reference it found, read back by the retry with context."""

from __future__ import annotations

from quizgen.generate import cards as build
from quizgen.generate.candidates import plan_article
from quizgen.generate.gates import Candidate
from quizgen.generate.index import analyse
from quizgen.generate.reference_gates import anaphoric_definite, unnamed_reference_in_stem
from quizgen.generate.referred import Referred, referred_in
from quizgen.generate.split import split_article
from quizgen.generate.text import article_from_text


def test_the_phrase_gives_its_words_and_head_noun() -> None:
    assert Referred("the assistance offer").words == ("assistance", "offer")
    assert Referred("the assistance offer").head == "offer"
    assert Referred("That idea").head == "idea"
    assert Referred("the Bill").head is None  # a name: no common noun to look for
    assert Referred("its").words == ()


def test_a_reason_reads_back_as_the_reference_it_quotes() -> None:
    found = Referred("the new service")
    reason = f"unnamed_reference_in_stem: {found.quoted} is not named on the card"
    assert referred_in(reason) == found
    assert referred_in("name_misspelt: 'United Nation' is a misspelt name") is None


def test_the_gates_write_the_reference_they_found() -> None:
    text = (
        "Dock workers walked out in a strike over pay at three ports on Tuesday.\n\n"
        "Shipping firms said deliveries were delayed across the country.\n\n"
        "The strike cost shippers about 3 million euros in lost deliveries.\n"
    )
    sentences, _ = split_article(article_from_text(text))
    index = analyse(sentences)
    fact = next(f for p in plan_article(index) for f in p.facts if f.mention.text.startswith("3 million"))
    card = build.cloze(fact)
    assert card is not None
    candidate = Candidate(card, fact, index)
    reasons = [r for r in (unnamed_reference_in_stem(candidate), anaphoric_definite(candidate)) if r]
    assert reasons
    for reason in reasons:
        referred = referred_in(reason)
        assert referred is not None and referred.head == "strike"
        assert reason.startswith(referred.quoted)
