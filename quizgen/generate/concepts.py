"""Concept answers: the common-noun terms of an article ('energy security', 'the phlogiston theory of combustion').

A phrase of common nouns is an answer only when it has one right fill a student can know from the article:
the article quotes it, names or defines it ('is called X', 'X is a ...'), gives it as a cause ('caused by X'),
repeats it (the whole phrase, or the head of a compound, in two sentences or more), or it is technical (a
rare word that no synonym replaces). A phrase of common words stated once ('promotional campaign', 'loud
applause') has several right fills, so it is no answer.
"""

from __future__ import annotations

import re

from quizgen.generate.entities import Mention
from quizgen.generate.frequency import zipf
from quizgen.generate.index import Analysed, ArticleIndex
from quizgen.generate.lemmas import lemma_row
from quizgen.generate.tokens import Token

_STOP_HEADS = frozenset("time way thing things part lot people year years day days number percent".split())
MAX_CONCEPTS = 3
"""The concept phrases of a sentence tried as answers, first first."""
TECHNICAL = 3.3
"""A phrase with a word rarer than this (wordfreq's Zipf scale) is a technical term: 'gas gangrene'."""
CAUSE_RARITY = 4.5
"""A cause is asked only when a word of it is at least this rare: 'caused by anaerobic bacteria', not
'because of the weather'."""
SINGLE_RARITY = 2.8
"""A single word is tried as a term only when at least this rare: a common word alone has synonyms."""
HEAD_RARITY = 4.0
"""A compound whose head the article repeats is a term when a word of it is at least this rare."""
PLURAL_MODIFIERS = frozenset("sales arms goods savings news species series means customs".split())
"""Plural nouns that do modify a noun ('sales tax', 'arms race')."""
_OF_HEADS = frozenset("theory theorem law principle conjecture hypothesis paradox equation".split())
"""Heads whose 'of' phrase belongs to the term: 'the fundamental theorem of arithmetic'."""

COMMON_ADJECTIVE = 4.5
"""An adjective more frequent than this describes ('negative', 'criminal'); a rarer one names a kind."""
_NAMED_HEADS = _OF_HEADS | frozenset("effect syndrome algorithm doctrine".split())
"""Heads that make a phrase the name of one idea: 'the twin prime conjecture', 'the greenhouse effect'."""
CLASSIFYING_RARITY = 3.0
"""Rarer than this, such an adjective is a word of science ('humoral'); a commoner one is a word of the news
('geopolitical realities', 'electrical fire'), and a synonym fits its phrase as well."""
_CLASSIFYING = ("ic", "al", "ary")
"""The endings of adjectives that sort things into kinds ('anaerobic', 'humoral', 'pulmonary')."""
_LIGHT_HEADS = frozenset(
    "situation issue matter kind type form aspect nature level area case fact factor manner means sort way side "
    "role".split()
)
"""Nouns that say little by themselves: a phrase on one is a description, not a term."""
EMPTY_HEADS = _LIGHT_HEADS | _STOP_HEADS
"""The heads on which a phrase says nothing specific ('the situation', 'a lot')."""
_NAMING = r"(?:known|referred\s+to|described|defined)\s+as|called|termed|named"
_DEFINING = r"(?:is|are)\s+(?:an?|the|one)\s|(?:refers?\s+to|means|describes?)\s"
_CAUSE = re.compile(
    r"\b(?:caused\s+by|because\s+of|due\s+to|owing\s+to|as\s+a\s+result\s+of|results?\s+from|resulted\s+from"
    r"|leads?\s+to|led\s+to|produced\s+by|results?\s+in|resulted\s+in|causes?|caused|triggers?|triggered"
    r"|responsible\s+for)\s+(?:(?:the|a|an)\s+)?$",
    re.IGNORECASE,
)
"""What comes before a cause or an effect: 'caused by [anaerobic bacteria]', 'results in [tissue death]'."""
_PART = re.compile(
    r"\b(?:consists?\s+of|consisted\s+of|(?:is|are|was|were)\s+(?:composed|made(?:\s+up)?)\s+of"
    r"|(?:is|are|was|were)\s+converted\s+(?:in)?to|converts?\s+\w+\s+(?:in)?to)"
    r"\s+(?:(?:the|a|an|one|two|three|four|five|six|\d+)\s+)?$",
    re.IGNORECASE,
)
"""What comes before the parts of a thing or what a process makes: 'consists of [two hydrogen atoms]'."""


