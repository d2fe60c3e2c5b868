"""Import a CSV or TSV file as decks: two columns (front, back), or Anki's "Notes in Plain Text".

- A plain file, as Quizlet or a spreadsheet writes it, has two columns, front and back. The
  delimiter (tab, comma, semicolon or pipe) is detected and a header row (`front,back`,
  `term,definition`, ...) skipped. Quotes follow `delimited`: Quizlet never quotes, so in a
  tab-separated file a definition that starts with `"` keeps it. Anki's files are read as CSV.
- A file that starts with Anki's `#key:value` header lines is read as Anki notes: each row is a
  note of the type its `#notetype column` names (known types become the cards they are in Anki,
  see `anki.stock`), rows may have as many columns as the widest note type, `#deck column` gives
  one deck per Anki deck, and `#guid column`, `#tags column`, `#notetype:`, `#deck:` and `#tags:`
  are honoured.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from quizgen.deckio.deckfiles import MAX_BYTES as DECK_BYTES
from quizgen.errors import ImportFormatError, Problem
from quizgen.exchange import delimited
from quizgen.exchange.anki import stock
from quizgen.exchange.anki.html import PlainText, to_text
from quizgen.exchange.anki.import_apkg import convert
from quizgen.exchange.anki.read_package import AnkiDeck, AnkiNote, NoteType, Package
from quizgen.inputs import FileTooLarge, NotARegularFile, binary_size, read_regular
from quizgen.model.cards import ID_PATTERN, Deck
from quizgen.model.ids import slug

MAX_BYTES = 50 * 1024 * 1024
"""CSV files above this size are refused."""
DELIMITERS = {"\t": "tabs", ",": "commas", ";": "semicolons", "|": "pipes"}
"""Delimiters tried, in order of preference, with their names for messages."""
HEADER_WORDS = {"front", "back", "term", "definition", "question", "answer", "word", "meaning", "prompt"}
"""Cells that make the first row a header rather than a card."""
NO_NOTE_TYPE = "notes without a note type"
"""What a row of an Anki file with no note type column, and more than two fields, is read as."""
_ANKI_SEPARATORS = {"tab": "\t", "comma": ",", "semicolon": ";", "pipe": "|", "space": " ", "colon": ":"}
_ANKI_HEADER = re.compile(r"^#([a-z ]+):(.*)$")


@dataclass
class CsvImport:
    """The decks read from a CSV file, how it was read, and what was left out."""

    decks: list[Deck]
    delimiter: str
    header: bool
    warnings: list[Problem] = field(default_factory=list)
    mappings: list[str] = field(default_factory=list)
    """For Anki's notes: how each note type became cards."""
    from_anki: int = 0
    """Cards read from Anki notes that quizgen does not write back (their ids start with `anki-`)."""


@dataclass
class _Layout:
    """What Anki's `#key:value` header lines say about the rows."""

    delimiter: str | None = None
    html: bool = False
    meta_columns: dict[str, int] = field(default_factory=dict)
    """0-based columns of guid, notetype, deck and tags."""
    fixed: dict[str, str] = field(default_factory=dict)
    """notetype, deck and tags given once for every row."""
    lines: int = 0


def import_csv(path: str | os.PathLike[str], title: str | None = None, deck_id: str | None = None) -> CsvImport:
    """The decks in the CSV/TSV file at `path`; ImportFormatError when it cannot be read.

    `title` and `deck_id` name the deck of a file that holds one.
    """
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
    # Anki's export is written by a CSV writer (it quotes a GUID with '#', say): its quotes are syntax.
    quoting: delimited.Quoting = "csv" if layout.lines else _quoting(delimiter)
    parsed = delimited.split(body, delimiter, quoting, name, first_line=layout.lines + 1)
    warnings = [Problem(name, message, line, severity="warning") for line, message in parsed.warnings]
    rows = [row for row in parsed.rows if any(cell.strip() for cell in row.cells)]
    default_title = title or (re.sub(r"[_-]+", " ", stem).strip() or "Imported deck")
    if layout.lines:
        result = _anki_notes(name, rows, layout, delimiter, default_title)
        result.warnings[:0] = warnings
    else:
        result = _two_columns(name, rows, delimiter, default_title, warnings)
    if not result.decks:
        raise ImportFormatError(
            f"{name}: has no rows with a front and a back; write one card per line: front{delimiter}back"
        )
    if title is not None or deck_id is not None:
        if len(result.decks) > 1:
            raise ImportFormatError(
                f"{name}: holds {len(result.decks)} decks (#deck column); --title and --id name a single deck"
            )
        update = {"title": title} if title is not None else {}
        result.decks[0] = result.decks[0].model_copy(update={**update, **({"id": deck_id} if deck_id else {})})
    elif not layout.lines:
        result.decks[0] = result.decks[0].model_copy(update={"id": slug(stem, "imported")})
    return result


