"""Resolve references to earlier sentences ("His successor", "This format"), or mark them unaskable."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from quizgen.generate.antecedents import (
    DEMONSTRATIVE,
    PLURAL,
    antecedent,
    noun_phrase,
    previous_person,
)
from quizgen.generate.class_nouns import the_class_noun
from quizgen.generate.clause import split_clause
from quizgen.generate.coref_words import STANDS, Verdict, Word, apostrophe, cased, has_noun, replaced, unresolved
from quizgen.generate.edits import Edit
from quizgen.generate.entities import PARTIES, TIME_KINDS
from quizgen.generate.index import Analysed, ArticleIndex
from quizgen.generate.lemmas import first_lemma
from quizgen.generate.named_nouns import named_in_full, the_war
from quizgen.generate.offices import OFFICES, bare_office, office_holder
from quizgen.generate.person_pronouns import generic_pronoun, personal_pronoun
from quizgen.generate.roles import dominant_org
from quizgen.generate.shorthand import full_name, shortened
from quizgen.generate.speakers import Frame, leading_frame, previous_org
from quizgen.generate.thing_pronouns import (
    COMPANY_HEADS,
    THING,
    dummy_object_it,
    early_its,
    leading_its,
    plural_name,
    the_article_org,
    the_company,
    whose_company,
)
from quizgen.generate.tokens import Token

if TYPE_CHECKING:
    from quizgen.generate.subject import Subject

EVENT = "*"
"""The head of a reference to an event ('The deployment', 'the move'): what the sentence before tells."""
LEADING_PRONOUN = 2
"""A pronoun among a sentence's first words ('It', 'They', 'This') may mean the sentence before."""
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
EVENT_HEADS = {
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
    r"^It(?:['’]s| is| was| has been| had been| will be| would be| seems| appears)\s+(?:\w+ly\s+|also\s+|still\s+)?"
    r"(?:\w+ed|\w+en|likely|unlikely|unknown|uncertain|clear|possible|impossible|unclear|important|thought|said|known|true|hard|"
    r"easy|difficult|time|too early|expected)\b"
)


_CLAUSE_AFTER = re.compile(r"\b(that|to|how|whether|why)\b")
"""The clause an expletive 'It' stands for: 'It is likely that ...', 'It is also unknown how many ...'."""


@dataclass
class Resolution:
    """How to make a sentence stand alone: edits to its text, or why it cannot."""

    edits: list[Edit] = field(default_factory=list)
    problem: str | None = None
    dropped_frame: bool = False
    back: list[tuple[str, ...]] = field(default_factory=list)
    """With `context`: the references that point back to the sentence before, each as the head noun it names
    ('conflict' of 'the conflict'), EVENT for an event ('The deployment') or () for a leading pronoun;
    `problem` names the first."""
    """The reporting frame ("It said") was removed because its speaker is unknown: the rest is still a fact."""


def _frame_pronoun(w: Word) -> Verdict | None:
    """The pronoun of a leading reporting frame ("It said") was resolved with the frame."""
    return STANDS if w.framed and w.i == 0 else None


def _expletive_it(w: Word) -> Verdict | None:
    """A dummy 'It' opening the sentence: "It is likely that ...", "It was expected to ..."."""
    if w.i == 0 and w.low == "it" and _EXPLETIVE.match(w.text) and _CLAUSE_AFTER.search(w.text[:80]):
        return STANDS
    return None


def _cleft_it(w: Word) -> Verdict | None:
    """A cleft 'it' that names its own referent: "it was Mr Milburn who took centre stage"."""
    return STANDS if w.low == "it" and _CLEFT.match(w.text[w.tok.start :]) else None


def _first_person(w: Word) -> Verdict | None:
    """'I', 'we', 'you' stand in a quotation whose speaker is known or named in the sentence; elsewhere they are
    a speaker the sentence does not name."""
    if w.low not in _FIRST_PERSON or not w.tok.tag.startswith("PRP") or w.tok.text == "US":
        return None
    speaker_named = _SPEECH.search(w.text) and any(m.kind in ("person", "org", "name") for m in w.row.mentions)
    if not w.quoted and not speaker_named:
        return unresolved(f"'{w.tok.text}' is a speaker not named in the sentence")
    return STANDS


def _short_name(w: Word) -> Verdict | None:
    """'the Market' after a sentence that names the Grainger Market, and no other market: the full name."""
    if w.low != "the":
        return None
    end = shortened(w.tokens, w.i)
    if end is None:
        return None
    last = w.tokens[end - 1]
    name = full_name(w.index, w.number, w.text[w.tokens[w.i + 1].start : last.end])
    if name is None:
        return None
    return replaced(w.tok.start, last.end, cased(f"the {name}", w.i == 0))


