"""Speakers of quotations: their own attribution, or the speaker of the quotation they continue."""

from quizgen.generate.candidates import plan_sentence
from quizgen.generate.coref import resolve
from quizgen.generate.index import analyse
from quizgen.generate.quotes import attribution, continued_speaker, framed, inside_quotation
from quizgen.generate.split import split_article
from quizgen.generate.text import article_from_text

QANTAS = (
    '"We are totally committed to continuing to grow jobs in Australia," Mr Dixon said. '
    '"We are, however, operating in a global market with 35,000 staff in Sydney."\n\n'
    '"It is pretty odd," the report said. "Margins fell by 5% in Germany last year."\n'
)


def index_of(text: str):
    sentences, _ = split_article(article_from_text(text))
    return analyse(sentences)


def test_a_trailing_attribution_names_the_speaker():
    assert attribution('"Cairn refutes the position," Mr Gammell said.') == "Mr Gammell"
    assert attribution('"No end is in sight," said Carsten Fritsch, a strategist at Commerzbank.') == "Carsten Fritsch"
    assert attribution('"The profits are up," he said.') == "he"


def test_vague_or_garbled_attributions_name_nobody():
    assert attribution('"Africa is part of a trend," the report said.') is None
    assert attribution('"We will win," said Stop Stansted Expansion chairman Peter Sanders said.') is None
    assert attribution("Mr Gammell said the tax was unfair.") is None


def test_a_bare_quotation_continues_the_previous_speaker():
    index = index_of(QANTAS)
    assert continued_speaker(index, 1) == "Mr Dixon"
    assert continued_speaker(index, 3) is None  # "the report" is no speaker to name


def test_a_continued_quotation_is_asked_with_its_speaker():
    index = index_of(QANTAS)
    plan = plan_sentence(index, 1)
    assert plan.skip is None and plan.facts
    assert all(f.text.startswith('Mr Dixon said: "We are, however,') for f in plan.facts)
    assert "Mr Dixon" not in {f.answer for f in plan.facts}
    assert plan_sentence(index, 3).skip == "a quotation without its speaker"


def test_first_person_inside_a_framed_quotation_is_the_speaker():
    index = index_of(
        'Michael Howard spoke in London.\n\nHe went on to say: "If we lose, we will vote against it in 2005."\n'
    )
    assert framed(index.sentences[1].sentence.text)
    assert resolve(index, 1).problem == "'we' is a speaker not named in the sentence"
    assert resolve(index, 1, quoted=True).edits == [(0, 2, "Michael Howard")]


def test_a_cleft_it_points_to_nothing():
    index = index_of("Labour met in London.\n\nBut it was Mr Milburn who took centre stage at the rally in 2005.\n")
    assert resolve(index, 1).problem is None


def test_concepts_inside_a_quotation_are_not_blanked_unless_quoted_alone():
    text = 'He said: "the Home Secretary is able to impose house detention" on "control orders".'
    start = text.index("house detention")
    assert inside_quotation(text, start, start + len("house detention"))
    start = text.index("control orders")
    assert not inside_quotation(text, start, start + len("control orders"))


def test_a_person_described_not_named_points_to_another_sentence():
    index = index_of(
        "Souness wants Owen.\n\nThe former Rangers and Liverpool boss is also looking to sign players in 2005.\n\n"
        "Two were dressed as Regency dandies at the 2005 launch in London.\n\n"
        "The former Rangers boss Graeme Souness signed Owen in 2005.\n"
    )
    assert "describes someone" in (resolve(index, 1).problem or "")
    assert "counts" in (resolve(index, 2).problem or "")
    assert resolve(index, 3).problem is None


def test_a_resolved_pronoun_that_repeats_the_answer_leaves_it_unasked():
    index = index_of(
        "Gordon Brown spoke in London in 2005.\n\nThanks for dropping by Gordon, he might have said in 2005.\n"
    )
    plan = plan_sentence(index, 1)
    assert "Gordon" not in {f.mention.text for f in plan.facts}


def test_a_speaker_described_by_a_lowercase_job_before_the_name_is_named():
    text = '"Laura Ashley is a bit of a shrivelled husk of a company," said retail analyst Nick Bubb of Evolution Securities.'
    assert attribution(text) == "retail analyst Nick Bubb of Evolution Securities"
    assert attribution('"Developing countries are catching up," the report said.') is None
