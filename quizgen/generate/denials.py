"""A claim that denies something, asked as a false statement: the claim without its negation.

'Qantas said there would be no large-scale redundancies' gives 'Qantas said there would be large-scale
redundancies' (false), with the claim as the correction. The flip is made only where it is certain: one negation
in the claim, outside any quotation, in its main clause or the clause a speaker reports, and of a form whose
positive reads naturally ('did not back' → 'backed', 'would not back' → 'would back', 'could no longer afford'
→ 'could still afford', 'there would be no cuts' → 'there would be cuts', 'has never' → 'has', 'did not gain any
unfair advantage' → 'gained an unfair advantage'). A claim that a contrast ('but') governs is never flipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.generate.candidates import Fact
from quizgen.generate.edits import Edit, apply_edits
from quizgen.generate.frequency import zipf
from quizgen.generate.lemmas import get_inflection, lemma_row
from quizgen.generate.tokens import Token
from quizgen.generate.truefalse import tidy

NEGATIONS = frozenset(
    "not n't no never cannot nothing none nobody neither nor without nowhere hardly barely scarcely".split()
)
"""Every word that denies: a claim with two of them is a double negative, which is never flipped."""
_AUX = frozenset(
    "is are was were am be been has have had will would can could may might shall should must wo ca sha".split()
)
_BE = frozenset("is are was were am be been".split())
_CONTRACTED = {"wo": "will", "ca": "can", "sha": "shall"}
_NOT_AFTER = frozenset(
    "only least yet just doubt one more less fewer merely necessarily always all every even quite really much "
    "too so very as".split()
)
"""'not only', 'not least', 'not yet', 'no doubt', 'no one', 'no more than': no plain denial to flip."""
_SCOPE_AFTER = frozenset("because until till unless but except than".split())
"""'did not leave until 2005', 'cannot but', 'not X but Y': the denial bears on what follows, not on the verb."""
_CONTRAST_BEFORE = frozenset("but yet although though whereas".split())
"""'will keep the patents but will seek no royalties': the denial is the contrast; without it, 'but' makes no sense."""
_POLARITY = frozenset("any anything anyone anybody anywhere ever".split())
"""'would not place any restrictions', 'does not sanitise them either': words that need the negation, and read
badly without it ('either' only at the end of a clause: 'either House' is no such word)."""
_SUBORDINATE = frozenset(
    "which who whom whose where when whenever if because although though while unless until whether since as "
    "after before once than so".split()
)
"""A word opening a subordinate clause: a negation after it is not the claim's own."""
_REPORTING = frozenset(("saying", "telling", "stating", "adding", "warning"))
_IRREGULAR_PAST = {
    "be": "was",
    "become": "became",
    "begin": "began",
    "bring": "brought",
    "build": "built",
    "buy": "bought",
    "come": "came",
    "do": "did",
    "find": "found",
    "get": "got",
    "give": "gave",
    "go": "went",
    "have": "had",
    "hold": "held",
    "keep": "kept",
    "know": "knew",
    "leave": "left",
    "lose": "lost",
    "make": "made",
    "meet": "met",
    "pay": "paid",
    "rise": "rose",
    "run": "ran",
    "say": "said",
    "see": "saw",
    "sell": "sold",
    "send": "sent",
    "spend": "spent",
    "take": "took",
    "tell": "told",
    "think": "thought",
    "win": "won",
}
_QUOTES = re.compile(r"[\"“”]")


@dataclass(frozen=True)
class Flip:
    """A denied claim's false statement, its correction, where its negation stands and how it was flipped."""

    statement: str
    correction: str
    at: int
    """Where the negation starts in the sentence."""
    note: str
    """The words before and after ('would not back' → 'would back'), for --explain."""


