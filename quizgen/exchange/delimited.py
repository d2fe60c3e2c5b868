"""Split delimited text (CSV, TSV) into rows, without letting a stray quote swallow the file.

A cell that starts with `"` is read as quoted only when a closing `"` ends it, followed by the
delimiter or the end of a line; `""` inside is one quote. Anything else is text, quotes and all:
an unmatched quote never runs on into the following rows. With `quoting="necessary"` (for tabs,
whose writers quote only what needs it: Anki, Excel, and Quizlet, which never quotes) a quoted
cell counts only when its quotes were needed: it holds the delimiter, a line break or a quote.
So a Quizlet definition written `"To be"` keeps its quotes. A quoted cell that runs over several
lines is kept, with a warning that names the lines; with tabs, one whose later lines hold a tab
(rows it would swallow) is read as text instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from quizgen.errors import ImportFormatError

MAX_FIELD = 131_072
"""The longest cell read, in characters (the limit of Python's csv module): a longer one is refused."""

Quoting = Literal["csv", "necessary"]


@dataclass
class Row:
    """The cells of one row, and the line it starts on."""

    line: int
    cells: list[str]


@dataclass
class Split:
    """The rows of a text, and warnings as (line, message)."""

    rows: list[Row] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)


def split(text: str, delimiter: str, quoting: Quoting, name: str = "", first_line: int = 1) -> Split:
    """The rows of `text` (lines end with `\\n`); ImportFormatError, naming `name` and the line, for a cell too long."""
    reader = _Reader(text, delimiter, quoting, name, first_line)
    while reader.pos < len(text):
        reader.row()
    return reader.result


class _Reader:
    def __init__(self, text: str, delimiter: str, quoting: Quoting, name: str, first_line: int) -> None:
        self.text, self.delimiter, self.quoting, self.name = text, delimiter, quoting, name
        self.pos, self.line = 0, first_line
        self.result = Split()

    def row(self) -> None:
        start, cells = self.line, []
        while True:
            cell, row_ends = self.cell()
            cells.append(cell)
            if row_ends:
                break
        self.result.rows.append(Row(start, cells))

    def cell(self) -> tuple[str, bool]:
        """The next cell, and whether it ends its row."""
        text, start = self.text, self.pos
        if start < len(text) and text[start] == '"':
            quoted = self._quoted(start)
            if quoted is not None:
                content, end = quoted
                self._check_length(content)
                self.line += content.count("\n")
                return content, self._after(end)
        stop = start
        while stop < len(text) and text[stop] not in (self.delimiter, "\n"):
            stop += 1
        content = text[start:stop]
        self._check_length(content)
        return content, self._after(stop)

    def _after(self, end: int) -> bool:
        """Move past the delimiter or line break at `end`; True when the row ends there."""
        if end >= len(self.text):
            self.pos = end
            return True
        self.pos = end + 1
        if self.text[end] == "\n":
            self.line += 1
            return True
        return False

    def _quoted(self, start: int) -> tuple[str, int] | None:
        """The content of the quoted cell at `start` and where it ends, or None when it is text."""
        text, parts, at = self.text, [], start + 1
        while True:
            quote = text.find('"', at)
            if quote < 0:
                self._warn("a quote opens a field and never closes; read as text")
                return None
            if text.startswith('""', quote):
                parts.append(text[at:quote] + '"')
                at = quote + 2
                continue
            end = quote + 1
            if end < len(text) and text[end] not in (self.delimiter, "\n"):
                if self.quoting == "csv":
                    self._warn("a quoted field has text after its closing quote; read as text")
                return None
            parts.append(text[at:quote])
            break
        content = "".join(parts)
        if self.quoting == "necessary" and not any(ch in content for ch in (self.delimiter, "\n", '"')):
            return None
        lines = content.count("\n")
        if lines:
            last = self.line + lines
            if self.quoting == "necessary" and self.delimiter in content.split("\n", 1)[1]:
                self._warn(f"a quote opens a field that would swallow lines {self.line + 1}-{last}; read as text")
                return None
            self._warn(f"a quoted field runs over lines {self.line}-{last}; check its quotes if that was not meant")
        return content, end

    def _warn(self, message: str) -> None:
        self.result.warnings.append((self.line, message))

    def _check_length(self, content: str) -> None:
        if len(content) > MAX_FIELD:
            raise ImportFormatError(
                f"{self.name}:{self.line}: a field is longer than {MAX_FIELD:,} characters; "
                "is a quote missing its closing quote? Split the text or fix the quotes"
            )
