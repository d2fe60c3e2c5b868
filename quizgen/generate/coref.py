"""Resolve references to earlier sentences ("His successor", "This format"), or mark them unaskable."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quizgen.generate.index import Analysed, ArticleIndex
from quizgen.generate.lemmas import get_lemma
from quizgen.generate.speakers import Frame, leading_frame, previous_org
from quizgen.generate.tokens import Token

Edit = tuple[int, int, str]
"""Replace sentence text [start, end) with a string."""

_PERSONAL = {"he", "she", "him", "his", "her", "hers"}
_PLURAL = {"they", "them", "their", "theirs"}
_THING = {"it", "its"}
_DEMONSTRATIVE = {"this", "these", "those", "that", "such"}
_POSTMODIFIER = {"who", "with", "without", "in", "of", "aged", "living", "whose", "on", "at", "over", "under"}
_NOW = {
    "year",
    "week",
    "month",
    "morning",
    "afternoon",
    "evening",
    "weekend",
    "summer",
    "winter",
    "spring",
    "autumn",
    "season",
}
_COMPANY_HEADS = {"company", "firm", "group", "retailer", "airline", "bank", "carmaker", "operator"}
_EVENT_HEADS = {
    "deployment",
    "move",
    "offer",
    "decision",
    "deal",
    "announcement",
    "event",
    "measure",
    "change",
    "changes",
    "rise",
    "fall",
    "cut",
    "increase",
    "plan",
    "proposal",
    "scheme",
    "strategy",
}
_SAID_HEADS = {"comments", "remarks", "statement", "findings", "move", "deal", "row", "affair"}
_DESCRIBED = {
    "pair",
    "duo",
    "trio",
    "boss",
    "international",
    "striker",
    "midfielder",
    "defender",
    "winger",
    "youngster",
    "veteran",
    "chancellor",
}
_FIRST_PERSON = {"i", "we", "me", "us", "my", "our", "you", "your"}
_CLEFT = re.compile(r"it (?:was|is) (?:(?:Mr|Mrs|Ms|Dr|Lord|Sir) )?(?:[A-Z][\w'’-]+ ){1,3}(?:who|that)\b")
_SPEECH = re.compile(r"\b(said|says|say|told|tells|added|adds|asked|warned|explained|argued|insisted)\b")
_EXPLETIVE = re.compile(
    r"^It(?:['’]s| is| was| has been| had been| will be| would be| seems| appears)\s+(?:\w+ly\s+)?"
    r"(?:\w+ed|\w+en|likely|unlikely|clear|possible|impossible|unclear|important|thought|said|known|true|hard|"
    r"easy|difficult|time|too early|expected)\b"
)


@dataclass
class Resolution:
    """How to make a sentence stand alone: edits to its text, or why it cannot."""

    edits: list[Edit] = field(default_factory=list)
    problem: str | None = None
    dropped_frame: bool = False
    """The reporting frame ("It said") was removed because its speaker is unknown: the rest is still a fact."""


def resolve(index: ArticleIndex, number: int, quoted: bool = False) -> Resolution:
    """Resolve the references of sentence `number` of the article; `quoted`: it is a quotation whose speaker
    is known, so its "I" and "we" are that speaker."""
    row = index.sentences[number]
    tokens = row.tokens
    result = Resolution()
    if not tokens:
        return result
    text = row.sentence.text
    back = _back_reference(index, number, tokens)
    if back is not None:
        return back
    frame = leading_frame(tokens)
    if frame is not None:
        result = _resolve_frame(index, number, frame)
    for i, tok in enumerate(tokens):
        low = tok.text.lower()
        if frame is not None and i == 0:
            continue
        if i == 0 and low == "it" and _EXPLETIVE.match(text) and re.search(r"\b(that|to)\b", text[:80]):
            continue
        if low == "it" and _CLEFT.match(text[tok.start :]):
            continue  # "it was Mr Milburn who took centre stage"
        earlier = tokens[:i]
        if low in _FIRST_PERSON and tok.tag.startswith("PRP") and tok.text != "US":
            if not quoted and not (
                _SPEECH.search(text) and any(m.kind in ("person", "org", "name") for m in row.mentions)
            ):
                return Resolution(problem=f"'{tok.text}' is a speaker not named in the sentence")
            continue
        if low in _PERSONAL and tok.tag.startswith("PRP"):
            if any(m.kind == "person" and m.end <= tok.start for m in row.mentions):
                continue
            person = _previous_person(index, number)
            if person is None:
                return Resolution(problem=f"'{tok.text}' refers to a person named in another sentence")
            if i == 0 or not any(m.kind == "person" for m in row.mentions):
                name = index.display("person", person)
                replacement = (
                    name + _apostrophe(index) + "s"
                    if low in ("his", "hers") or (low == "her" and _before_noun(tokens, i))
                    else name
                )
                result.edits.append((tok.start, tok.end, replacement))
                continue
            return Resolution(problem=f"'{tok.text}' may refer to more than one person")
        if low == "its" and i == 0 and tokens[1].tag.startswith(("NN", "JJ")):
            org = previous_org(index, number)
            if org is None:
                return Resolution(problem="'Its' refers to something in another sentence")
            result.edits.append((tok.start, tok.end, _cased(org, True) + _apostrophe(index) + "s"))
            continue
        if low == "its" and i < 6 and not any(t.tag in ("VBD", "VBZ", "VBP", "MD") for t in earlier):
            return Resolution(problem=f"'{tok.text}' refers to something in another sentence")
        if low == "it" and _expletive_object(tokens, i):
            continue  # "found it cheaper to sack a worker"
        if (low in _PLURAL or low in _THING) and tok.tag.startswith("PRP"):
            if not _has_noun(earlier, plural=low in _PLURAL):
                return Resolution(problem=f"'{tok.text}' refers to something in another sentence")
            continue
        demonstrative = tok.tag == "DT" or (
            low == "that"
            and i + 2 < len(tokens)
            and tokens[i + 1].tag in ("NN", "NNS")
            and not tokens[i + 2].tag.startswith(("VB", "MD"))
        )
        if low == "the" and i + 1 < len(tokens) and tokens[i + 1].text.lower() in _EVENT_HEADS | _SAID_HEADS:
            after = tokens[i + 2].text.lower() if i + 2 < len(tokens) else ""
            if after not in ("of", "to", "that", "for", "by", "on", "in"):
                found = _antecedent(index, number, [tokens[i + 1]])
                if found is None:
                    return Resolution(problem=f"'{text[tok.start : tokens[i + 1].end]}' refers to another sentence")
                result.edits.append((tok.start, tokens[i + 1].end, _cased(found, i == 0)))
                continue
        if low == "the" and _description(tokens, i):
            phrase = _noun_phrase(tokens, i + 1)
            return Resolution(
                problem=f"'{text[tok.start : phrase[-1].end]}' describes someone named in another sentence"
            )
        if i == 0 and tok.tag == "CD" and len(tokens) > 1 and tokens[1].tag.startswith(("VB", "MD")):
            return Resolution(problem=f"'{tok.text}' counts people or things named in another sentence")
        if low in ("this", "last", "next") and i + 1 < len(tokens) and tokens[i + 1].text.lower() in _NOW:
            continue  # "this year" is the time of the article, not another sentence
        if low in _DEMONSTRATIVE and demonstrative and _before_noun(tokens, i):
            phrase = _noun_phrase(tokens, i + 1)
            found = _antecedent(index, number, phrase)
            if found is None:
                return Resolution(problem=f"'{text[tok.start : phrase[-1].end]}' refers to another sentence")
            result.edits.append((tok.start, phrase[-1].end, _cased(found, i == 0)))
        if low == "those" and i + 1 < len(tokens) and tokens[i + 1].text.lower() in _POSTMODIFIER:
            continue  # "those with broadband" names its own referent
        if (
            low in ("this", "these", "those")
            and not _before_noun(tokens, i)
            or (low == "that" and tok.tag == "DT" and not _before_noun(tokens, i))
        ):
            return Resolution(problem=f"'{tok.text}' refers to another sentence")
        if low in _DEMONSTRATIVE and tok.tag in ("DT", "PRP", "WDT") and i == 0 and not _before_noun(tokens, i):
            return Resolution(problem=f"'{tok.text}' refers to another sentence")
    return result


def _resolve_frame(index: ArticleIndex, number: int, frame: Frame) -> Resolution:
    """Name the speaker of "It said ..." / "He added ..." from the previous sentence, or drop the frame."""
    tok = frame.pronoun
    low = tok.text.lower()
    name = None
    if low == "it":
        name = previous_org(index, number)
    elif low in ("he", "she"):
        person = _previous_person(index, number)
        name = index.display("person", person) if person else None
    if name is not None:
        return Resolution([(tok.start, tok.end, _cased(name, True))])
    return Resolution([(0, frame.end, "")], dropped_frame=True)


def _back_reference(index: ArticleIndex, number: int, tokens: list[Token]) -> Resolution | None:
    """'The company said ...' names the previous sentence's organisation; 'The deployment would ...' points
    back to an event another sentence tells, so the sentence cannot stand alone."""
    if len(tokens) < 3 or tokens[0].text != "The" or not tokens[2].tag.startswith(("VB", "MD")):
        return None
    head = tokens[1].text.lower()
    if head in _COMPANY_HEADS:
        from quizgen.generate.roles import dominant_org

        org = previous_org(index, number)
        if org is None or org.removeprefix("the ") != dominant_org(index):
            return None  # left as written: "the company" the article is about
        return Resolution([(tokens[0].start, tokens[1].end, _cased(org, True))])
    if head in _EVENT_HEADS:
        return Resolution(problem=f"'The {tokens[1].text}' refers to another sentence")
    return None


def _description(tokens: list[Token], i: int) -> bool:
    """'the pair', 'the Peruvian international', 'the former Rangers and Liverpool boss': a person described,
    not named (no name follows), who must be named in another sentence."""
    k = i + 1
    while k < len(tokens) and k - i <= 6 and tokens[k].text.lower() not in _DESCRIBED:
        if not (tokens[k].tag.startswith(("JJ", "NNP")) or tokens[k].text.lower() in ("and", "former")):
            return False
        k += 1
    if k >= len(tokens) or tokens[k].text.lower() not in _DESCRIBED:
        return False
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return after is None or not (after.tag.startswith("NNP") or after.text.lower() in ("of", "who", ","))


def _expletive_object(tokens: list[Token], i: int) -> bool:
    """'it' as a dummy object before an adjective and a 'to' or 'that' clause."""
    after = [t.text.lower() if not t.tag.startswith("JJ") else "JJ" for t in tokens[i + 1 : i + 4]]
    return bool(after) and after[0] == "JJ" and ("to" in after[1:] or "that" in after[1:])


def _apostrophe(index: ArticleIndex) -> str:
    """The article's own apostrophe for a possessive it gains."""
    return "’" if any("’" in row.sentence.text for row in index.sentences) else "'"


