"""Import a two-column CSV or TSV file (front, back) as a deck of basic cards.

Reads what Quizlet exports and what Anki's "Notes in Plain Text" export writes:
the delimiter (tab, comma, semicolon or pipe) is detected, an optional header
row (`front,back`, `term,definition`, ...) is skipped, and Anki's `#separator:`,
`#html:`, `#tags column:` and `#guid column:` header lines are honoured.
"""

from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quizgen.deckio.deckfiles import MAX_BYTES as DECK_BYTES
from quizgen.errors import ImportFormatError, Problem
from quizgen.exchange.anki.identity import foreign_card_id
from quizgen.inputs import FileTooLarge, NotARegularFile, binary_size, read_regular
from quizgen.model.cards import ID_PATTERN, Deck
from quizgen.model.ids import slug

MAX_BYTES = 50 * 1024 * 1024
"""CSV files above this size are refused."""
DELIMITERS = {"\t": "tabs", ",": "commas", ";": "semicolons", "|": "pipes"}
"""Delimiters tried, in order of preference, with their names for messages."""
HEADER_WORDS = {"front", "back", "term", "definition", "question", "answer", "word", "meaning", "prompt"}
"""Cells that make the first row a header rather than a card."""
_ANKI_SEPARATORS = {"tab": "\t", "comma": ",", "semicolon": ";", "pipe": "|", "space": " ", "colon": ":"}
_ANKI_HEADER = re.compile(r"^#([a-z ]+):(.*)$")


@dataclass
class CsvImport:
    """The deck read from a CSV file, how it was read, and what was left out."""

    deck: Deck
    delimiter: str
    header: bool
    warnings: list[Problem] = field(default_factory=list)


@dataclass
class _Layout:
    """What Anki's `#key:value` header lines say about the rows."""

    delimiter: str | None = None
    html: bool = False
    meta_columns: dict[str, int] = field(default_factory=dict)
    lines: int = 0


def import_csv(path: str | os.PathLike[str], title: str | None = None, deck_id: str | None = None) -> CsvImport:
    """The deck of basic cards in the CSV/TSV file at `path`; ImportFormatError when it cannot be read."""
    name = os.fspath(path)
    stem = Path(name).stem
    if deck_id is not None and not re.fullmatch(ID_PATTERN, deck_id):
        raise ImportFormatError(f"--id {deck_id!r}: use 1-64 lowercase letters, digits, '-' and '_'")
    if title is not None and not title.strip():
        raise ImportFormatError(f"--title {title!r}: give the deck a title that is not empty")
    text = _read(name)
    layout = _anki_layout(text)
    body = "\n".join(text.split("\n")[layout.lines :])
    delimiter = layout.delimiter or _detect_delimiter(body)
    rows = _rows(name, body, delimiter, layout.lines)
    header = bool(rows) and _is_header(rows[0][1])
    if header:
        rows = rows[1:]
    warnings: list[Problem] = []
    cards = [card for line, cells in rows if (card := _card(name, line, cells, delimiter, layout, warnings))]
    if not cards:
        raise ImportFormatError(
            f"{name}: has no rows with a front and a back; write one card per line: front{delimiter}back"
        )
    _refuse_too_much_text(name, cards)
    data: dict[str, Any] = {
        "id": deck_id or slug(stem, "imported"),
        "title": title or (re.sub(r"[_-]+", " ", stem).strip() or "Imported deck"),
        "cards": cards,
    }
    return CsvImport(Deck.model_validate(data), delimiter, header, warnings)


