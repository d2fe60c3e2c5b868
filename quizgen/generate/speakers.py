"""Reporting frames ("It said ...", "He added that ...") and the organisation an 'it' points back to."""

from __future__ import annotations

from dataclasses import dataclass

from quizgen.generate.clause import split_clause
from quizgen.generate.index import ArticleIndex
from quizgen.generate.tokens import Token

REPORTING = frozenset(
    """said says say added adds claimed claims argued argues found finds warned warns stressed stresses
    explained explains insisted insists believes believed reported reports announced announces suggested
    suggests noted notes revealed reveals admitted admits predicted predicts estimated estimates""".split()
)
"""Verbs that introduce what someone said or found."""
_FRAME_PRONOUNS = {"it", "he", "she", "they"}
_PERFECT = {"has", "had", "have"}


@dataclass(frozen=True)
class Frame:
    """A pronoun subject of a reporting verb at the start of a sentence: 'It said (that)'."""

    pronoun: Token
    verb: Token
    end: int
    """Offset of the first word of the reported clause."""


def leading_frame(tokens: list[Token]) -> Frame | None:
    """'It said', 'He also added that', 'She has argued' followed by the reported clause, or None."""
    if len(tokens) < 5 or tokens[0].text.lower() not in _FRAME_PRONOUNS:
        return None
    k = 1
    while k < 3 and tokens[k].tag.startswith("RB"):
        k += 1  # "It also said"
    if tokens[k].text.lower() in _PERFECT:
        k += 1
    verb = tokens[k]
    if verb.text.lower() not in REPORTING or not verb.tag.startswith("VB"):
        return None
    k += 1
    if tokens[k].text.lower() == "that":
        k += 1
    if k >= len(tokens) - 2 or tokens[k].text in (":", ",", '"', "“", "'") or tokens[k].tag in ("TO", "IN", "PRP"):
        return None  # a quotation, an object ("told him") or no clause follows
    return Frame(tokens[0], verb, tokens[k].start)


def previous_org(index: ArticleIndex, number: int) -> str | None:
    """What a sentence-initial 'It' (a speaker) names: the one organisation of the nearest earlier sentence
    that names any, or the subject phrase holding it ('The Demos report'); None when that is ambiguous."""
    for back in range(number - 1, max(-1, number - 3), -1):
        row = index.sentences[back]
        orgs = [m for m in row.mentions if m.kind == "org"]
        if not orgs:
            if any(m.kind == "person" for m in row.mentions):
                return None  # a person came in between
            continue
        clause = split_clause(row.tokens)
        subject = clause.subject if clause else []
        lo, hi = (subject[0].start, subject[-1].end) if subject else (-1, -1)
        inside = [m for m in orgs if lo <= m.start and m.end <= hi]
        keys = {m.key for m in inside or orgs}
        if len(keys) != 1:
            return None
        m = (inside or orgs)[0]
        text = row.sentence.text
        if inside and 2 <= len(subject) <= 5 and subject[-1].end > m.end and subject[-1].tag in ("NN", "NNP"):
            if subject[0].text.lower() == "the" and all(t.tag.startswith(("NN", "DT")) for t in subject):
                return text[lo:hi]  # "The Demos report"
        name = index.display("org", m.key)
        the = text[: m.start].rstrip().lower().split()[-1:] == ["the"]
        return f"the {name}" if the else name
    return None
