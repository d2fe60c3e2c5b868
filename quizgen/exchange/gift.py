"""Moodle GIFT export: one question per card (per deletion number for cloze cards).

How each card type maps to a Moodle question:

- choice: multiple choice, `=right ~wrong`;
- truefalse: `{T}` or `{F}`; the correction is the feedback for either response;
- typed: short answer, the `accept` aliases as further right answers;
- cloze: one short answer per deletion: the other numbers are shown, the asked deletion
  prints as `_____`, and the other deletions of its number as `[...]` (GIFT has no
  multi-blank question, and one answer "one, three" for two blanks could not be guessed);
- basic: short answer when the back is a short term (at most four words and 40
  characters), else an essay whose general feedback is the back, for the marker; a
  reversed card also asks the back, expecting the front.

A `*` in a short answer is escaped: Moodle reads an unescaped one as "anything".

Every text is written in Moodle's `[plain]` format so it shows literally, with GIFT's
special characters `~ = # { } :` and the backslash escaped, and line breaks as `\\n`.
A card's note becomes the general feedback (`####`). A short answer containing `->`
would read as a matching question in Moodle, so such a card becomes an essay too.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from quizgen.exchange.media_links import MediaLinks
from quizgen.exchange.pieces import cloze_pieces, letters
from quizgen.model.cards import AnyCard, BasicCard, ChoiceCard, ClozeCard, Deck, TrueFalseCard, TypedCard
from quizgen.model.cloze import Deletion

SPECIAL = "~=#{}:"
"""Characters GIFT reads as syntax unless a backslash escapes them."""
BLANK = "_____"
"""What Moodle prints for a missing word."""
SHORT_WORDS = 4
SHORT_CHARS = 40
_WEIGHT = re.compile(r"^%-*\d{1,2}\.?\d*%")
_TAG_UNSAFE = re.compile(r"[<>`\x00-\x1f]")


def escape(text: str) -> str:
    """`text` with the backslash and `~ = # { } :` escaped, line breaks as `\\n`."""
    out = text.replace("\\", "\\\\")
    for ch in SPECIAL:
        out = out.replace(ch, "\\" + ch)
    return out.replace("\r\n", "\n").replace("\r", "").replace("\n", "\\n")


def part(text: str) -> str:
    """An escaped answer or feedback text that Moodle cannot misread.

    Moodle reads a leading `[word]` as a text format and a leading `%25%` as an answer
    weight; an explicit `[plain]` in front keeps such text as written.
    """
    text = text.strip()
    escaped = escape(text)
    if text.startswith("[") or _WEIGHT.match(text):
        return "[plain]" + escaped
    return escaped


def wildcard_escaped(answer: str) -> str:
    """A short answer with each `*` escaped: Moodle's short answers read an unescaped `*` as "anything"."""
    return answer.replace("*", "\\*")


def category(title: str) -> str:
    """A deck title as a Moodle category path: `::` nests, as in Anki; `/` is doubled."""
    flat = " ".join(title.split())
    return "/".join(level.strip().replace("/", "//") for level in flat.split("::"))


def to_gift(decks: Sequence[Deck], media: MediaLinks | None = None) -> str:
    """The GIFT text of `decks`: a `$CATEGORY:` per deck, then its questions.

    With `media`, a card's images and sounds are referred to by their paths relative to the output:
    an `// image:` line and an `// audio:` line before the question (GIFT carries no files; Moodle
    needs them added to the question bank by hand), and, for images, in the question's text as HTML.
    """
    blocks = []
    for deck in decks:
        blocks.append(f"// deck: {deck.id}\n$CATEGORY: {category(deck.title)}")
        for card in deck.cards:
            questions = card_questions(card, deck.tags)
            if media is not None:
                questions = [_with_media(question, card, media) for question in questions]
            blocks += questions
    return "\n\n".join(blocks) + "\n"


def _with_media(question: str, card: AnyCard, media: MediaLinks) -> str:
    """`question` with comment lines naming the card's media, and its prompt images in the text as HTML."""
    refs = media.refs(card) + media.refs(card, answer=True)
    if not refs:
        return question
    lines = [f"// {ref.field.replace('_', ' ')}: {_comment(media.relative(ref))}" for ref in refs]
    head, _, body = question.rpartition("\n::")
    images = "".join(
        f'<br><img src="{html.escape(media.relative(r), quote=True)}" alt="">'
        for r in media.refs(card)
        if r.kind == "image"
    )
    if images and "[plain]" in body:
        title, _, rest = body.partition("[plain]")
        text, brace, answers = rest.partition(" {")
        text = html.escape(_unescape(text), quote=False).replace("\n", "<br>")
        body = f"{title}[html]{escape(text + images)}{brace and ' {'}{answers}"
    return "\n".join([head, *lines]) + "\n::" + body