def _the_subject(w: Word) -> Verdict | None:
    """'the city' in the article about Fresno is Fresno; 'It' or 'Its' opening a sentence that follows one about
    the subject is the subject too."""
    subject = w.index.subject
    if subject is None:
        return None
    tokens, i = w.tokens, w.i
    if w.low in ("the", "this") and w.tok.tag == "DT" and i + 1 < len(tokens):
        noun = tokens[i + 1]
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if noun.text.lower() not in subject.nouns or noun.tag != "NN":
            return None
        if after is not None and (after.tag.startswith("NN") or after.text.lower() in ("of", "that", "which", "who")):
            return None  # 'the city council', 'the city of Clovis': another thing
        return replaced(w.tok.start, noun.end, cased(subject.phrase, i == 0))
    if i == 0 and w.tok.text == "They" and w.number > 0 and subject.people is not None:
        return _the_people(w, subject.people)
    if i > 0 and tokens[i - 1].text == ";" and w.low == "it" and i + 1 < len(tokens):
        return _it_after_a_semicolon(w, subject)
    if i != 0 or w.tok.text not in ("It", "Its") or w.number == 0 or len(tokens) < 2:
        return None
    if not subject.starts(w.index.sentences[w.number - 1].tokens):
        return None
    if w.tok.text == "It" and tokens[1].tag.startswith(("VB", "MD")):
        return replaced(w.tok.start, w.tok.end, cased(subject.phrase, True))
    if w.tok.text == "Its" and tokens[1].tag.startswith(("NN", "JJ")):
        return replaced(w.tok.start, w.tok.end, cased(subject.phrase, True) + apostrophe(w.index) + "s")
    return None


def _it_after_a_semicolon(w: Word, subject: Subject) -> Verdict | None:
    """'A town was established there in 1822; it was named after ...': an 'it' opening the claim after a
    semicolon, in the article about a place, is the place when the clause before opens with it ('A town',
    'The city', its name). A card may ask that claim alone, so the 'it' must name it."""
    if "city" not in subject.nouns or not w.tokens[w.i + 1].tag.startswith(("VB", "MD")):
        return None
    clause = w.tokens[: w.i - 1]
    if not (subject.starts(clause) and clause[0].text != "It") and not _a_settlement(clause):
        return None
    return replaced(w.tok.start, w.tok.end, subject.phrase)


_SETTLEMENTS = frozenset("city town village settlement".split())


def _a_settlement(tokens: list[Token]) -> bool:
    """The clause opens with 'A platted town', 'The new city': a settlement, told of as the place itself."""
    j = 1
    while j < len(tokens) and tokens[j].tag in ("JJ", "VBN"):
        j += 1
    return (
        len(tokens) > j + 1
        and tokens[0].text in ("A", "The")
        and tokens[j].text in _SETTLEMENTS
        and tokens[j + 1].tag.startswith(("VB", "MD"))
    )


def _the_office(w: Word) -> Verdict | None:
    """'The chancellor walked ...': an office named without its holder is the one person the article gives it
    to ('Chancellor Gordon Brown'); with none or several it stays, and `unnamed_gates` drops its card."""
    end = bare_office(w.tokens, w.i)
    if end is None:
        return None
    office = next(o for o in OFFICES if [t.text.lower() for t in w.tokens[w.i + 1 : end]] == list(o))
    name = office_holder(w.index, office)
    return replaced(w.tok.start, w.tokens[end - 1].end, name) if name is not None else None


def _the_people(w: Word, people: str) -> Verdict | None:
    """'They' opening a sentence, before its verb, right after a sentence that names the people the article
    is about ('... the privileges of the Huguenots ...'), is that people: 'The Huguenots retained ...'."""
    verb = next((t for t in w.tokens[1:] if t.tag != "RB"), w.tokens[-1])
    if not verb.tag.startswith(("VB", "MD")) or verb.tag == "VBG":
        return None
    before = w.index.sentences[w.number - 1]
    if not any(t.text == people for t in before.tokens):
        return None
    return replaced(w.tok.start, w.tok.end, f"The {people}")


