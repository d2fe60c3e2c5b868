"""Common nouns the article has named once in full: 'the bill' after the Anti-Terrorism Bill, 'the conflict' after
the war in Ukraine. A rule of `coref` writes the name out only when the article gives exactly one and says the
noun nowhere before it, so the noun cannot mean another thing."""

from __future__ import annotations

import re

from quizgen.generate.coref_words import Verdict, Word, cased, replaced
from quizgen.generate.index import ArticleIndex
from quizgen.generate.shorthand import full_name
from quizgen.generate.thing_pronouns import COMPANY_HEADS

_OWN_RULES = frozenset(("party", "year", "time", "day", "week", "month"))
"""Heads another rule decides ('the party': the one party named just before) or the time of the article."""


def named_in_full(w: Word) -> Verdict | None:
    """'the bill' after a sentence that names the Anti-Terrorism Bill, and no other bill: a common noun the
    article has written out once as the last word of a name, so that name is what it means."""
    tokens, i = w.tokens, w.i
    if w.low != "the" or i + 1 >= len(tokens) or tokens[i + 1].tag != "NN":
        return None
    noun = tokens[i + 1].text
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if not (noun.isalpha() and noun.islower()) or noun in COMPANY_HEADS | _OWN_RULES:
        return None
    if after is not None and (after.tag.startswith("NN") or after.text.lower() in ("of", "'s", "’s")):
        return None  # 'the bill's sponsor', 'the bill of rights': another thing
    name = full_name(w.index, w.number, noun.capitalize())
    if name is None or name.split()[0].lower() in _NOT_SHORT_NAMES or not _named_first(w, name, noun):
        return None
    return replaced(w.tok.start, tokens[i + 1].end, cased(f"the {name}", _opens(w)))


_NOT_SHORT_NAMES = frozenset(("the", "a", "an", "this", "that"))


def _named_first(w: Word, name: str, noun: str) -> bool:
    """The name stands whole (not 'Berlin Film' of the Berlin Film Festival) and the article says 'the <noun>'
    nowhere before it: an earlier 'the network' means another network (the article's own), not the DuMont
    Television Network it names later."""
    whole = re.compile(rf"\b{re.escape(name)}\b(?![\s-]+[A-Z0-9])")
    bare = re.compile(rf"\b[Tt]he\s+{noun}\b")
    for row in w.index.sentences[: w.number]:
        text = row.sentence.text
        found = whole.search(text)
        if found:
            before = text[: found.start()].split()[-1:]
            if before and before[0][:1].isupper() and found.start() > 0:
                return False  # 'St. Johns River': the name is longer than the words found
            return not bare.search(text[: found.start()])
        if bare.search(text):
            return False
    return False


def the_war(w: Word) -> Verdict | None:
    """'the conflict' or 'the war' in an article that names one war ('the ongoing war in Ukraine') before it."""
    tokens, i = w.tokens, w.i
    if w.low != "the" or w.next_low not in ("conflict", "war", "fighting") or tokens[i + 1].tag != "NN":
        return None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    place = i + 3 < len(tokens) and tokens[i + 3].capitalised
    if after is not None and (after.tag.startswith("NN") or after.text.lower() in ("of", "'s", "’s")):
        return None  # 'the war effort', 'the war of 1812': says which itself
    if after is not None and after.text.lower() in ("in", "on", "against", "between") and place:
        return None  # 'the war in Gaza': says which itself
    war = _the_one_war(w.index, w.number)
    return replaced(w.tok.start, tokens[i + 1].end, cased(war, _opens(w))) if war is not None else None


def _opens(w: Word) -> bool:
    """The word opens the sentence, or the quotation that opens it ('"The fund is voluntary ...')."""
    return w.i == 0 or (w.i == 1 and w.tokens[0].text in ('"', "“", "``"))


_WAR = re.compile(
    r"\b[Tt]he (?:[a-z]+ )?(war (?:in|on|against|between) (?:the )?[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*)"
    r"|\b((?:[A-Z][\w’'-]* )+War)\b"
)
_WAR_WORDS = re.compile(r"\b[Tt]he (?:war|conflict|fighting)\b(?! (?:in|on|against|between|of)\b)")


def _the_one_war(index: ArticleIndex, number: int) -> str | None:
    """The one war the article names ('the war in Ukraine', 'the Korean War'), when it names it before sentence
    `number`, names no other, and says 'the war' or 'the conflict' nowhere before naming it: what 'the
    conflict' means."""
    wars: set[str] = set()
    first = None
    for n, row in enumerate(index.sentences):
        text = row.sentence.text
        found = list(_WAR.finditer(text))
        if first is None and found and _WAR_WORDS.search(text[: found[0].start()]):
            return None
        if first is None and not found and n < number and _WAR_WORDS.search(text):
            return None  # 'the conflict' before any war is named: another conflict
        wars.update((m.group(1) or m.group(2)).rstrip(".") for m in found)
        if found and first is None:
            first = n
    if len(wars) != 1 or first is None or first >= number:
        return None
    war = wars.pop()
    return war if war.endswith("War") else f"the {war}"
