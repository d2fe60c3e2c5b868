"""Outputs for teachers: printable worksheets with an answer key, Moodle GIFT, Markdown."""

from quizgen.teacher.gift import to_gift
from quizgen.teacher.markdown import to_markdown
from quizgen.teacher.pdf import write_pdf
from quizgen.teacher.select import Question, Quiz, balanced_pick, build_quiz
from quizgen.teacher.worksheet import render_worksheet

__all__ = [
    "Question",
    "Quiz",
    "balanced_pick",
    "build_quiz",
    "render_worksheet",
    "to_gift",
    "to_markdown",
    "write_pdf",
]
