"""Turn a sentence and an answer into a wh-question the sentence answers."""

from __future__ import annotations

import re

from quizgen.generate.clause import AUX, BE, FINITE, Clause, join, split_clause
from quizgen.generate.entities import Mention
from quizgen.generate.lemmas import get_inflection, get_lemma
from quizgen.generate.speakers import REPORTING
from quizgen.generate.tokens import Token

_DO = {"VBD": "did", "VBZ": "does", "VBP": "do"}
_PIED = {"in", "to", "from", "with", "against", "for", "on", "into", "at", "by", "between", "among", "about"}
_SINGULAR = {"are": "is", "were": "was", "have": "has", "do": "does"}
_BLOCKERS = {"that", "which", "who", "whom", "whose", "whether", "if", "how", "because", "while", "when", "where"}
MAX_WORDS = 32


def wh_phrase(mention: Mention, prep: str | None) -> tuple[str, bool] | None:
    """The question phrase for an answer, and whether it absorbs the preposition before it."""
    kind = mention.kind
    if kind == "person":
        return (f"{prep.capitalize()} whom", True) if prep in _PIED else ("Who", False)
    if kind == "country":
        return (f"{prep.capitalize()} which country", True) if prep in _PIED else ("Which country", False)
    if kind == "place":
        if prep in ("in", "at"):
            return "Where", True
        return (f"{prep.capitalize()} which place", True) if prep in _PIED else ("Which place", False)
    if kind == "org":
        return (f"{prep.capitalize()} which organisation", True) if prep in _PIED else ("Which organisation", False)
    if kind == "year":
        if prep in ("in", "during", "by", "since", "until", "before", "after"):
            return f"{prep.capitalize()} which year", True
        return ("In which year", False) if prep is None else None
    if kind == "people":
        return (f"{prep.capitalize()} whom", True) if prep in ("by", "with") else None
    if kind == "period":
        return ("In which years", True) if prep in ("in", "during", "from", "between", "over") else None
    if kind == "date":
        return ("When", True) if prep in ("on", "in", "by") else None
    if kind == "number" and mention.unit and _plural(mention.unit):
        return f"How many {mention.unit}", False  # not 'How many month sentence' of 'a nine month sentence'
    if kind == "money" and prep is None:
        return "How much", False
    if kind == "concept" and prep is None:
        return "What", False  # a term as the subject or the object of the verb: 'What occurs in divers who ...?'
    return None


_PLURALS = frozenset("people children men women police staff cattle personnel crew data media".split())


def _plural(unit: str) -> bool:
    """Whether a counted noun phrase ends in a plural ('presidents', 'people'), as 'How many' needs."""
    last = unit.split()[-1].lower()
    return last in _PLURALS or (last.endswith("s") and not last.endswith(("ss", "us", "is")))


_HEDGES = frozenset("just only nearly about almost roughly some around approximately over".split())
"""Words that belong to the figure they hedge: 'gave up just 308 points' asks 'How many points did ... give up?'"""


def before_span_tag(tokens: list[Token], start: int) -> str:
    """The tag of the word just before `start`, or ''."""
    before = [t for t in tokens if t.end <= start]
    return before[-1].tag if before else ""


def make_question(tokens: list[Token], mention: Mention) -> str | None:
    """A question whose one answer is `mention`, or None when no safe one can be formed."""
    clause = split_clause(tokens)
    if clause is None:
        return None
    start = mention.title_start if mention.title_start is not None else mention.start
    end = mention.unit_end or mention.end
    span = [t for t in tokens if start <= t.start < end]
    if not span or not _plain_subject(clause.subject) or _reduced_relative(clause):
        return None
    after_span = [t for t in tokens if t.start >= end]
    if after_span and (after_span[0].tag.startswith("NN") or after_span[0].tag == "POS"):
        return None  # the answer only modifies a noun: "U.S. presidents", "BBC's"
    if mention.kind == "concept" and before_span_tag(tokens, start) in ("JJ", "VBG", "NN", "NNS"):
        return None  # the answer ends a longer noun phrase: "roving [safety reps]"
    before_span = [t for t in tokens if t.end <= start]
    if any(t and t[-1].text.lower() in ("and", "or", "nor", "&") for t in (before_span, after_span[:1])):
        return None  # one of several
    if mention.kind in ("number", "money", "percent") and _paired_figure(after_span):
        return None  # '1,135 metres long and 15 metres wide': the question would keep the other half
    question = _ask(clause, span, mention) or _from_report(clause, span, mention)
    if question is None:
        return None
    words = question.split()
    if len(words) < 4 or words[-1].rstrip("?").lower() in ("said", "says", "told", "added", "say"):
        return None
    if len(words) > MAX_WORDS or mention.text.lower() in question.lower():
        return None
    if question.count('"') % 2 or question.count("“") != question.count("”") or " - " in question:
        return None
    if unanchored_present(question, mention):
        return None  # the sentence as a cloze asks it with its own time
    question = _ALSO.sub("", question)
    return question[:1].upper() + question[1:]


