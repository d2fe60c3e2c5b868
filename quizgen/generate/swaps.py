"""Trading one card for several: a card that gives away every card of two other claims leaves them none.

The cards are chosen best first (`rank.select`), each checked against those before it, so one card about a person
the article names in four sentences ('Michael Sears admitted his guilt') can leave those four with no card. Where
dropping a chosen card lets two or more claims without a card have one, and their scores add up to more than its
own (a lead outweighs two minor cards that show it as their context, not four), the deck asks more facts: one card
per fact, as many facts as can be asked without one card giving another away.
"""

from __future__ import annotations

from collections.abc import Collection

from quizgen.generate.rank import Option, conflicts, prompt_key, weighted

GAIN = 2
"""A chosen card is traded only for this many cards or more."""


class _Clashes:
    """Whether two options give each other away (`rank.conflicts`, which is symmetric), each pair worked out once."""

    def __init__(self) -> None:
        self.known: dict[tuple[int, int], bool] = {}

    def __call__(self, a: Option, b: Option) -> bool:
        key = (id(a), id(b)) if id(a) < id(b) else (id(b), id(a))
        if key not in self.known:
            self.known[key] = prompt_key(a) == prompt_key(b) or conflicts(a.asked, b.asked)
        return self.known[key]


def more_facts(chosen: list[Option], options: list[Option], limit: int, keep: Collection[str] = ()) -> list[Option]:
    """`chosen` with a card traded for GAIN cards or more of claims that have none, whose scores add up to more than
    its own, while one is; the weakest chosen card is tried first, and a card in `keep` (of the deck generated
    before) is never traded."""
    by_fact: dict[tuple[int, int], list[Option]] = {}
    for option in sorted(options, key=lambda o: (-weighted(o), o.card.uid)):
        by_fact.setdefault(option.fact, []).append(option)
    order = sorted(by_fact, key=lambda f: (-weighted(by_fact[f][0]), f))
    clash = _Clashes()
    chosen = list(chosen)
    while True:
        covered = {o.fact for o in chosen}
        open_facts = [f for f in order if f not in covered]
        traded = None
        for card in sorted(chosen, key=lambda o: (weighted(o), o.card.uid)):
            if card.card.uid in keep:
                continue
            rest = [o for o in chosen if o is not card]
            picks = _fill(rest, [by_fact[f] for f in open_facts if f != card.fact], clash)
            if len(picks) >= GAIN and len(rest) + len(picks) <= limit and sum(p.score for p in picks) > card.score:
                traded = rest + picks
                break
        if traded is None:
            return chosen
        chosen = traded


def _fill(rest: list[Option], pools: list[list[Option]], clash: _Clashes) -> list[Option]:
    """The best option of each pool, in turn, that gives away no card of `rest` nor one picked before."""
    picks: list[Option] = []
    for pool in pools:
        for option in pool:
            if not any(clash(option, other) for other in rest) and not any(clash(option, p) for p in picks):
                picks.append(option)
                break
    return picks
