"""Assemble a deck from an article: split, analyse, plan, build cards, rank, add provenance."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizgen.errors import GenerateError
from quizgen.generate import cards as build
from quizgen.generate import frequency
from quizgen.generate.boilerplate import Paragraph
from quizgen.generate.candidates import CLAIM, SIDE_ONLY, Fact, SentencePlan, plan_article, with_context
from quizgen.generate.carry import carry_review, dropped_ids, without_dropped
from quizgen.generate.claim_gates import claim_side, failed_claim_gate
from quizgen.generate.clause import substitute
from quizgen.generate.currency import symbolise_card
from quizgen.generate.denials import flipped
from quizgen.generate.edits import Edit, apply_edits
from quizgen.generate.entities import Mention
from quizgen.generate.floor import FLOOR_NOTE, Spare, paragraph_floor
from quizgen.generate.gates import GATES, Candidate, failed_gate
from quizgen.generate.index import ArticleIndex, analyse
from quizgen.generate.peripheral import Article as Weighed
from quizgen.generate.peripheral import mark_peripheral, probability
from quizgen.generate.quotes import inside_quotation, opens_with_quote
from quizgen.generate.rank import DECK_ORDER, Option, in_deck_order, repeats, select
from quizgen.generate.reasons import names_something, reason
from quizgen.generate.reference_gates import REFERENCE_GATES
from quizgen.generate.salience import asides, referent_words
from quizgen.generate.sidedetails import Story, side_reason
from quizgen.generate.split import split_article
from quizgen.generate.subject import find_subject
from quizgen.generate.swaps import more_facts
from quizgen.generate.tails import without_tail
from quizgen.generate.terms import definitions
from quizgen.generate.text import Article
from quizgen.generate.truefalse import negated_pair
from quizgen.generate.unnamed_gates import UNNAMED_GATES
from quizgen.model.card_types import CARD_TYPES
from quizgen.model.ids import unique_id

if TYPE_CHECKING:
    from quizgen.model.cards import Deck

FACTS_PER_SENTENCE = 6


@dataclass
class Generated:
    """A generated deck, the article it is from, and what happened to every line and sentence, for --explain."""

    data: dict[str, Any]
    """The deck as its file holds it (quizgen.deckio.dump.deck_data of `deck`): plain data, no model."""
    article: Article
    lines: list[Paragraph]
    plans: list[SentencePlan]
    kept: dict[int, list[str]] = field(default_factory=dict)
    """Sentence number → ids of the cards kept from it."""
    offered: dict[int, int] = field(default_factory=dict)
    """Sentence number → how many candidate cards it offered."""
    repeated: dict[int, int] = field(default_factory=dict)
    """Sentence number → the sentence whose kept fact it repeats."""
    rewrites: dict[str, list[Edit]] = field(default_factory=dict)
    """Card id → the edits that made its sentence stand alone (references named, words cut, context shown)."""
    index: ArticleIndex | None = None
    """The analysed sentences the cards were made from, as the gates saw them."""
    subject: frozenset[str] = frozenset()
    """The content words of the article's title (`subject_words`)."""
    floored: dict[str, str] = field(default_factory=dict)
    """Card id → why the paragraph floor (`floor`) kept it ('kept as the paragraph's one card', and the soft rule
    that had left it out)."""
    flips: dict[str, str] = field(default_factory=dict)
    """Card id → how a denied claim was flipped into its false statement ('would not back' → 'would back')."""

    @cached_property
    def deck(self) -> Deck:
        """The deck as a validated model, made when first asked for (`quizgen generate` writes `data`)."""
        from quizgen.model.cards import Deck

        return Deck.model_validate(self.data)


