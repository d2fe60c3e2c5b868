"""Find the facts of an article worth asking: a sentence, made to stand alone, and an answer in it."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace

from quizgen.generate.actors import actor_reason
from quizgen.generate.claims import Part, claim_of, cut_to_claim, parts
from quizgen.generate.clause import substitute
from quizgen.generate.concepts import concepts, term_reason
from quizgen.generate.conjuncts import split_conjuncts
from quizgen.generate.context import EVENT_REACH, context_edit, context_for, holds, introducing, named_heads
from quizgen.generate.coref import Resolution, resolve
from quizgen.generate.edits import Edit, apply_edits
from quizgen.generate.entities import TIME_KINDS, Mention
from quizgen.generate.frames import frame_edit
from quizgen.generate.frequency import zipf
from quizgen.generate.index import Analysed, ArticleIndex
from quizgen.generate.kinds import place_named_as_person
from quizgen.generate.pairs import PEOPLE, any_order, people_groups
from quizgen.generate.point_phrases import POINT, point_phrases
from quizgen.generate.questions import make_question
from quizgen.generate.quotes import QUOTES, attribution, continued_speaker, framed, inside_quotation, opens_with_quote
from quizgen.generate.referred import referred_in
from quizgen.generate.reported import reported_speaker
from quizgen.generate.roles import RoleKey, article_roles
from quizgen.generate.sidedetails import Story, side_detail, side_reason
from quizgen.generate.small_counts import TRIVIAL, weigh_counts
from quizgen.generate.speakers import leading_frame
from quizgen.generate.trim import trims
from quizgen.generate.variants import abbreviations, ordinal_role

KIND_WEIGHT = {
    "person": 1.0,
    "year": 0.95,
    PEOPLE: 0.95,
    "period": 0.95,
    "country": 0.85,
    "place": 0.85,
    "org": 0.8,
    "number": 0.85,
    "percent": 0.85,
    "share": 0.85,
    "money": 0.85,
    "range": 0.85,
    "date": 0.75,
    "decade": 0.6,
    "name": 0.55,
    "concept": 0.5,
}
"""How much a teacher values each kind of answer."""
TERM_WEIGHT = {
    "named or defined": 0.95,
    "a named theory or effect": 0.9,
    "technical": 0.8,
    "a cause or effect": 0.8,
    "a part or product": 0.8,
    POINT: 0.8,
}
"""A term the sentence names, defines or gives as a cause is its point, as much as a name or a figure."""
CLAIM_WEIGHT = 1.1
"""The object phrase that states what the sentence claims outranks the names around it."""
MIN_WORDS, MAX_WORDS = 6, 70
SIDE_ONLY = "only side details"
NO_ANSWER = "no askable answer (name, number, date or rare term)"
"""How a sentence whose every answer is a side detail is skipped."""
CLAIM = "claim"
"""The kind of a claim-level fact: a claim with no askable answer, whose answer is the claim itself."""
CONCEPT_QUESTION_WORDS = 16
"""A longer 'What ...?' question on a term loses the student before it asks."""


@dataclass
class Fact:
    """One answer in one sentence, with what the cards need to ask it."""

    row: Analysed
    mention: Mention
    text: str
    """The sentence made to stand alone (references resolved)."""
    edits: list[Edit]
    answer: str
    """The answer as shown: a person's full name, the number as written."""
    accept: list[str]
    question: str | None
    score: float = 0.0
    role: bool = False
    """The question asks who holds a role the sentence gives the person."""
    claim: int = 0
    """Which claim of its sentence the fact belongs to (`claims.parts`); each claim gives at most one card."""
    side: str | None = None
    """Why the answer is a side detail (`sidedetails`), which gives no card; None for a fact of the story."""
    context: str = ""
    """The sentence a reference points back to, shown ahead of this one (`context`): the sentence before, or an
    earlier one that introduces the reference's noun, followed by `context.GAP`."""
    context_nouns: frozenset[str] = frozenset()
    """The head nouns of the references `context` was chosen for, which it holds ('move' of 'the move')."""
    term: str | None = None
    """Why a concept answer is a term with one right fill (`concepts.term_reason`); None for other kinds."""