def concepts(row: Analysed) -> list[Mention]:
    """Rare common-noun phrases ('energy security', 'control orders') that are not names or numbers."""
    found: list[Mention] = []
    taken = [(m.start, m.end) for m in row.mentions]
    phrase: list[Token] = []
    tokens = row.tokens + [Token("", 10**9, 10**9, "", "O")]
    for k, tok in enumerate(tokens):
        if (
            tok.tag in ("NN", "NNS", "JJ")
            and tok.chunk.endswith("NP")
            and tok.text.isalpha()
            or (phrase and tok.tag in ("NN", "NNS") and "-" in tok.text)
        ):
            if tok.chunk.startswith("B") and phrase:
                found.extend(_concept(row, phrase, taken))
                phrase = []
            phrase.append(tok)
            continue
        if phrase:
            found.extend(_concept(row, phrase + _of_phrase(phrase, tokens[k:]), taken))
        phrase = []
    return found[:MAX_CONCEPTS]


def _of_phrase(phrase: list[Token], rest: list[Token]) -> list[Token]:
    """'of combustion' after 'the phlogiston theory': the words that finish a term named by its 'of' phrase."""
    if not phrase or phrase[-1].text.lower() not in _OF_HEADS or not rest or rest[0].text != "of":
        return []
    nouns: list[Token] = []
    for tok in rest[1:6]:
        joins = tok.text in ("and", "or") and nouns and nouns[-1].tag.startswith("NN")
        if not joins and (tok.tag not in ("NN", "NNS", "JJ") or not tok.text.isalpha()):
            break
        nouns.append(tok)  # 'of combustion and corrosion': the whole 'of' phrase, never half of it
    while nouns and not nouns[-1].tag.startswith("NN"):
        nouns.pop()
    return [rest[0], *nouns] if nouns else []


def _concept(row: Analysed, phrase: list[Token], taken: list[tuple[int, int]]) -> list[Mention]:
    while phrase and not phrase[-1].tag.startswith("NN"):
        phrase = phrase[:-1]
    plural = [k for k, t in enumerate(phrase[:-1]) if t.tag == "NNS" and t.text.lower() not in PLURAL_MODIFIERS]
    if plural and "of" not in (t.text for t in phrase):
        phrase = phrase[plural[-1] + 1 :]  # 'their students tuition fees': a plural noun modifies no noun
    while phrase and phrase[0].tag == "JJ" and zipf(phrase[0].text.lower()) > 4.8:
        phrase = phrase[1:]
    if phrase and phrase[0].text.endswith("ing") and _after_be(row, phrase[0]):
        phrase = phrase[1:]  # 'is parting company': the verb the tagger took for a noun
    if len(phrase) > 1 and verb_after_relative(row, phrase[0]):
        phrase = phrase[1:]  # 'bacteria that cause gas gangrene': the verb the tagger took for a noun
    words = [t for t in phrase if t.text not in ("of", "and", "or")]
    if not phrase or len(words) > 4:
        return []
    if _head(phrase).text.lower() in _STOP_HEADS and min(zipf(t.text.lower()) for t in words) > HEAD_RARITY:
        return []  # 'a large number', but 'a composite number'

    if any(len(t.text) < 3 or sum(ch.isupper() for ch in t.text) > 1 for t in words):
        return []  # 'length n': a symbol, not a word; 'MSFC', 'GPhC': an abbreviation names, it is no term
    if _verb_after_possessive(row, phrase):
        return []
    start, end = phrase[0].start, phrase[-1].end
    if any(a < end and start < b for a, b in taken):
        return []
    text = row.sentence.text
    if text[start - 1 : start] in ("-", "–") or text[end : end + 1] in ("-", "–"):
        return []  # 'yard touchdown' of 'a 2-yard touchdown': the rest of a token
    taken.append((start, end))  # 'combustion' of 'the phlogiston theory of combustion' is no term of its own
    rarest = min(zipf(t.text.lower()) for t in words)
    if rarest > (5.3 if len(words) > 1 else SINGLE_RARITY):
        return []  # common words are guessable, not facts
    text = text[start:end]
    return [Mention(text, start, end, "concept", text.lower())]


