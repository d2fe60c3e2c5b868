"""Gates on the gap itself: it must have one right fill, and the words around it must not give it away.

Each gate takes a `gates.Candidate` and returns why the card fails, or None; `gates.GATES` runs them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.generate import gazetteer
from quizgen.generate.concepts import PLURAL_MODIFIERS, verb_after_relative
from quizgen.generate.frequency import zipf
from quizgen.generate.quotes import QUOTED, in_quoted_phrase
from quizgen.generate.terms import same_stem
from quizgen.generate.tokens import Token

if TYPE_CHECKING:
    from quizgen.generate.gates import Candidate
    from quizgen.generate.index import Analysed, ArticleIndex

_FIGURES = frozenset(("range", "number", "percent", "money", "year", "period", "decade"))
_AMOUNTS = frozenset(("number", "percent", "money"))
"""Figures whose range ('7 to 11 percent') is one fact; a period ('between 1361 and 1528') has two dates."""
_RANGE_BEFORE = re.compile(r"(?:\b(?P<word>[a-z]+)\s+)?[£$€]?\d[\d,.]*%?\s+(?:to|and)\s+$")
_RANGE_AFTER = re.compile(r"^(?:%|\s*(?:per\s*cent|percent))?\s+(?:to|and)\s+[£$€]?\d")
_CHANGE = frozenset("from by up down rose fell risen fallen".split())
"""'from 370 to 870', 'by 26% to 8.5 cents': a change from one figure to another, not a range."""
_WHEN_WORDS = frozenset(("in", "by", "since"))
_YEAR_TO = re.compile(r"\b(?:1[0-9]|20)\d{2}\s+to\s+$")
_OPENS_WITH_RANGE = re.compile(r"^[£$€]?\d[\d,.]*%?\s+(?:to|and|or)\s+[£$€]?\d")
WHOLE_TERMS = frozenset(("named or defined", "a named theory or effect"))
"""Why a concept is known to be a whole term (`concepts.term_reason`): a word before it describes it ('the
then-popular [phlogiston theory of combustion]'), it is no part of it."""
_COORDINATED_MODIFIER = re.compile(r"\b([a-z][\w-]*)\s*,?\s+(?:and|or)\s+$")
_MODIFIER_TAGS = ("JJ", "JJR", "JJS", "NN", "NNS", "VBN", "VBG")


def gap_splits_a_phrase(c: Candidate) -> str | None:
    """'current [account deficit]', 'pro-reform and [Gallican]', '7 to [11]': the words left beside the gap
    belong to the phrase it blanks, so they give it away or leave half of it."""
    m, text, tokens = c.fact.mention, c.fact.row.sentence.text, c.fact.row.tokens
    if m.kind in _AMOUNTS and _one_end_of_a_range(text, m.start, m.end):
        return "the answer is one end of a range"
    if m.kind == "concept" and c.fact.term not in WHOLE_TERMS:
        first = next((k for k, t in enumerate(tokens) if t.start >= m.start), None)
        prior = tokens[first - 1] if first else None
        if (
            first
            and prior
            and tokens[first].chunk == "I-NP"
            and modifies(prior)
            and not verb_after_relative(c.fact.row, prior)
        ):
            return f"'{prior.text}' before the gap is part of the term"
    before = _COORDINATED_MODIFIER.search(text[: m.start])
    if before:
        word = next((t for t in tokens if t.end == before.end(1)), None)
        if word is not None and word.tag.startswith("JJ"):
            return f"the gap shares its noun with '{word.text}'"
    return None


def modifies(tok: Token) -> bool:
    """A word that can be part of the term after it: an adjective or a noun, but no plural noun ('charging
    their students [tuition fees]': two objects), save the few that do modify ('sales tax')."""
    if tok.tag == "NNS":
        return tok.text.lower() in PLURAL_MODIFIERS
    return tok.tag in _MODIFIER_TAGS


def _one_end_of_a_range(text: str, start: int, end: int) -> bool:
    """'7 to [11] percent', '[1946] and 1957': a figure joined to another by 'to' or 'and', no change named."""
    before = _RANGE_BEFORE.search(text[:start])
    if before and before.group("word") in _WHEN_WORDS and _YEAR_TO.search(text[:start]):
        return False  # 'from 75.8% in [1970] to 55.1%': a date between a change's two figures, not a range
    if before:
        return before.group("word") not in _CHANGE
    if _RANGE_AFTER.match(text[end:]):
        word = re.search(r"\b([a-z]+)\s+[£$€]?$", text[:start])
        return word is None or word.group(1) not in _CHANGE
    return False


def stem_opens_with_a_range(c: Candidate) -> str | None:
    """'7 to 11 percent of ...' is no way to open a sentence or a question."""
    stem = c.card.prompt().lstrip(" \"“'")
    return "the card opens with a bare range" if _OPENS_WITH_RANGE.match(stem) else None


def context_states_the_answer(c: Candidate) -> str | None:
    """The sentence shown as the card's context states the answer ('under house arrest' above 'oppose [house
    arrests]'): the card asks what it shows."""
    if not c.fact.context:
        return None
    words = re.findall(r"[\w'’-]+", c.fact.mention.text)
    if not words:
        return None
    plural = r"(?:e?s)?"
    said = r"\s+".join(re.escape(w[:-1] if len(w) > 4 and w.endswith("s") else w) + plural for w in words)
    if re.search(rf"(?<![\w-]){said}(?![\w-])", c.fact.context, re.IGNORECASE):
        return f"the context shows '{c.fact.mention.text}'"
    return None


def neighbour_repeats_the_answer(c: Candidate) -> str | None:
    """'the [Huguenot Memorial Bridge] and Huguenot Road', '[compulsory school fees] ... higher school fees':
    a name word of the answer, or the head noun of a term, that the rest of the sentence repeats gives the
    answer away. Kind words ('the Grainger [Market] ... an earlier market') do not."""
    m, text = c.fact.mention, c.fact.row.sentence.text
    if m.kind in _FIGURES:
        return None
    rest = text[: m.start] + " " + text[m.end :]
    words = re.findall(r"[A-Za-z][\w'’-]+", m.text)
    if m.kind == "concept":
        # the head noun of a phrase, and its rare words: 'a prime knot' beside '[knot theory]'
        rare = [w for w in words[:-1] if len(w) > 3 and zipf(w.lower()) < RARE_MODIFIER]
        telling = words[-1:] + rare if len(words) > 1 else []
    else:
        telling = [w for w in words if w[:1].isupper() and len(w) > 3 and not _common_word(w)]
    for word in telling:
        stem = re.escape(word.rstrip("s")) if len(word) > 4 else re.escape(word)
        if re.search(rf"\b{stem}(?:e?s)?\b", rest, re.IGNORECASE if m.kind == "concept" else 0):
            return f"'{word}' beside the gap gives the answer away"
    if m.kind != "concept":
        quoted = " ".join(QUOTED.findall(rest)).casefold()
        echoed = next((w for w in words if len(w) >= 3 and re.search(rf"\b{re.escape(w.casefold())}\b", quoted)), None)
        if echoed:
            return f"'{echoed}' in a quoted name beside the gap gives the answer away"  # 'also called "the dot"'
    shown = c.fact.context + " " + c.fact.text.replace(m.text, " ", 1)  # as the card reads: 'it' may now be named
    for word in telling if m.kind != "concept" else ():
        longer = re.search(rf"\b{re.escape(word)}[a-z]+", shown) if len(word) >= 5 else None
        if longer:
            return f"'{longer.group(0)}' beside the gap gives '{word}' away"  # 'Jacksonville' → Andrew Jackson
    if m.kind == "concept" and len(words) == 1:
        term = words[0].casefold()
        kin = next((w for w in re.findall(r"[A-Za-z]{4,}", shown) if same_stem(w.casefold(), term)), None)
        if kin:
            return f"'{kin}' beside the gap gives '{words[0]}' away"  # 'being prime' → primality
    for word in words:
        code = gazetteer.NATIONALITIES.get(word)
        named = [n for n in gazetteer.names_by_code().get(code, ()) if n != word] if code else []
        if any(re.search(rf"\b{re.escape(n)}\b", rest) for n in named):
            return f"'{word}' in the answer is the country the sentence names"  # 'from England ... the [English Crown]'
    shared = _shared_name_start(m.text, rest) if m.kind != "concept" else None
    if shared:
        return f"'{shared}' beside the gap gives the answer away"  # 'Kings Canyon Freeway' and '[Kings Canyon ...]'
    if m.kind == "concept":
        for word in (w for w in words if len(w) >= SHARED_STEM):
            found = re.search(rf"\b{re.escape(word[:SHARED_STEM])}\w*", rest, re.IGNORECASE)
            if found:
                return f"'{found.group(0)}' beside the gap gives '{word}' away"  # 'decompress' → decompression
    return None


def _shared_name_start(answer: str, rest: str) -> str | None:
    """'Kings Canyon' of '[Kings Canyon National Park]' beside 'Kings Canyon Freeway': the first two words of a
    name, capitalised both, that another name of the sentence opens with too, even when each is a common word."""
    words = answer.split()
    if len(words) < 3 or not all(w[:1].isupper() for w in words[:2]) or words[0] in ("The", "A", "An"):
        return None  # a two-word name repeated whole is `neighbour_repeats_the_answer`'s first rule
    start = " ".join(words[:2])
    return start if re.search(rf"(?<![\w-]){re.escape(start)}\s+[A-Z]", rest) else None


SHARED_STEM = 7
"""A term's word and a word beside the gap sharing this many first letters share a root ('consulting' and
'consultant')."""


RARE_MODIFIER = 4.0
"""A term's modifier rarer than this (wordfreq's Zipf scale), repeated beside its gap, tells the term: 'knot'."""


def _common_word(word: str) -> bool:
    """'Market', 'University': a word the tagger knows in lower case names a kind, not the thing itself."""
    from textblob.en import lexicon

    return lexicon.get(word.lower()) is not None


def head_alone_fits(c: Candidate) -> str | None:
    """'A [decision problem] A can be solved': the article's own word 'problem' fits the gap as well, so the
    gap has more than one right fill."""
    m, text = c.fact.mention, c.fact.row.sentence.text
    words = m.text.split()
    if m.kind != "concept" or len(words) < 2 or not re.search(r"(?:^|\b[Aa]n?\s+)$", text[: m.start]):
        return None
    head = re.compile(rf"\b{re.escape(words[-1].lower().rstrip('s'))}s?\b")
    modifier = words[-2].lower()
    alone = sum(
        1
        for row in c.index.sentences
        for found in head.finditer(row.sentence.text.lower())
        if not row.sentence.text.lower()[: found.start()].rstrip().endswith(modifier)
    )
    return f"'{words[-1]}' alone fits the gap as well" if alone >= 3 else None


def place_word_points_to_the_country(c: Candidate) -> str | None:
    """'Depictions of Romanian life ... in ___': a nationality word anywhere on the card that belongs to the
    answer country picks it out of the choices, as does one of its cities ('the medical faculty in Paris')."""
    m = c.fact.mention
    if m.kind != "country":
        return None
    prompt = c.card.prompt()
    for word in re.findall(r"[A-Z][\w'’-]+", prompt):
        if gazetteer.NATIONALITIES.get(word) == m.key and word not in m.text:
            return f"'{word}' points to {m.text}"
    for other in c.fact.row.mentions:
        if other.kind == "place" and other.text in prompt and gazetteer.country_of_city(other.text) == m.key:
            return f"'{other.text}' lies in {m.text}"  # 'the medical faculty in Paris ... the king of ___'
    return None


_FAITH_REGIONS: dict[str, tuple[str, ...]] = {
    "islam": ("Middle East", "Arabia", "Arab world", "Persia", "North Africa"),
    "islamic": ("Middle East", "Arabia", "Arab world", "Persia", "North Africa"),
    "muslim": ("Middle East", "Arabia", "Arab world", "Persia", "North Africa"),
    "muslims": ("Middle East", "Arabia", "Arab world", "Persia", "North Africa"),
    "arab": ("Middle East", "Arabia", "Arab world"),
    "arabic": ("Middle East", "Arabia", "Arab world"),
    "hindu": ("India", "South Asia"),
    "hinduism": ("India", "South Asia"),
    "buddhist": ("Tibet", "Asia", "East Asia", "Southeast Asia"),
    "buddhism": ("Tibet", "Asia", "East Asia", "Southeast Asia"),
    "confucian": ("China", "East Asia"),
    "confucianism": ("China", "East Asia"),
    "daoist": ("China",),
    "taoist": ("China",),
    "shinto": ("Japan",),
    "jewish": ("Israel", "Judea", "Palestine"),
    "judaism": ("Israel", "Judea", "Palestine"),
    "viking": ("Scandinavia",),
    "vikings": ("Scandinavia",),
    "norse": ("Scandinavia", "Norway"),
    "aztec": ("Mexico", "Mesoamerica"),
    "maya": ("Mesoamerica", "Central America"),
    "mayan": ("Mesoamerica", "Central America"),
}
"""A faith or a culture's word, and the regions it is bound to: one of them, asked beside it, is the only choice."""


def culture_word_points_to_the_region(c: Candidate) -> str | None:
    """'Medicine in medieval Islam ... spread from the ___': a region whose defining faith or culture the card
    names (Islam and the Middle East, Confucian and China) is picked out of the choices by that word."""
    m = c.fact.mention
    if m.kind not in ("place", "country", "name", "org", "concept"):
        return None
    answer = m.text.removeprefix("the ").casefold()
    stem = c.card.prompt()
    for word in re.findall(r"[A-Z][a-z]+", stem):
        regions = _FAITH_REGIONS.get(word.casefold(), ())
        if word.casefold() not in answer and any(region.casefold() == answer for region in regions):
            return f"'{word}' points to {m.text}"
    for region in _FAITH_REGIONS.get(answer, ()):  # the other way: '[Islam]' beside 'the Middle East'
        if re.search(rf"\b{re.escape(region)}\b", stem):
            return f"'{region}' points to {m.text}"
    return None


def term_paired_with_another(c: Candidate) -> str | None:
    """'[number theory] or arithmetic', 'physics and [chemistry]': a term joined to another noun has a
    neighbour of the same kind that fits the gap as well."""
    m, tokens = c.fact.mention, c.fact.row.tokens
    if m.kind != "concept":
        return None
    after = [t for t in tokens if t.start >= m.end][:2]
    before = [t for t in tokens if t.end <= m.start][-2:]
    for pair in (after, before[::-1]):
        if len(pair) == 2 and pair[0].text in ("and", "or") and pair[1].tag.startswith("NN"):
            return f"the term is paired with '{pair[1].text}'"
    return None


_PAIRING = re.compile(r"^\s*(?:,\s*)?(?:and|or|nor|versus|vs\.?|v\.?)\s*$")


def _partners(c: Candidate, key: str) -> set[str]:
    """The people the article pairs with the person `key` ('Trump and Harris', 'neither Trump nor Harris') in
    two sentences or more."""
    counts: dict[str, int] = {}
    for row in c.index.sentences:
        people = [m for m in row.mentions if m.kind == "person"]
        paired = set()
        for left, right in zip(people, people[1:], strict=False):
            if _PAIRING.match(row.sentence.text[left.end : right.start]) and key in (left.key, right.key):
                paired.add(right.key if left.key == key else left.key)
        for other in paired - {key}:
            counts[other] = counts.get(other, 0) + 1
    return {other for other, n in counts.items() if n >= 2}


def other_of_a_pair(c: Candidate) -> str | None:
    """'observers note a contrast with [Harris]' in a story of the race between Trump and Harris: the article
    pairs the answer with one other person and the card names that person, so the gap can only be the other."""
    m = c.fact.mention
    if m.kind != "person":
        return None
    partners = _partners(c, m.key)
    if len(partners) != 1:
        return None
    (partner,) = partners
    stem = c.card.prompt()
    if any(re.search(rf"\b{re.escape(alias)}\b", stem) for alias in c.index.aliases("person", partner)):
        return f"the article pairs {m.text} with {c.index.display('person', partner)}, whom the card names"
    theirs = gender(c.index, partner)
    told = {_GENDERS[w.lower()] for w in re.findall(r"\b[A-Za-z]+\b", stem) if w.lower() in _GENDERS}
    if theirs is not None and told and theirs not in told:
        return f"a pronoun tells {m.text} from {c.index.display('person', partner)}, the other of the pair"
    return None


_GENDERS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}


