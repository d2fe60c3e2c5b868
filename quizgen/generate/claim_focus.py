"""Ask the sentence's claim, not a detail beside it.

Every answer of a sentence takes a place in its main clause (`clause.split_clause`):

- core: the subject or the object of the main verb ('Venom formed ...', '... was Dudley Simpson'): the claim;
- adjunct: after a preposition of the main clause ('in 1979', 'from Atascadero'): when, where, how;
- embedded: inside a parenthesis, a relative or participial clause (', which ...', ', packing winds of 70'),
  a contrast (', unlike ...'), or a phrase that modifies the subject ('the contributor during the first 15
  years', 'societies in Europe'): a detail of a detail.

`focus_on_claims` marks an adjunct or embedded answer a side detail when its claim has a core answer that
can be asked (`beside_the_core`), and an embedded figure with no core answer to ask instead
(`figure_in_a_modifier`), and a count of a census table ('There were 1,234 households', `census_count`).
"""

from __future__ import annotations

from quizgen.generate import cards as build
from quizgen.generate.candidates import CENSUS, Fact, SentencePlan, protagonist
from quizgen.generate.clause import BE, split_clause
from quizgen.generate.gates import Candidate, failed_gate
from quizgen.generate.index import Analysed, ArticleIndex
from quizgen.generate.salience import LEAD
from quizgen.generate.tokens import Token

CORE, ADJUNCT, EMBEDDED, MODIFIER = "core", "adjunct", "embedded", "modifier of the subject"
_PREPOSITIONS = frozenset("in at from near on into to by through across via of for with during between since".split())
_OPENS_ASIDE = frozenset("which who whom whose where when unlike whereas including except besides".split())
_VERB_PARTICLES = frozenset("on upon of with".split())
"""The prepositions an active verb takes its object with ('focuses on', 'consists of', 'deals with')."""
_FIGURES = frozenset(("number", "percent", "money", "share"))
OFFERED = 6
"""How many facts of a sentence give cards (`deck.FACTS_PER_SENTENCE`): a core fact after them gives none."""
NAMED_ELSEWHERE = 1
"""A core answer other sentences name more often than this is likely asked or stated by another card, and the deck
keeps no card of this sentence then: the sentence's other answers stay."""
CENSUS_FIGURES = 3
"""A sentence of census statistics gives this many figures or more ('1,234 households, of which 567 (43%) ...')."""
_SKIPPABLE = ("DT", "JJ", "CD", "PRP$", "POS", "NNP", "RB")


def place(row: Analysed, start: int) -> str | None:
    """Where the answer starting at `start` sits in the sentence's main clause: CORE, ADJUNCT or EMBEDDED; None
    when the sentence has no clear main clause."""
    text = row.sentence.text
    if text[:start].count("(") > text[:start].count(")"):
        return EMBEDDED
    clause = split_clause(row.tokens)
    if clause is None or not clause.verb or any(_verb(t) for t in clause.subject):
        return None  # no main clause, or one whose verb the tagger missed ('BP put production ...')
    before = [t for t in row.tokens if t.end <= start]
    if _inside_aside(before):
        return EMBEDDED
    verb_start = clause.verb[0].start
    if clause.intro and start < clause.subject[0].start:
        return ADJUNCT
    if start < verb_start:
        within = [t for t in clause.subject if t.end <= start]
        preposed = any(t.text.lower() in _PREPOSITIONS - {"of"} or t.tag in ("WDT", "WP") for t in within)
        return MODIFIER if preposed else CORE
    after_verb = [t for t in before if t.start >= verb_start]
    if any(t.tag in ("WDT", "WP", "WRB") for t in after_verb):
        return EMBEDDED  # '... the bacteria that cause ...'
    for k in range(len(after_verb) - 1, max(len(after_verb) - 5, -1), -1):
        t = after_verb[k]
        if t.text.lower() == "by" and k > 0 and after_verb[k - 1].tag == "VBN":
            return CORE  # the agent of a passive verb ('was replaced by X'): who did it is the claim
        if (
            t.text.lower() in _VERB_PARTICLES
            and k > 0
            and after_verb[k - 1] is clause.verb[-1]
            and _active(clause.verb)
        ):
            return CORE  # 'focuses on X', 'consists of X': the verb's own object
        if t.text.lower() in _PREPOSITIONS:
            return ADJUNCT
        if not t.tag.startswith(_SKIPPABLE) or t.chunk.endswith("VP"):
            break
    return CORE