def _comment(text: str) -> str:
    return text.replace("\n", " ").replace("\r", " ")


def _unescape(text: str) -> str:
    """The text of an escaped GIFT part."""
    return re.sub(r"\\(.)", lambda m: "\n" if m[1] == "n" else m[1], text)


def card_questions(card: AnyCard, deck_tags: Sequence[str] = ()) -> list[str]:
    """The GIFT questions of one card: one, or one per cloze deletion number."""
    head = f"// {card.uid} ({card.type})"
    tags = [t for t in dict.fromkeys([*deck_tags, *card.tags]) if not _TAG_UNSAFE.search(t)]
    if tags:
        head += "\n// " + " ".join(f"[tag:{t.replace(']', chr(92) + ']')}]" for t in tags)
    if isinstance(card, ClozeCard):
        return [f"{head}\n{question}" for question in _cloze_questions(card)]
    if isinstance(card, BasicCard) and card.reverse:
        reverse = f"::{escape(card.uid + ' reverse')}::" + _short_or_essay(card.back, [card.front], card.note, False)
        return [f"{head}\n{_question(card)}", f"{head}\n{reverse}"]
    return [f"{head}\n{_question(card)}"]


def _question(card: AnyCard) -> str:
    title = f"::{escape(card.uid)}::"
    feedback = f"####{part(card.note)}" if card.note else ""
    if isinstance(card, ChoiceCard):
        lines = [("=" if choice == card.answer else "~") + part(choice) for choice in card.choices]
        if feedback:
            lines.append(feedback)
        body = "".join(f"\n\t{line}" for line in lines)
        return f"{title}[plain]{escape(card.question.strip())} {{{body}\n}}"
    if isinstance(card, TrueFalseCard):
        verdict = "T" if card.answer else "F"
        said = f"#{part(card.correction)}#{part(card.correction)}" if card.correction else ""
        return f"{title}[plain]{escape(card.statement.strip())} {{{verdict}{said}{feedback}}}"
    if isinstance(card, TypedCard):
        return title + _short_or_essay(card.question, [card.answer, *card.accept], card.note, force_short=True)
    if isinstance(card, BasicCard):
        return title + _short_or_essay(card.front, [card.back], card.note, force_short=False)
    raise TypeError(f"not a card: {card!r}")


def _cloze_questions(card: ClozeCard) -> list[str]:
    """One question per deletion: `uid`, `uid c2`, or `uid c1a`, `uid c1b` when a number repeats."""
    numbers = card.study_items()
    deletions = [piece for piece in cloze_pieces(card.text) if isinstance(piece, Deletion)]
    questions = []
    for number in numbers:
        asked = [d for d in deletions if d.number == number]
        for index, deletion in enumerate(asked):
            name = card.uid if len(numbers) == 1 and len(asked) == 1 else f"{card.uid} c{number}"
            if len(asked) > 1:
                name += letters(index)
            prompt = _cloze_prompt(card.text, deletion)
            questions.append(f"::{escape(name)}::" + _short_or_essay(prompt, [deletion.text], card.note, True))
    return questions


def _cloze_prompt(text: str, asked: Deletion) -> str:
    """The text with `asked` as Moodle's blank, the other deletions of its number hidden, the rest shown."""
    out = []
    for piece in cloze_pieces(text):
        if not isinstance(piece, Deletion):
            out.append(piece)
        elif piece.start == asked.start:
            out.append(BLANK + (f" ({piece.hint})" if piece.hint else ""))
        elif piece.number == asked.number:
            out.append(f"[{piece.hint}]" if piece.hint else "[...]")
        else:
            out.append(piece.text)
    return "".join(out)


def _short_or_essay(prompt: str, answers: list[str], note: str | None, force_short: bool) -> str:
    """A short-answer question, or an essay when the answers cannot be typed exactly."""
    typable = all("->" not in a and "\n" not in a.strip() for a in answers)
    short = all(len(a.split()) <= SHORT_WORDS and len(a.strip()) <= SHORT_CHARS for a in answers)
    if typable and (force_short or short):
        feedback = f" ####{part(note)}" if note else ""
        right = " ".join(f"={part(wildcard_escaped(a))}" for a in answers)
        return f"[plain]{escape(prompt.strip())} {{{right}{feedback}}}"
    model = "\n".join([answers[0].strip(), *([note] if note else [])])
    return f"[plain]{escape(prompt.strip())} {{####{part(model)}}}"