def _before_noun(tokens: list[Token], i: int) -> bool:
    for tok in tokens[i + 1 : i + 4]:
        if tok.tag.startswith("NN"):
            return True
        if not tok.tag.startswith("JJ") and tok.tag not in ("CD", "VBN", "VBG", '"'):
            return False
    return False


def _has_noun(tokens: list[Token], plural: bool) -> bool:
    """An earlier noun the pronoun can refer to: a plural one for 'they', a thing for 'it'."""
    if plural:
        return any(t.tag in ("NNS", "NNPS") or t.text.lower() in ("and", "government", "party") for t in tokens)
    return any(t.tag in ("NN", "NNP") for t in tokens)


def _noun_phrase(tokens: list[Token], start: int) -> list[Token]:
    """The words after a determiner up to and including the head noun."""
    phrase = []
    for tok in tokens[start:]:
        if tok.tag.startswith(("NN", "JJ", "CD", "VBN", "VBG")) or tok.tag == '"':
            phrase.append(tok)
            continue
        break
    while len(phrase) > 1 and not phrase[-1].tag.startswith("NN"):
        phrase.pop()
    return phrase or tokens[start : start + 1]


def _lemma(word: str) -> str:
    lemmas = get_lemma(word.lower(), "NOUN")
    return lemmas[0] if lemmas else word.lower()


