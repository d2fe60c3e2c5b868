"""Reference rules for personal pronouns ('he', 'his', 'her'): the person a sentence means, named when certain."""

from __future__ import annotations

import re

from quizgen.generate.antecedents import PERSONAL, ROLES, like_a_person, previous_person
from quizgen.generate.clause import split_clause
from quizgen.generate.coref_words import STANDS, Verdict, Word, apostrophe, replaced, unresolved
from quizgen.generate.entities import Mention
from quizgen.generate.index import ArticleIndex


def personal_pronoun(w: Word) -> Verdict | None:
    """'he', 'his', 'her' after a person the sentence names stand; otherwise they become the one person of the
    sentences before ("Tony Blair", "Tony Blair's"), unless the sentence names another person too."""
    tok = w.tok
    if w.low not in PERSONAL or not tok.tag.startswith("PRP"):
        return None
    mentions = [m for m in w.row.mentions if not _object_of(w, m)]  # 'Newcastle replaced him': not Newcastle
    if any(m.kind == "person" and m.end <= tok.start for m in mentions):
        return STANDS
    if _named_with_who(w) or _subject_person_before(w):
        return STANDS
    if any(m.kind == "name" and m.start == 0 for m in mentions):
        return STANDS  # 'Al-Biruni (973-1050) wrote ..., in which he ...': the name opening it may be whom it means
    person = previous_person(w.index, w.number)
    name = w.index.display("person", person) if person is not None else _subject_told_before(w)
    if name is None and w.i == 0:
        name = subject_person_before(w.index, w.number, w.low) or described_person_before(w.index, w.number, w.low)
    if person is not None and _article_person_before(w) not in (None, name):
        return unresolved(f"'{tok.text}' may refer to more than one person")  # 'to hear Luther and Melanchthon'
    if name is not None and w.i > 0 and _GENDER.get(w.tokens[0].text.lower()) == _GENDER[w.low]:
        return STANDS  # 'He published ... and his Work ...': the opening 'He', named, is whom 'his' means
    if name is None:
        shown = () if subject_is_a_person(w.index, w.number - 1) else None  # the sentence before says who
        return unresolved(f"'{tok.text}' refers to a person named in another sentence", shown)
    if w.i > 0 and any(m.kind == "person" for m in mentions):
        return unresolved(f"'{tok.text}' may refer to more than one person")
    if _titled_as_the_other_gender(w, name):
        return unresolved(f"'{tok.text}' is not {name}, whom the article calls by a title of the other gender")
    possessive = w.low in ("his", "hers") or (w.low == "her" and w.before_noun)
    return replaced(tok.start, tok.end, name + apostrophe(w.index) + "s" if possessive else name)


def _object_of(w: Word, m: Mention) -> bool:
    """'Newcastle replaced him': 'him' right after the verb of the name before it is someone else."""
    if w.low not in ("him", "her") or w.before_noun or m.end > w.tok.start:
        return False
    between = [t for t in w.tokens[: w.i] if t.start >= m.end]
    return bool(between) and all(t.tag.startswith(("VB", "RB", "MD")) for t in between)


_TITLES = {"m": ("Mr", "Sir", "Lord"), "f": ("Mrs", "Ms", "Miss", "Lady", "Dame")}


def _titled_as_the_other_gender(w: Word, name: str) -> bool:
    """'She' after 'Mr Mark Fenwick said ...': the article gives the person a title of the other gender."""
    other = "f" if _GENDER[w.low] == "m" else "m"
    surname = re.escape(name.split()[-1])
    titled = re.compile(rf"\b(?:{'|'.join(_TITLES[other])})\.?\s+(?:[A-Z][\w'’-]+\s+)*{surname}\b")
    return any(titled.search(row.sentence.text) for row in w.index.sentences[max(0, w.number - 2) : w.number + 1])


_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}


def _subject_told_before(w: Word) -> str | None:
    """The person the article is about ('Martin Luther'), when the sentence before names them and no one else,
    and the article's every personal pronoun is of the pronoun's gender: 'He' after 'Luther's career was ...'
    is Martin Luther."""
    name = _article_person_before(w)
    if name is None:
        return None
    before = w.index.sentences[w.number - 1].mentions
    others = [m for m in [*before, *w.row.mentions] if m.text not in (name, name.split()[-1])]
    if any(m.kind == "person" or (m.kind == "name" and m.start == 0 and like_a_person(m.text)) for m in others):
        return None  # another person the pronoun may mean
    genders = {_GENDER[t.text.lower()] for r in w.index.sentences for t in r.tokens if t.text.lower() in _GENDER}
    return name if genders == {_GENDER[w.low]} else None


