"""Lemmas and third person forms of English words, as lemminflect 0.2.3 gives them, without lemminflect.

lemminflect needs numpy (71 MB installed) for one small network, and reads all 120,000 lines of
its tables on the first look-up. What the generator asks of it is here instead: the words of its
dictionary are in data/lemmas.tsv (sorted, so a word's line is found by bisection and nothing
is parsed ahead), and a word not there goes through lemminflect's rules for unknown words: the
network of data/lemma-model.json picks the suffix rule that makes a lemma of it, and a verb's
third person is made by the regular spelling rules. data/README.md says how the files were made;
tests/unit/test_generate_lemmas.py compares the results with lemminflect's.
"""

from __future__ import annotations

import base64
import json
import re
import sys
from array import array
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"
COLUMNS = {"NOUN": 1, "VERB": 2}
"""The column of data/lemmas.tsv with a word's lemmas as this part of speech; column 3 is its third person."""
CATEGORY = {"NOUN": 0, "VERB": 1}
"""The network's input for the part of speech (lemminflect's ModelLemmaInData.wordToVec)."""


@lru_cache(maxsize=1)
def _table() -> tuple[str, int]:
    """The text of data/lemmas.tsv, and where its first line after the header starts."""
    text = (DATA / "lemmas.tsv").read_text(encoding="utf-8")
    start = 0
    while text.startswith("#", start):
        start = text.index("\n", start) + 1
    return text, start


@lru_cache(maxsize=4096)
def _row(word: str) -> list[str] | None:
    """The fields of `word`'s line, or None when lemminflect's dictionary does not have the word.

    The lines are sorted by word: a bisection over the text, each step on the line around its middle.
    """
    text, lo = _table()
    hi = len(text)
    while lo < hi:  # lo and hi are starts of lines: those before lo have smaller words, those from hi on not
        start = text.rfind("\n", 0, (lo + hi) // 2) + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start : text.find("\t", start, end)] < word:
            lo = end + 1
        else:
            hi = start
    end = text.find("\n", lo)
    fields = text[lo : len(text) if end < 0 else end].split("\t")
    return fields if fields[0] == word else None


def lemma_row(word: str) -> list[str] | None:
    """The fields of `word`'s line (the word, then its lemmas by `COLUMNS`), or None when the dictionary has not
    the word (lowercase)."""
    return _row(word)


def known(word: str) -> bool:
    """Whether lemminflect's dictionary has `word` (lowercase), as a noun or a verb, in any of their forms."""
    return _row(word) is not None


def _caps_style(word: str) -> str:
    if word.isupper():
        return "all_upper"
    if word and word[0].isupper():
        return "first_upper"
    return "lower"


def _with_caps(word: str, style: str) -> str:
    if style == "all_upper":
        return word.upper()
    if style == "first_upper":
        return word.capitalize()
    return word.lower()


def _forms(field: str, style: str) -> tuple[str, ...]:
    return tuple(_with_caps(form, style) for form in field.split("/"))


@lru_cache(maxsize=1)
def _model() -> tuple[list[str], list[list[float]], list[float], list[list[float]], list[float]]:
    """The rules, and the weights of the two dense layers (relu, then softmax) of the lemma network."""
    data = json.loads((DATA / "lemma-model.json").read_text(encoding="utf-8"))
    flat: list[list[float]] = []
    for weight in data["weights"]:
        values = array("f")
        values.frombytes(base64.b64decode(weight["float32"]))
        if sys.byteorder != "little":
            values.byteswap()
        flat.append(values.tolist())
    (w1, b1, w2, b2), (shape1, _, shape2, _) = flat, [weight["shape"] for weight in data["weights"]]
    return data["rules"], _rows(w1, shape1[1]), b1, _rows(w2, shape2[1]), b2


def _rows(values: list[float], width: int) -> list[list[float]]:
    return [values[i : i + width] for i in range(0, len(values), width)]


def _rule_lemma(word: str, upos: str) -> str:
    """lemminflect's LemmatizerRules.lemmatize: the network's rule for the word's last letters, applied."""
    rules, w1, b1, w2, b2 = _model()
    letters = 28  # '<>', '<oov>', then a to z
    inputs = [CATEGORY[upos]]
    for i, letter in enumerate(word.lower()[::-1][:8]):
        code = ord(letter)
        inputs.append((i + 1) * letters + (code - 95 if 97 <= code <= 122 else 1))
    hidden = list(b1)
    for i in inputs:
        hidden = [h + w for h, w in zip(hidden, w1[i], strict=True)]
    out = list(b2)
    for h, row in zip(hidden, w2, strict=True):
        if h > 0:  # relu
            out = [o + h * w for o, w in zip(out, row, strict=True)]
    best = out.index(max(out))  # the softmax keeps the order: its first largest output
    remove, add, doubled = rules[best].split(",")
    lemma = word[: -len(remove)] if remove else word
    lemma += add
    return lemma[:-1] if doubled == "True" else lemma


def get_lemma(word: str, upos: str) -> tuple[str, ...]:
    """lemminflect.getLemma(word, upos): the lemmas of `word` as a noun ('NOUN') or a verb ('VERB')."""
    style = _caps_style(word)
    row = _row(word.lower())
    if row is not None and row[COLUMNS[upos]]:
        return _forms(row[COLUMNS[upos]], style)
    return (_with_caps(_rule_lemma(word, upos), style),)


def _regular_third_person(verb: str) -> str:
    """lemminflect's InflectionRules.buildRegVerb(verb)[0]: 'watches', 'ties', 'agrees', 'carries', 'makes'."""
    base = verb.lower()
    if re.search(r"(?:[szx]|ch|sh)$", base):
        return base + "es"
    if re.search(r"ie$", base) or re.search(r"(ee|oe|ye)$", base):
        return base + "s"
    if re.search(r"(?:[^aeiou])y$", base):
        return base[:-1] + "ies"
    if re.search(r"(?:[^iyeo])e$", base):
        return base[:-1] + "es"
    return base + "s"


@lru_cache(maxsize=8192)
def first_lemma(word: str, upos: str = "NOUN") -> str:
    """The word's first lemma as `upos` ('deployments' → 'deployment'), or the word itself when it has none."""
    lemmas = get_lemma(word, upos)
    return lemmas[0] if lemmas else word


def get_inflection(lemma: str, tag: str) -> tuple[str, ...]:
    """lemminflect.getInflection(lemma, tag) for tag 'VBZ': the third person singular of a verb."""
    if tag != "VBZ":
        raise ValueError(f"only the third person singular (VBZ) is known here, not {tag}")
    style = _caps_style(lemma)
    row = _row(lemma.lower())
    if row is not None and row[3]:
        return _forms(row[3], style)
    return (_with_caps(_regular_third_person(lemma), style),)