def generate_deck(
    article: Article, max_cards: int | None = None, types: list[str] | None = None, previous: Deck | None = None
) -> Generated:
    """Every fact of `article` as cards; GenerateError when it states none.

    `previous` is the deck generated from an earlier version of the article: the cards of facts
    the edit left alone are kept, with their ids, so progress on them carries over; the cards a
    person dropped never come back, and the ones they edited keep their text.
    """
    wanted = types or list(CARD_TYPES)
    for kind in wanted:
        if kind not in CARD_TYPES:
            raise GenerateError(f"unknown card type '{kind}'; choose among {', '.join(CARD_TYPES)}")
    sentences, lines = split_article(article)
    frequency.preload(article.plain)  # the words the generator will ask about, looked up at once
    index = analyse(sentences)
    headline = title_of(article, lines)
    index.headline = headline
    index.subject = find_subject(headline, [row.tokens for row in index.sentences])
    plans = plan_article(index)
    subject = subject_words(headline)
    mark_peripheral(plans, index, subject)  # the facts reviewers would likely call side details give no card
    options, sided, spares = _options(plans, index, wanted, subject)
    allowed = {id(o) for o in without_dropped([*options, *(sp.option for sp in spares)], dropped_ids(previous))}
    options = [o for o in options if id(o) in allowed]
    spares = [sp for sp in spares if id(sp.option) in allowed]  # a dropped card never comes back, floor or not
    keep = {card.uid for card in previous.cards} if previous else set()
    # a sentence whose cards are all side details still counts, so leaving them out moves no other into the asides
    referents = {p.row.sentence.number: referent_words([e[2] for f in p.facts for e in f.edits]) for p in plans}
    aside = asides(index, subject, {o.sentence for o in options} | sided, referents)
    aside -= {o.sentence for o in options if o.card.uid in keep}
    options = [o for o in options if o.sentence not in aside]
    spares = [sp for sp in spares if sp.option.sentence not in aside]
    for plan in plans:
        if plan.row.sentence.number in aside and not plan.skip:
            plan.skip = "an aside: far from the article's story or subject"
    if not options and not spares:
        raise _no_facts(article)
    limit = max_cards if max_cards is not None else facts_budget(options)
    chosen = select(options, limit, keep=keep)
    chosen = in_deck_order(more_facts(chosen, options, limit, keep))
    notes: dict[int, str] = {}
    """id() of an option the floor kept → what --explain says of it."""
    if max_cards is None:  # a limit the user set is kept; the budget may be exceeded by the floor
        picked = {id(o) for o in chosen}
        spares += [Spare(o) for o in options if id(o) not in picked]
        paragraph_of = {sentence.number: sentence.paragraph for sentence in sentences}
        sentences_in = Counter(paragraph_of.values())
        added = paragraph_floor(chosen, spares, paragraph_of, sentences_in)
        for spare in added:
            odds = "" if spare.side is None or "peripheral" in spare.side else f"; side-detail odds {spare.odds:.2f}"
            why = f"left out as {spare.side}{odds}" if spare.side else "left out by the budget"
            notes[id(spare.option)] = f"{FLOOR_NOTE} ({why})"
        chosen = sorted([*chosen, *(a.option for a in added)], key=lambda o: (o.sentence, DECK_ORDER[o.card.type]))
    if not chosen:
        raise _no_facts(article)
    deck_cards = []
    kept: dict[int, list[str]] = {}
    rewrites: dict[str, list[Edit]] = {}
    floored: dict[str, str] = {}
    flips: dict[str, str] = {}
    taken: set[str] = set()
    for option in chosen:
        uid = unique_id(option.card.uid, taken)
        option.card.id = uid
        if id(option) in notes:
            floored[uid] = notes[id(option)]
        if option.card.note:
            flips[uid] = option.card.note
        s = index.sentences[option.sentence].sentence
        start, end = article.span(s.start, s.end)
        option.card.source = {"sentence": article.text[start:end], "start": start, "end": end}
        symbolise_card(option.card)  # 'dollars 40' shown as '$40'; the source keeps the article's words
        deck_cards.append(option.card)
        kept.setdefault(option.sentence, []).append(option.card.uid)
        shows_sentence = option.card.type != "typed"  # a typed question shows no sentence before its own
        rewrites[uid] = [e for e in option.edits if shows_sentence or e[:2] != (0, 0)]
    offered: dict[int, int] = {}
    for o in options:
        offered[o.sentence] = offered.get(o.sentence, 0) + 1
    # What the article's reader learnt of its source (a page's title, a URL, the time it was fetched)
    # comes with the Article: text.Article.name, .origin and .provenance().
    title = article.title or title_of(article, lines)
    data = {
        "id": deck_id(article.name),
        "title": title,
        "description": f"Generated by quizgen from {article.origin}.",
        "tags": ["generated"],
        "source": {"title": title, **article.provenance()},
        "cards": [card.data() for card in deck_cards],
    }
    data = carry_review(data, previous)  # the cards a person dropped, edited or kept stay so
    return Generated(
        data, article, lines, plans, kept, offered, repeats(options, chosen), rewrites, index, subject, floored, flips
    )


def _no_facts(article: Article) -> GenerateError:
    return GenerateError(
        f"{article.path}: no facts found (no sentence names a person, place, number, date or term); "
        "give an article with full sentences"
    )


