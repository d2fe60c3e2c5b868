"""The entry points the fuzz harnesses drive, and the contract they check.

The contract: any input either succeeds or raises a `QuizgenError` whose message
is one non-empty line; problems and warnings are one line each; a deck that an
import or the generator makes loads again. Any other exception is a bug (hangs
and runaway memory are caught by libFuzzer's -timeout and -rss_limit_mb).

This module does not need atheris, so the tests can replay crash inputs with it.
"""

from __future__ import annotations

import io
import sqlite3
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from quizgen.deckio.dump import dumps_deck  # noqa: E402
from quizgen.deckio.loader import check_file, loads_deck, parse  # noqa: E402
from quizgen.deckio.validate import validate_paths  # noqa: E402
from quizgen.errors import Problem, QuizgenError  # noqa: E402
from quizgen.exchange.anki.import_apkg import import_package  # noqa: E402
from quizgen.exchange.anki.read_package import COLLECTIONS  # noqa: E402
from quizgen.exchange.csv_import import import_csv  # noqa: E402
from quizgen.generate import article_from_text, generate_deck  # noqa: E402
from quizgen.generate.explain import explain  # noqa: E402
from quizgen.model.cards import Deck  # noqa: E402

SCRATCH = Path(tempfile.mkdtemp(prefix="quizgen-fuzz-"))
"""A private folder for the files an entry point reads (one per process)."""
SEEDS = Path(__file__).resolve().parent / "seeds"
"""Real .apkg packages (written by make_seeds.py) whose collections the Anki target mutates."""


class Bytes:
    """Reads numbers, text and bytes off the front of a fuzz input."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def byte(self) -> int:
        value = self.data[self.pos] if self.pos < len(self.data) else 0
        self.pos += 1
        return value

    def below(self, n: int) -> int:
        return self.byte() % n

    def take(self, n: int) -> bytes:
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk

    def text(self, n: int) -> str:
        return self.take(n).decode("utf-8", "replace")

    def rest(self) -> bytes:
        return self.take(len(self.data))


def scratch_file(name: str, data: bytes) -> str:
    """Write `data` to `name` in the scratch folder; its path."""
    path = SCRATCH / name
    path.write_bytes(data)
    return str(path)


def expect_clean_errors(call: Callable[[], object]) -> None:
    """Run `call`; a QuizgenError with a one-line message is fine, anything else propagates."""
    try:
        call()
    except QuizgenError as exc:
        message = str(exc)
        if not message.strip() or "\n" in message.strip():
            raise AssertionError(f"error message is not one line: {message!r}") from exc


def one_line(problems: Iterable[Problem]) -> None:
    """Every problem prints as one line."""
    for problem in problems:
        if "\n" in str(problem) or not problem.message.strip():
            raise AssertionError(f"problem is not one line: {str(problem)!r}")


def reloads(deck: Deck, name: str) -> None:
    """A deck quizgen made must save and load again unchanged."""
    if loads_deck(dumps_deck(deck), name) != deck:
        raise AssertionError("the deck changed on a save and load")


def deck_input(data: bytes) -> None:
    """The bytes as a deck file: checked, validated, and loaded from text."""
    path = scratch_file("deck.yaml", data)
    checked = check_file(path)
    one_line(checked.problems)
    one_line(validate_paths([path]).problems)
    if checked.deck is not None:
        reloads(checked.deck, path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return
    one_line(parse(text, "deck.yaml").problems)
    expect_clean_errors(lambda: loads_deck(text, "deck.yaml"))


def generate_input(data: bytes) -> None:
    """The first byte's low bit picks Markdown; the rest is the article text."""
    markdown = bool(data[:1]) and data[0] & 1 == 1
    text = data[1:].decode("utf-8", "replace")
    article = article_from_text(text, "article.md" if markdown else "article.txt", markdown=markdown)
    made = []
    expect_clean_errors(lambda: made.append(generate_deck(article)))
    for generated in made:
        list(explain(article, generated))
        reloads(generated.deck, "generated.yaml")