def _article_person_before(w: Word) -> str | None:
    """The name of the person the article is about, when the sentence before names them: a title like a
    person's name that the article also calls by surname alone ('Luther widened ...'; 'Doctor Who' is no
    person)."""
    subject = w.index.subject
    if subject is None or not like_a_person(subject.name) or w.number == 0:
        return None
    first, surname = subject.name.split()[0], subject.name.split()[-1]
    if not any(m.text in (subject.name, surname) for m in w.index.sentences[w.number - 1].mentions):
        return None
    if not any(re.search(rf"(?<!{first} )\b{surname}\b", r.sentence.text) for r in w.index.sentences):
        return None
    return subject.name


def _named_with_who(w: Word) -> bool:
    """'Louis XIV, who ... until he issued ...': a name earlier in the sentence that 'who' says is a person's."""
    return any(m.end <= w.tok.start and re.match(r",?\s+who\b", w.text[m.end :]) for m in w.row.mentions)


def _subject_person_before(w: Word) -> bool:
    """The article is about a person ('Martin Luther'), named earlier in the sentence in full or by surname."""
    subject = w.index.subject
    if subject is None or not like_a_person(subject.name):
        return False
    names = {subject.name, subject.name.split()[-1]}
    return any(m.text in names and m.end <= w.tok.start for m in w.row.mentions)


def generic_pronoun(w: Word) -> Verdict | None:
    """'he or she', 'his or her': anyone at all, not a person of another sentence."""
    if w.low not in PERSONAL:
        return None
    pair = {"he", "she", "him", "her", "his", "hers"}
    before = w.tokens[w.i - 2 : w.i] if w.i >= 2 else []
    after = w.tokens[w.i + 1 : w.i + 3]
    if len(after) == 2 and after[0].text.lower() == "or" and after[1].text.lower() in pair:
        return STANDS
    if len(before) == 2 and before[1].text.lower() == "or" and before[0].text.lower() in pair:
        return STANDS
    return None


def subject_is_a_person(index: ArticleIndex, number: int) -> bool:
    """Sentence `number` opens with a person's name: shown before a sentence opening with 'He', it says whom
    the reader takes 'He' to mean, as the article does."""
    if number < 0:
        return False
    return any(
        m.start <= 4 and (m.kind == "person" or m.kind == "name" and like_a_person(m.text))
        for m in index.sentences[number].mentions
    )


_OTHER_GENDER = {
    "he": frozenset("she her mrs ms miss madam lady woman wife mother daughter sister spokeswoman chairwoman".split()),
    "she": frozenset("he his mr sir lord man husband father son brother spokesman chairman".split()),
}


def subject_person_before(index: ArticleIndex, number: int, pronoun: str) -> str | None:
    """'He' or 'She' opening sentence `number` continues the subject of the sentence before when that subject is
    one person, named last ('Newcastle boss Graeme Souness is lining up ... He sees ...'): that person's full
    name. None when the subject is no person, two people, a quotation, or of the other gender."""
    if pronoun not in _OTHER_GENDER or number == 0:
        return None
    row = index.sentences[number - 1]
    clause = split_clause(row.tokens)
    if clause is None or not clause.subject or clause.subject[0].tag in ('"', "``", "PRP"):
        return None
    words = clause.subject
    lo, hi = words[0].start, words[-1].end
    if any(t.text.lower() in ("and", "or", "&") or t.text.lower() in _OTHER_GENDER[pronoun] for t in words):
        return None
    people = {m.key for m in row.mentions if m.kind == "person" and lo <= m.start and m.end <= hi}
    if len(people) != 1 or not any(m.kind == "person" and m.end == hi for m in row.mentions):
        return None  # no person, two, or a person who is not the subject ('Souness's son')
    if any(m.kind in ("org", "name") and m.end == hi for m in row.mentions):
        return None
    return index.display("person", people.pop())


def described_person_before(index: ArticleIndex, number: int, pronoun: str) -> str | None:
    """'She' opening sentence `number` after a sentence whose subject is one person described by a role at a
    named body ('A spokeswoman for Human Rights Watch said ...'): that person as 'The spokeswoman for Human
    Rights Watch'. None when the sentence before names a person too, or the role is of the other gender."""
    if pronoun not in _OTHER_GENDER or number == 0:
        return None
    row = index.sentences[number - 1]
    clause = split_clause(row.tokens)
    words = clause.subject if clause is not None else []
    if len(words) < 4 or words[0].text not in ("A", "An") or words[2].text not in ("for", "of", "at"):
        return None
    role = words[1].text.lower()
    if role not in ROLES or ROLES[role] not in (None, pronoun) or any(m.kind == "person" for m in row.mentions):
        return None
    if not all(t.capitalised or t.text.lower() in ("of", "and", "the") for t in words[3:]):
        return None  # 'A spokesman for the firm': the body is not named
    return "The " + row.sentence.text[words[1].start : words[-1].end]
