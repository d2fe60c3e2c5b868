"""Reference rules for 'it', 'its' and 'the company': the organisation the article is about, named when
certain."""

from __future__ import annotations

import re

from quizgen.generate.antecedents import article_org, previous_party
from quizgen.generate.class_nouns import a_place, headline_org, set_apart
from quizgen.generate.clause import split_clause
from quizgen.generate.coref_words import STANDS, Verdict, Word, apostrophe, cased, has_noun, replaced, unresolved
from quizgen.generate.entities import PARTIES, Mention
from quizgen.generate.index import Analysed, ArticleIndex
from quizgen.generate.roles import dominant_org
from quizgen.generate.speakers import previous_org
from quizgen.generate.tokens import Token

THING = {"it", "its"}


COMPANY_HEADS = {"company", "firm", "group", "retailer", "airline", "carrier", "bank", "carmaker", "operator"}


def leading_its(w: Word) -> Verdict | None:
    """'Its' opening the sentence before a noun becomes the organisation's possessive ("BP's")."""
    if w.low != "its" or w.i != 0 or not w.tokens[1].tag.startswith(("NN", "JJ")):
        return None
    org = previous_org(w.index, w.number)
    if org is None and not _thing_subject_before(w):
        org = subject_org_before(w.index, w.number)
    if org is None or _thing_subject_before(w):
        return unresolved("'Its' refers to something in another sentence", ())
    return replaced(w.tok.start, w.tok.end, cased(org, True) + apostrophe(w.index) + "s")


def _thing_subject_before(w: Word) -> bool:
    """The sentence before opens with a thing named by a common noun ('This committee recommended ...'), which
    'Its' may mean as well as the organisation named before: no rewrite is certain."""
    if w.number == 0:
        return False
    before = w.index.sentences[w.number - 1].tokens
    return (
        len(before) > 2
        and before[0].text in ("The", "This", "That")
        and before[1].tag == "NN"
        and before[1].text.islower()
        and before[1].text not in COMPANY_HEADS
    )


def the_article_org(w: Word) -> Verdict | None:
    """'it' or 'its' with no noun before it in the sentence is the organisation the article is about, when that
    is also the nearest organisation named before ("IBM ... It said", "In 1996, its share price")."""
    if w.low not in THING or not w.tok.tag.startswith("PRP") or has_noun(w.tokens[: w.i], plural=False):
        return None
    if w.next_low in ("'s", "’s"):
        return None  # "It's": a possessive would misread
    org = dominant_org(w.index)
    nearest = previous_org(w.index, w.number)
    if org is None or nearest is None or nearest.removeprefix("the ") != org.removeprefix("the "):
        nearest = subject_org_before(w.index, w.number)
        if nearest is None:
            return None
    if plural_name(nearest):
        return None  # 'It would not be means tested, say the Tories': 'it' is never the Tories
    name = cased(nearest, w.i == 0)
    return replaced(w.tok.start, w.tok.end, name + apostrophe(w.index) + "s" if w.low == "its" else name)


def subject_org_before(index: ArticleIndex, number: int) -> str | None:
    """The organisation the article is about, when it is the subject of the sentence before and that sentence
    names no other organisation beside it ('In a statement, Qantas said ...', 'Laura Ashley, which floated on
    the London Stock Exchange ..., is ...'), or when that sentence opens with 'The company' naming it: what an
    'it' or 'Its' with nothing of its own to mean continues."""
    org = article_org(index)
    if org is None or number == 0:
        return None
    row = index.sentences[number - 1]
    ours = [m for m in row.mentions if m.kind in ("org", "name") and index.display(m.kind, m.key) == org]
    if not ours:
        tokens = row.tokens
        if len(tokens) > 2 and tokens[0].text == "The" and tokens[1].text in COMPANY_HEADS:
            opening = the_company(Word(index, number - 1, 0, False, False))
            if opening is not None and opening.edit is not None and opening.edit[2] == org:
                return org
        return None
    clause = split_clause(row.tokens)
    start = clause.subject[0].start if clause is not None and clause.subject else 0
    first = ours[0]
    if first.start != start or (clause is not None and clause.subject and clause.subject[-1].end != first.end):
        return None  # the organisation is not the subject, or only part of it ('Qantas shares')
    relative = _relative_clause(row.sentence.text, first.end)
    beside = [*_named_beside(row), *(m for m in row.mentions if m.kind == "person")]  # a person: a misread name
    others = [m for m in beside if m not in ours and not relative[0] <= m.start < relative[1]]
    return None if others else org


def _relative_clause(text: str, end: int) -> tuple[int, int]:
    """The span of ', which ... ,' right after a name ending at `end`; (0, 0) when there is none."""
    after = text[end:]
    if not after.startswith((", which", ", who")):
        return (0, 0)
    close = after.find(",", 2)
    return (end, end + close) if close > 0 else (0, 0)


def _named_beside(row: Analysed) -> list[Mention]:
    """The organisations and bare names of a sentence, less the names owned by an 'its' ('its Mangala and
    Aishwariya fields'), which are its things, not another organisation."""
    text = row.sentence.text
    return [
        m for m in row.mentions if m.kind in ("org", "name") and not _OWNED.search(text[max(0, m.start - 40) : m.start])
    ]


_OWNED = re.compile(r"\bits\s+(?:[A-Z][\w'’-]*\s+(?:and\s+|,\s*)?)*$")


