"""'the network' is the article's subject when the article itself gives its subject that class noun.

The article says what kind of thing its subject is: by a definition ('ABC is an American television network'),
an appositive ('Qantas, Australia's national carrier,'), a noun before the name ('Australian airline
Qantas') or its name itself ('American Broadcasting Company', a network). A later singular 'the network' then
means the subject, unless another thing that could be a network is named in its sentence or the one before (a thing
named after the subject, 'the "ABC Circle" logo', is none); then no rewrite is certain and the reference gates
decide.
"""

from __future__ import annotations

import re

from quizgen.generate.antecedents import article_org
from quizgen.generate.coref_words import Verdict, Word, cased, replaced
from quizgen.generate.entities import Mention
from quizgen.generate.index import Analysed, ArticleIndex
from quizgen.generate.offices import OFFICES
from quizgen.generate.roles import dominant_org
from quizgen.generate.subject import headline_subject
from quizgen.generate.tokens import Token

ORG_CLASSES = frozenset(
    "company firm group retailer airline carrier bank carmaker operator newspaper paper magazine broadcaster "
    "network channel station union party council agency ministry university club team band".split()
)
"""Nouns that say what kind of organisation a name is ('The Australian newspaper', 'the DuMont Television
Network')."""
IMPLIED_CLASSES = {
    "broadcasting": ("network", "broadcaster"),
    "television": ("network", "broadcaster"),
    "airlines": ("airline", "carrier"),
    "airways": ("airline", "carrier"),
}
"""A word of a name → the class nouns it makes the name ('American Broadcasting Company': 'the network')."""
_ANY_COMPANY = frozenset("company firm group retailer airline carrier bank carmaker operator".split())
"""Kinds of business that `thing_pronouns.the_company` gives the article's own organisation: never another's."""
_BE = frozenset(("is", "was"))
_DETERMINERS = frozenset(("a", "an", "the"))
_MODIFIERS = ("JJ", "JJS", "NN", "NNP", "VBN", "RBS", "POS", "CD")
_AFTER_NAME = frozenset(("of", "that", "which", "who", "'s", "’s"))


def subject_names(index: ArticleIndex) -> tuple[str, ...]:
    """The spellings of what the article is about: its title's subject, its organisation and their aliases."""
    names: list[str] = []
    if index.subject is not None:
        names.append(index.subject.name)
    org = headline_org(index)
    if org is not None and (index.subject is None or _short_for(org, index.subject.name)):
        keys = [k for k in index.surfaces if k[0] in ("org", "name") and index.display(*k) == org]
        names.extend(s for k in keys for s in index.aliases(*k))
        names.append(org.removeprefix("the "))
    return tuple(dict.fromkeys(n for n in names if n))


def headline_org(index: ArticleIndex) -> str | None:
    """The organisation the article is about (`article_org`), or the one it names most when its headline names
    it too ('BAA support ahead of court battle'), though a bare name comes near it in number."""
    org = article_org(index)
    if org is not None:
        return org
    top = dominant_org(index)
    if top is None or not index.headline:
        return None
    words = re.findall(r"[a-z0-9]+", top.casefold())
    return top if words and set(words) <= headline_subject(index.headline) else None


def subject_classes(index: ArticleIndex) -> dict[str, str]:
    """Each class noun 'the NOUN' may stand for → the name a rewrite writes: every class noun the article gives
    its subject ('network' → 'ABC'), and one it gives a single other name ('newspaper' → 'The Australian')."""
    return _classes(index)[0]


def known_classes(index: ArticleIndex) -> dict[str, frozenset[str]]:
    """Each name the article names → the class nouns it gives it."""
    return _classes(index)[1]


