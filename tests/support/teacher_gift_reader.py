"""A small GIFT reader written from Moodle's GIFT format documentation, to read exports back.

What it follows (docs.moodle.org/en/GIFT_format): questions are separated by blank lines;
lines starting with `//` are comments; `$CATEGORY: path` switches the category;
`::title::` names a question; the answers sit in `{...}`, and text after the closing
brace makes a missing-word question (the answers print as `_____`); a backslash escapes
`~ = # { } :` and itself, and `\\n` is a line break; `[plain]`, `[html]`, `[moodle]` and
`[markdown]` at the start of a text set its format; `####` starts general feedback, `#`
an answer's feedback; `%50%` is an answer weight. The question type follows from the
answers: none is an essay, `#...` numerical, any `~` multiple choice, `=` with `->`
matching, `T`/`F`/`TRUE`/`FALSE` true-false, else short answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

ESCAPABLE = "~=#{}:\\"
FORMATS = ("plain", "html", "moodle", "markdown")
_OFFSET = 0xF0000
"""Escaped characters are moved to a private-use plane while the syntax is read."""


@dataclass
class Answer:
    text: str
    weight: float
    feedback: str = ""


@dataclass
class Question:
    category: str
    title: str
    text: str
    kind: str
    text_format: str = "moodle"
    answers: list[Answer] = field(default_factory=list)
    truth: bool | None = None
    feedback_wrong: str = ""
    feedback_right: str = ""
    general_feedback: str = ""


class GiftSyntaxError(ValueError):
    pass


def _hide(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            if nxt in ESCAPABLE:
                out.append(chr(_OFFSET + ord(nxt)))
                i += 2
                continue
            if nxt == "n":
                out.append(chr(_OFFSET + ord("\n")))
                i += 2
                continue
        out.append(ch)
        i += 1
    return "".join(out)


def _show(text: str) -> str:
    return "".join(chr(ord(c) - _OFFSET) if ord(c) >= _OFFSET else c for c in text)


def _formatted(text: str, default: str) -> tuple[str, str]:
    text = text.strip()
    m = re.match(r"\[(\w+)\]", text)
    if m and m[1] in FORMATS:
        return _show(text[m.end() :].strip()), m[1]
    return _show(text), default


def _weight(text: str) -> tuple[float | None, str]:
    m = re.match(r"%(-?\d+(?:\.\d+)?)%", text)
    if m:
        return float(m[1]) / 100, text[m.end() :]
    return None, text


def _answer(text: str, default_weight: float, fmt: str) -> Answer:
    weight, text = _weight(text.strip())
    body, _, feedback = text.partition("#")
    return Answer(_formatted(body, fmt)[0], default_weight if weight is None else weight, _formatted(feedback, fmt)[0])


def parse(gift: str) -> list[Question]:
    """Every question of a GIFT text; GiftSyntaxError when a block cannot be read."""
    questions: list[Question] = []
    category = ""
    blocks: list[list[str]] = [[]]
    for line in gift.splitlines():
        if not line.strip():
            blocks.append([])
        elif not line.strip().startswith("//"):
            blocks[-1].append(line)
    for lines in blocks:
        if not lines:
            continue
        text = _hide("\n".join(lines).strip())
        if text.startswith("$CATEGORY:"):
            category = _show(text[len("$CATEGORY:") :].strip())
            continue
        questions.append(_question(text, category))
    return questions


def _question(text: str, category: str) -> Question:
    title = ""
    if text.startswith("::"):
        end = text.find("::", 2)
        if end < 0:
            raise GiftSyntaxError(f"unclosed title: {_show(text)!r}")
        title, text = _show(text[2:end]).strip(), text[end + 2 :].strip()
    start, stop = text.find("{"), text.find("}")
    if start < 0 and stop < 0:
        body, fmt = _formatted(text, "moodle")
        return Question(category, title, body, "description", fmt)
    if start < 0 or stop < start:
        raise GiftSyntaxError(f"unbalanced braces: {_show(text)!r}")
    if "{" in text[start + 1 :] or "}" in text[stop + 1 :]:
        raise GiftSyntaxError(f"a question has one answer block: {_show(text)!r}")
    inside, after = text[start + 1 : stop].strip(), text[stop + 1 :].strip()
    stem = text[:start] + ("_____" + text[stop + 1 :] if after else "")
    body, fmt = _formatted(stem, "moodle")
    general = ""
    if "####" in inside:
        inside, general = inside[: inside.rindex("####")].strip(), inside[inside.rindex("####") + 4 :]
    q = Question(category, title, body, "", fmt, general_feedback=_formatted(general, fmt)[0])
    verdict = inside.split("#", 1)[0].strip()
    if not inside:
        q.kind = "essay"
    elif inside.startswith("#"):
        q.kind = "numerical"
    elif "~" in inside:
        q.kind = "multichoice"
        for marker, answer in re.findall(r"([~=])([^~=]*)", inside):
            q.answers.append(_answer(answer, 1.0 if marker == "=" else 0.0, fmt))
        if len(q.answers) < 2:
            raise GiftSyntaxError(f"multiple choice needs two answers: {_show(text)!r}")
    elif "=" in inside and "->" in inside:
        q.kind = "matching"
    elif verdict in ("T", "TRUE", "F", "FALSE"):
        q.kind = "truefalse"
        q.truth = verdict.startswith("T")
        bits = inside.split("#", 2)[1:]
        q.feedback_wrong = _formatted(bits[0], fmt)[0] if bits else ""
        q.feedback_right = _formatted(bits[1], fmt)[0] if len(bits) > 1 else ""
    else:
        q.kind = "shortanswer"
        q.answers = [_answer(a, 1.0, fmt) for a in inside.split("=") if a.strip()]
        if not q.answers:
            raise GiftSyntaxError(f"short answer without answers: {_show(text)!r}")
    return q
