"""Gates on the sentence a card shows: a sentence the source printed broken, or that a claim's cut leaves
broken, gives no card ('seven million of homes', 'a disease that characterise as', 'The previous chairs were
Rajendra K. Pachauri').

Each gate takes a `gates.Candidate` and returns why the card fails, or None; `gates.GATES` runs them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.generate import gazetteer
from quizgen.generate.tokens import Token
from quizgen.generate.trim import present_since

if TYPE_CHECKING:
    from quizgen.generate.gates import Candidate
    from quizgen.generate.index import ArticleIndex

_MAGNITUDE_OF = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+"
    r"(?:hundred|thousand|million|billion)\s+of\s+(?!the\b|these\b|those\b|them\b|us\b|which\b|whom\b|its\b|"
    r"their\b|our\b|his\b|her\b|my\b|your\b|this\b|that\b)[a-z]",
    re.IGNORECASE,
)
_FLAT_POWER = re.compile(r"[×x]\s*10\d{1,2}\b")
"""'1.1 × 1011': a power of ten whose exponent lost its superscript reads as another number."""
_RELATIVES = frozenset(("that", "which", "who"))
_PLURAL_VERBS = frozenset(("are", "were", "have", "do"))


def garbled_source(c: Candidate) -> str | None:
    """'seven million of homes', 'a form of disease that characterise as ...': the source's own sentence is
    not grammatical, and the card would copy it."""
    text = c.fact.row.sentence.text
    if _MAGNITUDE_OF.search(text):
        return "the sentence says 'million of' before a bare noun"
    if _FLAT_POWER.search(text):
        return "the sentence prints a power of ten flat ('1.1 × 1011' for 1.1 × 10 to the 11th)"
    if _relative_disagrees(c.fact.row.tokens):
        return "a relative clause's verb does not agree with its noun"
    if present_since(c.fact.text) is not None:  # a trim mends it where it can ('has been')
        return "'is ... since' a date wants 'has been' (the source's own grammar)"
    if _comma_before_verb(c.fact.row.tokens):
        return "a comma parts the subject from its verb ('The market itself, was opened')"
    return None


def _comma_before_verb(tokens: list[Token]) -> bool:
    """A sentence that opens with a noun phrase naming a thing, then a lone comma, then its finite verb: 'The
    Grainger Market itself, was opened in 1835'. An aside has a second comma; an opening phrase of time or place
    ('In 1835, was ...' never occurs) starts with a preposition, and the subject then follows the comma."""
    for k, tok in enumerate(tokens):
        if tok.text == ",":
            before, after = tokens[:k], tokens[k + 1 : k + 2]
            subject = (
                len(before) >= 2 and before[0].tag in ("DT", "NNP") and any(t.tag.startswith("NN") for t in before)
            )
            only_nouns = all(t.tag in ("DT", "NN", "NNS", "NNP", "NNPS", "JJ", "PRP") for t in before)
            return subject and only_nouns and bool(after) and after[0].tag in ("VBD", "VBZ", "VBP")
    return False


def _relative_disagrees(tokens: list[Token]) -> bool:
    """A singular noun, 'that', and a plural present verb that is not an auxiliary: 'disease that characterise'."""
    for noun, relative, verb in zip(tokens, tokens[1:], tokens[2:], strict=False):
        if noun.tag == "NN" and relative.text.lower() in _RELATIVES and verb.tag == "VBP":
            if verb.text.lower() not in _PLURAL_VERBS:
                return True
    return False


def list_cut_short(c: Candidate) -> str | None:
    """'The previous chairs were Rajendra K. Pachauri, elected in May 2002' of '...; Robert Watson in 1997; and
    Bert Bolin in 1988': a claim cut at a semicolon whose next part has no verb of its own is a list cut short."""
    row = c.fact.row
    number = row.sentence.number
    if row.sentence.text.rstrip().endswith(";") and number + 1 < len(c.index.sentences):
        following = c.index.sentences[number + 1].tokens  # the source's splitter cut the sentence there
        if not any(t.tag.startswith(("VB", "MD")) for t in following[:12]):
            return "the sentence is cut inside a list that goes on after a semicolon"
    tokens = row.tokens
    shown = c.fact.text
    for k, tok in enumerate(tokens):
        if tok.text != ";" or _bracketed(row.sentence.text, tok.start):
            continue  # '(dollars 20.40; pounds 10.50)': two spellings of one figure, no list
        segment = []
        for t in tokens[k + 1 :]:
            if t.text == ";":
                break
            segment.append(t)
        words = [t.text for t in segment if t.text not in ("and", "or", ".")]
        if words and not any(t.tag.startswith(("VB", "MD")) for t in segment) and words[0] not in shown:
            return "the sentence is cut inside a list that goes on after a semicolon"
    return None


