"""The sentence that introduces what a reference means, as a card's context ("The deployment would ...").

A sentence that leans on an earlier one cannot stand alone, and a rewrite of its reference is not always
certain. Shown after the sentence it leans on, it reads as the article reads: the card carries that sentence
as its first line, resolved in turn, when the reference's head noun is there ('deployment' after
'deploy') or, for a pronoun, when the sentence before is the nearest thing it can mean. When the sentence
before does not name the noun, the nearest earlier one that introduces it (a few sentences back, or the
article's lead) is shown instead, followed by GAP so the reader sees that text was left out between.
"""

from __future__ import annotations

import re

from quizgen.generate.context_clause import clause_end, stands_alone
from quizgen.generate.coref import EVENT, EVENT_HEADS, Resolution, resolve
from quizgen.generate.edits import Edit, apply_edits, without_overlap
from quizgen.generate.index import Analysed, ArticleIndex
from quizgen.generate.lemmas import first_lemma
from quizgen.generate.quotes import QUOTES
from quizgen.generate.tokens import Token
from quizgen.generate.trim import trims

MAX_WORDS = 55
"""The two sentences together: a longer card loses the student before it asks."""
MIN_WORDS = 6
_TIME_HEADS = frozenset("time period year years era decade century stage point date dates".split())
_PLACE_HEADS = frozenset("region area territory basin zone district valley land".split())
"""Words for a stretch of land: 'this region' may mean the basin the sentence before tells of."""
_LAND = _PLACE_HEADS | frozenset("rainforest forest jungle desert coast province island islands".split())
"""Words that tell a stretch of land: 'the affected region' after 'the Amazon rainforest experienced a drought'."""
EVENT_REACH = frozenset("affected stricken hit".split())
"""Words that say a place is the one the event told before reached ('the affected region'), not which place: the
place word of the context is enough."""
_FAMILIES = {
    "case": frozenset("sentence sentenced trial tried charged charges guilty convicted jailed prosecuted".split()),
    "rate": frozenset("tax taxes levy fee fees".split()),
}
"""Nouns that a sentence of another stem introduces: 'the case' after 'is serving a sentence for favouring ...',
'the rate' after 'liable to pay taxes'."""
_ENDS = re.compile(r"[.!]['\"”’]?$")
REACH = 4
"""How many sentences back an introducing sentence may be (the article's lead is in reach up to LEAD_REACH)."""
LEAD_REACH = 12
"""The furthest sentence the article's lead introduces a noun for: further on, a long article's lead is about
something else ('the state' of a storm's path is not the lead's 'U.S. state of Florida')."""
GAP = "[…]"
"""Shown between an introducing sentence and the card's own when sentences between were left out."""
_POINTERS = frozenset("the this that these those such its their his her".split())
_MODIFIERS = frozenset(("JJ", "NN", "NNS", "VBN"))
_DEMONSTRATIVE = frozenset("the this that these those".split())
"""Before a noun's describing words, these point back ('the assistance offer'); 'its circle logo' says whose."""


def context_edit(index: ArticleIndex, number: int, resolution: Resolution) -> Edit | None:
    """An edit that puts the sentence a reference of `resolution.back` leans on, resolved, ahead of sentence
    `number`: the sentence before when it holds what every reference means, else the nearest earlier one that
    introduces every head noun (`introducing`); None when no sentence does, or none can stand alone."""
    if not resolution.back:
        return None
    found = context_for(index, number)
    nouns = named_heads(index, number, resolution.back)
    if found is not None and nouns and all(introduces(index.sentences[number - 1], noun) for noun in nouns):
        return found[0]  # the sentence before names it: 'offered' before 'The offer'
    further = introducing(index, number, nouns) if nouns else None
    if further is not None:
        return further[0]
    if found is None or not all(not head or holds(found[1], head[0]) for head in resolution.back):
        return None
    if (EVENT,) in resolution.back and not shares_a_subject(index, number - 1, number):
        return None  # 'The offer' after a sentence of something else: not the event it means
    return found[0]  # an event the sentence before tells ('offered to send' before 'The deployment')


def shares_a_subject(index: ArticleIndex, k: int, number: int) -> bool:
    """Whether sentences `k` and `number` speak of one thing: a name both give, or a noun both use
    ('Gurkhas' and 'Gurkha Rifles', 'ferries' and 'ferry')."""
    first, second = index.sentences[k], index.sentences[number]
    if {(m.kind, m.key) for m in first.mentions} & {(m.kind, m.key) for m in second.mentions}:
        return True
    return bool(_nouns(first.tokens) & _nouns(second.tokens))