def csv_input(data: bytes) -> None:
    """Byte 0 says whether a --title (bit 1) and an --id (bit 2) follow, each after its length; then the file."""
    reader = Bytes(data)
    options = reader.byte()
    title = reader.text(reader.byte() % 41) if options & 1 else None
    deck_id = reader.text(reader.byte() % 71) if options & 2 else None
    path = scratch_file("cards.csv", reader.rest())
    decks: list[Deck] = []
    expect_clean_errors(lambda: decks.extend(import_csv(path, title=title, deck_id=deck_id).decks))
    for deck in decks:
        reloads(deck, "cards.yaml")


MUTABLE = [
    ("notes", "flds"),
    ("notes", "guid"),
    ("notes", "tags"),
    ("notes", "mid"),
    ("cards", "did"),
    ("cards", "odid"),
    ("col", "models"),
    ("col", "decks"),
    ("col", "ver"),
    ("notetypes", "config"),
    ("notetypes", "name"),
    ("fields", "name"),
    ("fields", "ntid"),
    ("decks", "name"),
    ("decks", "kind"),
]
"""Columns of an Anki collection the Anki target writes fuzzed values into."""


def seed_collections() -> list[bytes]:
    """The SQLite collections of the seed packages, ready to open in memory."""
    found = []
    for apkg in sorted(SEEDS.glob("*.apkg")):
        with zipfile.ZipFile(apkg) as zf:
            form = next(n for n in COLLECTIONS if n in zf.namelist())
            raw = zf.read(form)
        if form.endswith("b"):
            import zstandard

            raw = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(raw)).read()
        # Anki saves in WAL mode; an in-memory copy must say "rollback journal" to open.
        found.append(raw[:18] + b"\x01\x01" + raw[20:])
    return found


def zipped(collection: bytes) -> bytes:
    """A package holding `collection` as collection.anki2."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("collection.anki2", collection)
        zf.writestr("media", "{}")
    return out.getvalue()


def mutated(reader: Bytes, collections: list[bytes]) -> bytes:
    """A seed collection with one to four fuzzed values written into it, zipped."""
    conn = sqlite3.connect(":memory:")
    conn.deserialize(collections[reader.below(len(collections))])
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for _ in range(1 + reader.below(4)):
        table, column = MUTABLE[reader.below(len(MUTABLE))]
        kind, size, row = reader.below(4), reader.byte(), reader.below(4)
        value: object = [
            reader.text(size),
            reader.take(size % 100),
            int.from_bytes(reader.take(8), "little", signed=True),
            None,
        ][kind]
        if table in tables:
            try:
                conn.execute(
                    f"UPDATE {table} SET {column} = ? WHERE rowid = (SELECT rowid FROM {table} LIMIT 1 OFFSET ?)",
                    (value, row),
                )
            except sqlite3.DatabaseError:
                pass
    conn.commit()
    data = conn.serialize()
    conn.close()
    return zipped(data)


_COLLECTIONS: list[bytes] = []


def apkg_input(data: bytes) -> None:
    """Byte 0 picks the form: 0 the rest is the .apkg, 1 it is the collection, 2 it mutates a seed collection."""
    if not data:
        return
    reader = Bytes(data)
    mode = reader.below(3)
    if mode == 0:
        package = reader.rest()
    elif mode == 1:
        package = zipped(reader.rest())
    else:
        if not _COLLECTIONS:
            _COLLECTIONS.extend(seed_collections())
        package = mutated(reader, _COLLECTIONS)
    path = scratch_file("deck.apkg", package)
    results = []
    expect_clean_errors(lambda: results.append(import_package(path)))
    for result in results:
        one_line(result.warnings)
        for deck in result.decks:
            reloads(deck, f"{deck.id}.yaml")