def _previous_subject(w: Word) -> Verdict | None:
    """'It' or 'They' opening a sentence, before its verb, continues the subject of the sentence before when
    that subject is a name: 'Newcastle University is ... It won the award in 2000.' A body known by its initials,
    or a party, is 'they' too, as British English speaks of its members ('The IPCC has since acknowledged ...
    They ...', 'Labour says ... They say ...')."""
    if w.i != 0 or w.tok.text not in ("It", "They") or w.number == 0 or len(w.tokens) < 2:
        return None
    verb = next((t for t in w.tokens[1:] if t.tag != "RB"), w.tokens[1])  # 'They then beat ...'
    if not verb.tag.startswith(("VB", "MD")) or verb.tag == "VBG":
        return None
    clause = split_clause(w.index.sentences[w.number - 1].tokens)
    if clause is None or not 1 <= len(clause.subject) <= 6:
        return None
    words = clause.subject
    first = 1 if words[0].text.lower() == "the" else 0
    named = words[first:]
    before = w.index.sentences[w.number - 1]
    body = (
        len(named) == 1
        and named[0].text.isupper()
        and any(  # 'the IPCC', 'the TUC': a body of members
            m.kind == "org" and m.start <= named[0].start and named[-1].end <= m.end for m in before.mentions
        )
    )
    party = before.sentence.text[named[0].start : named[-1].end] in PARTIES if named else False
    body = body or party  # 'Labour says ... They say': a party's members
    if not named or not all(t.capitalised and (t.tag.startswith("NNP") or body) for t in named):
        return None
    plural = named[-1].tag == "NNPS" or (named[-1].text.endswith("s") and not named[-1].text.endswith("ss"))
    text = before.sentence.text[words[0].start : words[-1].end]
    if plural != (w.tok.text == "They") and not (body and w.tok.text == "They"):
        return None  # 'The IPCC has since acknowledged ... They expressed regret': a body's members, as 'they'
    return replaced(w.tok.start, w.tok.end, cased(text, True))


_FIGURE_HEADS = frozenset(("figure", "figures", "number", "total", "percentage", "amount", "sum"))
_TIME_HEADS = frozenset(("time", "period", "year", "years", "era", "decade", "century", "point"))


def _told_in_the_sentence(w: Word) -> Verdict | None:
    """'this time' after a year of the same sentence ('In 1998, ... during this time'), 'this figure' after its
    figure ('the vote was 51.6% ..., this figure ...'), 'these schools' after 'government schools': what the
    phrase points back to is in the sentence itself."""
    if w.low not in DEMONSTRATIVE or w.tok.tag not in ("DT", "IN", "WDT") or not w.before_noun:
        return None
    return STANDS if told_in_sentence(w.row, w.i) else None


def told_in_sentence(row: Analysed, i: int) -> bool:
    """Whether the noun phrase after the determiner at token `i` names what an earlier part of its own sentence
    told: a time after a year, a figure after a figure, a noun the sentence used before."""
    phrase = noun_phrase(row.tokens, i + 1)
    head = phrase[-1].text.lower()
    earlier = [m for m in row.mentions if m.end <= row.tokens[i].start]
    if head in _TIME_HEADS and any(m.kind in TIME_KINDS for m in earlier):
        return True
    if head in _FIGURE_HEADS and any(m.kind in ("number", "percent", "money", "share") for m in earlier):
        return True
    nouns = {t.text.lower() for t in row.tokens[:i] if t.tag.startswith("NN")}
    if head.isalpha() and len(head) > 3 and head in nouns:
        return True
    stem = first_lemma(head)
    # 'classifying problems ..., and relating those classes': the verb told of them
    return len(stem) >= _STEM and any(
        t.tag in _TELLING_VERBS and t.text.lower().startswith(stem) for t in row.tokens[:i]
    )


_STEM = 5
"""The fewest letters of a head whose verb form an earlier word may be ('class' of 'classifying')."""
_TELLING_VERBS = frozenset(("VBG", "VBD", "VBN", "VBZ", "VBP", "VB"))


def _that_clause(w: Word) -> Verdict | None:
    """'That the plague was caused by bad air became ...': 'that' before 'the', 'a' or a pronoun opens a clause;
    a demonstrative 'that' never takes another determiner."""
    if w.low == "that" and w.next_low in ("the", "a", "an", "he", "she", "it", "they", "we", "there"):
        return STANDS
    return None


_ANYONE = re.compile(r"\b(?:anyone|anybody|everyone|everybody|someone|somebody|nobody|no one)\b", re.IGNORECASE)
"""Words for any person, whom a later 'their' or 'they' means: 'anyone should be deprived of their liberty'."""


