"""A Markdown study sheet: one section per card, the answer folded in a `<details>` block."""

from __future__ import annotations

import re

from quizgen.exchange.media_links import MediaLinks
from quizgen.exchange.pieces import blank_labels, cloze_pieces
from quizgen.model.cards import AnyCard, BasicCard, ChoiceCard, ClozeCard, Deck, TrueFalseCard, TypedCard
from quizgen.model.cloze import Deletion

LETTERS = "ABCDEFGH"
KIND = {
    "basic": "Question",
    "cloze": "Fill in the blank",
    "choice": "Multiple choice",
    "truefalse": "True or false",
    "typed": "Short answer",
}
"""The heading word of each card type."""

_INLINE = re.compile(r"([\\`*_\[\]{}<>#|~&$^])")
_LIST_NUMBER = re.compile(r"^(\d+)([.)])")


def md_inline(text: str) -> str:
    """`text` with every character Markdown or inline HTML reads as syntax backslash-escaped.

    CommonMark allows a backslash before any ASCII punctuation, so the text shows as written.
    """
    return _INLINE.sub(r"\\\1", text)


def md_lines(markdown: str) -> str:
    """Escaped Markdown made safe line by line: hard line breaks, nothing read as a block.

    A line must not start a list (`-`, `+`, `1.`), a setext underline (`=`) or a code
    block (indent); blank-looking lines would end the paragraph, so they hold a space entity.
    """
    lines = []
    for line in markdown.replace("\r\n", "\n").split("\n"):
        line = line.lstrip(" \t")
        if not line:
            line = "&#32;"
        elif line[0] in "-+=":
            line = "\\" + line
        else:
            line = _LIST_NUMBER.sub(r"\1\\\2", line)
        lines.append(line)
    return "\\\n".join(lines)


def md(text: str) -> str:
    """`text` as Markdown that shows literally, inner line breaks kept."""
    return md_lines(md_inline(text.strip()))


def to_markdown(deck: Deck, media: MediaLinks | None = None) -> str:
    """The study sheet of `deck` as Markdown; with `media`, its images and sounds linked relative to the output."""
    out = [f"# {md(' '.join(deck.title.split()))}", ""]
    if deck.description:
        out += [md(deck.description), ""]
    source = deck.source
    if source and (source.title or source.url):
        where = [md(text) for text in (source.title, source.url) if text]
        out += ["Source: " + ", ".join(where), ""]
    count = len(deck.cards)
    out += [f"{count} card{'' if count == 1 else 's'}.", ""]
    for number, card in enumerate(deck.cards, start=1):
        out += _section(number, card, media)
    return "\n".join(out).rstrip("\n") + "\n"


def _section(number: int, card: AnyCard, media: MediaLinks | None = None) -> list[str]:
    lines = [f"## {number}. {KIND[card.type]}", ""]
    lines += _question(card)
    lines += _media(card, media, answer=False)
    lines += ["", "<details>", "<summary>Answer</summary>", ""]
    lines += _answer(card)
    lines += _media(card, media, answer=True)
    if card.note:
        lines += ["", f"*Note:* {md(card.note)}"]
    lines += ["", "</details>", ""]
    tags = [f"`{t}`" for t in card.tags if "`" not in t]
    if tags:
        lines += ["Tags: " + ", ".join(tags), ""]
    return lines


def _media(card: AnyCard, media: MediaLinks | None, answer: bool) -> list[str]:
    """Lines showing the card's images and linking its sounds, by paths relative to the output."""
    lines: list[str] = []
    for ref in media.refs(card, answer) if media is not None else []:
        target = "<" + media.relative(ref).replace("<", "%3C").replace(">", "%3E") + ">"  # type: ignore[union-attr]
        lines += ["", f"![]({target})" if ref.kind == "image" else f"[Sound: {md_inline(ref.path)}]({target})"]
    return lines


def _question(card: AnyCard) -> list[str]:
    if isinstance(card, ChoiceCard):
        choices = [f"- {LETTERS[i]}\\. {md(choice)}" for i, choice in enumerate(card.choices)]
        return [md(card.question), "", *choices]
    if isinstance(card, TrueFalseCard):
        return [md(card.statement), "", "True or false?"]
    if isinstance(card, TypedCard):
        return [md(card.question)]
    if isinstance(card, BasicCard):
        return [md(card.front)]
    return [_cloze(card, reveal=False)]


def _answer(card: AnyCard) -> list[str]:
    if isinstance(card, ChoiceCard):
        return [f"**{LETTERS[card.choices.index(card.answer)]}\\. {md(card.answer)}**"]
    if isinstance(card, TrueFalseCard):
        verdict = "**True**" if card.answer else "**False**"
        return [f"{verdict}: {md(card.correction)}" if card.correction else verdict]
    if isinstance(card, TypedCard):
        also = [f"Also accepted: {'; '.join(md(a) for a in card.accept)}"] if card.accept else []
        return [f"**{md(card.answer)}**", *([""] + also if also else [])]
    if isinstance(card, BasicCard):
        return [md(card.back)]
    return [_cloze(card, reveal=True)]


def _cloze(card: ClozeCard, reveal: bool) -> str:
    labels = blank_labels(card.text)
    out = []
    for piece in cloze_pieces(card.text):
        if not isinstance(piece, Deletion):
            out.append(md_inline(piece))
        elif reveal:
            out.append(f"<strong>{md_inline(piece.text)}</strong>")
        else:
            label = labels[piece.start]
            hint = f" ({md_inline(piece.hint)})" if piece.hint else ""
            out.append((f"({label})" if label else "") + "\\_" * 7 + hint)
    return md_lines("".join(out))