@dataclass
class SentencePlan:
    """What one sentence offers, or why it offers nothing."""

    row: Analysed
    facts: list[Fact] = field(default_factory=list)
    skip: str | None = None
    """Why the sentence gives no card; a sentence of side details only (SIDE_ONLY) keeps its facts, to say why."""
    gated: list[str] = field(default_factory=list)
    """The cards of its facts that a gate dropped, and why."""
    claims: list[Fact] = field(default_factory=list)
    """One fact for each claim that has no askable answer, its answer the claim itself (kind CLAIM): asked only
    as a denial (`denials`), never as a gap."""
    resolved: list[Edit] | None = None
    """The edits that make the whole sentence stand alone; None when it needs the sentence before, or a
    reference of one of its claims has no antecedent."""


def plan_article(index: ArticleIndex) -> list[SentencePlan]:
    """The facts of every sentence of the article."""
    plans = []
    seen: dict[str, int] = {}
    roles = article_roles(index)
    story = Story(index)
    for n, row in enumerate(index.sentences):
        norm = " ".join(row.sentence.text.casefold().split())
        if norm in seen:
            plans.append(SentencePlan(row, skip=f"repeats sentence {seen[norm] + 1}"))
            continue
        seen[norm] = n
        plans.append(plan_sentence(index, n, roles, story))
    return plans


