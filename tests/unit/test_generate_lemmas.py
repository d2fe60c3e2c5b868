"""Lemmas and inflections looked up word by word are lemminflect's, for every word of its tables."""

import lemminflect
import pytest
from lemminflect import config
from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec
from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec

from quizgen.generate.lemmas import TABLES_VERSION, Table, get_inflection, get_lemma, inflection_entry, lemma_entry

lazy_tables = pytest.mark.skipif(
    lemminflect.__version__ != TABLES_VERSION, reason=f"lemminflect {lemminflect.__version__} is read as it comes"
)


@lazy_tables
def test_the_lemma_table_has_every_entry_of_lemminflect() -> None:
    eager = LemmaLUCodec.load(config.lemma_lu_fn)
    lazy = Table(config.lemma_lu_fn, lemma_entry)
    assert lazy.words() == set(eager)
    assert all(lazy.get(word) == entry for word, entry in eager.items())
    assert lazy.get("no-such-wordx", {}) == {}


@lazy_tables
def test_the_inflection_table_has_every_entry_of_lemminflect() -> None:
    eager = InflectionLUCodec.load(config.inflection_lu_fn)
    lazy = Table(config.inflection_lu_fn, inflection_entry, InflectionLUCodec.updateForAuxMod({}))
    assert lazy.words() == set(eager)
    assert all(lazy.get(word) == entry for word, entry in eager.items())
    assert lazy.get("be") == eager["be"] and lazy.get("no-such-wordx") is None


WORDS = ["houses", "leaders", "presidents", "data", "criteria", "elections", "Tokayev", "tokayev", "xqzzles", "men"]
VERBS = ["said", "went", "met", "won", "is", "are", "has", "campaigned", "flibbered", "can", "run", "carry"]


@pytest.mark.parametrize("word", WORDS + VERBS)
def test_lemmas_and_inflections_are_lemminflects(word: str) -> None:
    for upos in ("NOUN", "VERB"):
        assert get_lemma(word.lower(), upos) == tuple(lemminflect.getLemma(word.lower(), upos=upos))
    for tag in ("VBZ", "VBD", "NNS"):
        assert get_inflection(word.lower(), tag) == tuple(lemminflect.getInflection(word.lower(), tag=tag))
