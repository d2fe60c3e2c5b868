"""Lemmas and third person forms are lemminflect's: for the words of its dictionary and for unknown words.

lemminflect (a test dependency, pinned to the release the data was built from) is asked the same
questions: every word of its tables, and a sample of wordfreq's English list for its rules for
unknown words.
"""

import itertools

import pytest

from quizgen.generate import lemmas
from quizgen.generate.lemmas import get_inflection, get_lemma

lemminflect = pytest.importorskip("lemminflect")

ODD = [
    "Houses",
    "HOUSES",
    "Tokayev",
    "tokayev",
    "xqzzles",
    "flibbered",
    "U.S.",
    "u.s.",
    "C5+1",
    "2023",
    "naïve",
    "o'neill",
]


def dictionary_words() -> list[str]:
    from lemminflect import config
    from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec
    from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec

    words = set(LemmaLUCodec.load(config.lemma_lu_fn)) | set(InflectionLUCodec.load(config.inflection_lu_fn))
    return sorted(words)


def test_the_data_was_built_from_this_lemminflect() -> None:
    assert lemminflect.__version__ == "0.2.3"
    text, start = lemmas._table()
    words = [line.split("\t")[0] for line in text[start:].splitlines()]
    assert words == sorted(set(words)) and len(words) > 50_000
    assert lemmas._row(words[0]) is not None and lemmas._row(words[-1]) is not None
    assert lemmas._row("") is None and lemmas._row("zzzzzz") is None and lemmas._row("!") is None


@pytest.mark.parametrize("step", [25, pytest.param(1, marks=pytest.mark.slow, id="all")])
def test_the_words_of_the_dictionary_are_lemminflects(step: int) -> None:
    for word in dictionary_words()[::step]:
        for upos in ("NOUN", "VERB"):
            assert get_lemma(word, upos) == tuple(lemminflect.getLemma(word, upos=upos)), (word, upos)
        assert get_inflection(word, "VBZ") == tuple(lemminflect.getInflection(word, tag="VBZ")), word


@pytest.mark.parametrize("word", ODD)
def test_odd_words_are_lemminflects(word: str) -> None:
    for upos in ("NOUN", "VERB"):
        assert get_lemma(word, upos) == tuple(lemminflect.getLemma(word, upos=upos))
    assert get_inflection(word, "VBZ") == tuple(lemminflect.getInflection(word, tag="VBZ"))


@pytest.mark.parametrize("step", [301, pytest.param(11, marks=pytest.mark.slow, id="many")])
def test_unknown_words_follow_lemminflects_rules(step: int) -> None:
    from wordfreq import get_frequency_list

    words = list(itertools.chain.from_iterable(get_frequency_list("en")))[::step]
    unknown = [w for w in words if lemmas._row(w.lower()) is None]
    assert len(unknown) > 300
    for word in unknown:
        for upos in ("NOUN", "VERB"):
            assert get_lemma(word, upos) == tuple(lemminflect.getLemma(word, upos=upos)), (word, upos)
        assert get_inflection(word, "VBZ") == tuple(lemminflect.getInflection(word, tag="VBZ")), word


def test_only_the_third_person_is_known() -> None:
    with pytest.raises(ValueError):
        get_inflection("run", "VBD")