def _nouns(tokens: list[Token]) -> set[str]:
    """The stems of the nouns among `tokens`, but the words any sentence uses."""
    return {_prefix(t.text.casefold()) for t in tokens if t.tag.startswith("NN") and len(t.text) > 3}


def named_heads(index: ArticleIndex, number: int, back: list[tuple[str, ...]]) -> list[str]:
    """The head nouns of the references in `back` ('offer' of 'The offer', recovered from the sentence for an
    event); empty when one of them is a pronoun, which names no noun to look for."""
    nouns: list[str] = []
    tokens = index.sentences[number].tokens
    for head in back:
        if not head:
            return []
        if head[0] != EVENT:
            nouns.append(head[0])
            continue
        events = [
            b.text.lower()
            for a, b in zip(tokens, tokens[1:], strict=False)
            if a.text.lower() in ("the", "this", "that") and b.text.lower() in EVENT_HEADS
        ]
        if not events:
            return []
        nouns.extend(events)
    return list(dict.fromkeys(nouns))


def introducing(index: ArticleIndex, number: int, nouns: list[str]) -> tuple[Edit, str] | None:
    """The edit that shows, ahead of sentence `number` and GAP, the nearest earlier sentence (at most REACH back,
    or the article's lead) that introduces every noun of `nouns` ('offered' for 'the offer', not 'the offer'
    again) and stands alone, and that sentence as shown; None when there is none."""
    reach = list(range(number - 1, max(-1, number - 1 - REACH), -1))
    if 1 < number <= LEAD_REACH and 0 not in reach:
        reach.append(0)  # the lead: where a news story says what it is about
    for k in reach:
        row, after = index.sentences[k], index.sentences[k + 1].sentence.text
        if not all(introduces(row, noun) or (noun in EVENT_HEADS and _points_to(after, noun)) for noun in nouns):
            continue  # an event the next sentence calls 'the deployment' too is told here
        found = _shown(index, k, number) if k < number - 1 and stands_alone(row.tokens) else None
        # the sentence before whole is `context_for`; one opening 'The judicial review will ...' leans in turn
        shown = f"{found} {GAP}" if found is not None else _clause_shown(index, k, number, _introduced_at(row, nouns))
        if shown is not None:
            return (0, 0, shown + " "), shown
    return _announced(index, number, nouns)


def _introduced_at(row: Analysed, nouns: list[str]) -> int | None:
    """The offset of the last of the words of `row` that first introduce each noun of `nouns`; None when one is
    not introduced by a word of its own ('the deployment' told by the next sentence's pointing)."""
    offsets = [
        next((t.start for k, t in enumerate(row.tokens) if _introduces_at(row.tokens, k, noun)), None) for noun in nouns
    ]
    return None if not offsets or None in offsets else max(o for o in offsets if o is not None)


def _clause_shown(index: ArticleIndex, k: int, number: int, anchor: int | None) -> str | None:
    """The clause of sentence `k` that holds the word at `anchor` (`context_clause.clause_end`), resolved and ended
    by GAP, to be shown ahead of sentence `number` when the whole sentence is too long; None when it cannot be cut
    there, leans on another sentence, or is still too long."""
    if anchor is None:
        return None
    row = index.sentences[k]
    text = row.sentence.text
    end = clause_end(text, row.tokens, anchor)
    if end is None:
        return None
    own = resolve(index, k)
    if own.problem is not None or any(a < end < b for a, b, _ in own.edits):
        return None
    edits = [e for e in own.edits if e[1] <= end]
    edits += without_overlap([cut for cut in trims(text) if cut[1] <= end], edits)
    edits += without_overlap([cut for cut in uncounted(row) if cut[1] <= end], edits)
    shown = apply_edits(text[:end], sorted(edits)).strip()
    shown = shown[:1].upper() + shown[1:]
    kept = [t for t in row.tokens if t.end <= end and not any(a <= t.start < b for a, b, _ in own.edits)]
    if len(shown.split()) < MIN_WORDS or not stands_alone(kept):
        return None
    shown = f"{shown} {GAP}"
    if len(shown.split()) + len(index.sentences[number].sentence.text.split()) > MAX_WORDS:
        return None
    return shown