def _paired_figure(after: list[Token]) -> bool:
    """A figure's phrase ends in 'and' or 'or' and another figure: 'long and 15 metres wide'."""
    for k, tok in enumerate(after[:3]):
        if tok.text.lower() in ("and", "or"):
            return k + 1 < len(after) and after[k + 1].tag == "CD"
        if tok.tag in FINITE or tok.text in (",", ";"):
            return False
    return False


_ALSO = re.compile(r"\s+also\b(?!\s+known)")
"""'In which country was medicine also practised ...?': the 'also' points back to a sentence the card does not show."""
_NOW = re.compile(
    r"\b(?:currently|now|today|nowadays|presently|at present|still|so far|to date|(?:largest|biggest|highest|"
    r"longest|oldest|most \w+) known)\b",
    re.IGNORECASE,
)
_ANCHOR = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)s?\b|\bat the time\b|\bthen\b", re.IGNORECASE)
_PRESENT_ROLE = re.compile(r"^Who (?:is|are)\b")


def unanchored_present(question: str, mention: Mention) -> bool:
    """'Who is the US Treasury Secretary?', 'How many goals does Shearer currently have?': a role held or a
    running total asked in the present tense, with no year or 'at the time' to date it, has another right
    answer once the article is old."""
    if _ANCHOR.search(question):
        return False
    if mention.kind == "person" and _PRESENT_ROLE.match(question):
        return True
    return bool(_NOW.search(question))


_CLAUSE_BREAK = frozenset(", ; that which who whom when where while because as after before if".split())


def _reduced_relative(clause: Clause) -> bool:
    """'The advances made in the Middle East ... led medicine to ...': the verb found is a participle that
    describes the subject; the sentence's verb comes later, so no question can be made from this split."""
    verb = clause.verb
    if len(verb) != 1 or verb[0].tag not in ("VBD", "VBN") or not clause.rest or clause.rest[0].tag != "IN":
        return False
    for tok in clause.rest[1:]:
        if tok.text.lower() in _CLAUSE_BREAK:
            return False
        if tok.tag in ("VBD", "VBN", "VBZ", "VBP"):
            return True
    return False


def _ask(clause: Clause, span: list[Token], mention: Mention) -> str | None:
    return (
        _from_subject(clause, span, mention) or _from_rest(clause, span, mention) or _from_intro(clause, span, mention)
    )


def _from_report(clause: Clause, span: list[Token], mention: Mention, depth: int = 0) -> str | None:
    """An answer inside what someone said: 'X said (that) C' asks C, 'according to X'."""
    verb = [t for t in clause.verb if t.tag.startswith("VB")]
    if depth > 2 or not verb or verb[-1].text.lower() not in REPORTING or not all(t in clause.rest for t in span):
        return None
    rest = clause.rest[1:] if clause.rest and clause.rest[0].text.lower() == "that" else clause.rest
    if not rest or rest[0].text in (":", ",", '"', "“") or rest[0].tag in ("TO", "IN"):
        return None
    speaker = clause.subject
    if speaker[0].tag.startswith("PRP") or speaker[0].text.lower() in ("there", "it"):
        return None
    inner = split_clause(rest)
    if inner is None or not _plain_subject(inner.subject):
        return None
    pronoun = inner.subject[0].text.lower() if len(inner.subject) == 1 else ""
    if pronoun in ("it", "he", "she") and speaker[0].tag.startswith("NNP") and len(speaker) <= 4:
        inner = Clause(inner.intro, speaker, inner.verb, inner.rest)  # "BP said it made ..." asks about BP
        question = _ask(inner, span, mention)
        return question if question and inner.subject[0].text.lower() in question.lower() else None
    if inner.subject[0].tag.startswith("PRP"):
        return None
    nested = _ask(inner, span, mention)
    if nested is None:
        return _from_report(inner, span, mention, depth + 1)
    return f"{nested[:-1]}, according to {subject_text(speaker)}?"


