"""Ask the sentence's claim, not a detail beside it.

Every answer of a sentence takes a place in its main clause (`clause.split_clause`):

- core: the subject or the object of the main verb ('Venom formed ...', '... was Dudley Simpson'): the claim;
- adjunct: after a preposition of the main clause ('in 1979', 'from Atascadero'): when, where, how;
- embedded: inside a parenthesis, a relative or participial clause (', which ...', ', packing winds of 70'),
  a contrast (', unlike ...'), or a phrase that modifies the subject ('the contributor during the first 15
  years', 'societies in Europe'): a detail of a detail.

`rank_the_points_first` ranks a level worked out from the change shown before it ('closed down 247p, or 18%, at
1115p') below the other answers of its claim, and a name inside a prepositional phrase of another noun ('the
implications of sanctions against Russia') just below the claim's subject or object: both stay answers, asked
when the point cannot be; a claim's point phrase (`point_phrases`) ranks above such a name and above a date that
only sets the scene (`point_above_details`).
`focus_on_claims` marks a figure inside a phrase that modifies the subject a side detail
(`figure_in_a_modifier`), and a count of a census table ('There were 1,234 households', `census_count`).
An adjunct is not left out for the core answer here: moving the gap to the subject ("___'s first score
was ...") made worse cards than the adjunct it replaced.
"""

from __future__ import annotations

from quizgen.generate.candidates import CENSUS, Fact, SentencePlan, sets_the_scene
from quizgen.generate.clause import BE, split_clause
from quizgen.generate.index import Analysed
from quizgen.generate.point_phrases import POINT
from quizgen.generate.salience import LEAD
from quizgen.generate.tokens import Token

CORE, ADJUNCT, EMBEDDED, MODIFIER = "core", "adjunct", "embedded", "modifier of the subject"
_PREPOSITIONS = frozenset("in at from near on into to by through across via of for with during between since".split())
_OPENS_ASIDE = frozenset("which who whom whose where when unlike whereas including except besides".split())
_VERB_PARTICLES = frozenset("on upon of with".split())
"""The prepositions an active verb takes its object with ('focuses on', 'consists of', 'deals with')."""
_FIGURES = frozenset(("number", "percent", "money", "share"))
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


def figure_in_a_modifier(fact: Fact, where: str | None) -> str | None:
    """A figure inside a phrase that modifies the subject ('the contributor during the first 15 years was ...'):
    a detail of a detail, even when nothing else is asked."""
    if where == MODIFIER and fact.mention.kind in _FIGURES:
        return "figure_in_a_modifier: a figure inside a phrase that modifies another"
    return None


def census_count(fact: Fact, where: str | None) -> str | None:
    """A figure of a census table told as a sentence ('There were 1,234 households'): trivia beside the
    article's subject."""
    figures = sum(m.kind in _FIGURES for m in fact.row.mentions)
    if fact.mention.kind in _FIGURES and figures >= CENSUS_FIGURES and CENSUS.search(fact.row.sentence.text):
        return "census_count: a count of a census table"
    return None


_CHANGES = frozenset("up down rose fell climbed dropped gained lost increased decreased jumped slid".split())
"""The words that report a change ('closed down 247p', 'rose 7,000'): the change is the point of the sentence."""
_LEVEL_AFTER = frozenset(("at", "to"))
_CHANGE_REACH = 8
"""How many tokens before the level the change it follows may start ('down 247p, or 18%, at ...')."""
LEVEL_BESIDE_CHANGE = 0.1
"""A level worked out from its change ranks below every other answer of its claim: asked only when none other is."""


def level_after_its_change(fact: Fact, plan: SentencePlan) -> bool:
    """A level shown after the change that led to it, given both as an amount and as a share ('closed down 247p,
    or 18%, at [1115p]'): the level can be worked out from the change, the sentence's point, shown beside it."""
    if fact.mention.kind not in _FIGURES:
        return False
    start = _start(fact)
    before = [t for t in plan.row.tokens if t.end <= start][-_CHANGE_REACH:]
    if not before or before[-1].text.lower() not in _LEVEL_AFTER:
        return False
    change = next((k for k, t in enumerate(before) if t.text.lower() in _CHANGES), None)
    if change is None:
        return False
    figures = [t for t in before[change + 1 :] if t.tag == "CD" or any(c.isdigit() for c in t.text)]
    return len(figures) >= 2