def flipped(fact: Fact) -> Flip | None:
    """The fact's claim without its negation, or None when the claim denies nothing or the flip is uncertain."""
    text = fact.row.sentence.text
    words = [t for t in fact.row.tokens if not _edited(t, fact.edits)]
    if not words:
        return None
    found = [i for i, t in enumerate(words) if t.text.lower() in NEGATIONS]
    if len(found) != 1:
        return None  # none, or a double negative
    k = found[0]
    neg = words[k]
    if len(_QUOTES.findall(text[: neg.start])) % 2 or "“" in text[: neg.start] and "”" not in text[: neg.start]:
        return None  # inside a quotation
    after = words[k + 1 :]
    if any(t.text.lower() in _CONTRAST_BEFORE for t in fact.row.tokens if t.end <= neg.start):
        return None  # a claim cut from after 'but' is still the contrast: 'X tried, but Villa were not interested'
    extra = _any_dropped(words, k)
    polar = [t for t in after if t.text.lower() in _POLARITY and (extra is None or t.start != extra[0])]
    if _subordinate(words[:k]) or polar or any(t.text.lower() in _SCOPE_AFTER for t in after):
        return None
    if any(t.text.lower() == "either" and (n is None or not n.text[:1].isalnum()) for t, n in _pairs(after)):
        return None
    if any(t.text.lower() == "as" and n is not None and n.tag == "PRP" for t, n in _pairs(after)):
        return None  # 'are not private schools, as they are state-controlled': the reason would contradict the flip
    edit = _positive(words, k)
    if edit is None or any(a < edit[1] and edit[0] < b for a, b, _ in fact.edits):
        return None
    if extra is not None and (
        neg.text.lower() not in ("not", "n't") or any(a < extra[1] and extra[0] < b for a, b, _ in fact.edits)
    ):
        return None  # 'any' only after a plain 'not': 'no ... any', 'never ... any' stay as written
    changes = [edit] if extra is None else [edit, extra]
    statement = _after_context(tidy(apply_edits(text, [*fact.edits, *changes])), fact.context)
    correction = _after_context(tidy(fact.text), fact.context)
    if statement == correction:
        return None
    a = max((t.start for t in words if t.end <= edit[0]), default=edit[0])
    b = min((t.end for t in words if t.start >= (extra or edit)[1]), default=(extra or edit)[1])
    note = f"'{text[a:b]}' → '{apply_edits(text[a:b], [(x - a, y - a, r) for x, y, r in changes])}'"
    return Flip(statement, correction, neg.start, note)


def _any_dropped(words: list[Token], k: int) -> Edit | None:
    """The edit that reads 'any' right after a denied verb as the positive does: 'did not gain any unfair
    advantage' → 'an unfair advantage', 'did not find any errors' → 'errors', 'any information' → 'information'.
    None when no such 'any' follows, or its noun is neither plainly plural, countable nor a mass noun."""
    at = next((i for i in (k + 1, k + 2) if i < len(words) and words[i].text.lower() == "any"), None)
    if at is None:
        return None
    between = words[k + 1 : at]
    if between and not (between[0].tag.startswith("VB") or _base_verb(between[0].text.lower())):
        return None  # 'not only any', 'not just any': the tagger calls 'place' of 'would not place' a noun
    head = at + 1
    while head < len(words) and words[head].tag in ("JJ", "HYPH") and head < at + 3:
        head += 1
    if head >= len(words):
        return None
    noun = words[head]
    follows = words[head + 1] if head + 1 < len(words) else None
    if follows is not None and (follows.tag.startswith("NN") or follows.text.lower() in ("of", "-")):
        return None  # 'any trade deal', 'any of them': the head is not plain
    dropped = (words[at].start, words[at + 1].start, "")
    if noun.tag == "NNS" or noun.tag == "NN" and countable(noun.text.lower()) is False:
        return dropped
    if noun.tag == "NN" and countable(noun.text.lower()):
        return (words[at].start, words[at].end, _article(words[at + 1].text))
    return None


_AN_EXCEPT = re.compile(r"^(?:uni|use|usu|uti|eu|one|once)", re.IGNORECASE)
_SILENT_H = re.compile(r"^(?:hour|honest|honou?r|heir)", re.IGNORECASE)


def _article(word: str) -> str:
    """'a' or 'an' before `word`, by how it is spelt ('an unfair', 'a unique', 'an hour')."""
    vowel = word[:1].lower() in "aeiou" and not _AN_EXCEPT.match(word)
    return "an" if vowel or _SILENT_H.match(word) else "a"


def countable(noun: str) -> bool | None:
    """Whether a singular noun counts ('advantage': its plural is common) or is a mass noun ('information': its
    plural is rare), by how often each form is written; None when the two are too close to tell."""
    plural = (
        noun[:-1] + "ies"
        if re.search(r"[^aeiou]y$", noun)
        else noun + ("es" if re.search(r"(?:s|x|z|ch|sh)$", noun) else "s")
    )
    if noun in MASS_NOUNS:
        return False
    gap = zipf(noun) - zipf(plural)
    if gap <= COUNTABLE_GAP:
        return True
    if gap >= MASS_GAP:
        return False
    return None


MASS_NOUNS = frozenset(
    "damage harm trouble support progress help water access work news knowledge equipment furniture luggage "
    "software traffic weather violence fun luck".split()
)
"""Mass nouns whose plural is common in another sense ('damages', 'works'): their frequencies would say countable."""
COUNTABLE_GAP, MASS_GAP = 0.75, 2.0
"""How much rarer (in zipf) a noun's plural may be than it, for a countable noun; how much rarer for a mass noun."""


def _after_context(text: str, context: str) -> str:
    """The claim's first letter capitalised after the sentence shown ahead of it ('... schools. These ...')."""
    if not context or not text.startswith(context):
        return text
    rest = text[len(context) :]
    body = rest.lstrip()
    return text[: len(text) - len(body)] + body[:1].upper() + body[1:]