def _quoting(delimiter: str) -> delimited.Quoting:
    """Tab-separated writers quote only what needs it (and Quizlet never quotes); CSV quotes are syntax."""
    return "necessary" if delimiter == "\t" else "csv"


def _refuse_too_much_text(name: str, cards: list[dict[str, str]]) -> None:
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
        elif key.endswith(" column") and value.isdigit() and int(value) > 0:
            layout.meta_columns[key.removesuffix(" column")] = int(value) - 1
        elif key in ("notetype", "deck", "tags"):
            layout.fixed[key] = value
    return layout


def _detect_delimiter(body: str) -> str:
    """The delimiter that splits most sample rows into exactly two cells (the first in DELIMITERS on a tie)."""
    sample = "\n".join(body.split("\n")[:200])

    def fit(delimiter: str) -> int:
        try:
            rows = delimited.split(sample, delimiter, _quoting(delimiter)).rows
        except ImportFormatError:
            return 0
        return sum(len(_trim(row.cells)) == 2 for row in rows if any(c.strip() for c in row.cells))

    return max(DELIMITERS, key=fit)


def _trim(cells: list[str], keep: int = 2) -> list[str]:
    """The cells without empty trailing ones past the first `keep` (spreadsheets and Anki pad rows)."""
    while len(cells) > keep and not cells[-1].strip():
        cells = cells[:-1]
    return cells


def _is_header(cells: list[str]) -> bool:
    trimmed = _trim(cells)
    return len(trimmed) == 2 and all(c.strip().casefold() in HEADER_WORDS for c in trimmed)


def _two_columns(
    name: str, rows: list[delimited.Row], delimiter: str, title: str, warnings: list[Problem]
) -> CsvImport:
    header = bool(rows) and _is_header(rows[0].cells)
    cards = []
    for row in rows[1:] if header else rows:
        content = _trim(row.cells)
        if len(content) != 2:
            raise ImportFormatError(
                f"{name}:{row.line}: row has {len(content)} column{'s' * (len(content) != 1)}; expected 2 (front, "
                f"back) separated by {DELIMITERS.get(delimiter, repr(delimiter))}; quote a text that contains "
                "the separator"
            )
        front, back = (cell.strip() for cell in content)
        if not front or not back:
            side = "front" if not front else "back"
            warnings.append(Problem(name, f"skipped: the {side} is empty", row.line, severity="warning"))
            continue
        cards.append({"type": "basic", "front": front, "back": back})
    _refuse_too_much_text(name, cards)
    decks = [Deck.model_validate({"id": slug(title), "title": title, "cards": cards})] if cards else []
    return CsvImport(decks, delimiter, header, warnings)


def _anki_notes(name: str, rows: list[delimited.Row], layout: _Layout, delimiter: str, title: str) -> CsvImport:
    """The decks of a file of Anki notes, read as a package of those notes would be."""
    package = Package(name, "notes in plain text")
    widths: dict[str, int] = {}
    records = []
    for row in rows:
        content = _trim([cell for i, cell in enumerate(row.cells) if i not in layout.meta_columns.values()], keep=1)
        notetype = _meta(row, layout, "notetype") or ("Basic" if len(content) <= 2 else NO_NOTE_TYPE)
        widths[notetype] = max(widths.get(notetype, 0), len(content))
        deck = _meta(row, layout, "deck") or title
        deck_number = next((d.id for d in package.decks.values() if d.name == deck), len(package.decks) + 1)
        package.decks[deck_number] = AnkiDeck(deck_number, deck)
        tags = [*_meta(row, layout, "tags", fixed=False).split(), *layout.fixed.get("tags", "").split()]
        records.append((row.line, content, notetype, deck_number, _meta(row, layout, "guid"), tags))
    types: dict[str, NoteType] = {}
    for number, (notetype, width) in enumerate(widths.items(), start=1):
        types[notetype] = stock.note_type(notetype, width, number)
        package.notetypes[types[notetype].id] = types[notetype]
    for number, (line, content, notetype, deck_number, guid, tags) in enumerate(records, start=1):
        package.notes.append(AnkiNote(number, guid, types[notetype].id, content, tags, deck_number, line=line))
    result = convert(package, to_text if layout.html else _plain)
    return CsvImport(result.decks, delimiter, False, result.warnings, result.mappings, result.from_anki)


def _meta(row: delimited.Row, layout: _Layout, key: str, fixed: bool = True) -> str:
    """The row's guid, notetype, deck or tags: from its column, else (with `fixed`) from the `#key:` line."""
    at = layout.meta_columns.get(key)
    if at is not None and at < len(row.cells):
        return row.cells[at].strip()
    return layout.fixed.get(key, "").strip() if fixed else ""


def _plain(text: str) -> PlainText:
    return PlainText(text.strip())
