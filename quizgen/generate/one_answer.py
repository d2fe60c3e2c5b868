"""One right answer across the article: a question another sentence answers with someone or somewhere else.

'Who has backed the control orders?' (of one police chief) has a second answer when another sentence has the
Home Secretary's plans for control orders backed; 'In which country are private schools called independent
schools?' (of India) has one when another sentence speaks of South Africa's independent schools. The question's
verb and the head nouns of its subject and object (or, for a naming verb, the name given) are compared by lemma
with every other sentence, and a name there of the answer's kind that does the same is a rival answer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.generate.cards import BLANK
from quizgen.generate.clause import split_clause
from quizgen.generate.entities import Mention
from quizgen.generate.index import Analysed
from quizgen.generate.lemmas import first_lemma
from quizgen.generate.roles import ROLE_NOUNS
from quizgen.generate.tokens import Token

if TYPE_CHECKING:
    from quizgen.generate.gates import Candidate

RIVAL_KINDS = {"person": ("person",), "country": ("country", "place"), "place": ("place", "country"), "org": ("org",)}
"""The answer's kind, and the kinds of mention that answer the same question."""
_NAMING = frozenset(("call", "name", "term", "dub", "know"))
"""Verbs that give a thing a name: 'are called independent schools' is compared by the name itself."""
_PLAIN_VERBS = frozenset(("be", "have", "do", "say", "make", "get", "take", "become", "include"))
"""Verbs too common for two sentences sharing them to ask the same thing."""
_NEGATION = frozenset(("not", "n't", "never"))
_REACH = 10
"""How many words after the verb its object's head noun may come (past 'the Home Secretary's plans for')."""
_BREAKS = frozenset((".", ";", ":", ",", "and", "but", "or", "which", "that", "who"))


def rival_answer(c: Candidate) -> str | None:
    """A typed or choice question another sentence of the article answers too: the same verb with the same object
    (or the same name given), done by another name of the answer's kind."""
    if c.card.type not in ("typed", "choice") or BLANK in c.card.prompt():
        return None
    m = c.fact.mention
    if m.kind not in RIVAL_KINDS:
        return None
    asked = asked_about(c.fact.row.tokens, m)
    if asked is None:
        return None
    verb, nouns, name = asked
    for row in c.index.sentences:
        if row.sentence.number == c.fact.row.sentence.number:
            continue
        rival = rival_in(row, m, verb, nouns, name)
        if rival:
            return f"another sentence gives '{rival}' as an answer too"
    return None


def lemma(word: str, upos: str) -> str:
    """The word's first lemma, lower case, or the word itself."""
    return first_lemma(word.lower(), upos)


def asked_about(tokens: list[Token], m: Mention) -> tuple[str, frozenset[str], str] | None:
    """What the question asks about: the main verb's lemma, the lemmas of the head nouns of its subject and
    object that are not the answer, and for a naming verb the name given ('independent schools'), else ''."""
    clause = split_clause(tokens)
    if clause is None:
        return None
    verbs = [t for t in clause.verb if t.tag.startswith("VB")]
    if not verbs:
        return None
    verb = lemma(verbs[-1].text, "VERB")
    if verb in _PLAIN_VERBS:
        return None
    nouns = {_head(part, m) for part in (clause.subject, _first_phrase(clause.rest))}
    nouns.discard("")
    name = ""
    if verb in _NAMING:
        rest = clause.rest[1:] if clause.rest and clause.rest[0].text.lower() == "as" else clause.rest
        words = _first_phrase(rest)
        if words and not _holds_answer(words, m):
            name = " ".join(t.text for t in words).casefold()
    return (verb, frozenset(nouns), name) if nouns or name else None


def _first_phrase(tokens: list[Token]) -> list[Token]:
    """The noun phrase a clause's rest opens with ('the control orders'), without its determiner."""
    phrase: list[Token] = []
    for tok in tokens:
        if tok.tag in ("DT", "PRP$") and not phrase:
            continue
        if not tok.tag.startswith(("NN", "JJ")) and tok.tag not in ("POS", "CD"):
            break
        phrase.append(tok)
    return phrase


def _holds_answer(tokens: list[Token], m: Mention) -> bool:
    return any(m.start <= t.start < m.end for t in tokens)


def _head(tokens: list[Token], m: Mention) -> str:
    """The lemma of a phrase's last common noun, when the phrase is not the answer."""
    if not tokens or _holds_answer(tokens, m):
        return ""
    nouns = [t for t in tokens if t.tag in ("NN", "NNS")]
    return lemma(nouns[-1].text, "NOUN") if nouns else ""