def _antecedent(index: ArticleIndex, number: int, phrase: list[Token]) -> str | None:
    """The latest earlier noun phrase (up to three sentences back) with the same head noun and more words."""
    head = _lemma(phrase[-1].text)
    for back in range(number - 1, max(-1, number - 6), -1):
        row = index.sentences[back]
        for np in reversed(_noun_phrases(row)):
            if _lemma(np[-1].text) == head and len(np) > len(phrase):
                text = row.sentence.text[np[0].start : np[-1].end]
                return text
    return None


def _noun_phrases(row: Analysed) -> list[list[Token]]:
    """Noun phrases of a sentence that start with 'the' or a modifier and end at a noun."""
    phrases: list[list[Token]] = []
    current: list[Token] = []
    for tok in row.tokens:
        if (
            tok.tag in ("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", '"', "VBN")
            and tok.text.lower() not in _DEMONSTRATIVE
        ):
            if tok.tag == "DT" and current:
                phrases.append(current)
                current = []
            current.append(tok)
        else:
            if current:
                phrases.append(current)
            current = []
    if current:
        phrases.append(current)
    cleaned = []
    for p in phrases:
        while p and not p[-1].tag.startswith("NN"):
            p = p[:-1]
        if p and p[0].tag == "DT" and p[0].text.lower() not in ("the", "a", "an"):
            continue
        if len(p) >= 2:
            cleaned.append(p)
    return cleaned


def _cased(phrase: str, first: bool) -> str:
    if first:
        return phrase[:1].upper() + phrase[1:]
    if phrase[:4] in ("The ", "A ", "An "[:3]) and phrase.split()[0] in ("The", "A", "An"):
        return phrase[:1].lower() + phrase[1:]
    return phrase


def previous_person_name(index: ArticleIndex, number: int) -> str | None:
    """The full name of the one person the sentences before `number` point to, or None."""
    person = _previous_person(index, number)
    return index.display("person", person) if person else None


def _previous_person(index: ArticleIndex, number: int) -> str | None:
    """The key of the one person named in the previous sentence (or its subject)."""
    for back in range(number - 1, max(-1, number - 3), -1):
        people = [m for m in index.sentences[back].mentions if m.kind == "person"]
        keys = list(dict.fromkeys(m.key for m in people))
        if len(keys) == 1:
            return keys[0]
        if keys:
            first = people[0]
            return first.key if first.start <= 3 or first.title_start == 0 else None
    return None


def apply_edits(text: str, edits: list[Edit]) -> str:
    """`text` with non-overlapping edits applied."""
    out = []
    at = 0
    for start, end, replacement in sorted(edits):
        if start < at:
            continue
        out.append(text[at:start])
        out.append(replacement)
        at = end
    out.append(text[at:])
    return "".join(out)
