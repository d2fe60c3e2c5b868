"""Split an article's kept lines into sentences with exact character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

import syntok.segmenter as segmenter

from quizgen.generate.boilerplate import Paragraph, paragraphs
from quizgen.generate.frequency import zipf
from quizgen.generate.text import Article


@dataclass(frozen=True)
class Sentence:
    """One sentence: its plain text and where it is in the plain text and in the article."""

    number: int
    """Position among the article's sentences, from 0."""
    text: str
    """The sentence in plain text (Markdown removed)."""
    start: int
    """Plain-text offset of the first character."""
    end: int
    """Plain-text offset just past the last character."""
    paragraph: int
    """Number of the line the sentence is on."""


# Boundaries the segmenter misses: a decimal number ending a sentence ("size was 3.07. There"), a lone capital
# letter after a lowercase noun ("hypothesis H. Brocard's"), which is not an initial, and a sentence that ends
# inside its bracket ("on a separate Saturn IB.) The Block II crew").
_MISSED_BREAK = re.compile(r"(?:(?:\d\.\d+|\b(?P<word>[a-z]{3,}) [A-Z])\.|\w\.\))(?P<gap>\s+)(?=[A-Z][a-z])")
# Words after which a lone capital is a person's initial ("by J. Smith").
_BEFORE_INITIAL = frozenset(
    "and but for from with the said says wrote writes according told than into onto upon under over".split()
)


# A title cut off by the segmenter ("Lt." | "Col. Smith"): the sentence goes on after it.
_TITLE_END = re.compile(
    r"(?:^|\s)(?:Lt|Col|Gen|Capt|Sgt|Maj|Cpl|Adm|Cmdr|Brig|Gov|Sen|Rep|Rev|Fr|Dr|Prof|St|Mt|Ft|Hon|Supt|Insp)\.$"
)


_UNENDED = re.compile(r"(?:\w|(?<![.!?…])\))$")
"""A span ending in a word or a bracket: the segmenter cut it short, no sentence ends so."""
_INITIAL_END = re.compile(r"(?:^|\s)[A-Z]\.$")
_INITIAL_START = re.compile(r"[A-Z]\.\s+[A-Z]")


def initial_before_name(text: str, gap_end: int) -> bool:
    """'millionaire M. Theo Kearney': an initial before a name of two capitalised words, the first of them not
    a common word, is part of the name, not the end of a sentence."""
    name = re.match(r"([A-Z][a-z]+)\s+[A-Z][a-z]", text[gap_end:])
    return bool(name and zipf(name.group(1).lower()) < 4.0)


def _missed_breaks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span split again where the segmenter missed a sentence boundary."""
    pieces = []
    for found in _MISSED_BREAK.finditer(text, start, end):
        if found.group("word") in _BEFORE_INITIAL or (found.group("word") and initial_before_name(text, found.end())):
            continue
        pieces.append((start, found.start("gap")))
        start = found.end("gap")
    pieces.append((start, end))
    return pieces


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Start and end offsets of the sentences of one paragraph of text."""
    spans = []
    for para in segmenter.analyze(text):
        for sentence in para:
            if not sentence:
                continue
            last = sentence[-1]
            spans.extend(_missed_breaks(text, sentence[0].offset, last.offset + len(last.value)))
    return _rejoin_titles(text, spans)


def _rejoin_titles(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans joined again where one ends with a title ('Lt.') and the next opens with a name, not a common
    word ('Col. Smith', not 'Then'), or where one ends with an initial and the next opens with another
    ('such theorists as J.' | 'A. Hobson'), or where one ends with no full stop at all, cut inside a name
    ('the Mental Health (Care and Treatment) (Scotland)' | 'Act 2003.')."""
    joined: list[tuple[int, int]] = []
    for a, b in spans:
        word = re.match(r"[A-Z][a-z]*", text[a:b])
        before = text[joined[-1][0] : joined[-1][1]] if joined else ""
        titled = word and _TITLE_END.search(before) and zipf(word[0].lower()) < 5
        initials = _INITIAL_END.search(before) and _INITIAL_START.match(text, a)
        unended = bool(before) and _UNENDED.search(before) is not None  # '... (Scotland)' | 'Act 2003.'
        if joined and (titled or initials or unended):
            joined[-1] = (joined[-1][0], b)
        else:
            joined.append((a, b))
    return joined


def split_article(article: Article) -> tuple[list[Sentence], list[Paragraph]]:
    """The sentences of the article's fact-bearing lines, and every line's classification."""
    lines = paragraphs(article.plain, article.headings)
    sentences: list[Sentence] = []
    for number, para in enumerate(lines):
        if para.skip:
            continue
        chunk = article.plain[para.start : para.end]
        for a, b in sentence_spans(chunk):
            sentences.append(Sentence(len(sentences), chunk[a:b], para.start + a, para.start + b, number))
    return sentences, lines