def _classes(index: ArticleIndex) -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    if index.classes is None:
        names = subject_names(index)
        given: dict[str, set[str]] = {}
        for row in index.sentences:
            for name, noun in _given_classes(row, names):
                given.setdefault(name, set()).add(noun)
        ours = {noun for name in names for noun in given.get(name, ())} | _implied(names)
        orgs = {m.text for row in index.sentences for m in row.mentions if m.kind in ("org", "name")}
        holders: dict[str, set[str]] = {}
        for name, nouns in given.items():
            for noun in nouns - ours:
                holders.setdefault(noun, set()).add(name)  # a class the article gives two names is no one's
        kinds = ORG_CLASSES - _ANY_COMPANY  # another organisation, only by a kind written beside its name
        holders = {
            noun: found
            for noun, found in holders.items()
            if noun in kinds and found <= orgs and not any(noun in f.lower().split() for f in found)
        }

        chosen = {noun: next(iter(found)) for noun, found in holders.items() if len(found) == 1}
        if names:
            chosen.update(dict.fromkeys(sorted(ours), _written_name(index, names)))
        index.classes = (chosen, {name: frozenset(nouns) for name, nouns in given.items()})
    return index.classes


def _implied(names: tuple[str, ...]) -> set[str]:
    """The class nouns the subject's own names make it ('American Broadcasting Company' is a network)."""
    return {noun for name in names for word in name.lower().split() for noun in IMPLIED_CLASSES.get(word, ())}


def _short_for(org: str, name: str) -> bool:
    """'ABC' for the American Broadcasting Company, 'Newcastle' for Newcastle upon Tyne: the title's subject
    under a shorter name, not another organisation the article names often."""
    words = name.split()
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return org == initials or (org in words and len(org) > 3)


def _written_name(index: ArticleIndex, names: tuple[str, ...]) -> str:
    """The name a rewrite uses: the organisation the article names most, else the title's subject as a sentence
    says it."""
    org = headline_org(index)
    if org is not None and org.removeprefix("the ") in names:
        return org
    assert index.subject is not None
    name = index.subject.name
    if any(f"The {name}" in row.sentence.text or f"the {name}" in row.sentence.text for row in index.sentences):
        return f"the {name}"  # 'The American Broadcasting Company (ABC) is ...'
    return index.subject.phrase


def _given_classes(row: Analysed, names: tuple[str, ...]) -> set[tuple[str, str]]:
    """The class nouns a sentence gives a name: 'X is a ... NOUN', 'X, the ... NOUN,', 'NOUN X', 'X NOUN' (an
    organisation's kind: 'The Australian newspaper'), and a name that ends in one ('DuMont Television Network')."""
    tokens = row.tokens
    spans = [(m.start, m.end, m.text) for m in row.mentions if m.kind in ("org", "name")]
    for name in names:
        said = row.sentence.text
        spans.extend((t.start, t.start + len(name), name) for t in tokens if said.startswith(name, t.start))
    found: set[tuple[str, str]] = set()
    for start, end, written in spans:
        name = _canonical(written, names)
        inside = [t for t in tokens if start <= t.start < end]
        k = next((n for n, t in enumerate(tokens) if t.start >= start), len(tokens))
        j = next((n for n, t in enumerate(tokens) if t.start >= end), len(tokens))
        if inside and inside[-1].text.lower() in ORG_CLASSES and inside[-1].text[:1].isupper() and len(inside) > 1:
            found.add((name, inside[-1].text.lower()))  # 'the DuMont Television Network'
        if k > 0 and tokens[k - 1].tag == "NN" and tokens[k - 1].text.isalpha() and tokens[k - 1].text.islower():
            found.add((name, tokens[k - 1].text))  # 'Australian airline Qantas'
        last = j + 1 == len(tokens) or not tokens[min(j + 1, len(tokens) - 1)].tag.startswith("NN")
        if j < len(tokens) and tokens[j].text in ORG_CLASSES and last:
            found.add((name, tokens[j].text))  # 'The Australian newspaper'
        if j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")":
            j += 3  # 'The American Broadcasting Company (ABC) is ...'
        head = None
        if j + 1 < len(tokens) and tokens[j].text in _BE and tokens[j + 1].text.lower() in _DETERMINERS:
            head = _head(tokens, j + 2, None)
        elif j + 1 < len(tokens) and tokens[j].text == ",":
            head = _head(tokens, j + 1, ",")
        if head is not None:
            found.add((name, head))
    return found


def _canonical(text: str, names: tuple[str, ...]) -> str:
    """The subject's first name for any of its spellings; any other name as written, less a leading 'the'."""
    bare = text.removeprefix("the ").removeprefix("The ")
    return names[0] if names and (text in names or bare in names) else text


