"""Moodle's GIFT importer and short-answer grading, written out in Python to read exports back.

This follows Moodle's own code step by step, not the format's documentation:
`question/format/gift/format.php` (`qformat_gift::readquestion` and its helpers: the escape
placeholders, `parse_text_with_format`, `commentparser`, `split_truefalse_comment`, the answer
weight), `question/format.php` (`qformat_default::readquestions`: questions are separated by
lines that are empty once trimmed, and PHP's `empty()` also takes "0" as empty) and
`question/type/shortanswer/question.php` (`compare_string_with_wildcard`: an unescaped `*` in a
right answer matches anything). Moodle reports a bad question and skips it; here that raises
GiftImportError, so a test sees every question Moodle would refuse.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

_ESCAPED = ["\\:", "\\#", "\\=", "\\{", "\\}", "\\~", "\\n"]
_PLACEHOLDERS = ["&&058;", "&&035;", "&&061;", "&&123;", "&&125;", "&&126;", "&&010"]
_CHARACTERS = [":", "#", "=", "{", "}", "~", "\n"]
_WEIGHT = re.compile(r"^%\-*([0-9]{1,2})\.?([0-9]*)%")
_FORMATS = {"moodle", "html", "plain", "markdown"}


class GiftImportError(ValueError):
    """A question Moodle's importer reports as an error and does not import."""


@dataclass
class Text:
    text: str
    format: str


@dataclass
class Answer:
    text: str
    fraction: float
    feedback: str = ""


@dataclass
class Question:
    qtype: str
    name: str = ""
    category: str = ""
    questiontext: str = ""
    questiontextformat: str = "moodle"
    generalfeedback: str = ""
    answers: list[Answer] = field(default_factory=list)
    correctanswer: bool | None = None
    feedbacktrue: str = ""
    feedbackfalse: str = ""


def escapedchar_pre(string: str) -> str:
    string = string.replace("\\\\", "&&092;")
    for escaped, placeholder in zip(_ESCAPED, _PLACEHOLDERS, strict=True):
        string = string.replace(escaped, placeholder)
    return string.replace("&&092;", "\\")


def escapedchar_post(string: str) -> str:
    for placeholder, character in zip(_PLACEHOLDERS, _CHARACTERS, strict=True):
        string = string.replace(placeholder, character)
    return string


def parse_text_with_format(text: str, defaultformat: str = "moodle") -> Text:
    result = Text(text, defaultformat)
    if text.startswith("["):
        formatend = text.find("]")
        # PHP: substr($text, 1, $formatend - 1); strpos() gives false (0) when there is no "]".
        name = text[1:formatend] if formatend > 0 else ""
        if name in _FORMATS:
            result.format = name
            result.text = text[formatend + 1 :] if formatend >= 0 else text[1:]
    result.text = escapedchar_post(result.text).strip()
    return result


def answerweightparser(answer: str) -> tuple[float, str]:
    answer = answer[1:]
    end = answer.find("%")
    weight = float(answer[:end]) / 100
    return weight, answer[end + 1 :]


def commentparser(answer: str, defaultformat: str) -> tuple[Text, Text]:
    bits = answer.split("#", 1)
    ans = parse_text_with_format(bits[0].strip(), defaultformat)
    feedback = parse_text_with_format(bits[1].strip(), defaultformat) if len(bits) > 1 else Text("", defaultformat)
    return ans, feedback


def split_truefalse_comment(answer: str, defaultformat: str) -> tuple[Text, Text, Text]:
    bits = answer.split("#", 2)
    ans = parse_text_with_format(bits[0].strip(), defaultformat)
    wrong = parse_text_with_format(bits[1].strip(), defaultformat) if len(bits) > 1 else Text("", defaultformat)
    right = parse_text_with_format(bits[2].strip(), defaultformat) if len(bits) > 2 else Text("", defaultformat)
    return ans, wrong, right


def readquestions(gift: str) -> list[Question]:
    """Every question (and category switch) of a GIFT file, as Moodle imports it."""
    questions: list[Question] = []
    current: list[str] = []
    for line in gift.split("\n"):
        line = line.strip(" \t\n\r\0\x0b")
        if line in ("", "0"):
            if current:
                questions.append(readquestion(current))
                current = []
        else:
            current.append(line)
    if current:
        questions.append(readquestion(current))
    return [q for q in questions if q.qtype != "none"]