def _nearest_org(index: ArticleIndex, number: int) -> str | None:
    """The one organisation of the nearest of the two sentences before that names one, counting the article's
    own organisation under a bare name too ('Cairn's existing oilfields'); None when it names two."""
    org = article_org(index)
    for back in range(number - 1, max(-1, number - 3), -1):
        row = index.sentences[back]
        named = {
            index.display(m.kind, m.key)
            for m in row.mentions
            if m.kind == "org" or (m.kind == "name" and index.display(m.kind, m.key) == org)
        }
        if named:
            return named.pop() if len(named) == 1 else None
    return None


def plural_name(name: str) -> bool:
    """'the Tories', 'the Lib Dems': a name 'it' cannot mean."""
    bare = name.removeprefix("the ").removeprefix("The ")
    return bare in PARTIES and bare != "Labour"


def the_company(w: Word) -> Verdict | None:
    """'the company', 'the firm', 'the airline' is the organisation the article is about, when no other
    organisation is named in the sentence or just before it; 'the party' is the one party named just before."""
    tokens, i = w.tokens, w.i
    if w.low != "the" or w.tok.tag != "DT" or i + 1 >= len(tokens) or tokens[i + 1].tag != "NN":
        return None
    head = tokens[i + 1].text.lower()
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if after is not None and (after.tag.startswith("NN") or after.text.lower() in ("of", "that", "which", "who")):
        return None  # 'the company chairman', 'the firm of ...': another thing
    if head == "party":
        name = previous_party(w.index, w.number)
        if name is not None and name.endswith("s") and after is not None and after.tag == "VBZ":
            return None  # 'The Lib Dems says'
    elif head in COMPANY_HEADS:
        name = headline_org(w.index)
        nearest = previous_org(w.index, w.number)
        if name is None:
            return None
        if nearest is not None and nearest.removeprefix("the ") != name.removeprefix("the "):
            if _nearest_org(w.index, w.number) != name:
                return None
        beside = [
            m for m in _named_beside(w.row) if not set_apart(w.row, m, tokens[i + 1].text) and not a_place(w.row, m)
        ]
        if {w.index.display(m.kind, m.key) for m in beside} - {name}:
            return None  # the sentence names another organisation, which 'the company' may be
    else:
        return None
    if name is None:
        return None
    named = re.search(rf"\b{re.escape(name.removeprefix('the '))}\b", w.row.sentence.text[: w.tok.start])
    if named and _another_it(tokens, named.end(), w.tok.start):
        return STANDS  # 'Cairn said that the government believed the company was liable': 'it' would be ambiguous
    if named:
        possessive = after is not None and after.text in ("'s", "’s")
        end = after.end if possessive and after is not None else tokens[i + 1].end
        return replaced(w.tok.start, end, "its" if possessive else "it")  # 'piled into Cairn after it announced'
    return replaced(w.tok.start, tokens[i + 1].end, cased(name, i == 0))


def _another_it(tokens: list[Token], start: int, end: int) -> bool:
    """A singular noun between the name and 'the company' ('the government') that an 'it' could mean as well."""
    return any(start <= t.start and t.end <= end and t.tag in ("NN", "NNP") and t.chunk.endswith("NP") for t in tokens)


def whose_company(w: Word) -> Verdict | None:
    """'his company's profits' is the organisation the article's headline names ("BP's profits"), when the
    sentence names no other organisation: a chief speaks of the firm the story is about."""
    tokens, i = w.tokens, w.i
    if w.low not in ("his", "her") or i + 1 >= len(tokens) or tokens[i + 1].text.lower() not in COMPANY_HEADS:
        return None
    name = headline_org(w.index)
    if name is None:
        return None
    beside = [m for m in _named_beside(w.row) if m.kind == "org" and not a_place(w.row, m)]
    if {w.index.display(m.kind, m.key) for m in beside} - {name}:
        return None  # another organisation named here may be his
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    possessive = after is not None and after.text in ("'s", "’s")
    end = after.end if possessive and after is not None else tokens[i + 1].end
    text = cased(name, False) + (apostrophe(w.index) + "s" if possessive else "")
    return replaced(w.tok.start, end, text)


def early_its(w: Word) -> Verdict | None:
    """'its' in the subject, before any verb, refers to something in another sentence."""
    earlier = w.tokens[: w.i]
    if len(earlier) > 1 and earlier[0].text == "The" and earlier[1].text in COMPANY_HEADS:
        return None  # 'The company raised targets for its fields': the company of its own sentence
    if w.low == "its" and w.i < 6 and not any(t.tag in ("VBD", "VBZ", "VBP", "MD") for t in earlier):
        return unresolved(f"'{w.tok.text}' refers to something in another sentence", ())
    return None


def dummy_object_it(w: Word) -> Verdict | None:
    """A dummy object 'it': "found it cheaper to sack a worker"."""
    return STANDS if w.low == "it" and _expletive_object(w.tokens, w.i) else None


def _expletive_object(tokens: list[Token], i: int) -> bool:
    """'it' as a dummy object before an adjective and a 'to' or 'that' clause."""
    after = [t.text.lower() if not t.tag.startswith("JJ") else "JJ" for t in tokens[i + 1 : i + 4]]
    return bool(after) and after[0] == "JJ" and ("to" in after[1:] or "that" in after[1:])
