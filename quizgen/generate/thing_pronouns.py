"""Reference rules for 'it', 'its' and 'the company': the organisation the article is about, named when
certain."""

from __future__ import annotations

from quizgen.generate.antecedents import article_org, previous_party
from quizgen.generate.coref_words import STANDS, Verdict, Word, apostrophe, cased, has_noun, replaced, unresolved
from quizgen.generate.entities import PARTIES
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
        return None
    if plural_name(nearest):
        return None  # 'It would not be means tested, say the Tories': 'it' is never the Tories
    name = cased(nearest, w.i == 0)
    return replaced(w.tok.start, w.tok.end, name + apostrophe(w.index) + "s" if w.low == "its" else name)


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
        name = article_org(w.index)
        nearest = previous_org(w.index, w.number)
        if name is None or (nearest is not None and nearest.removeprefix("the ") != name.removeprefix("the ")):
            return None
        if {w.index.display(m.kind, m.key) for m in w.row.mentions if m.kind in ("org", "name")} - {name}:
            return None  # the sentence names another organisation, which 'the company' may be
    else:
        return None
    if name is None:
        return None
    return replaced(w.tok.start, tokens[i + 1].end, cased(name, i == 0))


def early_its(w: Word) -> Verdict | None:
    """'its' in the subject, before any verb, refers to something in another sentence."""
    earlier = w.tokens[: w.i]
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