def readquestion(lines: list[str]) -> Question:
    lines = [" " if line.strip().startswith("//") else line for line in lines]
    text = "\n".join(lines).strip()
    if text == "":
        return Question("none")
    text = escapedchar_pre(text)
    if text.startswith("$CATEGORY:"):
        return Question("category", category=text[10:].strip())
    name: str | None = None
    if text.startswith("::"):
        text = text[2:]
        namefinish = text.find("::")
        if namefinish >= 0:
            name = escapedchar_post(text[:namefinish]).strip()
            text = text[namefinish + 2 :].strip()
    answerstart, answerfinish = text.find("{"), text.find("}")
    description = False
    if answerstart < 0 and answerfinish < 0:
        description, answertext, answerlength = True, "", 0
    elif answerstart < 0 or answerfinish < 0:
        raise GiftImportError(f"braces error: {text!r}")
    else:
        answerlength = answerfinish - answerstart
        answertext = text[answerstart + 1 : answerstart + answerlength].strip()
    if description:
        questiontext = text
    elif text.endswith("}"):
        questiontext = text[:answerstart] + text[answerstart + answerlength + 1 :]
    else:
        questiontext = text[:answerstart] + "_____" + text[answerstart + answerlength + 1 :]
    generalfeedback = ""
    separator = answertext.rfind("####")
    if separator >= 0:
        generalfeedback = answertext[separator + 4 :]
        answertext = answertext[:separator].strip()
    parsed = parse_text_with_format(questiontext)
    question = Question("", questiontext=parsed.text, questiontextformat=parsed.format)
    question.generalfeedback = parse_text_with_format(generalfeedback, parsed.format).text
    question.name = name if name is not None else question.questiontext[:80]
    if description:
        question.qtype = "description"
    elif answertext == "":
        question.qtype = "essay"
    elif answertext[0] == "#":
        question.qtype = "numerical"
    elif "~" in answertext:
        question.qtype = "multichoice"
    elif "=" in answertext and "->" in answertext:
        question.qtype = "match"
    else:
        check = answertext
        if answertext.find("#") > 0:
            check = answertext[: answertext.find("#")].strip()
        question.qtype = "truefalse" if check in ("T", "TRUE", "F", "FALSE") else "shortanswer"
    fmt = question.questiontextformat
    if question.qtype == "multichoice":
        answers = answertext.replace("=", "~=").split("~")
        answers[0] = answers[0].strip()
        if not answers[0]:
            answers.pop(0)
        if len(answers) < 2:
            raise GiftImportError(f"a multiple choice question needs two answers: {text!r}")
        for answer in answers:
            answer = answer.strip()
            if answer.startswith("="):
                weight, answer = 1.0, answer[1:]
            elif _WEIGHT.match(answer):
                weight, answer = answerweightparser(answer)
            else:
                weight = 0.0
            ans, feedback = commentparser(answer, fmt)
            question.answers.append(Answer(ans.text, weight, feedback.text))
    elif question.qtype == "shortanswer":
        answers = answertext.split("=")
        answers[0] = answers[0].strip()
        if not answers[0]:
            answers.pop(0)
        if not answers:
            raise GiftImportError(f"a short answer question needs an answer: {text!r}")
        for answer in answers:
            answer = answer.strip()
            weight = 1.0
            if _WEIGHT.match(answer):
                weight, answer = answerweightparser(answer)
            ans, feedback = commentparser(answer, fmt)
            question.answers.append(Answer(ans.text, weight, feedback.text))
    elif question.qtype == "truefalse":
        ans, wrong, right = split_truefalse_comment(answertext, fmt)
        question.correctanswer = ans.text in ("T", "TRUE")
        if question.correctanswer:
            question.feedbacktrue, question.feedbackfalse = right.text, wrong.text
        else:
            question.feedbacktrue, question.feedbackfalse = wrong.text, right.text
    elif question.qtype in ("match", "numerical"):
        raise GiftImportError(f"quizgen writes no {question.qtype} question: {text!r}")
    return question


def compare_string_with_wildcard(string: str, pattern: str, ignorecase: bool = True) -> bool:
    """Whether a student's `string` matches a short-answer `pattern`, as Moodle grades it."""
    pattern, string = unicodedata.normalize("NFC", pattern), unicodedata.normalize("NFC", string)
    bits = re.split(r"(?<!\\)\*+", pattern)
    regexp = "^" + ".*".join(re.escape(bit.replace("\\*", "*")) for bit in bits) + "$"
    return re.match(regexp, string, re.IGNORECASE if ignorecase else 0) is not None


def grade_shortanswer(question: Question, response: str) -> float:
    """The fraction a response earns: Moodle takes the first answer it matches (ignoring case by default)."""
    response = response.strip()
    for answer in question.answers:
        if compare_string_with_wildcard(response, answer.text):
            return answer.fraction
    return 0.0
