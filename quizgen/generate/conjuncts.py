"""Split a claim that joins two facts with 'and', so each fact is asked without the other.

"X has received a four-month jail sentence and a fine of $250,000 for hiring an aide" teaches two facts; a card
asking 'four' would show the fine as given text, and no card could ask it. The claim becomes one claim per
conjunct, each written without the other ("X has received a fine of $250,000 for hiring an aide."):

- coordinated objects of one verb, each opening with 'a', 'an' or a figure ('a jail sentence and a fine of ...');
- coordinated predicates sharing the subject and its auxiliary ('X was jailed for four months and fined $250,000',
  'X rose 26% and raised its dividend to 8.5 cents'), each verb with something after it;
- coordinated clauses, the second with its own named subject ('X rose 26% and Shell raised its dividend').

Only where the result is certainly grammatical and keeps the meaning: one 'and' in the claim and no comma outside
brackets (a list such as 'Kazakhstan, Uzbekistan and Tajikistan' stays whole, and so do two names joined by
'and'), no 'both ... and', 'between X and Y', 'respectively', no conjunct that leans on the other ('and then',
'and it', '... and sold it'); two objects each hold a figure or a name of their own to ask.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizgen.generate.claims import Part, parts
from quizgen.generate.edits import Edit, apply_edits
from quizgen.generate.tokens import Token

_REFUSED = frozenset("both between either neither respectively each".split())
"""Words that tie the conjuncts together: splitting would change the meaning."""
_LEANING = frozenset("it them this that these those there then so thus also too which who whom whose".split())
"""Words of the second conjunct that point back to the first, or open a clause inside it."""
_AUXILIARIES = frozenset(
    "is are was were be been being has have had will would can could may might shall should".split()
)
_VERBS = ("VBD", "VBZ", "VBP", "VBN", "VB", "MD")
_NUMBER_WORD = re.compile(
    r"^(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety|hundred|thousand|million|billion)",
    re.IGNORECASE,
)
_ARTICLES = frozenset(("a", "an"))
_HEADS = ("VBD", "VBZ", "VBP", "MD", "VBN")
"""The tags of a claim's first verb ('revoked' is often tagged VBN)."""


def split_conjuncts(text: str, tokens: list[Token], found: list[Part]) -> list[Part]:
    """The claims of `found` with every claim that joins two facts split into one claim per conjunct (`Part.cuts`
    writes each without the other); other parts as they are."""
    out: list[Part] = []
    for part in found:
        inside = [t for t in tokens if part.start <= t.start and t.end <= part.end]
        split = _split(text, inside, part) if part.claim and not part.quoted and not part.cuts else None
        out.extend(split or [part])
    return out


def _split(text: str, tokens: list[Token], part: Part) -> list[Part] | None:
    """The claim `part` as one claim per conjunct, or None when it is not certainly two facts."""
    joint = _the_one_and(tokens)
    if joint is None:
        return None
    before, after = tokens[:joint], tokens[joint + 1 :]
    if not before or not after or after[0].text.lower() in _LEANING:
        return None
    if any(t.text.lower() in _LEANING for t in after):
        return None
    for rule in (_objects, _predicates, _clauses):
        cuts = rule(text, tokens, joint, part)
        if cuts is not None:
            return [replace(part, cuts=c) for c in cuts]
    return None


def _the_one_and(tokens: list[Token]) -> int | None:
    """The index of the claim's one 'and' outside brackets, after its first verb, when no comma follows that
    verb outside brackets (a comma before it sets off the subject: 'Cairn Energy, a UK oil firm, has ...') and
    nothing ties the conjuncts together; else None."""
    depth, verb = 0, False
    found: list[int] = []
    for k, tok in enumerate(tokens):
        word = tok.text.lower()
        if tok.text in ("(", "["):
            depth += 1
        elif tok.text in (")", "]"):
            depth = max(0, depth - 1)
        elif word in _REFUSED:
            return None
        elif depth == 0 and tok.text in (",", ";", ":", "-", "--", "–", "—") and (verb or found):
            if not (tok.text == "," and k + 1 < len(tokens) and tokens[k + 1].text.lower() == "and"):
                return None  # a comma right before the 'and' is its own: 'was jailed in May, and fined ...'
        elif depth == 0 and word in ("and", "&"):
            found.append(k)
        verb = verb or depth == 0 and tok.tag in _HEADS
    if len(found) != 1 or not any(t.tag in _HEADS for t in tokens[: found[0]]):
        return None
    return found[0]


