"""Overgenerate cards, then keep the best: one per fact sentence first, then the rest, balancing types."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cached_property

from quizgen.generate import gazetteer
from quizgen.generate.cards import Draft
from quizgen.generate.edits import Edit
from quizgen.generate.frequency import zipf

TYPE_WEIGHT = {"typed": 1.0, "choice": 0.95, "basic": 1.1, "cloze": 0.9, "truefalse": 0.8}
PER_CLAIM = 1
"""One card per fact: a claim's second card would state the first one's answer (see `claims`)."""
SAME_FACT = 0.5
SPARED_FACTS = 2
"""A card that gives away every card of this many other claims may wait for them (`Selection.take_sentence_leaders`)."""
RELATED = 2
"""Two cards sharing this many content words speak of one event: neither may state the other's answer. A name or
a term is given away by a card that shares one content word with its own."""


@dataclass
class Option:
    """A candidate card, with the sentence and answer it asks about."""

    card: Draft
    sentence: int
    answer: str
    score: float
    text: str = ""
    """The sentence the card asks about: two sentences about one answer that share its words repeat a fact."""
    claim: int = 0
    """Which claim of the sentence the card asks (`claims.parts`)."""
    edits: list[Edit] = field(default_factory=list)
    """The edits that made the sentence stand alone, for --explain."""
    title: frozenset[str] = frozenset()
    """The content words of the article's title, which every card may show without giving an answer away."""
    unit: str = ""
    """The noun a figure answer counts ('years' of 'three years'), lower case."""

    @cached_property
    def asked(self) -> Asked:
        """What the card asks and shows, for the giveaway rules; read once the card is final."""
        return Asked.of(self)

    @property
    def fact(self) -> tuple[int, int]:
        """The sentence and claim the card asks: one card each."""
        return (self.sentence, self.claim)


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.casefold()))


_FUNCTION_WORDS = frozenset(
    """a an the of to in on at for with by from and or but that which who whom what when where how many much is are
    was were be been being has have had do does did will would can could may might should it its this these those
    their they he she his her as than more most not no said says say told added which organisation country place
    year also about into over after before""".split()
)


def content_stems(text: str, answer: str) -> set[str]:
    """The stems of a prompt's content words, without the answer's words and function words."""
    skip = _words(answer) | _FUNCTION_WORDS
    return {_stem(w) for w in re.findall(r"[a-z0-9]+", text.casefold()) if w not in skip and len(w) > 2}