def plan_sentence(
    index: ArticleIndex, number: int, roles: dict[RoleKey, str] | None = None, story: Story | None = None
) -> SentencePlan:
    """The askable facts of one sentence; `story` is what the side-detail rules know of the article."""
    row = index.sentences[number]
    text = row.sentence.text
    words = len(text.split())
    if words < MIN_WORDS:
        return SentencePlan(row, skip=f"too short ({words} words) to state a fact")
    if words > MAX_WORDS:
        return SentencePlan(row, skip=f"too long ({words} words) for one card")
    if row.sentence.text.rstrip(" \"”’'").endswith("?"):
        return SentencePlan(row, skip="a question, not a statement")
    if _broken_off(index, number):
        return SentencePlan(row, skip="the rest of a line broken in the source ('O' / '2 concentration')")
    quotes = sum(text.count(q) for q in QUOTES)
    speaker = None
    if opens_with_quote(text) and attribution(text) is None:
        speaker = continued_speaker(index, number)
        if speaker is None:
            return SentencePlan(row, skip="a quotation without its speaker")
    found = split_conjuncts(text, row.tokens, parts(text, row.tokens))
    closing = None
    if (quotes % 2 or text.count("“") != text.count("”")) and not found[-1].quoted:
        closing = closed_quotation(text, continued=speaker is not None)
        if closing is None:
            return SentencePlan(row, skip="part of a quotation that runs across sentences")
    if _RUN_ON.search(text):
        return SentencePlan(row, skip="two sentences run together (a full stop is missing)")
    quoted = opens_with_quote(text) or framed(text)
    resolution = resolve(index, number, quoted=quoted)
    standing: dict[int, list[Edit]] | None = None
    """When a reference of one claim cannot be resolved: the claims that stand alone, with their edits."""
    context: Edit | None = None
    """The sentence before, put ahead of this one, when a reference points back to it (`context`)."""
    said = reported_speaker(index, number) if resolution.problem else None
    if said is not None:  # 'He went on to say: "...': the one person the sentences before report
        rest = resolve(index, number, quoted=True, within=(said[1], len(text)))
        if rest.problem is None:
            resolution = Resolution([said, *rest.edits])
    if resolution.problem:
        standing = {
            n: r.edits
            for n, part in enumerate(found)
            if part.claim and len(found) > 1
            for r in [resolve(index, number, quoted=quoted, within=(part.start, part.end))]
            if r.problem is None
        }
        if standing:
            resolution.edits = [e for edits in standing.values() for e in edits]
        else:
            backed = resolve(index, number, quoted=quoted, context=True)
            context = context_edit(index, number, backed)
            if context is None:
                return SentencePlan(row, skip=f"unresolved reference: {resolution.problem}")
            standing, resolution = None, backed
            resolution.edits.append(context)
    if closing is not None:
        resolution.edits.append(closing)
    if speaker is not None and context is None:  # shown, the sentence before names the speaker
        resolution.edits.append((0, len(text) - len(text.lstrip()), f"{speaker[:1].upper()}{speaker[1:]} said: "))
    if speaker is None:
        for cut in trims(row.sentence.text):
            if not any(cut[0] < b and a < cut[1] for a, b, _ in resolution.edits):
                resolution.edits.append(cut)
    if context is None and speaker is None:
        frame = frame_edit(index, number, resolution.edits)  # 'In the UK, a pharmacy technician ...'
        if frame is not None:
            resolution.edits.append(frame)
    text = apply_edits(row.sentence.text, resolution.edits)
    terms = {
        (c.start, c.end): (c, reason)
        for c in concepts(row)
        if not inside_quotation(row.sentence.text, c.start, c.end)
        for reason in [term_reason(index, row, c)]
        if reason
    }
    for c, _where in point_phrases(row):
        if not inside_quotation(row.sentence.text, c.start, c.end) and not any(
            a < c.end and c.start < b for a, b in terms
        ):
            terms[(c.start, c.end)] = (c, POINT)  # 'discussing [energy security]': the claim's point (`point_phrases`)
    mentions = row.mentions + [c for c, _ in terms.values()] + people_groups(row)
    facts = []
    for m in mentions:
        reason = unaskable(row, m, resolution.edits)
        if reason or text.lower().count(m.text.lower()) > 1:
            continue  # a resolved "he" may repeat the answer: "by Gordon, Gordon Brown might have been saying"
        answer, accept = _answer(index, m)
        claim = claim_of(found, m.start, m.end)
        if claim >= 0 and found[claim].quoted:
            continue  # a quotation after the claim ('..., saying: "...') is what was said, never a card
        if standing is not None and claim not in standing:
            continue  # its claim holds the reference that cannot be resolved
        edits = resolution.edits + cut_to_claim(row.sentence.text, found, claim)
        question = (roles or {}).get((number, m.start))
        if question is None and not m.in_list and m.kind != "name" and context is None:
            question = make_question(substitute(row.tokens, edits), m)
            if m.kind == "concept" and question and len(question.split()) > CONCEPT_QUESTION_WORDS:
                question = None  # 'What have scientists proposed using the measurement of ... to characterize?'
            if terms.get((m.start, m.end), (m, ""))[1] == POINT:
                question = None  # a phrase of common words has too many right spellings to be typed
        fact = Fact(row, m, apply_edits(row.sentence.text, edits), edits, answer, accept, question, claim=max(claim, 0))
        if context is not None:
            fact.context = context[2].strip()
            fact.context_nouns = frozenset(named_heads(index, number, resolution.back))
        fact.term = terms[(m.start, m.end)][1] if m.kind == "concept" else None
        fact.role = (number, m.start) in (roles or {})
        fact.score = score(index, fact)
        fact.side = side_reason(story or Story(index), number, m)
        facts.append(fact)
    lift_actors(index, facts)
    weighed = weigh_counts(facts)
    answered = {f.claim for f in weighed if not f.side}
    nouns = frozenset(named_heads(index, number, resolution.back)) if context is not None else frozenset()
    bare = [
        _claim_fact(index, row, found, n, resolution.edits, (context, nouns), story)
        for n, part in enumerate(found)
        if part.claim and not part.quoted and n not in answered and (standing is None or n in standing)
    ]
    alone = resolution.edits if context is None and standing is None else None
    if facts and not weighed:
        return SentencePlan(row, skip=TRIVIAL, claims=bare, resolved=alone)
    facts = weighed
    if not facts:
        return SentencePlan(row, skip=NO_ANSWER, claims=bare, resolved=alone)
    if all(f.side for f in facts):
        sides = "; ".join(f"'{f.mention.text}', {f.side}" for f in facts)
        ranked = sorted(facts, key=lambda f: -f.score)
        return SentencePlan(row, ranked, skip=f"{SIDE_ONLY}: {sides}", claims=bare, resolved=alone)
    return SentencePlan(row, sorted(facts, key=lambda f: -f.score), claims=bare, resolved=alone)