def rival_in(row: Analysed, m: Mention, verb: str, nouns: frozenset[str], name: str) -> str | None:
    """The name in `row` that answers the question as well as `m` does, or None."""
    rivals = [x for x in row.mentions if x.kind in RIVAL_KINDS[m.kind] and x.key != m.key and x.text != m.text]
    if name and rivals and re.search(rf"\b{re.escape(name)}\b", row.sentence.text.casefold()):
        return rivals[0].text  # the same name given to the same thing elsewhere
    tokens = row.tokens
    for k, tok in enumerate(tokens):
        if not _is_verb(tokens, k) or lemma(tok.text, "VERB") != verb:
            continue
        after = _object_of(tokens, k, nouns)
        if after is None:
            continue
        rival = _possessor(tokens, k, after, rivals, m) or _doer(tokens, k, rivals, m)
        if rival:
            return rival
    return None


def _is_verb(tokens: list[Token], k: int) -> bool:
    """A verb, or a word after a modal or 'to' that the tagger read as another part of speech ('would not back')."""
    if tokens[k].tag.startswith("VB"):
        return True
    before = [t for t in tokens[max(0, k - 2) : k] if t.text.lower() not in _NEGATION]
    return bool(before) and before[-1].tag in ("MD", "TO")


def _object_of(tokens: list[Token], k: int, nouns: frozenset[str]) -> int | None:
    """Where, shortly after the verb at `k`, a noun of `nouns` stands, before any break of the clause."""
    for j in range(k + 1, min(len(tokens), k + 1 + _REACH)):
        tok = tokens[j]
        if tok.text.lower() in _BREAKS:
            return None
        if tok.tag in ("NN", "NNS") and lemma(tok.text, "NOUN") in nouns:
            return j
    return None


def _possessor(tokens: list[Token], k: int, end: int, rivals: list[Mention], m: Mention) -> str | None:
    """'back the Home Secretary's plans for control orders': the owner of the object backs it too."""
    for j in range(k + 1, end):
        if tokens[j].tag != "POS":
            continue
        before = tokens[j - 1]
        owner = next((x for x in rivals if x.start <= before.start < x.end), None)
        if owner is not None:
            return owner.text
        if m.kind == "person" and lemma(before.text, "NOUN") in ROLE_NOUNS:
            return _noun_phrase(tokens, j)
    return None


def _noun_phrase(tokens: list[Token], end: int) -> str:
    """The capitalised or common noun words just before `end` ('Home Secretary')."""
    start = end
    while start > 0 and tokens[start - 1].tag.startswith("NN"):
        start -= 1
    return " ".join(t.text for t in tokens[start:end])


def _doer(tokens: list[Token], k: int, rivals: list[Mention], m: Mention) -> str | None:
    """The subject of the verb at `k` when it is a rival name (or, for a person, a role: 'the minister'), and the
    verb is not denied ('would not back')."""
    if any(t.text.lower() in _NEGATION for t in tokens[max(0, k - 3) : k]):
        return None
    start = k
    while start > 0 and k - start < 8 and tokens[start - 1].text.lower() not in _BREAKS:
        start -= 1
    subject = tokens[start:k]
    if not subject:
        return None
    for x in rivals:
        if subject[0].start <= x.start and x.end <= subject[-1].end:
            return x.text
    if m.kind == "person":
        roles = [t for t in subject if t.tag in ("NN", "NNS") and lemma(t.text, "NOUN") in ROLE_NOUNS]
        return roles[-1].text if roles else None
    return None


def lead_line_hides_a_rival(c: Candidate) -> str | None:
    """'Plague remained a major event in Ottoman society ... […] Which place has suffered severely ...?': a question
    under a lead line whose paragraph names, in a sentence the card leaves out, another name of the answer's kind
    (Algiers, Constantinople) that the student cannot rule out."""
    m = c.fact.mention
    if c.card.type not in ("typed", "choice") or not c.fact.context or m.kind not in RIVAL_KINDS:
        return None
    row = c.fact.row
    for other in c.index.sentences:
        s = other.sentence
        if s.paragraph != row.sentence.paragraph or s.number >= row.sentence.number or s.text in c.fact.context:
            continue
        rival = next((x for x in other.mentions if x.kind in RIVAL_KINDS[m.kind] and x.key != m.key), None)
        if rival is not None:
            return f"the lead line leaves out a sentence that names '{rival.text}'"
    return None
