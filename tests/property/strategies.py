"""Hypothesis strategies that build arbitrary valid decks."""

from __future__ import annotations

import re

from hypothesis import strategies as st

from quizgen.model.cards import BasicCard, CardSource, ChoiceCard, ClozeCard, Deck, DeckSource, TrueFalseCard, TypedCard

LOOKALIKES = ["NO", "yes", "on", "1991", "3.10", "010", "null", "~", "true", "[bold]", "[/]", "<b>x</b>", "a: b", "#x"]
LOOKALIKES += ["[sound:a.mp3]", "\\(x^2\\)", "\\[y\\]", "[latex]z[/latex]", "[$]w[/$]", "&#91;", "&#92;("]

_chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
_raw_text = st.one_of(
    st.sampled_from(LOOKALIKES),
    st.text(_chars, min_size=1, max_size=30),
    st.lists(st.text(_chars, min_size=1, max_size=12), min_size=2, max_size=4).map("\n".join),
)
text = _raw_text.filter(lambda s: bool(s.strip()))
plain_piece = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="{}\x00"), max_size=12)
deletion_text = plain_piece.filter(lambda s: bool(s.strip()) and "::" not in s and not s.endswith(":"))
identifier = st.from_regex(r"[a-z0-9_-]{1,20}", fullmatch=True)
tag = st.from_regex(r"[A-Za-z0-9_:\-]{1,12}", fullmatch=True)
tags = st.lists(tag, max_size=3)


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


@st.composite
def sources(draw: st.DrawFn) -> CardSource:
    sentence = draw(text)
    start = draw(st.integers(0, 10_000))
    return CardSource(sentence=sentence, start=start, end=start + len(sentence))


def _extras(draw: st.DrawFn) -> dict[str, object]:
    extras: dict[str, object] = {"tags": draw(tags)}
    if draw(st.booleans()):
        extras["note"] = draw(text)
    if draw(st.booleans()):
        extras["source"] = draw(sources())
    return extras


@st.composite
def cloze_texts(draw: st.DrawFn) -> str:
    count = draw(st.integers(1, 3))
    parts = [draw(plain_piece)]
    for number in range(1, count + 1):
        hint = draw(st.one_of(st.none(), deletion_text))
        body = draw(deletion_text)
        parts.append("{{c%d::%s%s}}" % (number, body, f"::{hint}" if hint else ""))
        parts.append(draw(plain_piece))
    return "".join(parts)


@st.composite
def distinct_texts(draw: st.DrawFn, min_size: int, max_size: int) -> list[str]:
    items = draw(st.lists(text, min_size=min_size, max_size=max_size, unique_by=_norm))
    return items


@st.composite
def cards(draw: st.DrawFn) -> object:
    kind = draw(st.sampled_from(["basic", "cloze", "choice", "truefalse", "typed"]))
    extras = _extras(draw)
    if kind == "basic":
        return BasicCard(type="basic", front=draw(text), back=draw(text), reverse=draw(st.booleans()), **extras)
    if kind == "cloze":
        return ClozeCard(type="cloze", text=draw(cloze_texts()), **extras)
    if kind == "choice":
        choices = draw(distinct_texts(2, 8))
        return ChoiceCard(
            type="choice", question=draw(text), choices=choices, answer=draw(st.sampled_from(choices)), **extras
        )
    if kind == "truefalse":
        correction = draw(st.one_of(st.none(), text))
        return TrueFalseCard(
            type="truefalse", statement=draw(text), answer=draw(st.booleans()), correction=correction, **extras
        )
    answers = draw(distinct_texts(1, 4))
    return TypedCard(type="typed", question=draw(text), answer=answers[0], accept=answers[1:], **extras)


@st.composite
def decks(draw: st.DrawFn) -> Deck:
    card_list = draw(st.lists(cards(), min_size=1, max_size=8))
    ids = draw(st.lists(identifier, min_size=len(card_list), max_size=len(card_list), unique=True))
    for card, card_id in zip(card_list, ids, strict=True):
        if draw(st.booleans()):
            card.id = card_id  # type: ignore[attr-defined]
    source = None
    if draw(st.booleans()):
        source = DeckSource(title=draw(text), file="article.txt", sha256="0" * 64)
    return Deck(
        id=draw(identifier),
        title=draw(text),
        description=draw(st.one_of(st.none(), text)),
        tags=draw(tags),
        source=source,
        cards=card_list,
    )