def gender(index: ArticleIndex, key: str) -> str | None:
    """'m' or 'f' when the article's sentences naming this person and no other person use pronouns of one sex
    only ('Harris has expressed her intention ...'); None when they use none or both."""
    found = set()
    for row in index.sentences:
        people = {o.key for o in row.mentions if o.kind == "person"}
        if people == {key}:
            found |= {_GENDERS[t.text.lower()] for t in row.tokens if t.text.lower() in _GENDERS}
    return found.pop() if len(found) == 1 else None


_RUNNING = re.compile(r"\b(?:currently|now|to date|so far|thus far|at present|as it stands)\b", re.IGNORECASE)
_ANCHOR_KINDS = frozenset(("year", "decade", "org"))
_ANCHOR_WORDS = re.compile(rf"\b(?:record|{'|'.join(gazetteer.MONTHS)})\b", re.IGNORECASE)


_PRICE_BEFORE = re.compile(r"(?:[£$€]|\b(?:dollars?|pounds?|euros?|yen|cents?))\s*$", re.IGNORECASE)
_SHARE_OF_A_TOTAL = re.compile(r"^\s+(?:out\s+)?of\s+(?:the\s+|a\s+total\s+of\s+)?\d[\d,.]*\b")
_DURATION_AFTER = re.compile(r"^[\s-]*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b")