def _bracketed(text: str, at: int) -> bool:
    """Whether offset `at` of `text` is inside brackets."""
    return text.count("(", 0, at) > text.count(")", 0, at)


_REPORT = re.compile(
    r"^[^,]{3,60},\s+(?:[A-Z][\w.'’-]*\s+){0,3}(?:he|she|they|it|[A-Z][\w'’-]+)\s+(?:said|says|added)\b"
)


def opener_describes_what_went_before(c: Candidate) -> str | None:
    """'Currently above $40 a barrel, Browne said: ...': a phrase with no verb that opens a report describes
    something the sentence before named (the oil price), and alone it dangles on the speaker."""
    text = c.fact.row.sentence.text
    if not _REPORT.match(text):
        return None
    opener = text[: text.index(",")]
    tokens = [t for t in c.fact.row.tokens if t.end <= len(opener)]
    if not tokens or tokens[0].tag not in ("RB", "JJ", "JJR", "JJS", "VBN"):
        return None  # 'In 2004, X said' is dated, not dangling
    if any(t.tag.startswith(("VBD", "VBZ", "VBP", "MD")) for t in tokens):
        return None
    return "the opening phrase describes something the sentence before named"


_INSTITUTIONS = frozenset("Parliament Government Assembly Executive Office Army Navy Church Embassy".split())


def name_misspelt(c: Candidate) -> str | None:
    """'United Nation's campaign' (of the United Nations), 'the Scotland Parliament' (the article's Scottish
    Parliament): a name the source misspelt is no answer to learn."""
    m, text = c.fact.mention, c.fact.row.sentence.text
    words = m.text.split()
    if len(words) >= 2 and words[-1] == "Nation" and text[m.end : m.end + 2] in ("'s", "’s"):
        return f"'{m.text}' is a misspelt name (the 's belongs to it)"
    if len(words) == 2 and words[1] in _INSTITUTIONS and words[0] in gazetteer.countries():
        article = " ".join(row.sentence.text for row in c.index.sentences)
        for nationality in gazetteer.NATIONALITIES:
            if nationality[:3] == words[0][:3] and f"{nationality} {words[1]}" in article:
                return f"'{m.text}' is the article's {nationality} {words[1]} misspelt"
    doubtful = _doubtful_spellings(c.index)
    for named in c.fact.row.mentions:  # the answer, or a name the card shows
        if named.text in doubtful:
            other = doubtful[named.text]
            return f"'{named.text}' is spelt '{other}' elsewhere in the article: which is right is not certain"
    return None


def _doubtful_spellings(index: ArticleIndex) -> dict[str, str]:
    """Each name of several words the article also spells another way as often or more often → that spelling;
    worked out once per article."""
    if index.doubtful_spellings is None:
        article = " ".join(row.sentence.text for row in index.sentences)
        names = list(dict.fromkeys(m.text for row in index.sentences for m in row.mentions if " " in m.text))
        found = {}
        for name in names:
            other = _spelt_otherwise(name, names)
            if other is not None and article.count(other) >= article.count(name):
                found[name] = other
        index.doubtful_spellings = found
    return index.doubtful_spellings


def _similarity(a: str, b: str) -> float:
    """One less the edit distance of two words over the longer one's length (Levenshtein's normalised
    similarity), computed here: two short words need no library loaded for them."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return 1 - previous[-1] / max(len(a), len(b), 1)


def _spelt_otherwise(name: str, names: list[str]) -> str | None:
    """Another of the article's `names` that differs from `name` in one word of like spelling ('Digital Solitary
    Fund' and 'Digital Solidarity Fund'): one of the two is a misprint."""
    words = name.split()
    for other in names:
        theirs = other.split()
        if len(theirs) != len(words) or other == name:
            continue
        differ = [(a, b) for a, b in zip(words, theirs, strict=True) if a != b]
        if len(differ) != 1:
            continue
        a, b = differ[0]
        if a.startswith(b) or b.startswith(a):
            continue  # 'America' and 'American', 'Beach' and 'Beaches': one word's forms, no misprint
        if min(len(a), len(b)) >= 5 and a[:3] == b[:3] and _similarity(a, b) >= 0.7:
            return other
    return None