def _stem(word: str) -> str:
    """A crude stem: 'making', 'make' → 'mak'; 'involvement', 'involved' → 'invol'."""
    for suffix in ("ment", "ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
    return word[:5]


def same_fact(a: set[str], b: set[str]) -> bool:
    """Two prompts about one answer that share half of their content words ask the same fact."""
    return min(len(a), len(b)) >= 4 and len(a & b) >= SAME_FACT * min(len(a), len(b))


_CLOZE = re.compile(r"\{\{c\d+::.*?\}\}")


def shown_text(option: Option) -> str:
    """What the card shows before it is answered, lower case: a cloze with its gap blank. A why-question's cause
    counts as shown too: it states the names and figures of its clause ('in the North Sea it paid ...'), which
    no other card may then ask."""
    text = option.card.prompt()
    if "cause" in option.card.tags:
        text = f"{text} {option.card.fields['back']}"
    return " ".join(_CLOZE.sub("_____", text).casefold().split())


def _surname(name: str) -> str:
    return name.split()[-1] if name.split() else ""


def _is_person(option: Option) -> bool:
    return "person" in option.card.tags


def weighted(option: Option) -> float:
    """The option's score weighted by its card type."""
    return option.score * TYPE_WEIGHT[option.card.type]


def prompt_key(option: Option) -> str:
    """The option's prompt, lower case, spaces normalised: two options with one key ask the same."""
    return " ".join(option.card.prompt().casefold().split())


def states(text: str, answer: str) -> bool:
    """Whether `text` contains `answer` as whole words."""
    return bool(answer) and answer in text and re.search(rf"(?<!\w){re.escape(answer)}(?!\w)", text) is not None


def _states_form(text: str, form: str) -> bool:
    """Whether `text` states a form of `_forms`: the words themselves, or a pattern of a titled surname."""
    if form.startswith("(?:"):
        return re.search(rf"(?<!\w){form}(?!\w)", text) is not None
    return states(text, form)


DECK_ORDER = {"basic": 0, "typed": 1, "choice": 2, "cloze": 3, "truefalse": 4}
"""The order of a sentence's cards in the deck."""


@dataclass(frozen=True)
class Asked:
    """What a card asks and shows, as the giveaway rules compare two cards (`conflicts`)."""

    answer: str
    """The answer, lower case, spaces normalised."""
    shown: str
    """What the card shows before it is answered (`shown_text`)."""
    stems: frozenset[str]
    """That text's content stems (`content_stems`)."""
    person: bool
    named: bool
    """A name or a term rather than a figure."""
    proper: bool
    """Given away by any card that states it (`_is_proper`)."""
    forms: tuple[str, ...]
    """The words that state the answer (`_forms`)."""

    @classmethod
    def of(cls, option: Option) -> Asked:
        shown = shown_text(option)
        return cls(
            " ".join(option.answer.casefold().split()),
            shown,
            frozenset(content_stems(shown, option.answer)),
            _is_person(option),
            _is_named(option),
            _is_proper(option),
            tuple(_forms(option)),
        )


def _shows(text: str, forms: tuple[str, ...]) -> bool:
    return any(_states_form(text, f) for f in forms)


def conflicts(chosen: Asked, other: Asked) -> bool:
    """Whether a card asking `other` may not join a deck that asks `chosen`: it repeats the answer, shows a proper
    name `chosen` asks, states the answer of a related card, of a card sharing a content word when that answer is
    a name or a term, or of a person; or `chosen` states its answer in the same way. A country is stated by its
    nationality word too ('Australian dollars')."""
    if chosen.proper and _shows(other.shown, chosen.forms):
        return True  # it shows a proper name another card asks
    if (
        other.answer == chosen.answer
        or other.person
        and chosen.person
        and _surname(other.answer) == _surname(chosen.answer)
    ):
        return True  # 'Falconer' and 'Lord Falconer': one person asked twice
    shared = len(other.stems & chosen.stems)
    related, near = shared >= RELATED, shared >= 1
    if (related or chosen.person or chosen.named and near) and _shows(other.shown, chosen.forms):
        return True
    if (related or other.person or other.named and near) and _shows(chosen.shown, other.forms):
        return True
    return other.proper and _shows(chosen.shown, other.forms)  # 'the Anti-Terrorism Bill', related or not


class Selection:
    """The options chosen so far, up to `limit`, and what they already ask."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.chosen: list[Option] = []
        self.types: Counter[str] = Counter()
        """Card type → how many cards of it are chosen."""
        self.per_claim: Counter[tuple[int, int]] = Counter()
        """(Sentence, claim) → how many of its cards are chosen."""
        self.seen: set[str] = set()
        """Every chosen prompt, normalised."""
        self.asked: list[Asked] = []
        """What every chosen card asks and shows."""

    @property
    def full(self) -> bool:
        return len(self.chosen) >= self.limit

    def balance(self, option: Option) -> float:
        """The option's score, weighted by its type and lowered for every card of that type chosen already."""
        return weighted(option) / (1 + 0.25 * self.types[option.card.type])

    def fits(self, option: Option) -> bool:
        """Whether the option asks something new: not more than PER_CLAIM cards of one claim, nor a prompt
        chosen already, nor an answer asked already or given away (see `gives_away`).

        Once an option stops fitting it never fits again, so it can be dropped for good."""
        if self.per_claim[option.fact] >= PER_CLAIM:
            return False
        if prompt_key(option) in self.seen:
            return False
        return not self.gives_away(option)

    def gives_away(self, option: Option) -> bool:
        """Whether the option and a chosen card give each other away (`conflicts`)."""
        asked = option.asked
        return any(conflicts(chosen, asked) for chosen in self.asked)

    def take(self, option: Option) -> None:
        """Choose the option and record what it asks."""
        self.asked.append(option.asked)
        self.chosen.append(option)
        self.types[option.card.type] += 1
        self.per_claim[option.fact] += 1
        self.seen.add(prompt_key(option))

    def take_kept(self, options: list[Option], keep: Collection[str]) -> None:
        """First, the options whose card id is in `keep`, in their order."""
        for option in options:
            if option.card.uid in keep and not self.full and self.fits(option):
                self.take(option)

    def take_sentence_leaders(self, options: list[Option], spare: bool = False) -> set[int]:
        """Then the best-balanced fitting option of every claim that has no card yet, the claims with the
        best options first; the ids (`id()`) of the options taken.

        With `spare`, a claim whose every fitting card would give away every card of SPARED_FACTS other claims or
        more waits until the others are chosen: 'Michael Sears admitted his guilt' asked first would leave no card
        for the sentences that name 'Mr Sears'."""
        by_fact: dict[tuple[int, int], list[Option]] = {}
        for option in options:
            by_fact.setdefault(option.fact, []).append(option)
        leaders = sorted(by_fact, key=lambda f: (-max(o.score for o in by_fact[f]), f))
        blocking = _Blocking(by_fact)
        taken: set[int] = set()
        waiting: list[tuple[int, int]] = []
        queue = list(leaders)
        second = False
        while queue or waiting and not second:
            if not queue:
                queue, waiting, second = waiting, [], True
            fact = queue.pop(0)
            if self.full:
                break
            if self.per_claim[fact]:
                continue  # it has a kept card already
            pool = [o for o in by_fact[fact] if self.fits(o)]
            if not pool:
                continue
            if spare:
                open_facts = {f for f in by_fact if f != fact and not self.per_claim[f]}
                costs = {id(o): len(blocking.silenced(o) & open_facts) for o in pool}
                least = min(costs.values())
                if least >= SPARED_FACTS and not second:
                    waiting.append(fact)
                    continue
                pool = [o for o in pool if costs[id(o)] == least]
            leader = max(pool, key=lambda o: (self.balance(o), o.card.uid))
            self.take(leader)
            taken.add(id(leader))
        return taken

    def take_balanced(self, options: list[Option], leaders: set[int]) -> None:
        """Then, until the limit, the best-balanced fitting option among the best of each card type."""
        queues: dict[str, list[Option]] = {}
        for option in sorted(options, key=lambda o: (-o.score, o.card.uid)):
            if id(option) not in leaders:
                queues.setdefault(option.card.type, []).append(option)
        heads = dict.fromkeys(queues, 0)
        while not self.full:
            best: Option | None = None
            for kind, queue in queues.items():
                while heads[kind] < len(queue) and not self.fits(queue[heads[kind]]):
                    heads[kind] += 1
                if heads[kind] < len(queue):
                    option = queue[heads[kind]]
                    if best is None or (self.balance(option), option.card.uid) > (self.balance(best), best.card.uid):
                        best = option
            if best is None:
                break
            heads[best.card.type] += 1
            self.take(best)

    def in_deck_order(self) -> list[Option]:
        """The chosen options by sentence, then card type, then id."""
        return in_deck_order(self.chosen)


def in_deck_order(options: list[Option]) -> list[Option]:
    """The options by sentence, then card type, then id: the order of the deck."""
    return sorted(options, key=lambda o: (o.sentence, DECK_ORDER[o.card.type], o.card.uid))


class _Blocking:
    """Which claims a card would leave without a card: every card of theirs and it give each other away."""

    def __init__(self, by_fact: dict[tuple[int, int], list[Option]]) -> None:
        self.by_fact = by_fact
        self.found: dict[int, set[tuple[int, int]]] = {}

    def silenced(self, option: Option) -> set[tuple[int, int]]:
        key = id(option)
        if key not in self.found:
            asked = option.asked
            self.found[key] = {
                fact
                for fact, others in self.by_fact.items()
                if fact != option.fact and all(conflicts(asked, other.asked) for other in others)
            }
        return self.found[key]


def select(options: list[Option], limit: int, keep: Collection[str] = ()) -> list[Option]:
    """The best options up to `limit`: every sentence first, then by score with types balanced.

    Options whose card id is in `keep` (the cards of the deck generated before) are taken first,
    so regenerating after an edit keeps the cards, and the progress, of every unchanged fact.
    """
    plain, sparing = (_selected(options, limit, keep, spare) for spare in (False, True))
    # the claims that would silence others wait only if the claims that asks weigh more: a lead outweighs two
    # minor cards that show it as their context
    return (sparing if _weight(sparing.chosen) > _weight(plain.chosen) else plain).in_deck_order()


def _weight(chosen: list[Option]) -> float:
    return sum(o.score for o in chosen)


def _selected(options: list[Option], limit: int, keep: Collection[str], spare: bool) -> Selection:
    selection = Selection(limit)
    selection.take_kept(options, keep)
    leaders = selection.take_sentence_leaders(options, spare)
    selection.take_balanced(options, leaders)
    return selection


def repeats(options: list[Option], chosen: list[Option]) -> dict[int, int]:
    """Sentence → the earlier-kept sentence whose fact it repeats, for sentences that kept no card."""
    kept = {o.sentence for o in chosen}
    found: dict[int, int] = {}
    for option in options:
        if option.sentence in kept or option.sentence in found:
            continue
        stems = content_stems(option.text or option.card.prompt(), option.answer)
        for other in chosen:
            if other.answer.casefold() == option.answer.casefold() and same_fact(
                stems, content_stems(other.text or other.card.prompt(), other.answer)
            ):
                found[option.sentence] = other.sentence
                break
    return found


_NUMERIC_KINDS = frozenset(("range", "number", "percent", "money", "year", "period", "decade", "date"))
SURNAME = 3
"""A surname this long or longer names its person on another card ('Bush'); a shorter one may be a word."""


_PROPER_KINDS = frozenset(("person", "org", "name", "place", "country"))


def _is_proper(option: Option) -> bool:
    """A card asking a proper name of several words ('Anti-Terrorism Bill'), a one-word name of a person or a thing
    ('Kublai', 'Orientalism'), a country or a term ('control orders'): any card that states it gives it away, as
    reviewers read the rubric. A one-word place is given away only by a related card: the article names it
    everywhere."""
    tags = set(option.card.tags)
    if tags & {"country", "concept"}:
        return True
    if tags & {"person", "name"} and option.answer[:1].isupper() and option.answer.isalpha():
        return True  # 'Kublai': any card naming him states who botched the campaigns
    return bool(_PROPER_KINDS & tags) and len(option.answer.split()) > 1


RARE_HEAD = 4.0
"""A concept's head noun at least this rare (wordfreq's Zipf scale) names it alone: 'pasture', not 'orders'."""


RARE_WORD = 2.5
"""Any word of a name or term this rare names it alone: 'Nestorian' on another card gives 'Nestorian Christians'
away."""


def _short_forms(name: str) -> list[str]:
    """A name of three or more words said without one of its inner words: 'Berlin Film Festival' is the 'Berlin
    Festival' on another card."""
    words = name.split()
    if len(words) < 3 or any(not w.isalpha() for w in words):
        return []
    return [" ".join(words[:k] + words[k + 1 :]) for k in range(1, len(words) - 1) if words[k] not in _JOINERS]


_JOINERS = frozenset(("of", "and", "the", "for", "de", "du", "von", "van", "la", "le"))
"""Inner words whose loss leaves another name ('Bank of England' is not 'Bank England')."""


def _is_named(option: Option) -> bool:
    return not _NUMERIC_KINDS.intersection(option.card.tags)


SMALL_COUNT = 31
"""A count up to this, or one in words, says little alone: 'three' is stated only beside the noun it counts."""


def _small_count(answer: str) -> bool:
    if answer.isalpha():
        return True
    return answer.isdigit() and int(answer) <= SMALL_COUNT


def _forms(option: Option) -> list[str]:
    """The words that state the option's answer, lower case: the answer (a small count only with the noun it
    counts), a pattern of a person's surname after a title ('president bush': 'Gegeen Khan' names another khan),
    and a country's nationality words ('australian' for 'Australia': another card's 'Australian dollars' gives it
    away)."""
    forms = [" ".join(option.answer.casefold().split())]
    if option.unit and _small_count(forms[0]):
        head = option.unit.split()[-1].casefold()  # 'three epidemics' states no card's 'three years'
        return [f"(?:{re.escape(forms[0])})(?:\\s+\\S+){{0,3}}\\s+{re.escape(head)}"]
    if _is_proper(option) and not _NUMERIC_KINDS.intersection(option.card.tags):
        forms += _short_forms(forms[0])
    words = forms[0].split()
    if (
        "concept" in option.card.tags
        and len(words) > 1
        and words[-1] not in option.title
        and zipf(words[-1]) <= RARE_HEAD
    ):
        forms.append(words[-1])  # 'pasture for cattle' gives 'livestock pasture' away
    if _is_named(option) and len(words) > 1:
        forms += [w for w in words if w.isalpha() and w not in option.title and zipf(w) <= RARE_WORD]
    if _is_person(option) and len(forms[0].split()) > 1 and len(_surname(forms[0])) >= SURNAME:
        titles = "|".join(re.escape(t.casefold()) for t in gazetteer.TITLES)
        forms.append(f"(?:{titles})\\.? {re.escape(_surname(forms[0]))}")  # 'President Bush' states 'George W Bush'
    if "country" in option.card.tags:
        code = gazetteer.countries().get(option.answer.removeprefix("the "))
        forms += [word.casefold() for word, of in gazetteer.NATIONALITIES.items() if code and of == code]
    return forms
