"""Gates on what a card leaves unnamed that `reference_gates` does not look for.

'the Market' (a short name), 'they will vote against it' (a pronoun with nothing in the sentence to mean),
'The astronauts would ...' (which astronauts?), 'the cause' (of what?), 'an earlier market' (earlier than
what?), 'The date of ___' (the gap is what would say whose date). Like the reference gates, a card these
drop is tried again with the sentence before shown, and passes when that sentence holds what it lacks.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.generate.ages import apposed_age
from quizgen.generate.context import dated, holds
from quizgen.generate.coref import EVENT_HEADS
from quizgen.generate.entities import PARTIES
from quizgen.generate.offices import bare_office
from quizgen.generate.quotes import QUOTED, in_quoted_phrase
from quizgen.generate.reference_gates import ONE_THERE_IS
from quizgen.generate.referred import Referred
from quizgen.generate.shorthand import longer_forms, shortened

if TYPE_CHECKING:
    from quizgen.generate.gates import Candidate
    from quizgen.generate.tokens import Token

UNNAMED_GATES = frozenset(
    (
        "short_name",
        "unanchored_pronoun",
        "unanchored_subject",
        "anaphoric_such",
        "some_of_no_group",
        "one_of_many",
        "relative_phrase",
        "gap_names_it",
    )
)
"""Gates a card may pass once the sentence before is shown as its context."""

_RELATIONAL = "cause|causes|reason|origin|origins|outcome|aim|purpose|culprit|answer|consequences"
_RELATIVE = re.compile(
    rf"\b[Tt]he\s+(?:{_RELATIONAL})\b(?!\s+(?:of|for|behind|to|that|was\s+not)\b)"
    r"|\b[Aa]n?\s+(?:earlier|previous|later|subsequent)\s+[a-z]+\b(?![^.;]*\bthan\b)"
)
_POINTING = frozenset("previous past same other former latter remaining last earlier".split())
"""Adjectives that point back to things already told ('the previous chairs'), not ones that describe a kind."""
_GAP = r"(?:_____|\{\{c\d+::)"
_OF_THE_GAP = re.compile(
    rf"\b[Tt]he\s+(?:date|year|day|time|cause|name|number|figure|price|rate)\s+of\s+(?:{_GAP}|\d[\d,.]*\b)"
)
_OBJECT_BEFORE = ("IN", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "TO")


def short_name(c: Candidate) -> str | None:
    """'the Market', 'the White Paper': a short name for one an earlier sentence gives in full, left short
    because the full name is not certain; the card shows neither."""
    tokens, text = c.fact.row.tokens, c.fact.row.sentence.text
    for i, tok in enumerate(tokens):
        end = shortened(tokens, i)
        if end is None or _edited(c, tok) or in_quoted_phrase(text, tok.start):
            continue
        words = text[tokens[i + 1].start : tokens[end - 1].end]
        if re.search(rf"\S\s+{re.escape(words)}\b", text[: tok.start]):
            continue  # "Hadrian's Wall ... the Wall": the sentence gives the full name first
        if longer_forms(c.index, c.fact.row.sentence.number, words) and not _shown_before(c, words):
            return f"{Referred(f'{tok.text} {words}').quoted} is short for a name the card does not give"
    return None


def unanchored_pronoun(c: Candidate) -> str | None:
    """'they will vote against it', 'a number of their descendants': a pronoun with no noun before it in the
    card that it could mean (a thing for 'it', several for 'their'). When the noun was in the part of the
    sentence the card leaves out, no other sentence can stand for it; otherwise the sentence before, shown,
    must hold such a noun."""
    tokens, text = c.fact.row.tokens, c.fact.row.sentence.text
    for k, tok in enumerate(tokens):
        low = tok.text.lower()
        if _edited(c, tok) or in_quoted_phrase(text, tok.start):
            continue
        leading = low == "its" and k > 0
        opens_claim = k > 0 and _cut(c, tokens[k - 1])  # '...; it was named after ...' asked as a claim alone
        if low == "it" and opens_claim_after_cut(c, tokens, k, [t for t in tokens[:k] if not _cut(c, t)]):
            return f"'{tok.text}' means a noun of the part of the sentence the card leaves out"
        if not (
            leading
            or low in ("their", "them")
            or (low == "it" and k > 0 and (tokens[k - 1].tag in _OBJECT_BEFORE or opens_claim))
        ):
            continue
        plural = low in ("their", "them")
        kept = [t for t in tokens[:k] if not _cut(c, t)]
        if (low == "its" and not kept) or _noun_before(kept, plural) or _replaced_before(c, tok):
            continue
        if _noun_before(tokens[:k], plural):
            return f"'{tok.text}' means a noun of the part of the sentence the card leaves out"
        number = c.fact.row.sentence.number
        if not (c.fact.context and number > 0 and _noun_before(c.index.sentences[number - 1].tokens, plural)):
            return f"'{tok.text}' means something the card does not name"
    return None


def unanchored_subject(c: Candidate) -> str | None:
    """'The astronauts would ...', 'The politicians - led by ...', 'The isolated subdivision was ...': a sentence
    that opens with a common noun and nothing that says which (no name, no 'of', no clause after it). The
    sentence before, shown as context, must not open so either: it would make nothing whole."""
    row, number = c.fact.row, c.fact.row.sentence.number
    if c.fact.context and number > 0:
        before = c.index.sentences[number - 1]
        shown = _unanchored_opening(c, before.tokens)
        if shown and c.fact.context.startswith(before.sentence.text[:shown]):
            return f"the sentence before, {Referred(before.sentence.text[:shown]).quoted}, does not say which"
    kept = [t for t in row.tokens if not _cut(c, t)]  # the claim the card asks, when it cuts the sentence
    if not kept or _edited(c, kept[0]):
        return None
    end = _unanchored_opening(c, kept)
    if end is None:
        return None
    opening = row.sentence.text[kept[0].start : end]
    if c.fact.context and holds(c.fact.context, opening.split()[-1].lower()):
        return None
    return f"{Referred(opening).quoted} does not say which"


def _unanchored_opening(c: Candidate, tokens: list[Token]) -> int | None:
    """The end of an opening 'The [adjectives] <common noun>' followed by its verb or a dash, which says nothing
    of which one, or of a count of things in a sentence that names nothing ('Two extensions were opened in
    1991'); None for any other opening."""
    if _nameless_count(tokens):
        return tokens[1].end
    if len(tokens) < 3 or tokens[0].text != "The" or tokens[1].text in ("name", "term", "word", "title", "phrase"):
        return None  # 'The name oxygen was coined ...': the phrase names what it speaks of
    j = 1
    while (
        j + 1 < len(tokens)
        and tokens[j].tag in ("JJ", "VBN", "NN")
        and tokens[j + 1].tag.startswith(("NN", "JJ", "VBN"))
    ):
        j += 1
    head, after = tokens[j], tokens[j + 1] if j + 1 < len(tokens) else None
    if head.tag not in ("NN", "NNS") or not head.text.isalpha() or not head.text.islower() or after is None:
        return None
    if not (after.tag.startswith(("VB", "MD")) or after.text in ("-", "–", "—")):
        return None
    if after.tag == "VBN" and j + 2 < len(tokens) and tokens[j + 2].tag in ("IN", "TO"):
        return None  # 'The advances made in botany ...': the phrase says which
    noun = head.text.lower()
    described = [t.text.lower() for t in tokens[1:j] if t.tag == "JJ"]
    compound = any(t.tag == "NN" for t in tokens[1:j])  # 'The mobile poster vans': particular vans, not a kind
    if head.tag == "NNS" and described and not set(described) & _POINTING and not compound:
        return None  # 'The small academies are paid for by ...': a kind of thing, said of all of them
    subject = c.index.subject
    if subject is not None and (noun in subject.nouns or noun == subject.name.split()[-1].lower()):
        return None  # 'The bridge' in the article titled "Trajan's Bridge": the article's subject
    if noun in EVENT_HEADS:
        return None  # 'The deployment would ...': `coref` shows the sentence before that tells of it
    if j == 1 and (noun in ONE_THERE_IS or noun == "government"):
        return None  # 'The dollar was trading at ...', 'The government has ...': there is one
    return head.end


def anaphoric_such(c: Candidate) -> str | None:
    """'who revels in such occasions', 'in such cases': 'such' before a noun, with no 'as' or 'that' after it to
    say what kind, means things another sentence tells. The sentence before, shown, must name them."""
    tokens = [t for t in c.fact.row.tokens if not _cut(c, t)]
    for k, tok in enumerate(tokens):
        if tok.text.lower() != "such" or _edited(c, tok):
            continue
        j = k + 1
        while j < len(tokens) and tokens[j].tag == "JJ":
            j += 1
        if j >= len(tokens) or tokens[j].tag not in ("NN", "NNS") or not tokens[j].text.isalpha():
            continue
        after = tokens[j + 1].text.lower() if j + 1 < len(tokens) else ""
        if after in ("as", "that"):
            continue  # 'such cases as these', 'such force that ...': the phrase says what kind
        noun = tokens[j].text.lower()
        if c.fact.context and holds(c.fact.context, noun):
            continue
        return f"{Referred(f'such {noun}').quoted} means things the card does not tell"
    return None


_SOME = frozenset(("Some", "Many", "Several"))


def some_of_no_group(c: Candidate) -> str | None:
    """'Some settlers landed in ...': a claim that opens with 'Some', 'Many' or 'Several' and a plain plural
    noun, then its verb, names no group ('of the Huguenots') and, with no date in the sentence, no time: which
    settlers is told elsewhere. The sentence before, shown, must name them."""
    kept = [t for t in c.fact.row.tokens if not _cut(c, t)]
    if len(kept) < 3 or kept[0].text not in _SOME or _edited(c, kept[0]):
        return None
    j = 1
    while j + 1 < len(kept) and kept[j].tag == "JJ" and kept[j].text.islower():
        j += 1  # 'Some early settlers'; a capitalised one names the group ('Some Dutch settlers')
    head, verb = kept[j], kept[j + 1] if j + 1 < len(kept) else None
    if head.tag != "NNS" or not head.text.isalpha() or not head.text.islower() or verb is None:
        return None
    if not verb.tag.startswith(("VB", "MD")) or verb.tag == "VBG":
        return None  # 'Many scholars arguing for ...': a phrase that goes on to say which
    if dated(c.fact.row.sentence.text):
        return None  # 'Many settlers arrived in 1700': the time says which
    if c.fact.context and holds(c.fact.context, head.text.lower()):
        return None
    return f"'{kept[0].text} {head.text}' names no group and no time"


def unnamed_office_holder(c: Candidate) -> str | None:
    """'Who made a point of turning to face the chancellor?': an office named without its holder, when the
    article gives that office to no one person (`coref` names the one it gives it to)."""
    tokens = c.fact.row.tokens
    for i, tok in enumerate(tokens):
        if _cut(c, tok) or _edited(c, tok):
            continue
        end = bare_office(tokens, i)
        if end is not None:
            office = Referred(c.fact.row.sentence.text[tok.start : tokens[end - 1].end])
            return f"{office.quoted} names no one the article names"
    return None


_ONE_OF_MANY = re.compile(r"(?<![,(]\s)\b[Tt]he\s+(?:member|supporter|activist|follower|resident)\s+of\b")


def one_of_many(c: Candidate) -> str | None:
    """'the final days of the member of the White Rose movement': 'the member of' a group, with no name
    beside it, stands for a person named elsewhere, one of many the words fit. (An apposition after a name,
    'Hans, the member of ...', says whom.)"""
    found = _ONE_OF_MANY.search(QUOTED.sub("", c.card.prompt()))
    return f"'{found.group(0)}' stands for a person the card does not name" if found else None


def _nameless_count(tokens: list[Token]) -> bool:
    """'Two extensions were opened in 1991 and 2002': a count of a common noun, then its verb, and no name
    anywhere in the sentence to say whose."""
    return (
        len(tokens) > 3
        and tokens[0].tag == "CD"
        and not tokens[0].text[:1].isdigit()
        and tokens[1].tag == "NNS"
        and tokens[1].text.islower()
        and tokens[2].tag.startswith(("VB", "MD"))
        and not any(t.capitalised for t in tokens[1:])
    )


def relative_phrase(c: Candidate) -> str | None:
    """'the cause' (of what?), 'an earlier market' (earlier than what?), in the card's sentence or in the
    sentence before it shows."""
    stem = QUOTED.sub("", c.card.prompt())
    found = _RELATIVE.search(stem)
    return f"{Referred(found.group(0)).quoted} leans on something the card does not say" if found else None


def gap_names_it(c: Candidate) -> str | None:
    """'The date of ___' (or 'The date of 2035' in a true-or-false statement): what would say whose date is the
    value itself, so the card never says it."""
    found = _OF_THE_GAP.search(c.card.prompt())
    return f"'{found.group(0)}': only the value follows, nothing says whose" if found else None


def unsignalled_age(c: Candidate) -> str | None:
    """'Scholl, [21], was arrested': an age set between commas after a name says nothing of what the gap asks, so
    a student's title, home town or age fit alike."""
    m = c.fact.mention
    if c.card.type == "cloze" and apposed_age(c.fact.row.sentence.text, m.start, m.end):
        return "an age between commas: nothing says the gap asks an age"
    return None


def _edited(c: Candidate, tok: Token) -> bool:
    """The token lies in a span the card's edits replaced (a reference already resolved)."""
    return any(a <= tok.start < b for a, b, _ in c.fact.edits)


def opens_claim_after_cut(c: Candidate, tokens: list[Token], k: int, kept: list[Token]) -> bool:
    """'...; with an estimated population of 853,382 in 2014, it is the most populous city': the subject 'it' of a
    claim cut from the sentence, with no name before it in what the card keeps, means the subject of the part
    left out."""
    subject = k + 1 < len(tokens) and tokens[k + 1].tag in ("VBZ", "VBD", "MD")
    front = []
    for t in tokens[:k]:
        if not _cut(c, t):
            break
        front.append(t)
    cut_before = bool(front) and front[-1].text == ";"  # a clause left out before a semicolon, not 'For example,'
    named = any(t.tag.startswith("NNP") for t in kept)
    return subject and cut_before and not named and not _replaced_before(c, tokens[k])


def _cut(c: Candidate, tok: Token) -> bool:
    """The token lies in a span the card leaves out (another claim of the sentence, a trimmed aside)."""
    return any(a <= tok.start < b and not text for a, b, text in c.fact.edits)


def _replaced_before(c: Candidate, tok: Token) -> bool:
    """A reference before the token was replaced by a name, which the pronoun may mean."""
    return any(a < b <= tok.start and text.strip() for a, b, text in c.fact.edits)


def _shown_before(c: Candidate, words: str) -> bool:
    """The sentence before, shown as context, gives the name in full."""
    return bool(c.fact.context) and re.search(rf"\S\s+{re.escape(words)}\b", c.fact.context) is not None


def _noun_before(tokens: list[Token], plural: bool) -> bool:
    """A noun the pronoun can mean: for 'their', several things ('and', a plural) or a group ('the band'), not
    a count of them ('a number of'); for 'it', one thing or a number ('6 is composite because it ...')."""
    if plural:
        return any(
            (t.tag.startswith("NN") or t.text.lower() == "and") and t.text.lower() not in _COUNTS for t in tokens
        )
    return any(
        t.tag in ("NN", "NNP", "CD") and not _plural_party(t) and not (k and tokens[k - 1].tag in ("MD", "TO"))
        for k, t in enumerate(tokens)
    )  # 'will vote against it': a verb after 'will' or 'to', whatever its tag


def _plural_party(tok: Token) -> bool:
    """'Tories', 'Democrats': a party named in the plural, which 'it' cannot mean."""
    return tok.text in PARTIES and tok.text.endswith("s")


_COUNTS = frozenset("number lot majority minority part half most some many all few".split())
