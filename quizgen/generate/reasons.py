"""Causes: a claim the sentence explains ('because', 'due to', ', saying' after a stance) is asked as a
why-question.

'Kublai's second invasion of Japan in 1281 failed because of an inauspicious typhoon' has no name or figure
that is its point: its point is the cause. The clause before 'because' becomes the question ('Why did Kublai's
second invasion of Japan in 1281 fail?'), the cause the back of a basic card ('Because of an inauspicious
typhoon.'), which the student grades: a cause has too many right wordings to be typed.

Only a plain case is asked: one 'because' outside any quotation, a main clause with a named subject (no
pronoun the question cannot resolve) and a verb the question can invert, a cause that is stated, not claimed
by someone after it ('..., claimed the union'), and both short enough to read at a glance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.generate.clause import BE, join, split_clause, strip_attribution
from quizgen.generate.lemmas import get_lemma
from quizgen.generate.questions import fronted_tail, invert, subject_text
from quizgen.generate.speakers import REPORTING
from quizgen.generate.tokens import Token

SAYING = "said"
"""How a cause given by ', saying ...' is told: 'Lord Browne said that ...'."""
STANCE_VERBS = frozenset(
    """criticise criticize reject oppose defend attack welcome back praise condemn dismiss refuse deny resign quit
    apologise apologize object protest blame urge""".split()
)
"""Verbs whose ', saying ...' gives the reason for the stance."""
MAX_QUESTION_WORDS = 26
MAX_CAUSE_WORDS = 24
MIN_CAUSE_WORDS = 2
MAX_LEAD_WORDS = 30
_CLAUSE_JOINS = frozenset(("but", "and", "so", "while", "whereas", "yet"))
"""Words after a comma that open a second main clause: the cause explains the last one only."""
_CAUSE_ENDS = frozenset(("whereas", "while", "but", "which", "although", "though"))
"""Words after a comma that end the cause: what follows is another claim, or a description of the cause."""
_OPAQUE = frozenset("it its they them their he him his she her this these those that we us our i you one such".split())
"""Words of a subject the question cannot show unresolved: 'Why did it fail?' asks about nothing."""
_UNRESOLVED = frozenset("it they them he him she this these those we us i you there".split())
"""Words the rest of the question cannot hold unresolved: 'Why did Ribault chart the river calling it ...?'."""
_POSSESSIVES = frozenset(("his", "her", "their", "its"))
_BODIES = frozenset(
    "company firm party group government country team club side organisation organization business".split()
)
"""Nouns for a body whose name a possessive pronoun hides ('his company')."""
_CLAIMED_WITHIN = 6
"""A reporting verb this close to the end of the cause, after a comma, says someone claims it."""
_DASHES = frozenset(("-", "–", "—"))
_ASIDES = {"(": ")", "[": "]", "-": "-", "–": "–", "—": "—"}


@dataclass(frozen=True)
class Reason:
    """A why-question of one sentence and its cause."""

    question: str
    answer: str
    """The back of the card: 'Because his work was published first.'"""
    cause: str
    """The cause as the sentence words it: 'his work was published first'."""
    at: int
    """Where 'because' stands in the sentence."""


def reason(tokens: list[Token]) -> Reason | None:
    """The why-question the sentence answers with its cause, or None when it has no plain one."""
    marker = _marker(tokens)
    if marker is None:
        return None
    k, size, how = marker
    lead, last = _last_clause(tokens[:k])
    main = _without_asides(last)
    while main and main[-1].text in (",", "-", "–", "—"):
        main = main[:-1]
    clause = split_clause(main)
    if clause is None or not clause.subject:
        return None
    if any(t.text.lower() in _OPAQUE for t in clause.subject) or _unresolved(clause.rest):
        return None
    inverted = invert(clause)
    if inverted is None:
        return None
    aux, verb = inverted
    body = join([*verb, *clause.rest]).strip()
    if not body:
        return None  # 'Why is the board?'
    question = f"Why {aux} {subject_text(clause.subject)} {body}{fronted_tail(clause.intro)}?"
    if how == SAYING and not _takes_a_stance(clause.verb):
        return None
    cause = _cause(tokens[k + size :])
    if cause is None:
        return None
    words = join(cause)
    if len(question.split()) > MAX_QUESTION_WORDS or not MIN_CAUSE_WORDS <= len(words.split()) <= MAX_CAUSE_WORDS:
        return None
    if any(ch in question for ch in '"“”') or any(ch in words for ch in '"“”'):
        return None  # a quotation split between the two sides reads as neither
    if lead:
        if len(lead.split()) > MAX_LEAD_WORDS:
            return None
        question = f"{lead}. {question}"  # 'Oxygen was discovered ... in 1774. Why is Priestley given priority?'
    answer = f"{join(clause.subject)} said {words}." if how == SAYING else f"{how} {words}."
    return Reason(question, answer, words, tokens[k].start)


def names_something(question: str, title: frozenset[str]) -> bool:
    """Whether a why-question says whose claim it asks: a name after its first word, or a word of the article's
    title. 'Why did the actual functions of both central and local government institutions show ...?' says
    neither, and a reader cannot tell whose government it means."""
    words = re.findall(r"[\w'’-]+", question)[1:]
    return any(w[:1].isupper() for w in words) or any(w.casefold() in title for w in words)


def _marker(tokens: list[Token]) -> tuple[int, int, str] | None:
    """Where the one cause marker of the sentence stands, how many words it has, and how the answer opens:
    'because' ('Because ...'), 'because of' or 'due to' before a noun ('Because of ...'), or ', saying (that)'
    after a verb that takes a stance (SAYING: 'He said ...')."""
    found = []
    for k, tok in enumerate(tokens):
        low, following = tok.text.lower(), [t.text.lower() for t in tokens[k + 1 : k + 3]]
        if low == "because":
            found.append((k, 2, "Because of") if following[:1] == ["of"] else (k, 1, "Because"))
        elif low in ("due", "owing") and following[:1] == ["to"] and k + 2 < len(tokens) and k > 0:
            planned = tokens[k - 1].text.lower() in BE or tokens[k + 2].tag.startswith(("VB", "MD"))
            if not planned:  # 'is due to report': a plan, no cause
                found.append((k, 2, "Because of"))
        elif low == "saying" and k > 0 and tokens[k - 1].text in (",", "-", "–", "—"):
            found.append((k - 1, 3 if following[:1] == ["that"] else 2, SAYING))
    if len(found) != 1 or found[0][0] == 0:
        return None
    return found[0]


def _takes_a_stance(verb: list[Token]) -> bool:
    """'rejected calls for a windfall tax, saying ...': what was said is why; after 'said' or 'announced' it is
    only more of what was said."""
    for tok in verb:
        lemmas = get_lemma(tok.text.lower(), "VERB") if tok.tag.startswith("VB") else []
        if lemmas and lemmas[0] not in ("be", "have", "do"):
            return lemmas[0] in STANCE_VERBS  # 'rejected calls for ...': the first verb, not the noun misread
    return False


def _unresolved(rest: list[Token]) -> bool:
    """A pronoun the question cannot resolve: any but 'they' or 'them' after a plural noun of its own ('assured
    monks and nuns that they could break their vows'), or a body it names only as someone's ('his company')."""
    for k, tok in enumerate(rest):
        low = tok.text.lower()
        if low in ("they", "them") and any(t.tag == "NNS" for t in rest[:k]):
            continue
        if low in _UNRESOLVED:
            return True
        if low in _POSSESSIVES and k + 1 < len(rest) and rest[k + 1].text.lower() in _BODIES:
            return True  # 'a windfall tax on his company's profits': which company?
    return False


def _last_clause(tokens: list[Token]) -> tuple[str, list[Token]]:
    """The main clause that ends where the cause begins, after the last ';' or ', but' that opens another, and
    the clauses before it, which the question is shown after ('' when there are none)."""
    for j in range(len(tokens) - 1, -1, -1):
        tok = tokens[j]
        if tok.text in (";", ":"):
            return join(tokens[:j]).strip(), tokens[j + 1 :]
        if tok.text == "," and j + 1 < len(tokens) and tokens[j + 1].text.lower() in _CLAUSE_JOINS:
            rest = tokens[j + 2 :]
            if rest and split_clause(rest) is not None and not rest[0].tag.startswith("VB"):
                return join(tokens[:j]).strip(), rest
    return "", tokens


def _without_asides(tokens: list[Token]) -> list[Token]:
    """The clause without bracketed or dashed asides ('proposals to revalue homes - graded by 1991 values -')."""
    out: list[Token] = []
    closing: str | None = None
    for k, tok in enumerate(tokens):
        if closing is not None:
            if tok.text == closing:
                closing = None
            continue
        if tok.text in _ASIDES and any(t.text == _ASIDES[tok.text] for t in tokens[k + 1 :]):
            closing = _ASIDES[tok.text]
            continue
        if tok.text in _DASHES and out:
            return out  # 'the possible move - which may affect cabin staff - saying ...': the cause ends the aside
        out.append(tok)
    return out if closing is None else tokens


def _cause(tokens: list[Token]) -> list[Token] | None:
    """The cause after 'because', up to where another claim or a description starts; None when someone
    claims it after it ('..., claimed the union organisation'): the card would state it as fact."""
    trimmed = strip_attribution(tokens)
    bare = [t for t in tokens if t.text not in (".", "!", "?")]
    if len(trimmed) < len(bare):
        return None
    for j, tok in enumerate(trimmed):
        if tok.text == "," and any(t.text.lower() in REPORTING for t in trimmed[j + 1 : j + 1 + _CLAIMED_WITHIN]):
            if len(trimmed) - j <= _CLAIMED_WITHIN + 1:
                return None
    cut = trimmed
    for j, tok in enumerate(trimmed):
        if tok.text in (";", ":", "(", "-", "–", "—") or (
            tok.text == "," and j + 1 < len(trimmed) and trimmed[j + 1].text.lower() in _CAUSE_ENDS
        ):
            cut = trimmed[:j]
            break
    while cut and cut[-1].text in (",", ".", ";"):
        cut = cut[:-1]
    return cut or None