def _before_comma(tokens: list[Token]) -> list[Token]:
    """The first conjunct without the comma before the 'and'."""
    return tokens[:-1] if tokens and tokens[-1].text == "," else tokens


def _askable(tokens: list[Token]) -> bool:
    """The conjunct holds a figure or a name to ask."""
    return any(
        t.tag == "CD" or _NUMBER_WORD.match(t.text) or (t.tag.startswith("NNP") and t.text[:1].isupper())
        for t in tokens
    )


def _objects(text: str, tokens: list[Token], joint: int, part: Part) -> list[tuple[Edit, ...]] | None:
    """'has received a four-month sentence and a fine of $250,000 for ...': two objects of one verb, each
    opening with 'a', 'an' or a figure, the second running to its first preposition other than 'of'."""
    second = tokens[joint + 1]
    if not _opens_object(second):
        return None
    verb = next((k for k in range(joint - 1, -1, -1) if tokens[k].tag in _VERBS), None)
    if verb is None or verb + 1 >= joint:
        return None
    first = _before_comma(tokens[verb + 1 : joint])
    if not _opens_object(first[0]) or (first[0].text.lower() in _ARTICLES) != (second.text.lower() in _ARTICLES):
        return None
    if any(t.tag in _VERBS or t.tag == "VBG" or (t.tag in ("IN", "TO") and t.text.lower() != "of") for t in first):
        return None
    end, depth = len(tokens), 0
    for k in range(joint + 1, len(tokens)):
        tok = tokens[k]
        depth += tok.text in ("(", "[")
        depth -= tok.text in (")", "]")
        if depth <= 0 and tok.tag in ("IN", "TO", "WDT", "WP") and tok.text.lower() != "of":
            end = k
            break
    rest = tokens[joint + 1 : end]
    if any(t.tag in ("VBD", "VBZ", "VBP", "MD") for t in tokens[joint + 1 :]) or any(t.tag == "VBG" for t in rest):
        return None  # a verb after the second object: it may be a clause of its own
    if not (_askable(first) and _askable(rest)):
        return None
    first_end, rest_end = first[-1].end, rest[-1].end
    return [((first_end, rest_end, ""),), ((first[0].start, second.start, ""),)]


def _opens_object(tok: Token) -> bool:
    """'a', 'an', a figure or a currency sign: what opens an object that states a fact of its own."""
    return tok.text.lower() in _ARTICLES or tok.tag == "CD" or tok.text in ("$", "£", "€")