def _right_after(between: list[Token], verb: list[Token]) -> bool:
    """Only the verb group, and adverbs after it, come before the preposition ('focuses more on')."""
    rest = [t for t in between if t not in verb]
    return bool(between) and all(t.tag.startswith("RB") for t in rest)


def _active(verb: list[Token]) -> bool:
    """An active verb group: not a form of 'be', nor a passive ('was founded')."""
    return not any(t.text.lower() in BE | {"be", "been", "being"} for t in verb)


def _verb(t: Token) -> bool:
    return t.tag.startswith(("VB", "MD")) and not t.capitalised and t.tag != "VBN"


def _inside_aside(before: list[Token]) -> bool:
    """The stretch since the last comma opens with 'which', 'who', 'unlike' or a participle ('packing'): the answer
    is in a clause that comments on the one before."""
    comma = max((k for k, t in enumerate(before) if t.text == ","), default=None)
    if comma is None or comma + 1 >= len(before):
        return False
    opener = before[comma + 1]
    apposition = opener.tag == "DT" or opener.text.lower() == "one"  # ', the only storm to ...', ', one of ...'
    return opener.text.lower() in _OPENS_ASIDE or opener.tag == "VBG" or apposition


def _askable(fact: Fact, index: ArticleIndex, title: frozenset[str]) -> bool:
    """A fact that gives the sentence's card: not a side detail, and its cloze card passes every gate."""
    if fact.side is not None or protagonist(index, fact.mention) or _named_elsewhere(index, fact):
        return False  # another card may ask or state it, and the deck then keeps neither
    card = build.cloze(fact)
    return card is not None and failed_gate(Candidate(card, fact, index, title)) is None


def _named_elsewhere(index: ArticleIndex, fact: Fact) -> bool:
    """More than NAMED_ELSEWHERE other sentences of the article name the answer."""
    name = fact.mention.text.casefold()
    number = fact.row.sentence.number
    return sum(name in row.sentence.text.casefold() for row in index.sentences if row.sentence.number != number) > (
        NAMED_ELSEWHERE
    )


def beside_the_core(fact: Fact, where: str | None, core: list[Fact]) -> str | None:
    """An adjunct or embedded answer of a claim whose subject or object can be asked instead."""
    if where in (ADJUNCT, EMBEDDED, MODIFIER) and any(c.claim == fact.claim for c in core):
        return f"beside_the_core: a detail ({where}) beside the claim's subject or object"
    return None


def figure_in_a_modifier(fact: Fact, where: str | None, core: list[Fact]) -> str | None:
    """A figure inside a phrase that modifies the subject ('the contributor during the first 15 years was ...'):
    a detail of a detail, even when nothing else is asked."""
    if where == MODIFIER and fact.mention.kind in _FIGURES:
        return "figure_in_a_modifier: a figure inside a phrase that modifies another"
    return None


def census_count(fact: Fact, where: str | None, core: list[Fact]) -> str | None:
    """A figure of a census table told as a sentence ('There were 1,234 households'): trivia beside the
    article's subject."""
    figures = sum(m.kind in _FIGURES for m in fact.row.mentions)
    if fact.mention.kind in _FIGURES and figures >= CENSUS_FIGURES and CENSUS.search(fact.row.sentence.text):
        return "census_count: a count of a census table"
    return None


FOCUS_RULES = (census_count, beside_the_core, figure_in_a_modifier)
"""Every rule that makes an answer a detail beside its sentence's claim, in the order tried."""


def focus_on_claims(plans: list[SentencePlan], index: ArticleIndex, title: frozenset[str]) -> None:
    """Mark the facts beside their sentence's claim side details (outside the lead), so the claim is asked."""
    for plan in plans:
        if plan.skip or plan.row.sentence.number < LEAD:
            continue
        where = {id(f): place(plan.row, _start(f)) for f in plan.facts}
        if all(w in (CORE, None) for w in where.values()):
            continue
        offered = plan.facts[:OFFERED]
        core = [f for f in offered if where[id(f)] == CORE and f.claim == 0 and _askable(f, index, title)]
        for fact in plan.facts:
            if fact.side is not None or fact.claim != 0:
                continue
            for rule in FOCUS_RULES:
                reason = rule(fact, where[id(fact)], core)
                if reason:
                    fact.side = reason
                    break


def _start(fact: Fact) -> int:
    m = fact.mention
    return m.title_start if m.title_start is not None else m.start