def _claim_fact(
    index: ArticleIndex,
    row: Analysed,
    found: list[Part],
    number: int,
    edits: list[Edit],
    shown: tuple[Edit | None, frozenset[str]],
    story: Story | None,
) -> Fact:
    """Claim `number` of the sentence as one fact whose answer is the claim itself (kind CLAIM), for a claim
    with no askable answer or only side details: a denial's card can still ask it. Only the side-detail rules
    that judge the sentence bear on it (`claim_gates.claim_side`)."""
    text = row.sentence.text
    part = found[number]
    edits = edits + cut_to_claim(text, found, number)
    claim = apply_edits(text, edits)
    m = Mention(text[part.start : part.end], part.start, part.end, CLAIM, claim)
    fact = Fact(row, m, claim, edits, claim, [], None, claim=number)
    context, nouns = shown
    if context is not None:
        fact.context, fact.context_nouns = context[2].strip(), nouns
    fact.score = CLAIM_WEIGHT * (1 + 0.3 * min(len(row.mentions), 5) / 5 + 0.3 / (1 + row.sentence.number / 10))
    fact.side = side_reason(story or Story(index), row.sentence.number, m)
    return fact


_SPEAKER_COLON = re.compile(r"\b(?:said|says|added|told [^\"“]{1,40}|adding|saying|warned|explained|went on)[,:]\s*$")


_RUN_ON = re.compile(r"[a-z] (?:However|Meanwhile|Moreover),|[a-z] (?:But|The|It|He|She|They) [a-z]")


def closed_quotation(text: str, continued: bool = False) -> Edit | None:
    """The closing mark for a quotation its speaker opens ('X said: "...') and the sentence ends, or None.
    `continued`: the sentence opens with a quotation that continues an earlier speaker's."""
    body = text.rstrip()
    marks = [i for i, c in enumerate(body) if c in QUOTES]
    if not marks or body[-1:] not in (".", "!", "?") or len(marks) % 2 == 0:
        return None
    opening = marks[-1]
    if continued and len(marks) == 1 and opening == len(text) - len(text.lstrip()):
        return (len(body), len(body), "”" if body[opening] == "“" else '"')
    if body[opening] == "”" or not _SPEAKER_COLON.search(body[:opening]) or opening > len(body) - 20:
        return None
    return (len(body), len(body), "”" if body[opening] == "“" else '"')


def _broken_off(index: ArticleIndex, number: int) -> bool:
    """A sentence that opens with a lone digit and a lower-case word ('2 concentration in the lungs ...'): the
    subscript of a formula ('O' / '2') that the source broke over two lines. Prose spells such a number out."""
    return re.match(r"\d\s+[a-z]", index.sentences[number].sentence.text) is not None


