"""Short names: 'the Market' for the Grainger Market, 'the White Paper' for the government's aviation White Paper.

An article names a thing in full once and then by the last words of its name, capitalised as a name but
made of common words. On a card of its own the short name says nothing: `full_name` finds the one full
name an earlier sentence gives, so `coref` can write it out; `shortened` finds a short name whose full
form the card does not show, so `unnamed_gates.short_name` can drop the card when no full name is certain.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.generate.frequency import zipf

if TYPE_CHECKING:
    from quizgen.generate.index import ArticleIndex
    from quizgen.generate.tokens import Token

COMMON = 4.0
"""How frequent a capitalised word must be in lower case to be a common word ('market', 'paper')."""
_MAX_WORDS = 2
_NOT_SHORT = frozenset("government state church crown queen king pope army navy web internet".split())
"""Words that stand alone as the name of one institution everyone knows ('the Government')."""
_FUNCTION = frozenset("the a an this that its their his her in on at by from of for with under after before".split())


def shortened(tokens: list[Token], i: int) -> int | None:
    """The end (exclusive token index) of a short name after the 'the' at `i`: one or two capitalised common
    words, not followed by another capitalised word ('the Market is ...'); None when there is none."""
    if tokens[i].text.lower() != "the" or i + 1 >= len(tokens):
        return None
    k = i + 1
    while k < len(tokens) and k - i <= _MAX_WORDS and tokens[k].tag == "NNP" and _common_capital(tokens[k].text):
        k += 1
    if k == i + 1 or (k < len(tokens) and tokens[k].capitalised and tokens[k].text.isalpha()):
        return None
    if k < len(tokens) and tokens[k].text == "of":
        return None  # 'the University of Newcastle', 'the University of the Year award': a full name
    if any(t.text.lower() in _NOT_SHORT for t in tokens[i + 1 : k]):
        return None
    return k


def longer_forms(index: ArticleIndex, number: int, words: str) -> set[str]:
    """The words before `words` in the earlier sentences that write it after another word ('Grainger' of
    'Grainger Market', "government's" of "the government's White Paper"), each with `words`; none when
    the article says 'the <words>' before it says the longer form."""
    found: set[str] = set()
    pattern = re.compile(rf"\b((?:[A-Z][\w'’-]*\s+(?:(?:and|of|upon|on|de)\s+)?)*)([\w'’-]+)\s+{re.escape(words)}\b")
    alone = re.compile(rf"\b[Tt]he\s+{re.escape(words)}\b(?!\s+[A-Z])")
    for row in index.sentences[:number]:
        if alone.search(row.sentence.text):
            break  # 'the Doctor' before 'the Ninth Doctor': a name of its own, not a short one
        for m in pattern.finditer(row.sentence.text):
            before = m.group(2)
            if not (before[:1].isupper() or before.endswith(("'s", "’s"))) or before.lower() in _FUNCTION:
                continue  # 'contiguous United States', 'from Norman Italy': not a fuller name
            lead = re.sub(r"^(?:The|A|An)\s+", "", m.group(1))
            found.add(f"{lead}{before} {words}" if before[:1].isupper() else before)
    return found


def full_name(index: ArticleIndex, number: int, words: str) -> str | None:
    """The one full name, all capitalised, an earlier sentence gives the short name `words` ('Grainger
    Market' for 'Market'); None when there is none or more than one."""
    forms = longer_forms(index, number, words)
    names = {f for f in forms if f.endswith(words) and f != words}
    if len(names) != 1 or len(forms) != 1:
        return None
    return names.pop()


def _common_capital(word: str) -> bool:
    """A capitalised word that is a common word in lower case: 'Market', 'Paper'."""
    return word[:1].isupper() and word[1:].islower() and word.isalpha() and zipf(word.lower()) >= COMMON