def _from_subject(clause: Clause, span: list[Token], mention: Mention) -> str | None:
    if not all(t in clause.subject for t in span):
        return None
    left = [t for t in clause.subject if t not in span and t.tag not in ("DT",)]
    if left:
        return None
    found = wh_phrase(mention, None)
    if found is None or any(t.text.lower() in ("they", "their", "them") for t in clause.rest):
        return None  # "Which organisation says they ..." when the subject was plural
    wh, _ = found
    verb = list(clause.verb)
    if mention.kind != "number":
        verb = _singular(verb)
    return f"{wh} {join(verb + _trim(clause.rest))}{fronted_tail(clause.intro)}?"


def _from_rest(clause: Clause, span: list[Token], mention: Mention) -> str | None:
    rest = clause.rest
    if not all(t in rest for t in span):
        return None
    at = rest.index(span[0])
    before = rest[:at]
    if any(t.tag in FINITE or t.text.lower() in _BLOCKERS or t.text in (",", "-", "—", ":", ";") for t in before):
        return None
    if before and before[-1].tag == "DT":
        before = before[:-1]
    prep = before[-1].text.lower() if before and before[-1].tag in ("IN", "TO") else None
    found = wh_phrase(mention, prep)
    if found is None:
        return None
    wh, absorbs = found
    if absorbs:
        before = before[:-1]
    if (
        before
        and not (before[-1].tag.startswith(("VB", "RB", "RP")) or before[-1].tag == "TO")
        and (absorbs or not prep)
    ):
        return None  # the answer belongs to a noun ("sanctions against Russia"), not to the verb
    if prep and not absorbs:
        return None
    if _inside_a_participle(before):
        return None
    after = _trim(rest[at + len(span) :])
    inverted = invert(clause)
    if inverted is None:
        return None
    head, tail_verb = inverted
    asked = tail_verb + before
    while asked and asked[-1].text.lower() in _HEDGES and mention.kind in ("number", "money", "percent"):
        asked = asked[:-1]  # the hedge went with the figure
    body = join(asked + after)
    subject = subject_text(clause.subject)
    return f"{wh} {head} {subject}{' ' + body if body else ''}{fronted_tail(clause.intro)}?"


def _inside_a_participle(before: list[Token]) -> bool:
    """'was Gegeen assassinated in a coup involving [five princes] from ...': the answer is the object of a
    participle that describes a noun, and moving it out leaves 'involving from' behind; 'admitted his guilt by
    recruiting [Druyun] while ...' likewise asks the object of a gerund, not of the verb."""
    return any(t.tag == "VBG" and k and before[k - 1].tag.startswith(("NN", "IN")) for k, t in enumerate(before))


def _from_intro(clause: Clause, span: list[Token], mention: Mention) -> str | None:
    """A fronted phrase that is just a preposition and the answer: "In 2023, ..."."""
    intro = clause.intro
    if len(intro) != len(span) + 1 or intro[1:] != span or intro[0].tag != "IN":
        return None
    found = wh_phrase(mention, intro[0].text.lower())
    inverted = invert(clause)
    if found is None or not found[1] or inverted is None:
        return None
    head, verb = inverted
    body = join(verb + _trim(clause.rest))
    return f"{found[0]} {head} {subject_text(clause.subject)}{' ' + body if body else ''}?"