def with_context(fact: Fact, index: ArticleIndex, *reasons: str) -> Fact | None:
    """The fact shown after the sentence its references lean on, when gates find them pointing back (`reasons`,
    "'the strategy' is not named ...", each read back as the `referred.Referred` the gate wrote): the sentence
    before, or when it does not name every noun the nearest earlier sentence that introduces them all
    (`context.introducing`, cut to its introducing clause when the whole does not fit); None when neither can be
    shown or it states the answer. A fact that already has a context gets no second one. Its question, when it has
    one, is kept: a typed or choice card shows the context as a lead line above it (`cards.lead_line`)."""
    if fact.context:
        return None
    number = fact.row.sentence.number
    found = context_for(index, number)
    referred = [r for r in map(referred_in, reasons) if r is not None]
    heads = list(dict.fromkeys(r.head for r in referred if r.head))
    nouns: frozenset[str] = frozenset()
    if heads and (found is None or not all(holds(found[1], noun) for noun in heads)):
        further = introducing(index, number, heads)
        found, nouns = (further, frozenset(heads)) if further is not None else (found, nouns)
    if found is None or fact.mention.text.casefold() in found[1].casefold():
        return None
    for r in referred:
        words = list(r.words)
        written = " ".join(words).casefold() in fact.row.sentence.text.casefold()
        if words and written and not all(holds(found[1], word) for word in words[:-1] if word not in EVENT_REACH):
            return None  # 'the new service' after a sentence of another service: it shares the noun, not the referent
    frame = leading_frame(fact.row.tokens)
    dropped = (0, frame.end, "") if frame is not None else None
    edits = [found[0], *(e for e in fact.edits if e != dropped and not _names_the_speaker(e))]  # 'It found that ...'
    return replace(
        fact,
        text=apply_edits(fact.row.sentence.text, edits),
        edits=edits,
        context=found[1],
        context_nouns=nouns,
    )


def _names_the_speaker(edit: Edit) -> bool:
    """The 'Carsten Fritsch said: ' put before a quotation that continues: the sentence before, shown, says it."""
    return edit[0] == 0 and edit[2].endswith(" said: ")


def unaskable(row: Analysed, m: Mention, edits: list[Edit]) -> str | None:
    """Why a mention makes a poor answer, or None."""
    if m.kind == "nationality":
        return "nationality adjective"
    if any(a <= m.start < b for a, b, _ in edits):
        return "inside a resolved reference"
    text = row.sentence.text
    if text.lower().count(m.text.lower()) > 1:
        return "the sentence repeats the answer"
    if m.kind not in ("concept",) and any(o is not m and o.kind == m.kind and o.key == m.key for o in row.mentions):
        return "the sentence names the answer twice"
    if _part_of_longer_name(text, m):
        return "part of a longer name"
    if m.kind in ("org", "name") and text[m.end : m.end + 1] == ")" and text[max(0, m.start - 1)] == "(":
        return "an abbreviation the sentence spells out"
    if m.kind == "year" and _RANGE_END.search(text[: m.start]) and _has_figures(row, m):
        return "the end of a date range: the sentence's figures are its point"
    if m.kind == "number" and _number_in_name(text, m):
        return "a number inside a name ('FTSE 100'): a changed one names nothing real"
    if m.kind == "number" and (m.value is None or (not m.unit and m.value < 10)):
        return "a small number without a noun"
    if m.kind == "number" and re.search(r"\b(?:the|these|those|its|their|all)\s+$", text[: m.start], re.IGNORECASE):
        return "a count that names a group ('the five presidents'), not a figure"
    if m.kind == "name" and (len(m.text) < 3 or " " not in m.text and _common_word(m.text)):
        return "a common word"
    if m.kind == "person" and common_nouns_as_a_name(m.key):
        return "common nouns cut from a longer name, not a person"
    return None


def common_nouns_as_a_name(name: str) -> bool:
    """'League Football' (of 'English Premier League Football'): a 'person' of frequent common nouns only is
    the tail of a name the tagger cut after a role word, not a person ('Bill Gates', 'John Snow' keep a rarer
    word)."""
    from textblob.en import lexicon

    words = name.split()
    return all(lexicon.get(w.lower(), "").startswith("NN") and zipf(w.lower()) >= 4.9 for w in words)


def _object_term(row: Analysed, m: Mention) -> bool:
    """A phrase of two or more words that a verb takes as its object ('discussing energy security')
    names the claim of its sentence."""
    if " " not in m.text:
        return False
    before = [t for t in row.tokens if t.end <= m.start]
    if not before or before[-1].text.lower() in _SAYING:
        return False  # 'officials said stagnant growth ...': the subject of what was said
    return before[-1].tag.startswith("VB") or before[-1].text.lower() in ("as", "called")