def _they_and_it(w: Word) -> Verdict | None:
    """'they', 'it' and their forms stand when an earlier noun of the sentence can be what they refer to."""
    plural = w.low in PLURAL
    if not (plural or w.low in THING) or not w.tok.tag.startswith("PRP"):
        return None
    if plural and _ANYONE.search(w.text[: w.tok.start]):
        return STANDS  # 'no one should be deprived of their liberty': anyone's, a singular 'their'
    if not has_noun(w.tokens[: w.i], plural=plural) and not (plural and _people_before(w)):
        return unresolved(f"'{w.tok.text}' refers to something in another sentence", ())
    return STANDS  # 'They ... their': the same people as the sentence's opening 'They'


def _people_before(w: Word) -> bool:
    """A party, or the people the article is about, named earlier in the sentence or as its opening 'They':
    what a later 'they' or 'their' means ('Soon after the Normans began ..., they entered ...')."""
    if any(plural_name(m.text) and m.end <= w.tok.start for m in w.row.mentions):
        return True  # 'The Lib Dems say their plan is fairer'
    if w.i > 0 and w.tokens[0].text == "They" and _previous_subject(replace(w, i=0)) not in (None, STANDS):
        return True  # 'Labour says ... They say they are': the opening 'They' is Labour, and so is this one
    people = w.index.subject.people if w.index.subject is not None else None
    if people is None or w.i == 0:
        return False
    if w.tokens[0].text == "They" and _the_people(replace(w, i=0), people) is not None:
        return True
    return any(t.text == people for t in w.tokens[: w.i])


def _the_event(w: Word) -> Verdict | None:
    """'the move', 'the comments' (not 'the move to ...') become the fuller phrase of an earlier sentence."""
    if w.low != "the" or w.next_low not in EVENT_HEADS | _SAID_HEADS:
        return None
    tokens, i = w.tokens, w.i
    after = tokens[i + 2].text.lower() if i + 2 < len(tokens) else ""
    if after in ("of", "to", "that", "for", "by", "on", "in"):
        return None
    found = antecedent(w.index, w.number, [tokens[i + 1]])
    if found is None:
        event = (EVENT,) if w.next_low in EVENT_HEADS | _SAID_HEADS else (w.next_low,)  # told before
        return unresolved(f"'{w.text[w.tok.start : tokens[i + 1].end]}' refers to another sentence", event)
    return replaced(w.tok.start, tokens[i + 1].end, cased(found, i == 0))


def _the_description(w: Word) -> Verdict | None:
    """'the pair', 'the Peruvian international': a person described, named in another sentence."""
    if w.low != "the" or not _description(w.tokens, w.i):
        return None
    phrase = noun_phrase(w.tokens, w.i + 1)
    return unresolved(f"'{w.text[w.tok.start : phrase[-1].end]}' describes someone named in another sentence")


def _leading_count(w: Word) -> Verdict | None:
    """A number as the subject ("Two were injured") counts people or things named in another sentence."""
    tokens = w.tokens
    if w.i == 0 and w.tok.tag == "CD" and len(tokens) > 1 and tokens[1].tag.startswith(("VB", "MD")):
        return unresolved(f"'{w.tok.text}' counts people or things named in another sentence", ())
    return None


def _time_of_article(w: Word) -> Verdict | None:
    """'this year', 'next week' is the time of the article, not another sentence."""
    return STANDS if w.low in ("this", "last", "next") and w.next_low in _NOW else None


def _demonstrative_phrase(w: Word) -> Verdict | None:
    """'this format', 'these plans' become the fuller phrase of an earlier sentence with the same head noun."""
    tokens, i = w.tokens, w.i
    demonstrative = w.tok.tag == "DT" or (
        w.low == "that"
        and i + 2 < len(tokens)
        and tokens[i + 1].tag in ("NN", "NNS")
        and not tokens[i + 2].tag.startswith(("VB", "MD"))
    )
    if w.low not in DEMONSTRATIVE or not demonstrative or not w.before_noun:
        return None
    if w.low == "that" and i > 0 and tokens[i - 1].tag.startswith("NN") and tokens[i - 1].text.isalpha():
        return None  # 'innovation that moves the debate': a relative pronoun, not 'that debate'
    phrase = noun_phrase(tokens, i + 1)
    found = antecedent(w.index, w.number, phrase)
    if found is None:
        return unresolved(
            f"'{w.text[w.tok.start : phrase[-1].end]}' refers to another sentence", (phrase[-1].text.lower(),)
        )
    if found.split()[0].lower() not in ("the", "a", "an") and not found[:1].isupper():
        found = f"the {found}"  # 'Most of these schools' → 'Most of the small rural schools'
    return replaced(w.tok.start, phrase[-1].end, cased(found, i == 0))


def _those_with(w: Word) -> Verdict | None:
    """'those with broadband', 'those who ...' names its own referent."""
    return STANDS if w.low == "those" and w.next_low in _POSTMODIFIER else None