def _qualifies_a_superlative(row: Analysed, at: int) -> bool:
    """Whether the running phrase at `at` follows a superlative within three words ('its biggest find to date')."""
    before = [t for t in row.tokens if t.end <= at][-3:]
    return any(t.tag == "JJS" or t.text.lower() == "most" for t in before)


def running_total_without_anchor(c: Candidate) -> str | None:
    """'Shearer currently has [187] goals to his name': a count that grows, with no club, record or date to
    fix it, has several right answers over time; and the card on its other words ('[Shearer] currently has
    187 goals') teaches a figure that is already out of date. A length of time ('a nine month sentence') is
    no total."""
    text, row = c.fact.text, c.fact.row
    running = _RUNNING.search(row.sentence.text)
    if not _RUNNING.search(text) or running is None or _qualifies_a_superlative(row, running.start()):
        return None  # 'its biggest find to date': a record, not a total that grows
    quoted = in_quoted_phrase(row.sentence.text, running.start())
    counts = [
        m
        for m in row.mentions
        if m.kind == "number"
        and m.text in text
        and not _DURATION_AFTER.match(row.sentence.text[m.end :])
        and not _PRICE_BEFORE.search(row.sentence.text[: m.start])  # 'above dollars 40 a barrel' is a price
        and in_quoted_phrase(row.sentence.text, m.start) == quoted  # a figure quoted is not the one 'currently' dates
    ]
    if not counts:
        return None
    if any(m.kind in _ANCHOR_KINDS and m.text in text for m in row.mentions) or _ANCHOR_WORDS.search(text):
        return None
    if _SHARE_OF_A_TOTAL.match(row.sentence.text[c.fact.mention.end :]):
        return None  # '94,000 of the 140,000 confirmed deaths so far': a share fixed by the total beside it
    return "a running total with no date, club or record to fix it"


_HEDGE_BEFORE = re.compile(r"\b(?:perhaps|possibly|probably|maybe|presumably|supposedly|allegedly)\s+$", re.IGNORECASE)
_FIGURES = frozenset(("number", "percent", "money", "share", "range", "year", "decade", "date", "period"))


def hedged_answer(c: Candidate) -> str | None:
    """'a coup involving five princes, perhaps [steppe elite] opposed to reforms': a guess the sentence hedges is
    no fact, and other guesses fit the gap as well. (A hedged figure is made false or offered only as
    `truefalse.bounded_wrong` allows.)"""
    m = c.fact.mention
    if m.kind in _FIGURES or not _HEDGE_BEFORE.search(c.fact.row.sentence.text[: m.start]):
        return None
    return "a guess the sentence hedges ('perhaps'), not a fact"
