"""The article's subject, named by its title, and the words that refer to it in expository text.

In an article titled "Fresno, California", "the city" is Fresno; in "Apollo program", "the program"
is the Apollo program; and a sentence that opens with "It" right after a sentence about the subject
speaks of the subject too. A card must name what it asks about, so these references are replaced
by the subject's name (`coref` applies the replacement).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from quizgen.generate.frequency import zipf
from quizgen.generate.tokens import Token, tag

COMMON = 4.0
"""How frequent both halves of a closed compound are ('rain', 'forest'), so that the split is certain."""

_PLACE_TITLE = re.compile(r"^([A-Z][\w .'’-]+?),\s+[A-Z][\w .'’-]+$")
_BRACKETED = re.compile(r"\s*\([^)]*\)\s*$")
_BE = frozenset(("is", "was"))
_SELF_NAMING = frozenset(("name", "term", "word"))
_SMALL = frozenset(("of", "on", "upon", "and", "the", "for", "in", "de", "von", "van"))


@dataclass(frozen=True)
class Subject:
    """What the article is about: its name, and the common nouns that refer to it ('city', 'program')."""

    name: str
    nouns: frozenset[str]

    @property
    def phrase(self) -> str:
        """The name as a sentence uses it: 'the Apollo program', 'Fresno'."""
        return f"the {self.name}" if self.name.split()[-1].islower() else self.name

    @property
    def people(self) -> str | None:
        """The subject as a people or a group of them, when its name is one ('Huguenot' → 'Huguenots',
        'Normans'): a capitalised single word. None for anything else."""
        if " " in self.name or not self.name[:1].isupper() or not self.name.isalpha():
            return None
        return self.name if self.name.endswith("s") else self.name + "s"

    def starts(self, tokens: list[Token]) -> bool:
        """Whether a sentence opens with the subject: its name, or 'The <noun>', or 'It'; or names it as
        the name it speaks of ('The name oxygen was coined ...')."""
        words = self.name.split()
        opening = [t.text for t in tokens[: len(words)]]
        if opening == words or [t.text for t in tokens[1 : len(words) + 1]] == words:
            return True
        if len(tokens) > 2 and tokens[0].text == "The" and tokens[1].text in _SELF_NAMING:
            named = [t.text.lower() for t in tokens[2 : len(words) + 2]]
            if named == [w.lower() for w in words]:
                return True
        if len(tokens) > 1 and tokens[0].text == "The" and tokens[1].text.lower() in self.nouns:
            return True
        return bool(tokens) and tokens[0].text == "It"


def find_subject(title: str, first_tokens: list[list[Token]]) -> Subject | None:
    """The subject named by `title`, with the nouns that refer to it: the title's own head noun ('Apollo
    program'), 'city' for a 'Place, Region' title, and the noun a sentence defines it as ('X is a port')."""
    name = _BRACKETED.sub("", title).strip()
    nouns: set[str] = set()
    place = _PLACE_TITLE.match(name)
    if place and all(w[:1].isupper() or w in _SMALL for w in place.group(1).split()):  # not 'Protect staff, TUC says'
        name = place.group(1)
        nouns.add("city")
    words = name.split()
    if not words or len(words) > 6 or not all(w[:1].isupper() or w in _SMALL for w in words[:-1]):
        return None  # a headline that tells a story, not a name: "Central Asia watches the race"
    if not words[-1][:1].isupper() and not words[-1].isalpha():
        return None
    if len(words) > 1 and words[-1].islower() and words[-1].isalpha() and not words[-1].endswith("s"):
        nouns.add(words[-1])
        nouns.update(_compound_head(words[-1]))
    for tokens in first_tokens:
        nouns.update(_defined_as(name, tokens))
    return Subject(name, frozenset(nouns))


def _compound_head(word: str) -> set[str]:
    """'rainforest' → {'forest'}: the last word of a closed compound names the subject too ('the forest')."""
    for cut in range(2, len(word) - 4):
        first, last = word[:cut], word[cut:]
        if zipf(first) >= COMMON and zipf(last) >= COMMON:
            return {last}
    return set()


def _defined_as(name: str, tokens: list[Token]) -> set[str]:
    """'Fresno is a city in ...' → {'city'}: the head noun after 'is a' or 'was the', the name as subject."""
    words = name.split()
    if [t.text for t in tokens[: len(words)]] != words or len(tokens) <= len(words) + 2:
        return set()
    verb = tokens[len(words)]
    if verb.text not in _BE or tokens[len(words) + 1].text.lower() not in ("a", "an", "the"):
        return set()
    head = None
    for tok in tokens[len(words) + 2 : len(words) + 7]:
        if tok.tag in ("NN",) and tok.text.isalpha() and tok.text.islower():
            head = tok.text
        elif tok.tag not in ("JJ", "JJS", "RBS", "VBN", "NN"):
            break
    return {head} if head else set()


REPEATED = 5
"""A word of a headline named in at least this many sentences is what the article is about ('council tax' in
'Parties' plans for council tax'), though it stands after the headline's verb."""
_OF = frozenset(("of", "on", "upon", "for", "in", "de", "von", "van"))


def name_head(name: str) -> frozenset[str]:
    """The lower-case words of a subject's name before its first preposition: 'Newcastle upon Tyne' →
    {'newcastle'}, 'Intergovernmental Panel on Climate Change' → {'intergovernmental', 'panel'}."""
    head: list[str] = []
    for word in name.split():
        if word in _OF:
            break
        head.extend(re.findall(r"[a-z0-9]+", word.casefold()))  # "Trajan's" → 'trajan', 's'
    return frozenset(head)


@lru_cache(maxsize=64)
def headline_subject(title: str) -> frozenset[str]:
    """The lower-case words of a headline before its verb, in each of its comma parts: 'Souness eyes summer move
    for Owen' → {'souness'}, 'Protect whistleblowers, TUC says' → {'tuc'}. What follows the verb (its object, a
    preposition's noun) is a detail of the story, not its subject."""
    words: set[str] = set()
    for part in re.split(r"[,:;]", title):
        tokens = tag(part)
        for k, token in enumerate(tokens):
            if token.tag.startswith(("VB", "MD", "TO", "IN", "CD")) or _headline_verb(tokens, k):
                break
            words.update(re.findall(r"[a-z0-9]+", token.text.casefold()))
    return frozenset(words)


def _headline_verb(tokens: list[Token], k: int) -> bool:
    """'Souness [eyes] summer move', 'BP [surges] ahead': a lower-case word in -s after a noun, followed by more
    words, is the headline's verb though a tagger reads a plural noun."""
    word = tokens[k]
    return 0 < k < len(tokens) - 1 and word.tag == "NNS" and word.text.islower() and tokens[k - 1].tag.startswith("NN")