def _after_be(row: Analysed, tok: Token) -> bool:
    before = [t for t in row.tokens if t.end <= tok.start][-1:]
    return bool(before) and before[0].text.lower() in ("is", "are", "was", "were", "be", "been", "being")


_RELATIVES = frozenset(("that", "which", "who"))


def verb_after_relative(row: Analysed, tok: Token) -> bool:
    """A word the dictionary knows as a verb, right after 'that', 'which' or 'who' ('the bacteria that cause gas
    gangrene'): the relative clause's verb, not a noun of the phrase."""
    before = [t for t in row.tokens if t.end <= tok.start][-1:]
    if not before or before[0].text.lower() not in _RELATIVES:
        return False
    found = lemma_row(tok.text.lower())
    return found is not None and bool(found[2])


def _verb_after_possessive(row: Analysed, phrase: list[Token]) -> bool:
    """ "Legendre's conjecture states that": the tagger takes the verb for a plural noun of the phrase."""
    before = [t for t in row.tokens if t.end <= phrase[0].start][-1:]
    after = [t for t in row.tokens if t.start >= phrase[-1].end][:1]
    return bool(before and after and before[0].text in ("'s", "’s") and after[0].text == "that")


def _head(phrase: list[Token]) -> Token:
    """The head noun: the last word, or the word before an 'of' phrase ('theorem' of 'theorem of arithmetic')."""
    words = [t.text for t in phrase]
    return phrase[words.index("of") - 1] if "of" in words[1:] else phrase[-1]


def term_reason(index: ArticleIndex, row: Analysed, m: Mention) -> str | None:
    """Why a common-noun phrase is a term with one right answer, or None when a synonym would fit as well."""
    text = row.sentence.text
    if text[m.start - 1 : m.start] in ('"', "“") and text[m.end : m.end + 1] in ('"', "”"):
        return "quoted"
    phrase = rf"\b{re.escape(m.text)}(?:e?s)?\b"
    named = re.compile(
        rf"\b(?:{_NAMING})\s+(?:(?:an?|the)\s+)?[\"“]?{phrase}"
        rf"|(?:^|[,;]\s+)(?:(?:An?|The)\s+)?{phrase}\s+(?:{_DEFINING})"
        rf"|\bthe\s+(?:theory|concept|principle|notion|process|law|theorem)\s+of\s+(?:the\s+)?{phrase}"
        rf"|\w\s+\((?:the\s+)?{phrase}\)",  # 'pairs of primes with difference 2 (twin prime conjecture)'
        re.IGNORECASE,
    )
    if named.search(text):
        return "named or defined"
    if " " in m.text and head_of(m.text) in _NAMED_HEADS and _names_one_idea(row, m):
        return "a named theory or effect"  # 'the twin prime conjecture', 'the greenhouse effect'
    words = re.findall(r"[^\W\d_]+", m.text)
    rarities = [zipf(w.lower()) for w in words if w.lower() not in ("of", "and", "or")]
    if _CAUSE.search(text[: m.start]) and min(rarities) <= CAUSE_RARITY:
        return "a cause or effect"
    if _PART.search(text[: m.start]) and min(rarities) <= CAUSE_RARITY:
        return "a part or product"
    compound = _compound(row, m)
    light = head_of(m.text) in _LIGHT_HEADS  # 'lockstep situation': a rare word on an empty noun
    kind = compound or _classifying(row, m)  # not 'familiar mantras': a describing word on a rare noun
    if len(rarities) > 1 and 0 < min(rarities) < TECHNICAL and kind and not light:
        return "technical"  # 'decompression sickness', 'gas gangrene'; not 'princely rank', 'concerted opposition'
    last = re.findall(r"\w+", m.text)[-1]
    others = (index.sentences[n] for n in _rows_with(index, last) if index.sentences[n] is not row)
    if any(re.search(phrase, other.sentence.text, re.IGNORECASE) for other in others):
        return "repeated"
    if compound and min(rarities) <= HEAD_RARITY and _sentences_with(index, head_of(m.text)) >= 2:
        return "its head repeated"  # 'consultant pharmacists' among pharmacists; not 'share price' among prices
    return None


