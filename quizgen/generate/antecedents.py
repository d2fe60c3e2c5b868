"""What earlier text names: the article's organisation, the party or person just named, and the fuller noun
phrase a shortened one ("the deal") points back to. The coreference rules ask these when they rewrite a word."""

from __future__ import annotations

from collections import Counter

from quizgen.generate.entities import PARTIES
from quizgen.generate.index import Analysed, ArticleIndex
from quizgen.generate.lemmas import first_lemma
from quizgen.generate.tokens import Token

PERSONAL = {"he", "she", "him", "his", "her", "hers"}
PLURAL = {"they", "them", "their", "theirs"}
DEMONSTRATIVE = {"this", "these", "those", "that", "such"}


def article_org(index: ArticleIndex) -> str | None:
    """The organisation the article is about: named (as an organisation, or as a bare name such as 'Qantas') at
    least three times and 1.5 times as often as any other organisation or name."""
    counts = Counter({(kind, key): n for (kind, key), n in index.counts.items() if kind in ("org", "name")})
    top = counts.most_common(2)
    if not top or top[0][1] < 3 or (len(top) > 1 and top[0][1] < 1.5 * top[1][1]):
        return None
    return index.display(*top[0][0])


def previous_party(index: ArticleIndex, number: int) -> str | None:
    """The one political party the nearest of the two sentences before that names any names, or None."""
    for back in range(number - 1, max(-1, number - 3), -1):
        parties = {m.text for m in index.sentences[back].mentions if m.kind == "org" and m.text in PARTIES}
        if parties:
            if len(parties) != 1:
                return None
            party = parties.pop()
            return f"the {party}" if party.endswith("s") else party  # 'the Tories', 'Labour'
    return _paragraph_party(index, number)


def _paragraph_party(index: ArticleIndex, number: int) -> str | None:
    """The one party the paragraph names before sentence `number` ('The Liberal Democrats want ... They say ...
    The party says'), when it names no other party, in it or in sentence `number`."""
    paragraph = index.sentences[number].sentence.paragraph
    rows = [r for r in index.sentences[: number + 1] if r.sentence.paragraph == paragraph]
    parties = {m.text for r in rows for m in r.mentions if m.kind == "org" and m.text in PARTIES}
    if len(parties) != 1 or any(m.text in PARTIES for m in index.sentences[number].mentions):
        return None
    party = parties.pop()
    return f"the {party}" if party.endswith("s") else party


def previous_person_name(index: ArticleIndex, number: int) -> str | None:
    """The full name of the one person the sentences before `number` point to, or None."""
    person = previous_person(index, number)
    return index.display("person", person) if person else None


def previous_person(index: ArticleIndex, number: int) -> str | None:
    """The key of the one person the previous sentence names, or of the sentence before it in the same paragraph
    when the one between names nobody and speaks of no one; None otherwise: a pronoun is replaced only when
    certain."""
    for back in range(number - 1, max(-1, number - 3), -1):
        row = index.sentences[back]
        if back < number - 1 and row.sentence.paragraph != index.sentences[number].sentence.paragraph:
            return None  # two sentences back, in another paragraph: too far to be certain
        keys = dict.fromkeys(m.key for m in row.mentions if m.kind == "person")
        if keys and any(m.kind == "name" and m.start == 0 and like_a_person(m.text) for m in row.mentions):
            return None  # 'John Smith described ..., and Thomas Browne ...': the subject may be a person too
        if keys and _described_subject(row):
            return None  # 'A spokeswoman for Human Rights Watch told John Smith ...': she is not John Smith
        if keys:
            return next(iter(keys)) if len(keys) == 1 else None
        if any(t.text.lower() in PERSONAL | PLURAL for t in row.tokens):
            return None  # the sentence between speaks of someone unnamed
    return None


ROLES: dict[str, str | None] = {
    "spokesman": "he",
    "spokeswoman": "she",
    "spokesperson": None,
    "chairman": "he",
    "chairwoman": "she",
    "official": None,
    "lawyer": None,
    "director": None,
}
"""People a sentence may name by their role alone ('A spokeswoman for Human Rights Watch'), with the pronoun
the role allows (None: either)."""


def _described_subject(row: Analysed) -> bool:
    """The sentence's subject is a person named by a role ('A spokeswoman for ...'), not by name."""
    words = row.tokens[:2]
    return len(words) == 2 and words[0].text in ("A", "An", "The") and words[1].text.lower() in ROLES


def noun_phrase(tokens: list[Token], start: int) -> list[Token]:
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


def antecedent(index: ArticleIndex, number: int, phrase: list[Token]) -> str | None:
    """The latest earlier noun phrase (up to three sentences back) with the same head noun and more words."""
    head = _lemma(phrase[-1].text)
    for back in range(number - 1, max(-1, number - 6), -1):
        row = index.sentences[back]
        for np in reversed(_noun_phrases(row)):
            fuller = len([t for t in np if t.tag != "DT"]) > len([t for t in phrase if t.tag != "DT"])
            if _lemma(np[-1].text) == head and fuller:  # 'the deployment' is no fuller name for 'the deployment'
                if sum(t.tag.startswith("NN") and _lemma(t.text) == head for t in row.tokens) > 1:
                    return None  # '... schools, ... not available at public schools': which schools is not certain
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
            and tok.text.lower() not in DEMONSTRATIVE
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


def _lemma(word: str) -> str:
    return first_lemma(word.lower())


def like_a_person(name: str) -> bool:
    """Two or three capitalised words ('John Smith'): a name at a sentence's start that may be a person's."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words)