def _bare_demonstrative(w: Word) -> Verdict | None:
    """'this', 'these', 'those' without a noun ("This was ...", "that is"), or one opening the sentence, refers
    to another sentence."""
    if w.before_noun:
        return None
    tag = w.tok.tag
    if (
        w.low in ("this", "these", "those")
        or (w.low == "that" and tag == "DT")
        or (w.low in DEMONSTRATIVE and tag in ("DT", "PRP", "WDT") and w.i == 0)
    ):
        return unresolved(f"'{w.tok.text}' refers to another sentence", ())
    return None


Rule = Callable[[Word], Verdict | None]

RULES: tuple[Rule, ...] = (
    _frame_pronoun,
    _expletive_it,
    _cleft_it,
    _first_person,
    _short_name,
    _the_subject,
    named_in_full,
    the_war,
    _the_office,
    _previous_subject,
    generic_pronoun,
    whose_company,
    personal_pronoun,
    leading_its,
    the_article_org,
    the_company,
    the_class_noun,
    early_its,
    dummy_object_it,
    _they_and_it,
    _the_event,
    _the_description,
    _leading_count,
    _time_of_article,
    _told_in_the_sentence,
    _that_clause,
    _demonstrative_phrase,
    _those_with,
    _bare_demonstrative,
)
"""The rules for each word, tried in order: the first that returns a verdict decides."""


def resolve(
    index: ArticleIndex,
    number: int,
    quoted: bool = False,
    within: tuple[int, int] | None = None,
    context: bool = False,
) -> Resolution:
    """Resolve the references of sentence `number` of the article; `quoted`: it is a quotation whose speaker
    is known, so its "I" and "we" are that speaker; `within`: only the words of that stretch (one claim);
    `context`: go on past references that point back to the sentence before, listing them in `back`."""
    tokens = index.sentences[number].tokens
    if not tokens:
        return Resolution()
    start, end = within if within is not None else (0, len(index.sentences[number].sentence.text))
    frame = None
    result = Resolution()
    if start == 0:
        back = _back_reference(index, number, tokens)
        if back is not None and not (context and back.back):
            return back
        if back is not None:
            result.problem, result.back = back.problem, list(back.back)
        else:
            frame = leading_frame(tokens)
            if frame is not None:
                result = _resolve_frame(index, number, frame)
    for i in range(len(tokens)):
        if not start <= tokens[i].start < end:
            continue
        word = Word(index, number, i, quoted, framed=frame is not None)
        verdict = next((v for rule in RULES if (v := rule(word)) is not None), STANDS)
        if verdict.problem is not None:
            if not context or verdict.back is None or (verdict.back == () and i > LEADING_PRONOUN):
                return Resolution(problem=verdict.problem)  # a pronoun further in may mean a word of its own sentence
            result.problem = result.problem or verdict.problem
            result.back.append(verdict.back)
        elif verdict.edit is not None:
            result.edits.append(verdict.edit)
    return result


def _resolve_frame(index: ArticleIndex, number: int, frame: Frame) -> Resolution:
    """Name the speaker of "It said ..." / "He added ..." from the previous sentence, or drop the frame."""
    tok = frame.pronoun
    low = tok.text.lower()
    name = None
    if low == "it":
        name = previous_org(index, number)
    elif low in ("he", "she"):
        person = previous_person(index, number)
        name = index.display("person", person) if person else None
    if name is not None:
        return Resolution([(tok.start, tok.end, cased(name, True))])
    return Resolution([(0, frame.end, "")], dropped_frame=True)


def _back_reference(index: ArticleIndex, number: int, tokens: list[Token]) -> Resolution | None:
    """'The company said ...' names the previous sentence's organisation; 'The deployment would ...' points
    back to an event another sentence tells, so the sentence cannot stand alone."""
    if len(tokens) < 3 or tokens[0].text != "The" or not tokens[2].tag.startswith(("VB", "MD")):
        return None
    head = tokens[1].text.lower()
    if index.subject is not None and head in index.subject.nouns:
        return None  # 'The city' of the article about a city: the word rules name it
    if head in COMPANY_HEADS:
        org = previous_org(index, number)
        if org is None or org.removeprefix("the ") != dominant_org(index):
            return None  # left as written: "the company" the article is about
        return Resolution([(tokens[0].start, tokens[1].end, cased(org, True))])
    if head in EVENT_HEADS:
        return Resolution(problem=f"'The {tokens[1].text}' refers to another sentence", back=[(EVENT,)])
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