_SAYING = frozenset(
    "said says say saying told tells added adds claimed claims warned warns believe believes believed think "
    "thinks thought argued argues suggested suggests insisted insists noted notes stated states reported "
    "reports announced announces explained explains feared fears hoped hopes expect expects expected".split()
)


def _common_word(word: str) -> bool:
    """A frequent word the tagger knows as a common word ('Ministers', 'Safety'), not a rare name ('Boeing')."""
    from textblob.en import lexicon

    return zipf(word.lower()) >= 3.5 and lexicon.get(word.lower()) is not None


_RANGE_END = re.compile(r"(?:\b(?:from|between|in)\s+\d{4}\s+(?:to|and|until|through)|\d{4}\s*[-–/]|\d{4}\s+to)\s*$")


def _has_figures(row: Analysed, m: Mention) -> bool:
    return any(o is not m and o.kind in ("number", "percent", "money") for o in row.mentions)


_NOT_NAMES = frozenset(
    "The A An In On At By For With And But As Of To From Some About Over Under Nearly Almost Around Only Just "
    "Roughly Approximately Exactly Fewer More Less Up Another Every All Its Their Our His Her "
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)


def _number_in_name(text: str, m: Mention) -> bool:
    """'FTSE 100', 'Boeing 747', 'Radio 4': a number right after a capitalised word is part of a name."""
    before = re.search(r"(?:^|(?<=[\w,;:] ))([A-Z][\w&.-]*)[ -]$", text[: m.start])
    return bool(before and before.group(1) not in _NOT_NAMES)


def _part_of_longer_name(text: str, m: Mention) -> bool:
    """'Radio' in 'BBC Radio 4', 'Stansted Expansion' in 'Stop Stansted Expansion'."""
    if m.kind not in ("org", "name", "person", "place"):
        return False
    after = re.match(r"[ -]?([A-Z0-9][\w]*)", text[m.end :])
    start = m.title_start if m.title_start is not None else m.start
    before = re.search(r"([A-Za-z][\w]*)[ -]$", text[max(0, start - 30) : start])
    if after and not text[m.end :].startswith(" I "):
        return True
    if re.match(r"\.\s[A-Z]", text[m.end :]) and len(m.text.split()[-1]) == 1:
        return True  # "John E" of "John E. Kelly"
    return bool(
        before
        and before.group(1)[:1].isupper()
        and text[:start].rstrip()[-1:].isalpha()
        and start > 2
        and before.group(1) not in ("The", "A", "An", "In", "On", "At", "By", "For", "With", "And", "But", "As")
    )


def _answer(index: ArticleIndex, m: Mention) -> tuple[str, list[str]]:
    """The answer to show and other spellings to accept."""
    if m.kind == "person":
        full = index.display("person", m.key)
        others = [a for a in index.aliases("person", m.key) if a != full and not place_named_as_person(a)]
        if ordinal_role(full.split()):
            others = [a for a in others if " " in a]  # not 'Doctor' for the 'Ninth Doctor': it names every one
        if m.title and f"{m.title} {m.text}" != full:
            others.append(f"{m.title} {m.text}")
        others += [re.sub(r"(?<=\bO['’]) ", "", a) for a in [full, *others] if re.search(r"\bO['’] ", a)]
        return full, list(dict.fromkeys(others))
    if m.kind == PEOPLE:
        return m.text, any_order(m.text)  # the same people in any order
    if m.kind == "country":
        others = [a for a in index.aliases("country", m.key) if a != m.text]
        return m.text, others
    if m.kind in ("org", "name"):
        name = m.text[4:] if m.text.startswith("the ") else m.text
        for row in index.sentences:
            if "(" in row.sentence.text and name in row.sentence.text:
                other = abbreviations(row.sentence.text).get(name)
                if other:
                    return m.text, [other]  # 'UN' for 'United Nations' when the article spells it out
    return m.text, []


