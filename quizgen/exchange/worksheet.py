"""A printable worksheet: numbered questions for paper, and an answer key, on a page of its own or in its own file.

Every text wraps inside the page, however long its words: a URL, a chemical name or a cloze
answer of many letters breaks where it must rather than run past the right margin.
"""

from __future__ import annotations

import html

from quizgen.exchange.media_links import MediaLinks
from quizgen.exchange.pieces import blank_labels, cloze_pieces
from quizgen.exchange.quiz import Question, Quiz
from quizgen.model.cards import BasicCard, ChoiceCard, ClozeCard, TrueFalseCard, TypedCard
from quizgen.model.cloze import Deletion

LETTERS = "ABCDEFGH"
"""Labels of the choices: a choice card has at most eight."""

CSS = """
@page { size: A4; margin: 16mm 16mm 18mm;
  @bottom-right { content: counter(page) " / " counter(pages); font: 9pt sans-serif; color: #555; } }
html { background: #fff; color: #111; }
body { font: 12pt/1.5 Georgia, "DejaVu Serif", "Times New Roman", serif;
  max-width: 46em; margin: 2em auto; padding: 0 1.5em; overflow-wrap: anywhere; word-wrap: break-word; }
h1 { font-size: 18pt; line-height: 1.25; margin: 0 0 0.4em; }
h2 { font-size: 15pt; margin: 0 0 0.8em; }
.version { margin: 0 0 0.6em; color: #444; font-size: 10pt; }
.who { margin: 0.8em 0 1.6em; }
.fill { display: inline-block; border-bottom: 1px solid #111; height: 1.1em; vertical-align: -0.2em;
  margin: 0 1.5em 0 0.4em; }
.fill.name { width: 18em; } .fill.date { width: 9em; }
ol.questions, ol.choices, ol.key { list-style: none; margin: 0; padding: 0; }
.q { margin: 0 0 1.3em; padding-left: 2.2em; break-inside: avoid; page-break-inside: avoid; }
.prompt { margin: 0; text-indent: -2.2em; }
.gap { white-space: nowrap; }
.num { font-weight: bold; display: inline-block; min-width: 2.2em; text-indent: 0; }
.how { margin: 0.1em 0 0.3em; font-size: 9.5pt; font-style: italic; color: #444; }
ol.choices { margin: 0.3em 0 0; }
ol.choices li { margin: 0.15em 0; }
.box { display: inline-block; width: 0.8em; height: 0.8em; border: 1px solid #111; margin-right: 0.5em;
  vertical-align: -0.05em; }
.letter { font-weight: bold; margin-right: 0.3em; }
.tf { margin: 0.3em 0 0; letter-spacing: 0.02em; }
.tf .opt { padding: 0 0.6em; }
.line { border-bottom: 1px solid #111; height: 1.9em; }
.blank { display: inline-block; width: 9em; border-bottom: 1px solid #111; height: 1.1em; vertical-align: -0.25em;
  margin: 0 0.2em; }
.slots { font-family: "DejaVu Sans Mono", monospace; letter-spacing: 0.15em; white-space: pre-wrap; margin: 0 0.2em; }
.label, .hint { font-size: 9.5pt; color: #444; }
.answer-key { break-before: page; page-break-before: always; }
.answer-key.key-only { break-before: auto; page-break-before: auto; }
ol.key li { margin: 0 0 0.5em; padding-left: 2.2em; text-indent: -2.2em; break-inside: avoid;
  page-break-inside: avoid; }
.card-id { font: 8.5pt monospace; color: #666; margin-left: 0.6em; }
.note { margin: 0.1em 0 0; text-indent: 0; font-size: 10pt; color: #333; }
@media print { body { max-width: none; margin: 0; padding: 0; } }
"""

FIGURE_CSS = """.figure { margin: 0.4em 0; text-indent: 0; }
.figure img { max-width: 100%; max-height: 60mm; }
"""
"""The style of images, added to a page that has some (a page without stays as it was)."""

HOW = {
    "choice": "Tick one box.",
    "truefalse": "Circle True or False.",
    "typed": "Write your answer on the line.",
    "basic": "Write your answer on the lines.",
    "cloze": "Fill in the blank.",
}
"""The instruction printed under each kind of question."""


def esc(text: str) -> str:
    """`text` escaped for HTML, line breaks kept."""
    return html.escape(text, quote=True).replace("\n", "<br>\n")


def render_worksheet(quiz: Quiz, hint_length: bool = False, key: bool = True, media: MediaLinks | None = None) -> str:
    """The worksheet of `quiz` as one self-contained HTML page: the questions, then (with `key`) the
    answer key on a new page.

    Cloze blanks all have the same width unless `hint_length` asks for one slot per letter. With
    `media`, each card's images are shown, inlined: the prompt's with the question, the answer's in the key.
    """
    version = _version(quiz)
    questions = "\n".join(_question(q, hint_length, media) for q in quiz.questions)
    count = len(quiz.questions)
    sections = f"""<section class="questions" id="questions">
<header>
<h1>{esc(quiz.title)}</h1>
{version}<p class="who">Name:<span class="fill name"></span>Date:<span class="fill date"></span></p>
<p class="version">{count} question{"" if count == 1 else "s"}</p>
</header>
<ol class="questions">
{questions}
</ol>
</section>
"""
    if key:
        sections += _key_section(quiz, "h2", "answer-key", media)
    return _page(quiz, esc(quiz.title), sections)


