"""Lemmas and inflections from lemminflect, without reading its whole look-up tables first.

lemminflect parses every line of its two tables (120,000 lines) on the first look-up, which takes
longer than generating a deck. Its tables are sorted by word, so here each is decompressed into a
list of lines and a word's lines are found by bisection and parsed, with lemminflect's own codecs,
when the word is first asked for. Everything else (overrides, capitals, rules for unknown words)
is lemminflect's. Another version of lemminflect is used as it comes.
"""

from __future__ import annotations

import gzip
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache
from typing import Any

TABLES_VERSION = "0.2.3"
"""The lemminflect release whose tables are known to be sorted by word (tests/unit check it)."""


def _word(line: str) -> str:
    return line[: line.find(",")]


class Table:
    """A lemminflect look-up table (`word,category,forms` lines, sorted by word) as a read-only mapping."""

    def __init__(self, path: str, entry: Callable[[list[str]], dict[str, Any]], fixed: dict[str, Any] | None = None):
        with open(path, "rb") as f:
            lines = gzip.decompress(f.read()).decode().split("\n")
        self._lines = lines[:-1] if lines and not lines[-1] else lines
        self._entry = entry
        self._fixed = fixed or {}
        self._parsed: dict[str, Any] = {}

    def lines(self, word: str) -> list[str]:
        """The lines of `word`, in file order."""
        i = bisect_left(self._lines, word, key=_word)
        found = []
        while i < len(self._lines) and _word(self._lines[i]) == word:
            found.append(self._lines[i])
            i += 1
        return found

    def get(self, word: str, default: Any = None) -> Any:
        if word in self._fixed:
            return self._fixed[word]
        if word not in self._parsed:
            lines = self.lines(word)
            self._parsed[word] = self._entry(lines) if lines else None
        found = self._parsed[word]
        return default if found is None else found

    def words(self) -> set[str]:
        """Every word with an entry (for tests: all of them are parsed here)."""
        return {_word(line) for line in self._lines} | set(self._fixed)


def lemma_entry(lines: list[str]) -> dict[str, Any]:
    """What lemminflect's LemmaLUCodec.load keeps for one word's lines: lemmas by part of speech."""
    from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec
    from lemminflect.core.LexicalUtils import categoryToUPos

    entry: dict[str, Any] = {}
    for line in lines:
        _, category, forms = LemmaLUCodec.fromString(line)
        entry.update({categoryToUPos(category): forms})
    return entry


def inflection_entry(lines: list[str]) -> dict[str, Any]:
    """What lemminflect's InflectionLUCodec.load keeps for one word's lines: forms by Penn tag."""
    from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec

    entry: dict[str, Any] = {}
    for line in lines:
        entry.update(InflectionLUCodec.fromString(line)[2])
    return entry


@lru_cache(maxsize=1)
def _lemmatizer() -> Any:
    import lemminflect
    from lemminflect import config
    from lemminflect.core.Lemmatizer import Lemmatizer

    if lemminflect.__version__ != TABLES_VERSION:
        return Lemmatizer()

    class Lazy(Lemmatizer):
        def _getLemmaDict(self) -> Table:
            if not hasattr(self, "lemma_dict"):
                self.lemma_dict = Table(config.lemma_lu_fn, lemma_entry)
            return self.lemma_dict

    return Lazy()


@lru_cache(maxsize=1)
def _inflections() -> Any:
    import lemminflect
    from lemminflect import config
    from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec
    from lemminflect.core.Inflections import Inflections

    if lemminflect.__version__ != TABLES_VERSION:
        return Inflections()

    class Lazy(Inflections):
        def _getInflDict(self) -> Table:
            if not hasattr(self, "infl_dict"):
                fixed = InflectionLUCodec.updateForAuxMod({})  # modals and 'be', as lemminflect sets them
                self.infl_dict = Table(config.inflection_lu_fn, inflection_entry, fixed)
            return self.infl_dict

    return Lazy()


def get_lemma(word: str, upos: str) -> tuple[str, ...]:
    """lemminflect.getLemma: the lemmas of `word` as a `upos` part of speech ('NOUN', 'VERB')."""
    return tuple(_lemmatizer().getLemma(word, upos))


def get_inflection(lemma: str, tag: str) -> tuple[str, ...]:
    """lemminflect.getInflection: the forms of `lemma` for the Penn tag `tag` ('VBZ')."""
    return tuple(_inflections().getInflection(lemma, tag))