def _head(tokens: list[Token], start: int, closing: str | None) -> str | None:
    """The head noun of the phrase from `start`: its last plain singular noun before anything else (and, for an
    appositive, right before its closing comma)."""
    head = None
    j = start
    while j < len(tokens) and j - start < 8:
        tok = tokens[j]
        if tok.tag == "NN" and tok.text.isalpha() and tok.text.islower():
            head = tok.text
        elif tok.tag not in _MODIFIERS and tok.text.lower() not in _DETERMINERS:
            break
        j += 1
    if j < len(tokens) and tokens[j].text == "of":
        return None  # 'a bit of a husk', 'a member of': not what the thing is
    if closing is not None and (j >= len(tokens) or tokens[j].text != closing or tokens[j - 1].text != head):
        return None
    return head


def the_class_noun(w: Word) -> Verdict | None:
    """'the network' is the article's subject, by a class noun the article gives it (or the one other name it
    gives that noun), when nothing else the sentence or the one before names could be that network."""
    tokens, i = w.tokens, w.i
    if w.low != "the" or w.tok.tag != "DT" or i + 1 >= len(tokens) or tokens[i + 1].tag != "NN":
        return None
    noun = tokens[i + 1].text
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if after is not None and (after.tag.startswith("NN") or after.text.lower() in _AFTER_NAME):
        return None  # 'the network television rights', 'the network of ...': another thing
    name = subject_classes(w.index).get(noun)
    if name is None or _rival_named(w, noun, name):
        return None
    return replaced(w.tok.start, tokens[i + 1].end, cased(name, i == 0))


def _rival_named(w: Word, noun: str, name: str) -> bool:
    """The sentence or the one before speaks of several of the class ('networks', 'a network'), or names
    something else the article does not say is of another class."""
    names = (*subject_names(w.index), name)
    known = known_classes(w.index)
    rows = [w.index.sentences[w.number - 1], w.row] if w.number > 0 else [w.row]
    for row in rows:
        for k, tok in enumerate(row.tokens):
            low = tok.text.lower()
            before = row.tokens[k - 1].text.lower() if k > 0 else ""
            if low in (noun + "s", noun + "es") or (low == noun and before in _ANOTHER):
                return True  # 'the three networks', 'a rival network'
            if low == noun and k > 0 and row.tokens[k - 1].tag == "NNP" and not _in_name(row, k, names):
                return True  # 'the NBC network'; not the subject's own 'Danish Broadcasting Network'

        for m in row.mentions:
            if m.kind not in ("org", "name") or _canonical(m.text, names) in (names[0], name):
                continue
            if any(m.text.startswith(f"{n} ") for n in names):
                continue  # 'the "ABC Circle" logo': the subject's own thing, no rival
            classes = known.get(_canonical(m.text, names), frozenset())
            if (not classes or noun in classes) and not set_apart(row, m, noun) and not a_place(row, m):
                return True
    return False


_ANOTHER = frozenset("a an another other rival each every second new".split())


def _in_name(row: Analysed, k: int, names: tuple[str, ...]) -> bool:
    """Token `k` lies in, or right after, one of `names` written in the sentence."""
    start = row.tokens[k].start
    text = row.sentence.text
    return any(
        (found := text.rfind(name, 0, start + len(row.tokens[k].text))) >= 0
        and found + len(name) >= start - 1
        and text[found + len(name) : start].strip() in ("", ")", "(")
        for name in names
    )


def a_place(row: Analysed, m: Mention) -> bool:
    """A bare name after 'in', 'near' or 'at' ('based in Aarhus'): a place, not an organisation."""
    before = [t for t in row.tokens if t.end <= m.start]
    return m.kind == "name" and bool(before) and before[-1].text.lower() in ("in", "near", "at")


def set_apart(row: Analysed, m: Mention, noun: str) -> bool:
    """The name is no rival for 'the <noun>': the kind of organisation it is follows it, not `noun` ('The
    Australian newspaper' is no airline), or it is the first word of an office ('Chief executive Geoff Dixon')."""
    following = [t.text.lower() for t in row.tokens if t.start >= m.end][:2]
    if following and following[0] in ORG_CLASSES and following[0] != noun:
        return True
    words = m.text.lower().split()
    return " " not in m.text and any(list(o) == words + following[: len(o) - 1] for o in OFFICES if len(o) > 1)