def facts_budget(options: list[Option]) -> int:
    """One card per fact: a card for every claim of a sentence that offers one (sentences repeating a fact merge
    in rank)."""
    return len({o.fact for o in options})


_SMALL = frozenset("a an and in of on the to by at for from with as is are was were its it new".split())


def subject_words(title: str) -> frozenset[str]:
    """The content words of the article's title: an answer made only of them is the subject, not a fact."""
    return frozenset(w for w in re.findall(r"[a-z0-9]+", title.casefold()) if w not in _SMALL)


def _options(
    plans: list[SentencePlan], index: ArticleIndex, wanted: list[str], subject: frozenset[str] = frozenset()
) -> tuple[list[Option], set[int], list[Spare]]:
    """The cards every plan offers, the sentences whose cards passing the gates are side details only, and those
    side details' cards, for the paragraph floor."""
    options: list[Option] = []
    sided: set[int] = set()
    spares: list[Spare] = []
    weighed: Weighed | None = None
    story = Story(index)
    for plan in plans:
        number = plan.row.sentence.number
        if "basic" in wanted:
            for d in definitions(plan.row):
                named = next((m for m in plan.row.mentions if m.start == d.start), None)
                side = side_reason(story, number, named) if named is not None else None
                if side:
                    plan.gated.append(f"basic '{d.term}': {side}")  # 'Who is X?' of a speaker only quoted
                    sided.add(number)
                    continue
                options.append(Option(build.basic(d, plan.row.sentence.text), number, d.term, 3.0))
            cause = _cause_option(plan, index, subject)
            if cause is not None:
                options.append(cause)
        for fact in [*plan.facts[:FACTS_PER_SENTENCE], *plan.claims]:
            in_context: Fact | None = None
            for kind in ("cloze", "typed", "choice", "truefalse"):
                if kind not in wanted:
                    continue
                card, asked = _make(kind, fact, index), fact
                if card is None:
                    continue
                reason = _gate(card, fact, index, subject)
                if reason and reason.split(":")[0] in REFERENCE_GATES | UNNAMED_GATES:
                    cut = without_tail(fact, reason)  # 'after a Pentagon inquiry into the case' said it alone
                    retried = _retried(kind, fact, cut, reason, index, subject)
                    if retried is None:
                        in_context = in_context or with_context(fact, index, reason)  # an earlier sentence may name it
                        retried = _retried(kind, fact, in_context, reason, index, subject)
                    if retried is not None:
                        card, asked, reason = *retried, None
                if reason:
                    plan.gated.append(f"{card.type} '{fact.mention.text}': {reason}")
                    continue
                answer, score = fact.mention.text, asked.score
                if card.type == "truefalse" and (card.note or negated_pair(asked) is not None):
                    answer = card.fields["correction"]  # it asks the claim, not the name
                if card.note:
                    score = denial_score(plan, asked)
                unit = asked.mention.unit if asked.mention.kind == "number" and card.type != "truefalse" else ""
                option = Option(card, number, answer, score, asked.text, asked.claim, asked.edits, subject, unit)
                side = (
                    claim_side(fact.side) if card.note else fact.side
                )  # a speaker is no side detail of what they deny
                if side:
                    plan.gated.append(f"{card.type} '{fact.mention.text}': {side}")
                    sided.add(number)
                    weighed = weighed or Weighed(index, subject)
                    spares.append(Spare(option, probability(weighed, number, fact.mention), side))
                    continue
                options.append(option)
    return options, sided, spares


REFERENCE_CHECKS = tuple(g for g in GATES if g.__name__ in REFERENCE_GATES | UNNAMED_GATES)
"""The gates a why-question meets: every other gate asks of an answer inside the sentence."""
CAUSE_WEIGHT = 1.1
"""A why-question asks the claim its sentence explains: it outranks the names and figures around it."""


