"""Cut a sentence into its claims, so that each fact is asked with its own clause only.

"Nazarbayev met five presidents; his successor sought cooperation with the U.S." states two claims.
A card on the first must not show the second (whose answer it would give away), and the reverse.
A claim is a stretch of the sentence between boundaries at the top level (outside quotations and
brackets): a semicolon, or a comma with a conjunction that opens a new clause with its own named
subject ("..., while Biden ..."). A trailing modifier ("..., primarily discussing energy security")
is no claim of its own: a fact inside it keeps the clause it modifies, a fact before it is asked
without it. A claim followed by what its actor said ("X has backed the plan, saying: "..."", "..., adding
that ...") is cut from the report (`reported_tail`): a quotation gives no fact, a reported clause keeps the
claim before it, as a modifier does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.generate.edits import Edit
from quizgen.generate.tokens import Token

_CONJUNCTIONS = frozenset(("and", "but", "while", "whereas", "although", "though", "yet"))
_MODIFIERS = frozenset(
    "with including primarily mainly largely chiefly especially particularly notably making leaving bringing "
    "ending giving marking".split()
)
_FINITE = ("VBD", "VBZ", "VBP", "MD")
_QUOTES = frozenset('"“”')
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_LEADING_DATE = re.compile(
    rf"^(?:As of|As at|By|In|Since|At the end of|At the start of)\s+(?:(?:early|late|mid)[- ])?"
    rf"(?:(?:\d{{1,2}}\s+)?{_MONTH}\s+(?:\d{{1,2}},?\s+)?)?\d{{4}},\s+"
)


@dataclass(frozen=True)
class Part:
    """A stretch [start, end) of the sentence text: a claim, or a modifier of the claim before it."""

    start: int
    end: int
    claim: bool
    quoted: bool = False
    """The part is a quotation reported after the claim: it gives no fact of its own."""
    cuts: tuple[Edit, ...] = ()
    """Edits that leave out the other conjuncts of a claim split by `conjuncts` ('jailed for four months and ')."""

    def holds(self, start: int, end: int) -> bool:
        """Whether [start, end) lies in the part and outside what its cuts leave out."""
        inside = self.start <= start and end <= self.end
        return inside and not any(a < end and start < b for a, b, _ in self.cuts)


_REPORT_AFTER = re.compile(
    r"(?:,|\s-)\s*(?:saying|adding|warning|arguing|insisting|explaining|claiming)(?:\s+that)?\s*[:,]?\s*"
    r"|\s+and\s+(?:said|added|warned|argued|insisted|told(?:\s+[\w'’]+){1,4}?(?=\s*,\s*[\"“]))"
    r"(?:\s+that)?\s*[:,]?\s*"
    r"|(?<=[a-z])\s*:\s*(?=[\"“])"
)
"""Where a claim gives way to what its actor said: ', saying: "', ', adding that', ' and said "', ': "'."""
_OPENING_QUOTE = ('"', "“")


def reported_tail(text: str, tokens: list[Token]) -> Part | None:
    """The report that follows a claim ('Blair has backed the orders, saying: "I'm sorry.'): a quotation (`quoted`)
    or a reported clause, as a non-claim part from its first word to the end; None when no claim comes first
    ('Mr Oaten said: "..."' has only its speaker before the quotation)."""
    found = _report(text, tokens)
    return found[1] if found else None


def _report(text: str, tokens: list[Token]) -> tuple[int, Part] | None:
    """Where the claim ends and the report after it (`reported_tail`), or None."""
    end = len(text.rstrip().rstrip(".!?").rstrip())
    opening = min((text.find(q) for q in _OPENING_QUOTE if q in text), default=len(text))
    semicolon = text.find("; ")
    if sum(text.count(q) for q in _QUOTES) % 2 and 0 < semicolon < opening:
        # '...; in "The Empty Child", Dr. Constantine states that, "Before ...': a quotation running on
        if _stated_claim(_outside_relative_clauses([t for t in tokens if t.end <= semicolon])):
            return semicolon, Part(semicolon + 2, end, False, quoted=True)
    for found in _REPORT_AFTER.finditer(text):
        if found.start() > opening or found.end() >= end:
            return None  # the report is inside a quotation, or ends the sentence
        quoted = text[found.end() : found.end() + 1] in _OPENING_QUOTE
        if found.group(0).strip() == ":" and not quoted:
            continue
        if any(q in text[found.end() :] for q in _QUOTES) and not quoted:
            return None  # a reported clause that quotes inside: the quotation stays with its claim
        before = _outside_relative_clauses([t for t in tokens if t.end <= found.start()])
        if _stated_claim(before):
            return found.start(), Part(found.end(), end, False, quoted=quoted)
    return None


def _stated_claim(tokens: list[Token]) -> bool:
    """A finite verb of the stretch, and no verb of saying: 'has backed', 'rejected', not 'said' or 'went on to
    say' (what follows those is the report, with no claim of its own before it)."""
    if any(t.text.lower() in _SAYING for t in tokens):
        return False
    return any(_finite(tokens, k) and tokens[k].text.lower() not in _AUXILIARIES for k in range(len(tokens)))


_RELATIVES = frozenset("who whom whose which where when".split())


def _outside_relative_clauses(tokens: list[Token]) -> list[Token]:
    """The tokens outside ', which conducted the research,': a relative clause's verb states no claim."""
    kept: list[Token] = []
    inside = False
    for k, tok in enumerate(tokens):
        if tok.text == "," and k + 1 < len(tokens) and tokens[k + 1].text.lower() in _RELATIVES:
            inside = True
        elif tok.text == "," and inside:
            inside = False
        elif not inside:
            kept.append(tok)
    return kept


_SAYING = frozenset(
    """say said says told tells added adds warned warns argued argues explained insisted stated went wrote writes
    asked declared quoted""".split()
)
_AUXILIARIES = frozenset("has have had is are was were".split())


def parts(text: str, tokens: list[Token]) -> list[Part]:
    """The claims and trailing modifiers of a sentence, in order; one part when it states one claim."""
    end = len(text.rstrip().rstrip(".!?").rstrip())
    report = _report(text, tokens) if tokens else None
    if report is not None:
        return [Part(0, report[0], True), report[1]]
    if any(q in text for q in _QUOTES) or not tokens:
        return [Part(0, end, True)]
    found: list[Part] = []
    start, depth = 0, 0
    for i, tok in enumerate(tokens):
        if tok.text in ("(", "["):
            depth += 1
        elif tok.text in (")", "]"):
            depth = max(0, depth - 1)
        if depth or tok.text not in (",", ";") or i + 2 >= len(tokens):
            continue
        nxt = tokens[i + 1]
        if tok.text == ";" and _has_finite(tokens[i + 1 :], ("VBN", *_FINITE)) and not _leans_back(tokens[i + 1 :]):
            found.append(Part(start, tok.start, True))
            start = nxt.start
        elif (
            tok.text == ","
            and nxt.text.lower() in _CONJUNCTIONS
            and _named_clause(tokens[i + 2 :])
            and _clause_before(tokens[:i])
        ):
            found.append(Part(start, tok.start, True))
            start = tokens[i + 2].start
        elif tok.text == "," and _modifier(tokens[i + 1 :]):
            found.append(Part(start, tok.start, True))
            found.append(Part(nxt.start, end, False))
            return found
    found.append(Part(start, end, True))
    return found


def _has_finite(tokens: list[Token], tags: tuple[str, ...] = _FINITE) -> bool:
    """A finite verb (a tag of `tags`) before the next comma: the stretch is a clause, not a list item."""
    for tok in tokens:
        if tok.text in (",", ";"):
            return False
        if tok.tag in tags:
            return True
    return False


def _clause_before(tokens: list[Token]) -> bool:
    """The stretch since the last comma holds a finite verb: '..., Tajikistan, and Turkmenistan are' is a list,
    and so is 'Seventy percent of formerly forested land, and 91% of land deforested since 1970, is ...'."""
    stretch: list[Token] = []
    for tok in reversed(tokens):
        if tok.text in (",", ";"):
            break
        stretch.append(tok)
    stretch.reverse()
    return any(_finite(stretch, k) for k in range(len(stretch)))


def _named_clause(tokens: list[Token]) -> bool:
    """A clause whose subject is a name or a noun phrase, not a pronoun: it stands alone."""
    first = tokens[0]
    if first.tag.startswith("PRP") or first.text.lower() in ("this", "that", "these", "those", "it", "there"):
        return False
    if not (first.tag.startswith("NNP") or first.tag in ("DT", "CD", "NN", "NNS")):
        return False
    for k, tok in enumerate(tokens[1:8], start=1):
        if _finite(tokens, k):
            return True
        if not tok.text[:1].isalnum():
            return False
    return False


def _finite(tokens: list[Token], k: int) -> bool:
    """A finite verb, or a participle taking an object ('Vienna hosted the meeting', often tagged VBN); not a
    participle that modifies a noun ('land deforested since 1970')."""
    if tokens[k].tag in _FINITE:
        return True
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return tokens[k].tag == "VBN" and after is not None and after.tag in ("DT", "PRP$", "NNP", "CD")


_LEANING = frozenset("instead however also too though conversely meanwhile then thus therefore so".split())


def _leans_back(tokens: list[Token]) -> bool:
    """'; during 2005 instead 5 gigatons were released': a clause that answers the one before is no claim alone."""
    return any(t.text.lower() in _LEANING for t in tokens[:4])


def _modifier(tokens: list[Token]) -> bool:
    """'with regular visits ...', 'primarily discussing ...', 'including ...', 'making it ...' to the end,
    with no finite verb: a phrase that adds to the claim before it."""
    first = tokens[0]
    if first.text.lower() not in _MODIFIERS and first.tag != "VBG":
        return False
    return not any(t.tag in _FINITE for t in tokens)


def claim_of(found: list[Part], start: int, end: int) -> int:
    """The number of the part that holds [start, end), or -1 when it spans parts."""
    for n, part in enumerate(found):
        if part.holds(start, end):
            return n
    return -1


def cut_to_claim(text: str, found: list[Part], number: int) -> list[Edit]:
    """Edits that leave part `number` alone in the sentence (with the claim a modifier belongs to), or none."""
    if number < 0 or len(found) < 2:
        return []
    cuts = list(found[number].cuts)
    first = number
    while first > 0 and not found[first].claim:
        first -= 1
    last = number
    end = len(text.rstrip().rstrip(".!?").rstrip())
    edits: list[Edit] = []
    if first > 0:
        # a leading date ('As of January 2016, ...') dates every claim of the sentence, so it stays
        dated = _LEADING_DATE.match(text)
        keep = dated.end() if dated and dated.end() <= found[first].start else 0
        edits.append((keep, found[first].start, ""))
    if last + 1 < len(found):
        closes = end == len(text.rstrip())  # the full stop was inside the quotation cut off: '..., saying "..."'
        edits.append((found[last].end, end, "." if closes else ""))
    return edits + cuts