_PLANS = frozenset(
    "plan plans strategy proposal proposals measure measures move offer scheme package deal targets initiative "
    "reform reforms".split()
)
"""Nouns for what a story's lead announces: 'The plan comes as ...' after 'New targets ... have been announced'."""
_ANNOUNCING = re.compile(
    r"\b(?:announced|announces|unveiled|unveils|offered|offers|proposed|proposes|launched|launches|published|"
    r"set out|sets out|outlined|outlines|agreed|agrees|approved|introduced)\b"
)

_PLANNED = re.compile(r"\b(?:plans|proposals|measures|strategy|scheme|reforms)\s+(?:for|to)\s+[a-z]+")
"""A lead that names what is planned: 'misgivings about government plans for keeping suspects under house arrest'."""


def _announced(index: ArticleIndex, number: int, nouns: list[str]) -> tuple[Edit, str] | None:
    """The lead shown ahead of sentence `number` and GAP, when every noun is a word for what a lead announces
    ('the strategy'), the lead announces something or names what is planned ('plans for keeping ...'), and no
    sentence between introduces another of the kind;
    None otherwise."""
    if number < 2 or not nouns or not all(noun in _PLANS for noun in nouns):
        return None
    lead = index.sentences[0].sentence.text
    announcing = _ANNOUNCING.search(lead) or _PLANNED.search(lead)
    if announcing is None:
        return None
    if any(introduces(index.sentences[k], noun) for k in range(1, number) for noun in nouns):
        return None  # 'a five-year plan' told between: the reference may mean that one
    found = _shown(index, 0, number)
    shown = f"{found} {GAP}" if found is not None else _clause_shown(index, 0, number, announcing.start())
    return None if shown is None else ((0, 0, shown + " "), shown)


def _points_to(text: str, noun: str) -> bool:
    """'The deployment' in `text`: the same reference, so the sentence before it tells the event."""
    return re.search(rf"\b(?:the|this|that)\s+{re.escape(noun)}\b", text, re.IGNORECASE) is not None


def introduces(row: Analysed, noun: str) -> bool:
    """Whether the sentence of `row` names `noun` by a noun or verb of its stem other than by pointing back to
    it: 'has offered' and 'an offer' introduce the offer; 'the offer' and 'this offer' lean on another sentence
    in turn, and 'academic' is no academy."""
    return any(_introduces_at(row.tokens, k, noun) for k in range(len(row.tokens)))


def _introduces_at(tokens: list[Token], k: int, noun: str) -> bool:
    """Whether token `k` of `tokens` introduces `noun` (`introduces`)."""
    stem, t = _long_stem(noun), tokens[k]
    word = t.text.casefold()
    return (
        t.tag.startswith(("NN", "VB"))
        and (word[: len(stem)] == stem or word in _FAMILIES.get(noun, ()))
        and not _pointed(tokens, k)
    )


def _pointed(tokens: list[Token], k: int) -> bool:
    """Whether token `k` follows a word that points back ('the offer'), past the lower-case words that describe a
    noun ('the assistance offer', 'this new offer'); a verb's subject ('the government offered') is no pointing, nor
    an owner before describing words ('its circle logo')."""
    if k > 0 and tokens[k - 1].text.casefold() in _POINTERS:
        return True
    j = k - 1
    while tokens[k].tag.startswith("NN") and j >= 0 and tokens[j].tag in _MODIFIERS and tokens[j].text.islower():
        j -= 1
    return j < k - 1 and j >= 0 and tokens[j].text.casefold() in _DEMONSTRATIVE


def _long_stem(word: str) -> str:
    """At most the first six letters of the word's lemma: 'deployment' → 'deploy', 'offers' → 'offer'."""
    return first_lemma(word).casefold()[:6]


def context_for(index: ArticleIndex, number: int) -> tuple[Edit, str] | None:
    """The edit that puts the sentence before, resolved, ahead of sentence `number`, and that sentence as
    shown; None when there is none, it cannot stand alone, or the two together are too long for a card."""
    if number == 0:
        return None
    shown = _shown(index, number - 1, number)
    return ((0, 0, shown + " "), shown) if shown is not None else None