def _cause_option(plan: SentencePlan, index: ArticleIndex, subject: frozenset[str]) -> Option | None:
    """The why-question of a sentence that explains its claim (`reasons`), as a basic card, when no reference of
    it points back to another sentence."""
    text, resolved = plan.row.sentence.text, plan.resolved
    if resolved is None or (plan.skip or "").startswith(SIDE_ONLY) or opens_with_quote(text):
        return None
    found = reason(substitute(plan.row.tokens, resolved))
    if found is None or inside_quotation(text, found.at, found.at + 1):
        return None
    before = [f for f in plan.facts if f.mention.start < found.at]
    claim = Counter(f.claim for f in before).most_common(1)[0][0] if before else 0
    standing = apply_edits(text, resolved)
    card = build.why(found, text)
    if not names_something(card.prompt(), subject):
        return None
    cause = Mention(found.cause, found.at, len(text), CLAIM, found.cause.lower())
    asked = Fact(plan.row, cause, standing, resolved, found.cause, [], None, claim=claim)
    failed = failed_gate(Candidate(card, asked, index, subject), REFERENCE_CHECKS)
    if failed and failed.split(":")[0] in REFERENCE_GATES:  # 'Why did unions criticise the possible move?'
        shown = with_context(asked, index, failed)
        if shown is not None:
            card, asked = build.why(found, text, build.lead_line(shown)), shown
            failed = failed_gate(Candidate(card, asked, index, subject), REFERENCE_CHECKS)
    if failed:
        return None  # 'Why is the measurement technically difficult?': which measurement?
    score = CAUSE_WEIGHT * max((f.score for f in plan.facts if not f.side), default=1.0)
    return Option(card, plan.row.sentence.number, found.cause, score, standing, claim, resolved)


def _retried(
    kind: str, fact: Fact, in_context: Fact | None, reason: str, index: ArticleIndex, subject: frozenset[str]
) -> tuple[build.Draft, Fact] | None:
    """The card of `kind` asked with a context, and its fact, when it passes every gate: with the context the gate's
    `reason` calls for, or, when the card then fails on a second reference, with one that introduces both."""
    if in_context is None:
        return None
    retry = _make(kind, in_context, index)
    if retry is None:
        return None
    again = _gate(retry, in_context, index, subject)
    if not again:
        return retry, in_context
    if again == reason or again.split(":")[0] not in REFERENCE_GATES | UNNAMED_GATES:
        return None
    wider = with_context(fact, index, reason, again)  # 'the offer' and 'the deployment': one sentence tells both
    retry = _make(kind, wider, index) if wider is not None else None
    if retry is None or wider is None or _gate(retry, wider, index, subject):
        return None
    return retry, wider


def _gate(card: build.Draft, fact: Fact, index: ArticleIndex, subject: frozenset[str]) -> str | None:
    """Why a gate drops the card; a denied claim's flip, which swaps no answer, meets the gates on its text only."""
    if card.note:
        return failed_claim_gate(Candidate(card, fact, index, subject))
    return failed_gate(Candidate(card, fact, index, subject))


SETTING_ONLY = 2.0
"""A denied claim whose best answer stands before its negation (its speaker, its subject, its date) is asked as the
flip rather than by that name: the weight outranks a typed card's even when true/false cards are already the
commoner kind (`rank.Selection.balance`)."""


def denial_score(plan: SentencePlan, fact: Fact) -> float:
    """A denied claim's flip competes with its claim's best answer, and wins when that answer is only the claim's
    setting: 'Michael Howard said he would not back the plans' asks what he denied, not who said it."""
    flip = flipped(fact)
    same = [f for f in plan.facts if f.claim == fact.claim] or [fact]
    best = max(same, key=lambda f: f.score)
    if flip is not None and best.mention.end <= flip.at:
        return best.score * SETTING_ONLY
    return best.score


def _make(kind: str, fact: Fact, index: ArticleIndex) -> build.Draft | None:
    """The card of this kind for the fact, or None when the fact cannot make one; a claim-level fact makes only a
    denial's true/false card."""
    if fact.mention.kind == CLAIM and kind != "truefalse":
        return None
    if kind == "cloze":
        return build.cloze(fact)
    if kind == "typed":
        return build.typed(fact)
    if kind == "choice":
        return build.choice(fact, index)
    return build.truefalse(fact, index)


def deck_id(name: str) -> str:
    """A deck id from a name (the file's, without its suffix): lowercase letters, digits and dashes."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:64]
    return slug or "article"


def title_of(article: Article, lines: list[Paragraph]) -> str:
    """The headline (first line, when it is one), else a title made from the file name."""
    for line in lines:
        if line.skip == "blank line":
            continue
        if line.skip == "headline":
            return article.plain[line.start : line.end].strip().lstrip("#").strip()
        break
    words = re.split(r"[-_ ]+", Path(article.path).stem)
    small = {"a", "an", "and", "in", "of", "on", "the", "to", "by", "at", "for"}
    titled = [w.upper() if len(w) <= 2 and w not in small else w.capitalize() for w in words if w]
    return " ".join(titled) or "Article"