def in_a_noun_modifier(row: Analysed, start: int) -> bool:
    """The answer sits in a prepositional phrase of another noun after the verb ('the implications of sanctions
    against [Russia]'), not the verb's own subject or object: a detail of that noun."""
    clause = split_clause(row.tokens)
    if clause is None or not clause.verb:
        return False
    before = [t for t in row.tokens if clause.verb[-1].end <= t.start and t.end <= start]
    k = len(before) - 1
    while k >= 0 and before[k].tag.startswith(_SKIPPABLE) and before[k].text.lower() not in _PREPOSITIONS:
        k -= 1
    return k >= 1 and before[k].tag in ("IN", "TO") and before[k - 1].tag in ("NN", "NNS")


def _subject_or_object(row: Analysed, fact: Fact) -> bool:
    start = _start(fact)
    return place(row, start) == CORE and not in_a_noun_modifier(row, start)


def _name_in_a_noun_modifier(row: Analysed, fact: Fact) -> bool:
    return fact.mention.kind in _NAMES and in_a_noun_modifier(row, _start(fact))


_NAMES = frozenset(("person", "org", "place", "country", "name"))
NOUN_MODIFIER_BELOW = 0.9
"""A name in another noun's modifier ranks just below the best answer of its claim that is not."""


def rank_the_points_first(plans: list[SentencePlan]) -> None:
    """Rank a level worked out from the change shown beside it below the other answers of its claim, so the change
    is asked, and a name inside a modifier of another noun below the claim's subject or object; each stays an
    answer for a claim whose point cannot be asked."""
    for plan in plans:
        if plan.skip:
            continue
        for fact in plan.facts:
            if level_after_its_change(fact, plan):
                fact.score *= LEVEL_BESIDE_CHANGE
        named = [f for f in plan.facts if f.side is None and _name_in_a_noun_modifier(plan.row, f)]
        core = [f for f in plan.facts if named and f.side is None and _subject_or_object(plan.row, f)]
        for fact in named:
            best = max((f.score for f in core if f.claim == fact.claim), default=None)
            if best is not None and fact.score >= best:
                fact.score = best * NOUN_MODIFIER_BELOW
        point_above_details(plan)
        plan.facts.sort(key=lambda f: -f.score)


POINT_ABOVE = 0.9
"""A detail of the sentence ranks just below its point phrase."""


def point_above_details(plan: SentencePlan) -> None:
    """Rank a claim's point phrase (`point_phrases`: 'discussing [energy security]') above the sentence's names
    inside another noun's modifier ('sanctions against [Russia]', 'A technician in the [UK]') and its dates that
    only set the scene ('In [2023], ...'), so the point is asked and they only when it cannot be."""
    points = [f for f in plan.facts if f.term == POINT and f.side is None]
    if not points:
        return
    best = max(f.score for f in points)
    for fact in plan.facts:
        named = fact.mention.kind in _NAMES and place(plan.row, _start(fact)) == MODIFIER  # 'A technician in the UK'
        detail = (
            named or _name_in_a_noun_modifier(plan.row, fact) or sets_the_scene(plan.row.sentence.text, fact.mention)
        )
        if detail and fact.term != POINT and fact.score >= best:
            fact.score = best * POINT_ABOVE


FOCUS_RULES = (census_count, figure_in_a_modifier)
"""Every rule that makes an answer a detail beside its sentence's claim, in the order tried."""


def focus_on_claims(plans: list[SentencePlan]) -> None:
    """Mark the facts beside their sentence's claim side details (outside the lead), so the claim is asked, once
    `rank_the_points_first` has ranked each claim's point first."""
    rank_the_points_first(plans)
    for plan in plans:
        if plan.skip or plan.row.sentence.number < LEAD:
            continue
        for fact in plan.facts:
            if fact.side is not None or fact.claim != 0:
                continue
            where = place(plan.row, _start(fact))
            for rule in FOCUS_RULES:
                reason = rule(fact, where)
                if reason:
                    fact.side = reason
                    break


def _start(fact: Fact) -> int:
    m = fact.mention
    return m.title_start if m.title_start is not None else m.start
