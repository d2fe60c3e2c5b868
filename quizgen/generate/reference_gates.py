"""Gates on references: a card must name what it speaks of, or show the sentence before that does.

'the company', 'that idea', 'After that', 'the bill' point back to a sentence the card may not show. A
card these gates drop is tried again with the sentence its reference leans on as its context
(`candidates.with_context`), and passes when that sentence holds what the reference means (`context.holds`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.generate.context import holds
from quizgen.generate.coref import told_in_sentence
from quizgen.generate.entities import TIME_KINDS
from quizgen.generate.quotes import QUOTED, in_quoted_phrase
from quizgen.generate.referred import Referred
from quizgen.generate.world_definites import Phrase, needs_no_antecedent

if TYPE_CHECKING:
    from quizgen.generate.gates import Candidate
    from quizgen.generate.tokens import Token

REFERENCE_GATES = frozenset(("unnamed_reference_in_stem", "unresolved_opener", "anaphoric_definite"))
"""Gates a card may pass once the sentence before is shown as its context (`candidates.with_context`)."""

_GENERIC = (
    "company|firm|party|shares|airline|carrier|step|images|posters|idea|conflict|role|group|plan|scheme|deal|bill|court|campus|treaty|"
    "museum|ministry|agency|department|club|team|band|programme|program|project|proposals?|move|decision|case|"
    "region|site|event|show|series|film|album|book|station|network|channel|council|committee|board|body|"
    "institution|university|college|system|law|act|policy|measures?|process|device|product|service|study|"
    "survey|report|agreement|talks|meeting|summit|campaign|issue|plans|newspaper|paper|test|settlement|trial|inquiry|investigation|review|strike|attack|"
    "incident|crisis|dispute|offer|bid|date|tax|figure|figures|rate|organisation|organization|firm's|"
    "company's|city|town|village|country|state|province|island|river|building|school|hospital|prison|work|empire|"
    "kingdom|regime"
)
_WHEN = (
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    "September|October|November|December|\\d+"
)
"""'the bill on Thursday' names no bill: 'on' before a day or a date restricts nothing."""
_UNNAMED = re.compile(
    rf"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ss]uch)\s+(?!(?:first|last|only)\s)(?:(?![A-Z0-9])[\w-]+\s+)?(?:{_GENERIC})\b(?!\s+(?:of|at|for|called|named|known|that|worst|best|hardest|most|least)\b|\s+in\s+(?:[A-Z0-9]|the\b|an?\b|question\b)|\s+on\b(?!\s+(?:{_WHEN})\b)|\s+[A-Z]|['’]s\s+[A-Z]|\s+(?:{_GENERIC})\s+[A-Z])"
)
"""'the bill', 'that idea', 'the court' with nothing after that says which ('the landmark court case Brown v.
Board' does, and so does 'the team in Denver', but not 'led the team in sacks')."""
_WHOSE_PLAN = re.compile(
    r"\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:own\s+|new\s+)?(?:plan|plans|proposals?|scheme|idea|move|decision|"
    r"deal|offer|bid|policy|strategy)\b(?!\s+(?:to|for|of|that|on|would|will)\b|\s*[,(]?\s*(?:the|a|an)?\s*[A-Z\"“])"
)
"""'their plan', 'its scheme' with nothing after that says which ('their plan to abolish the council tax' does)."""
_DEMONSTRATIVES = frozenset(("this", "that", "these", "those"))


def unnamed_reference_in_stem(c: Candidate) -> str | None:
    """'the company', 'that idea', 'the conflict': the card never says which (unless the sentence before, shown
    as the card's context, names it)."""
    stem = QUOTED.sub("", c.card.prompt())
    for found in _UNNAMED.finditer(stem):
        if _the_subject(c, found.group(0).split()[-1]):
            continue  # 'the city limits' in the article about Fresno: Fresno's
        if _needs_no_antecedent(c, stem, found):
            continue  # 'the justice system', 'the highest court': one of a kind, whatever came before
        if not _named_in_sentence(c, stem, found) and not _told_before(c, stem, found):
            return f"{Referred(found.group(0)).quoted} is not named on the card"
    found_plan = _WHOSE_PLAN.search(stem)
    if found_plan and not _told_before(c, stem, found_plan):
        return f"{Referred(found_plan.group(0)).quoted} is not named on the card"
    text, tokens = c.fact.row.sentence.text, c.fact.row.tokens
    removed = [(a, b) for a, b, _ in c.fact.edits]
    for tok, nxt in zip(tokens, tokens[1:], strict=False):
        if tok.text.lower() not in _DEMONSTRATIVES or tok.tag != "DT" or not nxt.tag.startswith("NN"):
            continue
        if nxt.text.lower() in _NOT_NOUNS or in_quoted_phrase(text, tok.start):
            continue
        if any(t.text.lower() == nxt.text.lower() and t.tag.startswith("NN") for t in tokens if t.end <= tok.start):
            continue  # 'white government schools ..., and many of these schools': told in the sentence
        if told_in_sentence(c.fact.row, tokens.index(tok)) and not _cut_before(c, tok.start):
            continue  # 'ravaged London in 1563, 1593 and 1603, ... during those years': the years are there
        if not any(a <= tok.start < b for a, b in removed) and not _context_holds(c, nxt.text.lower()):
            return f"{Referred(f'{tok.text} {nxt.text}').quoted} is not named on the card"
    return None


def _cut_before(c: Candidate, start: int) -> bool:
    """The card leaves out a part of its sentence before offset `start` (another claim, an aside)."""
    return any(b <= start and not text for a, b, text in c.fact.edits)


def _needs_no_antecedent(c: Candidate, stem: str, found: re.Match[str]) -> bool:
    """A 'the' phrase of the stem that `world_definites` finds one of a kind (tags from the card's sentence)."""
    determiner, *words = found.group(0).split()
    if determiner.lower() != "the":
        return False  # 'that idea', 'those years' point back by their very word
    tags = {t.text.lower(): t.tag for t in c.fact.row.tokens}
    following = re.match(r"\s*([\w-]*)", stem[found.end() :])
    phrase = Phrase(
        words,
        [tags.get(w.lower(), "") for w in words],
        following.group(1).lower() if following else "",
        _state_told_before(c),
    )
    return needs_no_antecedent(phrase) is not None


def _state_told_before(c: Candidate) -> bool:
    """One of the three sentences before the card's names a country (or its people), whose 'government' the
    card's may be."""
    number = c.fact.row.sentence.number
    rows = c.index.sentences[max(0, number - 3) : number]
    return any(m.kind in ("country", "nationality") for row in rows for m in row.mentions)


def _the_subject(c: Candidate, noun: str) -> bool:
    """The noun is one the article's subject goes by ('city' in the article about Fresno)."""
    return c.index.subject is not None and noun.lower() in c.index.subject.nouns


def _context_holds(c: Candidate, noun: str) -> bool:
    """The sentence shown as the card's context names what 'the <noun>' points back to, or was chosen for it."""
    return bool(c.fact.context) and (noun in c.fact.context_nouns or holds(c.fact.context, noun))


def _told_before(c: Candidate, stem: str, found: re.Match[str]) -> bool:
    """A phrase of the card's own sentence (after its context) whose noun the context names."""
    return (
        bool(c.fact.context)
        and found.start() >= len(QUOTED.sub("", c.fact.context))  # the stem drops quotations, the context's too
        and _context_holds(c, found.group(0).split()[-1].lower())
    )


_NOT_NOUNS = frozenset(
    "is was are were has have had will would can could may might should must does did do year week month "
    "time morning afternoon evening summer winter spring autumn season century decade weekend".split()
)


_OPENERS = re.compile(
    r"^(?:After that|Since then|Despite this|Despite that|Because of this|As a result|In response|By then)"
    r"\b(?!\s+(?:to|of)\b)"
    r"|^Before that\b"
    r"|^(?:More )?[Ss]pecifically\b"
    r"|^However\b(?!\s+(?:much|many|long|far|often)\b)"
    r"|\b(?:subsequently|thereafter)\b"
    r"|^Then\b"
    r"|\bThe (?:merged|combined|renamed|same)\s"
    r"|\b(?:during|in|over|by|from|within)\s+the\s+same\s+(?:period|year|month|day|decade|era|week|season)\b"
    r"|^(?:Instead|Subsequently|Thereafter|Afterwards|Later that year|The following year|The next year|That year|"
    r"At the time|At that time|Other|Fellow)\b(?!\s+(?:of|than|to)\b)"
    r"|\b[Ff]ellow\s+[a-z]+"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+more\s+(?!than\b)[a-z]+s\b"
    r"|\ben route\b(?!\s+(?:to|for|from)\b)"
    r"|,\s+however,\s"
    r"|^(?:Another|Then)\s+(?!of\b)[a-z]+"
    r"|\bUnited Nation\b(?!s)"
    r"|^(?:[A-Z]\w+,\s+)?(?:[Mm]any|[Ss]ome|[Mm]ost|[Oo]thers|[Ss]everal|[Bb]oth|[Ff]ew)(?:\s+of\s+them)?\s+"
    r"(?:also\s+|later\s+|then\s+|even\s+)?(?:[a-z]+ed|took|went|were|was|had|have|became|began|fled|left|came|made|"
    r"found|joined|settled|moved|stayed|remained|chose)\b"
    r"|\b[Ss]uch\s+(?!as\b|that\b)[a-z]+"
    r"|\b(?:[a-z]+ed|went|moved|lived|died|born|stayed|remained)\s+there\b"
    r"|\b[Aa] similar\s+[a-z]+"
    r"|\b(?:[Oo]ne|[Tt]wo|[Tt]hree) in (?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:have|has|are|is|were|was|said|say|says|use|used|uses|now|do|did|would|will|could|can|post|posts|posted|"
    r"admit|admitted|own|owns|owned|live|lived|work|worked|go|went|get|got|think|believe|believed|still|also|even|"
    r"regularly|often)\b"
    r"|\b[Tt]hose\s+(?:with|without|who|aged)\b"
    r"|\b[Tt]he\s+(?:[a-z]+ly\s+)?(?:[a-z]+\s+)?(?:disappointments?|setbacks?|rise|fall|increase|decline|drop|jump|"
    r"slowdown|rebound)\b(?!\s+(?:of|in|on|at|for|to|from|since|by|after)\b)"
    r"|\b[Tt]he (?:Bill|Act|Treaty)\b(?!\s+[A-Z])"
)
_CLOZE = re.compile(r"\{\{c\d+::(.*?)\}\}")


def unresolved_opener(c: Candidate) -> str | None:
    """'After that', 'Instead', 'a similar offer', 'one in five' (of whom?), 'those with broadband', 'the seasonally
    adjusted rise', 'the Bill', 'fellow lineman', 'two more drives', 'en route', 'such qualifications', 'established
    there': the card leans on a sentence it does not show."""
    stem = QUOTED.sub("", _CLOZE.sub(r"\1", c.card.prompt()))
    for found in _OPENERS.finditer(stem):
        phrase = found.group(0)
        if c.fact.context and found.start() >= len(QUOTED.sub("", c.fact.context)):
            if not phrase.lower().startswith("the ") or _context_holds(c, phrase.split()[-1].lower()):
                continue  # the sentence before is shown: 'After that' has its 'that'
        return f"{Referred(phrase).quoted} leans on an earlier sentence"
    return None


def _named_in_sentence(c: Candidate, stem: str, found: re.Match[str]) -> bool:
    """'The company, Laura Ashley, ...' names it in the same sentence; so does 'a cable channel ... the
    channel' (the noun told earlier in the stem) and 'Russia, where ... the country' (a country named
    before 'the country', in the sentence or the context shown ahead of it: 'UK airport operator ... the country')."""
    noun = found.group(0).split()[-1]
    if re.search(rf"{noun},\s+[A-Z]", stem[found.start() :]):
        return True
    if re.search(rf"\b{re.escape(noun)}\b", stem[: found.start()], re.IGNORECASE):
        return True
    if compound_before(c, stem[: found.start()], noun.lower()):
        return True
    if noun.lower() != "country":
        return False
    countries = {name for key in c.index.of_kind("country") for name in c.index.aliases(*key)}  # its context's too
    return any(re.search(rf"\b{re.escape(country)}\b", stem[: found.start()]) for country in countries)


KNOWN_COMPOUNDS = {
    "rate": frozenset(
        "unemployment inflation interest growth birth death crime jobless mortality poverty literacy "
        "participation vacancy exchange tax".split()
    ),
}
"""Compounds English uses whether or not the article writes them out: 'the unemployment ... the rate'."""


def compound_before(c: Candidate, before: str, noun: str) -> bool:
    """'The brunt of the unemployment is felt in the east, where the rate is 18.8%': a noun earlier in the same
    sentence forms with 'the rate' a compound the article uses ('unemployment rate'), so the sentence names it."""
    earlier = {t.text.lower() for t in c.fact.row.tokens if t.tag in ("NN", "NNS") and t.text.isalpha()}
    told = {w for w in re.findall(r"[a-z]+", before.lower()) if w in earlier and w != noun}
    if not told:
        return False
    if told & KNOWN_COMPOUNDS.get(noun, frozenset()):
        return True
    pattern = re.compile(rf"\b(?:{'|'.join(sorted(told))})\s+{re.escape(noun)}\b", re.IGNORECASE)
    return any(pattern.search(row.sentence.text) for row in c.index.sentences)


def anaphoric_definite(c: Candidate) -> str | None:
    """'the bill', 'the plans', 'the settlement' whose noun an earlier sentence names: it points back there."""
    tokens, text = c.fact.row.tokens, c.fact.row.sentence.text
    removed = [(a, b) for a, b, _ in c.fact.edits]
    earlier = _earlier_words(c)
    for k, tok in enumerate(tokens):
        if (
            tok.text.lower() != "the"
            or any(a <= tok.start < b for a, b in removed)
            or in_quoted_phrase(text, tok.start)
        ):
            continue
        j = k + 1
        while (
            j < len(tokens)
            and tokens[j].tag in ("JJ", "VBN", "NN")
            and j + 1 < len(tokens)
            and tokens[j + 1].tag.startswith("NN")
        ):
            j += 1
        if j >= len(tokens) or tokens[j].tag not in ("NN", "NNS"):
            continue
        head = tokens[j]
        if not head.text.isalpha() or any(t.capitalised or t.tag == "CD" for t in tokens[k + 1 : j + 1]):
            continue  # 'the 1970s', 'the Yuan court', 'the WWF report': named, not pointing back
        if tokens[k + 1].text.lower() in _SELF_NAMING and j > k + 1:
            continue  # 'the name oxygen', 'the term plague': the phrase names what it speaks of
        if tokens[k + 1].text.lower() in _ONE_OF_A_KIND:
            continue  # 'for the first time', 'the only survivor': picked out by the phrase itself
        if _the_subject(c, head.text):
            continue  # 'the city' of the article about Fresno is Fresno
        if j == k + 1 and head.text.lower() in ONE_THERE_IS:
            continue  # 'the dollar', 'the sun': there is one, whatever the sentence before said
        if j == k + 1 and head.text.lower() in _OF_A_COUNTRY and _country_before(c, tok.start):
            continue  # 'In India, ... the government': India's, not the one the sentence before spoke of
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        if after is not None and (
            after.text in ("of", "in", "at", "for", "on", "that", "which", "who") or after.capitalised
        ):
            if not _a_time_after(c, after):
                continue  # 'the fort of Duquesne': the phrase says which; 'the fort on April 16' does not
        if after is not None and (after.text[:1].isdigit() or re.match(r"\s*\([A-Z]{2,}\)", text[head.end :])):
            continue  # 'the divisors 2 and 3', 'the third assessment report (TAR)': named right there
        if (
            head.text.lower() in earlier
            and head.text.lower() not in text[: tok.start].lower()
            and not (j == k + 1 and compound_before(c, text[: tok.start], head.text.lower()))
            and not _context_holds(c, head.text.lower())
        ):
            phrase = Phrase(
                [t.text for t in tokens[k + 1 : j + 1]],
                [t.tag for t in tokens[k + 1 : j + 1]],
                after.text.lower() if after is not None else "",
                _state_told_before(c),
            )
            if needs_no_antecedent(phrase):
                continue  # 'in the summer', 'the police', 'the young offenders': one of a kind
            return f"{Referred(text[tok.start : head.end]).quoted} refers to an earlier sentence"
    return None


def _a_time_after(c: Candidate, after: Token) -> bool:
    """'at the fort on [April 16]', 'the treaty in [1713]': a preposition that opens a date tells when, not which."""
    if after.text not in ("in", "on", "at"):
        return False
    text = c.fact.row.sentence.text
    return any(
        m.kind in TIME_KINDS and m.start > after.end and not text[after.end : m.start].strip()
        for m in c.fact.row.mentions
    )


_OF_A_COUNTRY = frozenset("government state capital president parliament army economy population".split())
"""Nouns that belong to the country or place the sentence names before them ('In India, ... the government')."""


def _country_before(c: Candidate, start: int) -> bool:
    """A country or place named in the card's sentence before offset `start`."""
    return any(m.kind in ("country", "place") and m.end <= start for m in c.fact.row.mentions)


_SELF_NAMING = frozenset(("name", "term", "word", "words", "title", "phrase"))
_ONE_OF_A_KIND = frozenset(("first", "last", "only"))
ONE_THERE_IS = frozenset("dollar euro yen sun moon earth world internet".split())


def _earlier_words(c: Candidate) -> frozenset[str]:
    number = c.fact.row.sentence.number
    words: set[str] = set()
    for row in c.index.sentences[max(0, number - 3) : number]:
        words.update(t.text.lower() for t in row.tokens if t.tag in ("NN", "NNS"))
    words.update(w[:-1] for w in list(words) if w.endswith("s") and not w.endswith("ss"))  # 'neighborhoods'
    return frozenset(words)