def _refuse_too_much_text(name: str, cards: list[dict[str, Any]]) -> None:
    """Refuse, before the deck is built, cards whose text alone is more than a deck file may hold."""
    text = sum(len(card["front"].encode()) + len(card["back"].encode()) for card in cards)
    if text > DECK_BYTES:
        fits = max(1, len(cards) * DECK_BYTES // text)
        raise ImportFormatError(
            f"{name}: its {len(cards):,} cards hold {text:,} bytes of text, more than the {DECK_BYTES:,} bytes "
            f"({binary_size(DECK_BYTES)}) a deck file may hold; split it into files of about {fits:,} rows"
        )


def _read(name: str) -> str:
    try:
        data = read_regular(name, MAX_BYTES)
    except NotARegularFile as exc:
        raise ImportFormatError(f"{name}: is a {exc.kind}, not a CSV file; give a .csv or .tsv file") from None
    except FileTooLarge as exc:
        raise ImportFormatError(f"{name}: {exc.describe('CSV files')}; split it into smaller files") from None
    except FileNotFoundError:
        raise ImportFormatError(f"{name}: no such file") from None
    except OSError as exc:
        raise ImportFormatError(f"{name}: cannot read: {exc.strerror or exc}") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ImportFormatError(
            f'{name}:{line}: is not UTF-8 text (byte 0x{data[exc.start]:02x}); save it as UTF-8 ("CSV UTF-8")'
        ) from None
    if "\x00" in text:
        raise ImportFormatError(f"{name}: is not a text file; give a .csv or .tsv file")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _anki_layout(text: str) -> _Layout:
    layout = _Layout()
    for line in text.split("\n"):
        m = _ANKI_HEADER.match(line)
        if not m:
            break
        key, value = m[1].strip(), m[2].strip()
        layout.lines += 1
        if key == "separator":
            layout.delimiter = _ANKI_SEPARATORS.get(value.casefold(), value[:1] or None)
        elif key == "html":
            layout.html = value.casefold() == "true"
        elif key.endswith(" column") and value.isdigit():
            layout.meta_columns[key.removesuffix(" column")] = int(value) - 1
    return layout


def _detect_delimiter(body: str) -> str:
    """The delimiter that splits most sample rows into exactly two cells (csv.Sniffer's guess first)."""
    sample = "\n".join(body.split("\n")[:200])
    order = list(DELIMITERS)
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
        order.remove(sniffed)
        order.insert(0, sniffed)
    except csv.Error:
        pass

    def fit(delimiter: str) -> int:
        rows = [_trim(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter)]
        return sum(len(r) == 2 for r in rows if r)

    return max(order, key=fit)


def _trim(cells: list[str]) -> list[str]:
    """The cells without empty trailing ones past the second (spreadsheets add them)."""
    while len(cells) > 2 and not cells[-1].strip():
        cells = cells[:-1]
    return cells


def _rows(name: str, body: str, delimiter: str, offset: int) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(body), delimiter=delimiter)
    rows = []
    start = 1
    try:
        for cells in reader:
            rows.append((offset + start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ImportFormatError(f"{name}:{offset + start}: {exc}; check the quotes on this row") from None
    return rows


def _is_header(cells: list[str]) -> bool:
    trimmed = _trim(cells)
    return len(trimmed) == 2 and all(c.strip().casefold() in HEADER_WORDS for c in trimmed)


def _card(
    name: str, line: int, cells: list[str], delimiter: str, layout: _Layout, warnings: list[Problem]
) -> dict[str, Any] | None:
    meta = {key: cells[i] for key, i in layout.meta_columns.items() if i < len(cells)}
    content = _trim([c for i, c in enumerate(cells) if i not in layout.meta_columns.values()])
    if not any(c.strip() for c in content):
        return None
    if len(content) != 2:
        raise ImportFormatError(
            f"{name}:{line}: row has {len(content)} column{'s' * (len(content) != 1)}; expected 2 (front, back) "
            f"separated by {DELIMITERS.get(delimiter, repr(delimiter))}; quote a text that contains the separator"
        )
    front, back = (_cell(c, layout.html) for c in content)
    if not front or not back:
        side = "front" if not front else "back"
        warnings.append(Problem(name, f"skipped: the {side} is empty", line, severity="warning"))
        return None
    card: dict[str, Any] = {"type": "basic", "front": front, "back": back}
    if meta.get("guid"):
        card_id = foreign_card_id(meta["guid"].strip())
        if card_id:
            card = {"id": card_id, **card}
    tags = [t for t in meta.get("tags", "").split() if '"' not in t]
    if tags:
        card["tags"] = tags
    return card


def _cell(text: str, html: bool) -> str:
    if html:
        from quizgen.exchange.anki.html import to_text

        return to_text(text).text
    return text.strip()