def score(index: ArticleIndex, fact: Fact) -> float:
    """Answer salience and rarity, sentence informativeness and position, and whether a question exists."""
    m = fact.mention
    salience = math.log1p(index.counts[(m.kind, m.key)]) if m.kind != "concept" else 0.3
    words = re.findall(r"[A-Za-z]+", m.text)
    rarity = (7 - min((zipf(w.lower()) for w in words), default=3.0)) / 7
    informative = min(len(fact.row.mentions), 5) / 5
    position = 1 / (1 + fact.row.sentence.number / 10)
    listed = 0.6 if m.in_list else 1.0
    asked = 0.5 if fact.role else 0.2 if fact.question else 0.0
    counted = 1.4 if m.unit else 0.0  # 'five presidents': the key figure of its sentence
    claim = m.kind == "concept" and _object_term(fact.row, m)  # 'discussing energy security': the claim
    setting = 0.5 if sets_the_scene(fact.row.sentence.text, m) else 1.0  # 'In 2023, ...': when, not what
    census = 0.4 if CENSUS.search(fact.row.sentence.text) else 1.0  # household counts rank below main facts
    census *= 0.4 if side_detail(fact.row, m) else 1.0  # an analyst's employer ranks below the figure they give
    census *= PROTAGONIST if protagonist(index, m) and not actor(fact) else 1.0  # the story's people frame its facts
    weight = TERM_WEIGHT.get(fact.term or "", KIND_WEIGHT.get(m.kind, 0.5))
    return (
        (CLAIM_WEIGHT if claim else weight)
        * listed
        * setting
        * census
        * (1 + 0.5 * salience + rarity + 0.3 * informative + 0.3 * position + asked + counted + claim)
    )


CENSUS = re.compile(
    r"\b(?:households?|housing units|family size|household size|racial makeup|population density|"
    r"per capita income|median (?:household |family )?income|poverty line|(?:persons|people) per square)\b",
    re.IGNORECASE,
)
"""Census tables told as sentences ('There were 1,234 households'): trivia beside an article's main facts."""

PROTAGONIST = 0.3
"""A name the article keeps returning to frames most of its facts: asked, it would be stated by all of them."""
PROTAGONIST_SENTENCES = 3


def protagonist(index: ArticleIndex, m: Mention) -> bool:
    """A person or organisation named in three sentences or more: the story is about them, so its facts are
    what they did, and a card asking who would be given away by every other card naming them."""
    if m.kind not in ("person", "org", "name"):
        return False
    return (
        sum(any(o.kind == m.kind and o.key == m.key for o in row.mentions) for row in index.sentences)
        >= PROTAGONIST_SENTENCES
    )


def actor(fact: Fact) -> bool:
    """Whether the fact's answer is the actor of its claim (`actors`: 'X said he would not back ...'): who took
    the stance is the claim's point, however often the article names them."""
    return fact.mention.kind in ACTOR_KINDS and actor_reason(fact.row, fact.mention) is not None


ACTOR_KINDS = ("person", "org")
"""Who can take a stance: a 'Time Lord' named before a quotation is no actor."""


def lift_actors(index: ArticleIndex, facts: list[Fact]) -> None:
    """Give a protagonist (`protagonist`) who is the actor of their claim the score of the claim's point (its best
    other answer), and rank the claim's other answers below it: 'Who said he would not back the plans?' asks the
    claim itself, 'home detention' a detail beside it. A claim gives one card, so the others are asked only when
    the actor's cards all fail."""
    for fact in facts:
        if not (protagonist(index, fact.mention) and actor(fact)):
            continue
        others = [f for f in facts if f is not fact and f.claim == fact.claim and f.mention.kind != fact.mention.kind]
        fact.score = max([fact.score, *(f.score for f in others)])
        for other in others:
            other.score = min(other.score, fact.score * PROTAGONIST)


_SCENE = re.compile(
    r"^(?:In|By|On|Since|During|Until|After|Before|From|Between|At)\s+(?:the\s+)?(?:early\s+|late\s+)?$"
)


def sets_the_scene(text: str, m: Mention) -> bool:
    """A year or date in an opening phrase ('In 2023, ...') sets the scene; the sentence's claim comes after."""
    return m.kind in TIME_KINDS and bool(_SCENE.match(text[: m.start]))