def _plain_subject(subject: list[Token]) -> bool:
    """A subject that starts like a noun phrase and is not an empty 'there' or 'it'."""
    first = subject[0]
    if first.text.lower() in ("there", "it", "as", "what", "how", "why"):
        return False
    return first.tag in ("DT", "PRP", "PRP$", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", '"', "PDT")


_TIME_QUALIFIERS = frozenset("since until before after during when".split())
"""Words opening a phrase that bounds a fact in time: 'has investigated 400 contracts, dating back to 1993, since
the allegations came to light' keeps 'since ...' when the aside between the commas goes."""


def _trim(rest: list[Token]) -> list[Token]:
    """Words up to a trailing participle or 'with', 'including' clause after a comma; a time phrase after
    such an aside, closed by a second comma, stays."""
    for i, tok in enumerate(rest):
        if tok.text.lower() in ("but", ";", ":") or tok.text == "," and i + 1 < len(rest) and rest[i + 1].tag == "CC":
            return rest[:i]
        if tok.text == "," and i + 1 < len(rest):
            nxt = rest[i + 1]
            if (
                nxt.tag == "VBG"
                or nxt.text.lower() in ("with", "including", "while", "as", "after", "despite")
                or (nxt.tag == "RB" and i + 2 < len(rest) and rest[i + 2].tag == "VBG")
            ):
                return rest[:i] + _time_after_aside(rest, i + 1)
        if tok.text == "," and i == 0:
            return []
        if tok.text.lower() == "and" and any(t.tag in FINITE for t in rest[:i]) and _opens_a_clause(rest[i + 1 :]):
            return rest[:i]  # '... found the system was flawed and all three parties have said ...'; not 'X and Y will
    return rest


_SUBJECT_TAGS = ("DT", "PDT", "CD", "NNP", "NNPS", "NNS", "PRP")


def _opens_a_clause(tokens: list[Token]) -> bool:
    """'and all three parties have said ...': a subject, then its own finite verb within a few words."""
    if not tokens or not tokens[0].tag.startswith(_SUBJECT_TAGS):
        return False
    for tok in tokens[1:7]:
        if tok.text in (",", ";", ":") or tok.text.lower() in ("and", "or"):
            return False
        if tok.tag in FINITE:
            return True
    return False


def _time_after_aside(rest: list[Token], start: int) -> list[Token]:
    """The time phrase that follows an aside opening at `start` and closed by a comma, trimmed; else nothing."""
    close = next((k for k in range(start, len(rest)) if rest[k].text == ","), None)
    if close is None or close + 1 >= len(rest) or rest[close + 1].text.lower() not in _TIME_QUALIFIERS:
        return []
    return _trim(rest[close + 1 :])


def invert(clause: Clause) -> tuple[str, list[Token]] | None:
    """The auxiliary to put before the subject, and the verb words left after it."""
    verb = clause.verb
    k = next((i for i, t in enumerate(verb) if t.tag.startswith("VB") or t.tag == "MD"), None)
    if k is None:
        return None
    adverbs, first, more = verb[:k], verb[k], verb[k + 1 :]
    low = first.text.lower()
    if low in AUX and (low in BE or first.tag == "MD" or any(t.tag.startswith("VB") for t in more)):
        return low, adverbs + more
    if first.tag not in _DO:
        return None
    lemmas = get_lemma(low, "VERB")
    if not lemmas:
        return None
    base = Token(lemmas[0], first.start, first.end, "VB", first.chunk)
    return _DO[first.tag], adverbs + [base] + more


def _singular(verb: list[Token]) -> list[Token]:
    if not verb:
        return verb
    first = verb[0]
    low = first.text.lower()
    if low in _SINGULAR:
        return [Token(_SINGULAR[low], first.start, first.end, "VBZ", first.chunk), *verb[1:]]
    if first.tag == "VBP":
        forms = get_inflection(low, "VBZ")
        if forms:
            return [Token(forms[0], first.start, first.end, "VBZ", first.chunk), *verb[1:]]
    return verb


def subject_text(subject: list[Token]) -> str:
    text = join(subject)
    if text.startswith(("The ", "A ", "An ")) and len(subject) == 1:
        return text[:1].lower() + text[1:]  # a resolved reference: "The TUC"
    first = subject[0]
    if first.tag.startswith("NNP") or first.text == "I" or keeps_its_capital(first.text):
        return text
    if len(subject) > 1 and first.tag == "JJ" and first.text[:1].isupper() and subject[1].text[:1].isupper():
        return text  # 'French Huguenot explorer Jean Ribault': the first word of a name's phrase
    return text[:1].lower() + text[1:]


def keeps_its_capital(word: str) -> bool:
    """A name keeps its capital when a sentence's first word moves inside a question: 'BSkyB' (a capital
    after the first letter), 'UN', or a word the tagger does not know in lower case ('Tories')."""
    from textblob.en import lexicon

    if any(c.isupper() for c in word[1:]):
        return True
    return word[:1].isupper() and lexicon.get(word.lower()) is None and word.isalpha()


_TAIL_PREPOSITIONS = frozenset(("in", "on", "at", "during", "after", "before", "since", "by", "until", "over"))


def fronted_tail(intro: list[Token]) -> str:
    """A fronted phrase without a verb ("In 2023") moves to the end of the question."""
    if not intro or any(t.tag.startswith("VB") or t.tag == "MD" for t in intro):
        return ""
    # 'As of January 2016' dates the fact, so it stays with the question too
    dated = intro[0].text.lower() == "as" and len(intro) > 2 and intro[1].text.lower() in ("of", "at")
    if not dated and intro[0].text.lower() not in _TAIL_PREPOSITIONS:
        return ""
    text = join(intro)
    if intro[0].tag.startswith("NNP"):
        return " " + text
    return " " + text[:1].lower() + text[1:]