def render_key(quiz: Quiz, media: MediaLinks | None = None) -> str:
    """The answer key of `quiz` alone, as one self-contained HTML page: for a file of its own."""
    return _page(quiz, f"Answer key: {esc(quiz.title)}", _key_section(quiz, "h1", "answer-key key-only", media))


def _version(quiz: Quiz) -> str:
    return f'<p class="version">Version {quiz.seed}</p>\n' if quiz.seed is not None else ""


def _key_section(quiz: Quiz, heading: str, classes: str, media: MediaLinks | None = None) -> str:
    key = "\n".join(_key_entry(q, media) for q in quiz.questions)
    return f"""<section class="{classes}" id="answer-key">
<{heading}>Answer key: {esc(quiz.title)}</{heading}>
{_version(quiz)}<ol class="key">
{key}
</ol>
</section>
"""


def _page(quiz: Quiz, title: str, sections: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="{esc(quiz.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{CSS}{FIGURE_CSS if '<p class="figure">' in sections else ""}</style>
</head>
<body>
<main>
{sections}</main>
</body>
</html>
"""


def _figures(q: Question, media: MediaLinks | None, answer: bool) -> str:
    """The card's images for the question (or, with `answer`, for the key), inlined; "" when it has none."""
    if media is None:
        return ""
    refs = [r for r in media.refs(q.card, answer) if r.kind == "image"]
    # A reversed basic card's back-first question shows the answer's image, and the key the prompt's.
    if isinstance(q.card, BasicCard) and q.reverse:
        refs = [r for r in media.refs(q.card, not answer) if r.kind == "image"]
    return "".join(f'\n<p class="figure"><img src="{media.inline(q.card, r)}" alt=""></p>' for r in refs)


def _question(q: Question, hint_length: bool, media: MediaLinks | None = None) -> str:
    card = q.card
    num = f'<span class="num">{q.number}.</span>'
    how = f'<p class="how">{HOW[card.type]}</p>'
    if isinstance(card, ChoiceCard):
        items = "\n".join(
            f'<li><span class="box"></span><span class="letter">{LETTERS[i]}.</span> {esc(choice)}</li>'
            for i, choice in enumerate(q.choices)
        )
        body = f'<ol class="choices">\n{items}\n</ol>'
        prompt = esc(card.question)
    elif isinstance(card, TrueFalseCard):
        body = '<p class="tf"><span class="opt">True</span>/<span class="opt">False</span></p>'
        prompt = esc(card.statement)
    elif isinstance(card, TypedCard):
        body = '<div class="line"></div>'
        prompt = esc(card.question)
    elif isinstance(card, BasicCard):
        body = '<div class="line"></div>\n<div class="line"></div>'
        prompt = esc(card.sides(1 if q.reverse else 0)[0])
    else:
        body = ""
        prompt = _cloze_prompt(card, hint_length)
        if len(blank_labels(card.text)) > 1:
            how = '<p class="how">Fill in the blanks.</p>'
    parts = [
        f'<li class="q q-{card.type}" id="q{q.number}">',
        f'<p class="prompt">{num}{prompt}</p>{_figures(q, media, answer=False)}',
        how,
        body,
        "</li>",
    ]
    return "\n".join(part for part in parts if part)


def _cloze_prompt(card: ClozeCard, hint_length: bool) -> str:
    labels = blank_labels(card.text)
    out = []
    for piece in cloze_pieces(card.text):
        if isinstance(piece, str):
            out.append(esc(piece))
            continue
        label = labels[piece.start]
        gap = f'<span class="label">({label})</span>' if label else ""
        out.append(f'<span class="gap">{gap}{_blank(piece, hint_length)}</span>')
        if piece.hint:
            out.append(f' <span class="hint">({esc(piece.hint)})</span>')
    return "".join(out)


def _blank(deletion: Deletion, hint_length: bool) -> str:
    if not hint_length:
        return '<span class="blank"></span>'
    slots = " ".join("\u2003" if ch.isspace() else "_" for ch in deletion.text.strip())
    return f'<span class="slots">{slots}</span>'


def _key_entry(q: Question, media: MediaLinks | None = None) -> str:
    card = q.card
    note = f'\n<p class="note">{esc(card.note)}</p>' if card.note else ""
    note += _figures(q, media, answer=True)
    answer = f'<span class="answer">{_key_answer(q)}</span>'
    card_id = f'<span class="card-id">{esc(card.uid)}</span>'
    return f'<li id="k{q.number}"><span class="num">{q.number}.</span>{answer}{card_id}{note}</li>'


def _key_answer(q: Question) -> str:
    card = q.card
    if isinstance(card, ChoiceCard):
        return f"{LETTERS[q.choices.index(card.answer)]}. {esc(card.answer)}"
    if isinstance(card, TrueFalseCard):
        verdict = "True" if card.answer else "False"
        return f"{verdict}: {esc(card.correction)}" if card.correction else verdict
    if isinstance(card, TypedCard):
        also = f' <span class="hint">(also accepted: {esc("; ".join(card.accept))})</span>' if card.accept else ""
        return esc(card.answer) + also
    if isinstance(card, BasicCard):
        return esc(card.sides(1 if q.reverse else 0)[1])
    labels = blank_labels(card.text)
    parts = []
    for piece in cloze_pieces(card.text):
        if isinstance(piece, Deletion):
            label = labels[piece.start]
            parts.append(f"({label}) {esc(piece.text)}" if label else esc(piece.text))
    return "; ".join(parts)
