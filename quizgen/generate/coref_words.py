"""What a reference rule of `coref` looks at (a `Word` of the sentence) and what it decides (a `Verdict`), with
the helpers the rules share to write a replacement."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from quizgen.generate.edits import Edit
from quizgen.generate.index import Analysed, ArticleIndex
from quizgen.generate.tokens import Token


@dataclass(frozen=True)
class Word:
    """One word of the sentence being resolved, with what the rules look at around it."""

    index: ArticleIndex
    number: int
    """The sentence's number in the article."""
    i: int
    """The word's position among the sentence's tokens."""
    quoted: bool
    """The sentence is a quotation whose speaker is known."""
    framed: bool
    """The sentence opens with a reporting frame ("It said"), resolved before the words."""

    @cached_property
    def row(self) -> Analysed:
        return self.index.sentences[self.number]

    @cached_property
    def tokens(self) -> list[Token]:
        return self.row.tokens

    @cached_property
    def text(self) -> str:
        """The whole sentence."""
        return self.row.sentence.text

    @cached_property
    def tok(self) -> Token:
        return self.tokens[self.i]

    @cached_property
    def low(self) -> str:
        return self.tok.text.lower()

    @cached_property
    def next_low(self) -> str:
        """The next word in lower case, or '' at the end of the sentence."""
        return self.tokens[self.i + 1].text.lower() if self.i + 1 < len(self.tokens) else ""

    @cached_property
    def before_noun(self) -> bool:
        """A noun follows within three words, past adjectives, numbers and participles."""
        return before_noun(self.tokens, self.i)


@dataclass(frozen=True)
class Verdict:
    """What a rule decides about a word: it stands as written, a span is replaced, or the sentence cannot stand
    alone."""

    edit: Edit | None = None
    problem: str | None = None
    back: tuple[str, ...] | None = None
    """For a problem: the reference points back, naming this head noun (or () for a pronoun), so the sentence
    before may hold what it means."""


STANDS = Verdict()
"""The word needs nothing: it refers to nothing outside the sentence, or it is resolved already."""


def unresolved(problem: str, back: tuple[str, ...] | None = None) -> Verdict:
    return Verdict(problem=problem, back=back)


def replaced(start: int, end: int, text: str) -> Verdict:
    return Verdict(edit=(start, end, text))


def apostrophe(index: ArticleIndex) -> str:
    """The article's own apostrophe for a possessive it gains."""
    return "’" if any("’" in row.sentence.text for row in index.sentences) else "'"


def before_noun(tokens: list[Token], i: int) -> bool:
    for tok in tokens[i + 1 : i + 4]:
        if tok.tag.startswith("NN"):
            return True
        if not tok.tag.startswith("JJ") and tok.tag not in ("CD", "VBN", "VBG", '"'):
            return False
    return False


def has_noun(tokens: list[Token], plural: bool) -> bool:
    """An earlier noun the pronoun can refer to: a plural one for 'they', a thing for 'it'."""
    if plural:
        return any(t.tag in ("NNS", "NNPS") or t.text.lower() in ("and", "government", "party") for t in tokens)
    return any(t.tag in ("NN", "NNP") for t in tokens)


def cased(phrase: str, first: bool) -> str:
    """A phrase from another sentence, cased for where it goes: capitalised to open the sentence (`first`),
    else with a capitalised article ("The", "A", "An") lowered; names keep their capitals."""
    if first:
        return phrase[:1].upper() + phrase[1:]
    if phrase.startswith(("The ", "A ", "An ")):
        return phrase[:1].lower() + phrase[1:]
    return phrase
