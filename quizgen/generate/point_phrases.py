"""Point phrases: the common-noun phrase that is a claim's point ('discussing [energy security]').

`concepts` admits a phrase of common words only when the article names, defines or repeats it, since a phrase
stated once may have several right fills. The main clause gives a second, narrow way in: a phrase is the point
of its claim when it is

- the object of the main verb ('has made [job creation] its top priority') or its complement after a form of
  'be' or 'considered as' ('is considered a [health care professional]'): `object_phrase`;
- the object of a participle clause attached to the main clause (', primarily discussing [energy security]'):
  `participle_object`;
- the subject of a passive main clause ('More [video links] will be made available'): `passive_subject`.

Its words must name a thing, not describe it: nouns only ('flood defence', not 'loud applause'). They
must say something (`specific`): not a light head ('issue', 'way'), not a pronoun's phrase ('its top
priority'), one to four words, not all of them among the commonest. Such an answer is asked as a cloze, the
student revealing and grading it: typed, a phrase of common words has too many right spellings.
"""

from __future__ import annotations

from quizgen.generate.clause import BE, Clause, split_clause
from quizgen.generate.concepts import EMPTY_HEADS
from quizgen.generate.entities import Mention
from quizgen.generate.frequency import zipf
from quizgen.generate.index import Analysed
from quizgen.generate.tokens import Token

POINT = "the claim's point"
"""The reason a point phrase is an answer (`Fact.term`)."""
MAX_WORDS = 4
COMMONEST = 5.3
"""A phrase whose every word is more frequent than this (Zipf scale) says nothing specific ('good time')."""
SINGLE_COMMONEST = 4.0
"""A single word more frequent than this has synonyms that fit its gap as well ('the [race]': 'contest')."""
_NOUNS = ("NN", "NNS")
_NOT_A_COMPLEMENT = frozenset("that so because if while although though unless until since".split())
"""What may follow a passive verb without being its complement: a clause ('so that ...')."""
_LEADS = ("DT", "PDT", "RBR", "JJR", "RB")
"""What may stand before the phrase inside its noun phrase ('a', 'the', 'More')."""
_AS_VERBS = frozenset("considered regarded seen described known treated viewed".split())
"""Verbs whose complement follows 'as' or stands bare: 'is considered (as) a X'."""


def point_phrases(row: Analysed) -> list[tuple[Mention, str]]:
    """The phrases of the sentence that are its main claim's point, each with where it stands."""
    clause = split_clause(row.tokens)
    if clause is None or not clause.verb:
        return []
    taken = [(m.start, m.end) for m in row.mentions]
    found: list[tuple[Mention, str]] = []
    for phrase, where in (
        (object_phrase(clause), "the object of the main verb"),
        (participle_object(clause), "the object of a participle clause on the main clause"),
        (passive_subject(clause), "the subject of a passive main clause"),
    ):
        if not phrase or not specific(row, phrase):
            continue
        start, end = phrase[0].start, phrase[-1].end
        if any(a < end and start < b for a, b in taken):
            continue
        text = row.sentence.text[start:end]
        found.append((Mention(text, start, end, "concept", text.lower()), where))
    return found


def object_phrase(clause: Clause) -> list[Token]:
    """The noun phrase right after the main verb: its object, or its complement after 'be' or 'considered as'."""
    rest = clause.rest
    if rest and rest[0].text.lower() == "as" and clause.verb[-1].text.lower() in _AS_VERBS:
        rest = rest[1:]
    run = _noun_run(rest)
    if run and run[0] is rest[0] and run[0].text.lower().endswith("ing") and clause.verb[-1].text.lower() in BE:
        return []  # 'is parting company': the verb the tagger took for a noun
    return run


def participle_object(clause: Clause) -> list[Token]:
    """The object of ', (primarily) discussing X' after the main clause: what the subject did in doing it."""
    rest, depth = clause.rest, 0
    for k, tok in enumerate(rest):
        depth += (tok.text == "(") - (tok.text == ")")
        if tok.text != "," or depth:
            continue
        after = rest[k + 1 :]
        if after and after[0].tag == "RB":
            after = after[1:]
        if after and after[0].tag == "VBG":
            return _noun_run(after[1:])
    return []


def passive_subject(clause: Clause) -> list[Token]:
    """The subject of a passive main clause ('More video links will be made available'): the thing the claim is
    about, when the subject is that noun phrase and nothing more, and the verb takes no agent ('by X') and no
    complement after a preposition ('are concerned about X'): then those are the point."""
    verb = [t for t in clause.verb if t.tag != "RB"]  # 'will be installed so': the adverb is no part of it
    if not verb or verb[-1].tag != "VBN" or not any(t.text.lower() in BE | {"be", "been", "being"} for t in verb):
        return []
    following = next((t for t in clause.rest if t.tag != "RB"), None)
    if following is not None and following.text.lower() == "by":
        return []  # 'were hampered by disease': who or what did it is the point (`claim_focus.place`)
    if following is not None and following.tag == "IN" and following.text.lower() not in _NOT_A_COMPLEMENT:
        return []  # 'are concerned about X', 'are regulated separately from X': the complement is the point
    run = _noun_run(clause.subject)
    return run if run and run[-1] is clause.subject[-1] else []


def _noun_run(tokens: list[Token]) -> list[Token]:
    """The common nouns that open `tokens` after a determiner ('energy security'); empty when an adjective
    describes them ('loud applause'), when a possessive pronoun opens it ('its top priority': whose?), when it
    runs on into a name, an 'of' phrase, a possessive or a relative clause ('a knot that is ...': it is then only
    part of a longer phrase), or when a verb
    follows (it is the subject of a clause the main verb reports: 'said [stagnant growth] would ...')."""
    k = 0
    while k < len(tokens) and tokens[k].tag in _LEADS and tokens[k].text.isalpha():
        k += 1
    run: list[Token] = []
    while k < len(tokens) and tokens[k].tag in (*_NOUNS, "JJ") and tokens[k].text.isalpha():
        run.append(tokens[k])
        k += 1
    following = tokens[k] if k < len(tokens) else None
    if run and run[-1].tag == "JJ" and len(run) >= 2 and run[-2].tag in _NOUNS and _ends_phrase(following):
        return run if all(t.tag in _NOUNS for t in run[:-1]) else []  # 'a health care professional.': a misread noun
    if any(t.tag == "JJ" for t in run):
        return []  # 'loud applause': an adjective describes, and 'warm applause' would fit the gap as well
    if following is not None and (
        following.tag in ("NNP", "NNPS", "POS", "WDT", "WP")
        or following.text.lower() == "that"
        or following.text.lower() == "of"
        or following.tag.startswith(("VB", "MD"))
    ):
        return []
    return run


def _ends_phrase(tok: Token | None) -> bool:
    return tok is None or tok.tag in ("CC", ",", ".", ":") or tok.text in (",", ".", ";")


def specific(row: Analysed, phrase: list[Token]) -> bool:
    """The phrase says something: one to four words, a head that is not light ('issue', 'way'), not all of the
    commonest words (a single word rarer still), no symbol or abbreviation."""
    if not 1 <= len(phrase) <= MAX_WORDS:
        return False
    words = [t.text.lower() for t in phrase]
    if words[-1] in EMPTY_HEADS or words[-1].rstrip("s") in EMPTY_HEADS:
        return False
    if any(len(t.text) < 3 or sum(ch.isupper() for ch in t.text) > 1 for t in phrase):
        return False
    return min(zipf(w) for w in words) <= (COMMONEST if len(words) > 1 else SINGLE_COMMONEST)
