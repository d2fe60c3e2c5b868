"""The field values of quizgen's note types, and whether a note still holds what quizgen would write."""

from __future__ import annotations

from collections.abc import Sequence

from quizgen.exchange.anki.html import to_html
from quizgen.exchange.anki.media_export import CardMedia, markup_of, with_media
from quizgen.model.cards import AnyCard, BasicCard, ChoiceCard, ClozeCard, TrueFalseCard, TypedCard

_LEGACY = [('<li class="right">', "<li>"), ("&#91;", "["), ("&#92;", "\\")]
"""What older quizgen versions wrote differently, rewritten as this one writes it."""


def _extras(card: AnyCard) -> list[str]:
    sentence = card.source.sentence if card.source and card.source.sentence else ""
    return [to_html(sentence), to_html(card.note or "")]


def back_extra(card: ClozeCard) -> str:
    """The Back Extra field of a cloze note: its note, then its source sentence."""
    html = ""
    if card.note:
        html += f'<div class="note">{to_html(card.note)}</div>'
    if card.source and card.source.sentence:
        html += f'<div class="source">{to_html(card.source.sentence)}</div>'
    return html


def choices_html(card: ChoiceCard) -> str:
    """The choices as a list; nothing in it tells the right one, which only the Answer field holds."""
    return '<ol class="choices">' + "".join(f"<li>{to_html(c)}</li>" for c in card.choices) + "</ol>"


def accept_html(card: TypedCard) -> str:
    """The other accepted answers as a list, or empty."""
    if not card.accept:
        return ""
    return '<ul class="accept">' + "".join(f"<li>{to_html(a)}</li>" for a in card.accept) + "</ul>"


def note_fields(card: AnyCard, media: CardMedia | None = None) -> list[str]:
    """The note's field values, in the order of its note type's fields, with the card's `media` markup.

    Without `media`, the markup names each file by its own name (as an export without clashes does).
    """
    fields = _text_fields(card)
    media = media if media is not None else markup_of(card)
    if not (media.prompt or media.answer):
        return fields
    return with_media(fields, media, 0, 1 if isinstance(card, ClozeCard) else len(fields) - 1 - _reverse_flag(card))


def _reverse_flag(card: AnyCard) -> int:
    """1 when the last field is a basic card's Add Reverse flag, else 0."""
    return 1 if isinstance(card, BasicCard) and card.reverse else 0


def _text_fields(card: AnyCard) -> list[str]:
    if isinstance(card, BasicCard):
        return [to_html(card.front), to_html(card.back), *_extras(card), *(["y"] if card.reverse else [])]
    if isinstance(card, ClozeCard):
        return [to_html(card.text), back_extra(card)]
    if isinstance(card, ChoiceCard):
        return [to_html(card.question), choices_html(card), to_html(card.answer), *_extras(card)]
    if isinstance(card, TrueFalseCard):
        answer = "True" if card.answer else "False"
        return [to_html(card.statement), answer, to_html(card.correction or ""), *_extras(card)]
    return [to_html(card.question), to_html(card.answer), accept_html(card), *_extras(card)]


def same_fields(card: AnyCard, fields: Sequence[str]) -> bool:
    """Whether exporting `card` writes exactly `fields` (as this or an older quizgen wrote them).

    A note that passes was not changed by its import: the card may go back to the same note.
    """
    written, kept = _trimmed(note_fields(card)), _trimmed(fields)
    if written == kept:
        return True
    return len(kept) == len(written) and all(_normal(a) == _normal(b) for a, b in zip(written, kept, strict=True))


def _trimmed(fields: Sequence[str]) -> list[str]:
    """The fields without empty ones at the end (a merged note type may have more)."""
    kept = list(fields)
    while kept and not kept[-1]:
        kept.pop()
    return kept


def _normal(field: str) -> str:
    for old, new in _LEGACY:
        field = field.replace(old, new)
    return field
