"""Offices one person holds, named without the person: 'the chancellor', 'the prime minister'.

A news sketch may call a person by office alone ('The chancellor walked side-by-side with Mr Milburn'). The
card must name whom it means: the one person the article gives that office ('Chancellor Gordon Brown'),
or, with none or several, it cannot stand (`unnamed_gates.unnamed_office_holder`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.generate.roles import HONORIFICS

if TYPE_CHECKING:
    from quizgen.generate.index import ArticleIndex
    from quizgen.generate.tokens import Token

OFFICES: tuple[tuple[str, ...], ...] = (
    ("prime", "minister"),
    ("home", "secretary"),
    ("foreign", "secretary"),
    ("foreign", "minister"),
    ("chief", "executive"),
    ("chancellor",),
    ("premier",),
    ("president",),
    ("chairman",),
    ("mayor",),
)
"""Offices held by one person at a time, longest first."""
_SAYS_WHICH = frozenset(("of", "for", "'s", "’s"))
_NOT_THE_HOLDER = frozenset("former shadow deputy vice acting then".split())


def bare_office(tokens: list[Token], i: int) -> int | None:
    """The end (a token index) of 'the <office>' at token `i` when nothing after it says which office or whose
    ('the chancellor of Germany', 'the chancellor, Gordon Brown'); None for anything else."""
    if tokens[i].text.lower() != "the":
        return None
    for office in OFFICES:
        end = i + 1 + len(office)
        if end > len(tokens) or [t.text.lower() for t in tokens[i + 1 : end]] != list(office):
            continue
        after = tokens[end] if end < len(tokens) else None
        if after is not None and (after.text.lower() in _SAYS_WHICH or after.tag.startswith("NNP")):
            return None  # 'the president of the club', 'the chancellor Gordon Brown'
        if after is not None and after.text == "," and end + 1 < len(tokens) and tokens[end + 1].tag == "NNP":
            return None  # 'the chancellor, Gordon Brown,'
        if i > 0 and tokens[i - 1].text == "," and i > 1 and tokens[i - 2].tag == "NNP":
            return None  # 'Gordon Brown, the chancellor,'
        return end
    return None


def office_holder(index: ArticleIndex, office: tuple[str, ...]) -> str | None:
    """The full name of the one person the article gives `office` ('Chancellor Gordon Brown', 'Gordon Brown,
    the chancellor,'); None when it gives it to nobody or to several."""
    people: set[str] = set()
    for row in index.sentences:
        tokens = row.tokens
        for m in row.mentions:
            if m.kind != "person":
                continue
            first = next((k for k, t in enumerate(tokens) if t.start == m.start), None)
            last = next((k for k, t in enumerate(tokens) if t.start >= m.end), len(tokens))
            if first is not None and (_before(tokens, first, office) or _after(tokens, last, office)):
                people.add(m.key)
    if len(people) != 1:
        return None
    return index.display("person", next(iter(people)))


def _words(tokens: list[Token]) -> list[str]:
    return [t.text.lower() for t in tokens]


def _before(tokens: list[Token], k: int, office: tuple[str, ...]) -> bool:
    """'Chancellor Gordon Brown', 'Prime Minister Mr Blair': the office right before the name."""
    while k > 0 and tokens[k - 1].text in HONORIFICS:
        k -= 1
    j = k - len(office)
    return (
        j >= 0 and _words(tokens[j:k]) == list(office) and not (j > 0 and tokens[j - 1].text.lower() in _NOT_THE_HOLDER)
    )


def _after(tokens: list[Token], k: int, office: tuple[str, ...]) -> bool:
    """'Gordon Brown, the chancellor,': the office in an apposition right after the name."""
    if k >= len(tokens) or tokens[k].text != ",":
        return False
    k += 1 + (k + 1 < len(tokens) and tokens[k + 1].text.lower() == "the")
    return _words(tokens[k : k + len(office)]) == list(office)