def _pairs(tokens: list[Token]) -> list[tuple[Token, Token | None]]:
    """Each token with the one after it (None after the last)."""
    return list(zip(tokens, [*tokens[1:], None], strict=True))


def _edited(token: Token, edits: list[Edit]) -> bool:
    return any(a < token.end and token.start < b for a, b, _ in edits)


def _subordinate(before: list[Token]) -> bool:
    """Whether a subordinate clause opens before the negation ('the plan, which was not ...'); 'said that' opens
    the reported claim, which is the claim."""
    for i, t in enumerate(before):
        low = t.text.lower()
        if low == "as" and i + 1 < len(before) and before[i + 1].text.lower() in _REPORTING:
            continue  # 'was quoted as saying the carrier could no longer ...'
        if low in _SUBORDINATE and t.tag in ("IN", "WDT", "WP", "WP$", "WRB", "RB"):
            return True
        if low == "that" and not (i > 0 and before[i - 1].tag.startswith("VB")):
            return True
    return False


def _positive(words: list[Token], k: int) -> Edit | None:
    """The edit that takes the negation at `k` out, or None when no natural positive is certain."""
    neg, low = words[k], words[k].text.lower()
    prev = words[k - 1] if k else None
    nxt = words[k + 1] if k + 1 < len(words) else None
    if nxt is None or nxt.text.lower() in _NOT_AFTER and not (low == "no" and nxt.text.lower() == "longer"):
        return None
    if low == "cannot":
        return (neg.start, neg.end, neg.text[:3])
    if low in ("not", "n't") and prev is not None:
        return _auxiliary(prev, neg, nxt)
    if low == "never":
        if prev is not None and prev.text.lower() in _AUX:
            return (prev.end, neg.end, "")  # 'has never been' → 'has been'
        if nxt.tag in ("VBD", "VBZ", "VBP"):
            return (neg.start, nxt.start, "")  # 'never signed' → 'signed'
        return None
    if low == "no" and nxt.text.lower() == "longer" and k + 2 < len(words):
        verb = words[k + 2]
        if prev is not None and prev.text.lower() in _AUX or verb.tag in ("VBD", "VBZ", "VBP"):
            return (neg.start, nxt.end, "still")  # 'could no longer afford' → 'could still afford'
        return None
    if low == "no" and prev is not None and (prev.text.lower() in _BE or prev.tag.startswith("VB")):
        return (neg.start, nxt.start, "") if _plural_noun_after(words, k) else None
    return None


def _auxiliary(aux: Token, neg: Token, verb: Token) -> Edit | None:
    """'did not back' → 'backed', 'does not' → 'backs', 'would not' → 'would', "won't" → 'will'."""
    word = aux.text.lower()
    if word in ("did", "does", "do"):
        lemma = verb.text.lower()
        if not _base_verb(lemma):
            return None
        if word == "did":
            form = past_tense(lemma)
        elif word == "does":
            form = get_inflection(lemma, "VBZ")[0]
        else:
            form = lemma
        return (aux.start, verb.end, form) if form else None
    if word not in _AUX:
        return None
    if word in _BE and verb.tag.startswith("RB") and verb.text.lower() in _NOT_AFTER:
        return None
    if neg.text.lower() == "n't":
        full = _CONTRACTED.get(word, aux.text)
        return (aux.start, neg.end, full if aux.text[:1].islower() else full.capitalize())
    return (aux.end, neg.end, "")


def _base_verb(word: str) -> bool:
    """Whether the dictionary knows `word` as the base form of a verb ('back', not 'backed')."""
    row = lemma_row(word)
    return row is not None and word in row[2].split("/")


def past_tense(lemma: str) -> str | None:
    """The simple past of a verb, as the dictionary confirms it ('back' → 'backed', 'say' → 'said'), or None."""
    candidates = [_IRREGULAR_PAST.get(lemma, "")]
    if lemma.endswith("e"):
        candidates.append(lemma + "d")
    elif re.search(r"[^aeiou]y$", lemma):
        candidates.append(lemma[:-1] + "ied")
    else:
        candidates += [lemma + "ed", lemma + lemma[-1] + "ed"]
    for form in candidates:
        row = lemma_row(form) if form else None
        if row is not None and lemma in row[2].split("/"):
            return form
    return None


def _plural_noun_after(words: list[Token], k: int) -> bool:
    """'no large-scale redundancies', 'no plans': a plural noun after 'no', with only modifiers between."""
    for t in words[k + 1 : k + 4]:
        if t.tag == "NNS":
            return True
        if t.tag not in ("JJ", "NN", "VBN", "HYPH"):
            return False
    return False