def _classifying(row: Analysed, m: Mention) -> bool:
    """'anaerobic bacteria', 'humoral system': a rare adjective of science ('-ic', '-al', '-ary') names a kind
    of its noun; 'princely rank' or 'concerted opposition' only describe it."""
    inside = [t for t in row.tokens if m.start <= t.start < m.end]
    return any(
        t.tag == "JJ" and t.text.lower().endswith(_CLASSIFYING) and 0 < zipf(t.text.lower()) < CLASSIFYING_RARITY
        for t in inside[:-1]
    )


def _names_one_idea(row: Analysed, m: Mention) -> bool:
    """'the greenhouse effect', not 'a negative effect' (a common adjective describes) nor 'interest laws' of
    'conflict of interest laws' (the end of a longer name)."""
    if re.search(r"\bof\s+$", row.sentence.text[: m.start]):
        return False
    inside = [t for t in row.tokens if m.start <= t.start < m.end]
    return not any(t.tag.startswith("JJ") and zipf(t.text.lower()) > COMMON_ADJECTIVE for t in inside)


def is_a_term(index: ArticleIndex, row: Analysed, m: Mention) -> bool:
    """A common-noun answer is a term (`term_reason`)."""
    return term_reason(index, row, m) is not None


def _compound(row: Analysed, m: Mention) -> bool:
    """A noun modified by a noun ('consultant pharmacists', 'control orders'): a compound names a kind of its
    head; an adjective ('loud applause') only describes it."""
    inside = [t for t in row.tokens if m.start <= t.start < m.end]
    words = [t.text for t in inside]
    if "of" in words:
        inside = inside[: words.index("of")]  # 'the phlogiston theory' of 'the phlogiston theory of combustion'
    return len(inside) >= 2 and all(t.tag in ("NN", "NNS") for t in inside)


def _sentences_with(index: ArticleIndex, word: str) -> int:
    """How many sentences hold `word`, singular or plural."""
    return len(_rows_with(index, word.rstrip("s")) | _rows_with(index, word))


def _rows_with(index: ArticleIndex, word: str) -> set[int]:
    """The sentences that hold `word`, or it with 's' or 'es' added, found in an index of the article's words
    (made once), so that asking is no longer a pass over the whole article."""
    if index.words is None:
        index.words = {}
        for n, row in enumerate(index.sentences):
            for found in set(re.findall(r"\w+", row.sentence.text.lower())):
                index.words.setdefault(found, []).append(n)
    low = word.lower()
    return {n for form in (low, low + "s", low + "es") for n in index.words.get(form, ())}


def head_of(term: str) -> str:
    """The head noun of a term, singular and lower case: 'number' of 'composite numbers'."""
    words = term.lower().split()
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return head[:-1] if head.endswith("s") and not head.endswith("ss") else head


def article_terms(index: ArticleIndex) -> list[str]:
    """Every term of the article (`concepts` that are terms), first seen first, each once."""
    if index.terms is None:
        seen: dict[str, str] = {}
        for row in index.sentences:
            for m in concepts(row):
                if m.text.casefold() not in seen and is_a_term(index, row, m):
                    seen[m.text.casefold()] = m.text
        index.terms = list(seen.values())
    return index.terms


def _plural(term: str) -> bool:
    words = term.split()
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return head.endswith("s") and not head.endswith("ss")


def same_head_terms(index: ArticleIndex, answer: str, sentence: str, n: int = 3) -> list[str]:
    """Up to `n` other terms of the article with the answer's head ('prime number' for 'composite number'),
    none named in the card's own sentence and none a part of the answer or holding it."""
    head, low, shown = head_of(answer), answer.casefold(), sentence.casefold()
    found: list[str] = []
    for term in article_terms(index):
        other = term.casefold()
        if head_of(term) != head or _plural(other) != _plural(low) or other in low or low in other:
            continue
        if other.rstrip("s") in shown:
            continue  # the sentence names it beside the answer: 'a natural number ... is called a composite number'
        if other.rstrip("s") not in (f.casefold().rstrip("s") for f in found):
            found.append(term)
    return found[:n]