def _predicates(text: str, tokens: list[Token], joint: int, part: Part) -> list[tuple[Edit, ...]] | None:
    """'X was jailed for four months and fined $250,000': two verbs of one subject (and one auxiliary), the
    second right after 'and', of the same form as the first; or a finite second verb, which needs no auxiliary
    ('X is run by Y and carries 37 million passengers')."""
    second = tokens[joint + 1]
    if second.tag not in ("VBD", "VBZ", "VBP", "VBN", "VB"):
        return None
    verbs = [k for k in range(joint) if tokens[k].tag in _VERBS]
    if not verbs or verbs[0] == 0 or tokens[verbs[0] - 1].tag in ("WDT", "WP", "IN"):
        return None  # no subject before the verb, or the verb of a clause inside the subject
    k = cut = main = verbs[0]
    if tokens[k].text.lower() in _AUXILIARIES or tokens[k].tag == "MD":
        k += 1
        while k < joint and tokens[k].tag.startswith("RB"):
            k += 1
        if k >= joint or tokens[k].tag not in ("VBN", "VB", "VBG"):
            k = cut  # 'have the freedom': the verb itself
        main = k
        if second.tag in ("VBD", "VBZ", "VBP"):
            k = cut  # 'is operated by ... and carries': the finite verb replaces the auxiliary
    first = _before_comma(tokens[k:joint])
    same = tokens[k].tag == second.tag or {tokens[k].tag, second.tag} == {"VBD", "VBN"} and k == cut
    extra = (n for n in range(main - k + 1, len(first)) if first[n].tag in _VERBS and not _modifying(first, n))
    if not same or next(extra, None) is not None:
        return None  # 'was jailed after he had ...': a second verb of the first conjunct
    if any(t.tag in ("WDT", "WP") for t in tokens) or any(t.tag == "VBG" for t in first):
        return None  # 'by burning a mixture of acetylene and compressed O2': the 'and' may join two objects
    rest = tokens[joint + 1 :]
    if not (_stated(first[main - k + 1 :]) and _stated(rest[1:])):
        return None  # 'designed and constructed the system': the first verb's object is the second's
    return [((first[-1].end, part.end, ""),), ((first[0].start, second.start, ""),)]


def _stated(tokens: list[Token]) -> bool:
    """What follows a conjunct's verb states something: a noun, a figure or a name."""
    return any(t.tag.startswith("NN") or t.tag in ("CD", "PRP$") for t in tokens)


def _modifying(tokens: list[Token], n: int) -> bool:
    """A participle after a noun, with no auxiliary: 'contracts assigned to Boeing'."""
    return tokens[n].tag == "VBN" and tokens[n - 1].tag.startswith("NN")


def _clauses(text: str, tokens: list[Token], joint: int, part: Part) -> list[tuple[Edit, ...]] | None:
    """'Tesco's profit rose 26% and Shell raised its dividend': two clauses, each with a finite verb, the second
    opening with a name as its subject."""
    second = tokens[joint + 1]
    if not second.tag.startswith("NNP") or not second.text[:1].isupper():
        return None
    first, rest = _before_comma(tokens[:joint]), tokens[joint + 1 :]
    verb = next((k for k in range(min(len(rest), 6)) if _finite(rest, k)), None)
    if verb is None or any(not t.tag.startswith("NN") and t.tag != "POS" for t in rest[:verb]):
        return None  # the second clause's subject is a name or a noun phrase, then its verb
    if not any(_finite(first, k) for k in range(len(first))):
        return None
    if any(t.text.lower() in _SAYING for t in first):
        return None  # 'X said prices rose and Y ...': the second clause may be what X said
    if not (_stated(first[1:]) and _stated(rest[verb + 1 :])):
        return None
    return [((first[-1].end, part.end, ""),), ((part.start, second.start, ""),)]


def _finite(tokens: list[Token], k: int) -> bool:
    """A finite verb, or a participle taking an object ('Shell raised its dividend', often tagged VBN)."""
    after = tokens[k + 1].tag if k + 1 < len(tokens) else ""
    participle = tokens[k].tag == "VBN" and after in ("DT", "PRP$", "NNP", "CD")
    return tokens[k].tag in ("VBD", "VBZ", "VBP", "MD") or participle


_SAYING = frozenset("said says say told tells thinks thought believes believed expects expected reported".split())


def split_lines(text: str, tokens: list[Token]) -> list[str]:
    """For --explain: each claim of the sentence split into conjuncts, as the claims it became."""
    found = split_conjuncts(text, tokens, parts(text, tokens))
    groups: dict[tuple[int, int], list[str]] = {}
    for part in found:
        if part.cuts:
            shifted = [(a - part.start, b - part.start, r) for a, b, r in part.cuts]
            groups.setdefault((part.start, part.end), []).append(apply_edits(text[part.start : part.end], shifted))
    return [f"split at 'and' into {len(g)} claims: " + " | ".join(f"'{c}'" for c in g) for g in groups.values()]