def _shown(index: ArticleIndex, k: int, number: int, extra: int = 0) -> str | None:
    """Sentence `k` resolved and trimmed, to be shown ahead of sentence `number`; None when it is not a whole
    sentence, or the two together (and `extra` words more) are too long for a card. A sentence that leans on its
    own sentence before is shown after it (`_chained`), when `extra` is 0: a chain of two links at most."""
    before = index.sentences[k]
    text = before.sentence.text.strip()
    words = len(text.split())
    if words < MIN_WORDS or not _ENDS.search(text) or sum(text.count(q) for q in QUOTES) % 2:
        return None
    own = resolve(index, k)
    if own.problem is not None and extra:
        return None  # a chain of three sentences: too long to follow
    if own.problem is not None:
        own = resolve(index, k, context=True)
        if own.problem is None or not own.back:
            return None
    edits = own.edits + without_overlap(trims(text), own.edits)
    edits += without_overlap(uncounted(before), edits)
    shown = apply_edits(before.sentence.text, sorted(edits)).strip()
    shown = shown[:1].upper() + shown[1:]
    if len(shown.split()) + len(index.sentences[number].sentence.text.split()) + extra > MAX_WORDS:
        return None
    if own.back:
        lead = _chained(index, k, number, own.back, len(shown.split()))
        return None if lead is None else f"{lead} {shown}"
    return shown


_HEDGE_BEFORE = re.compile(
    r"(?:\b(?:about|around|some|nearly|almost|roughly|approximately|over|up to|more than)\s+)?$", re.IGNORECASE
)
MIN_COUNT = 10
"""A smaller count ('for two performances') reads as part of its phrase, and a card seldom asks it."""


def uncounted(row: Analysed) -> list[Edit]:
    """Edits that leave out each plain count before the plural noun it counts ('a company of 120 Gurkhas' →
    'a company of Gurkhas'): a context is shown to say what a reference means, and its count, which a card of its
    own may ask, would give that card away."""
    text, cuts = row.sentence.text, []
    for m in row.mentions:
        if m.kind != "number" or not m.unit or not m.unit.endswith("s") or " " in m.unit:
            continue
        if m.value is None or m.value < MIN_COUNT or not m.text[:1].isdigit():
            continue
        if not text[m.end :].startswith(" " + m.unit):
            continue
        hedge = _HEDGE_BEFORE.search(text[: m.start])
        start = hedge.start() if hedge else m.start
        cuts.append((start, m.end + 1, ""))
    return cuts


def _chained(index: ArticleIndex, k: int, number: int, back: list[tuple[str, ...]], words: int) -> str | None:
    """The sentence before `k`, shown, when sentence `k` leans on it for every reference of `back` (as
    `context_edit` would show it for `k`) and the three sentences, `k` being `words` long, fit on a card; None
    otherwise: a chain of references."""
    if k == 0:
        return None
    shown = _shown(index, k - 1, number, extra=words)
    if shown is None or not all(not head or holds(shown, head[0]) for head in back):
        return None
    if (EVENT,) in back and not shares_a_subject(index, k - 1, k):
        return None  # 'The offer' after a sentence of something else
    return shown


_DATED = re.compile(
    r"\b(?:1[0-9]{3}|20[0-9]{2}|[0-9]{4}s|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|century)\b"
)


def dated(text: str) -> bool:
    """Whether `text` names a time: a year, a decade, a month or a century."""
    return _DATED.search(text) is not None


def holds(text: str, noun: str) -> bool:
    """Whether `text` can be what a reference with this head noun means: 'this time' needs a date there;
    'the deployment' needs a word of its stem ('deployed')."""
    if noun == EVENT:
        return True  # 'The deployment': what the sentence before tells
    if noun in _TIME_HEADS:
        return dated(text)
    if noun in _PLACE_HEADS and any(w in _LAND for w in re.findall(r"[a-z]+", text.casefold())):
        return True  # 'This region' after 'The Amazon basin encompasses ...'
    if noun in _FAMILIES and any(w in _FAMILIES[noun] for w in re.findall(r"[a-z]+", text.casefold())):
        return True  # 'the case' after 'a nine month sentence for favouring Boeing'
    stem = _stem(noun)
    return any(
        _prefix(w).startswith(stem) or stem.startswith(_prefix(w)) for w in re.findall(r"[a-z]+", text.casefold())
    )


def _stem(word: str) -> str:
    """The first five letters of the word's lemma: 'deployment' → 'deplo'."""
    return _prefix(first_lemma(word))


def _prefix(word: str) -> str:
    """The first five letters ('deployed' → 'deplo'); a short word stands whole."""
    return word[:5] if len(word) >= 4 else "\0" + word
