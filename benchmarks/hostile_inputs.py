"""What the hardening costs and saves, each against a floor measured side by side.

- Refusing a deck of 1 MB of text aliased 200 times, against libyaml's bare parse of the same
  file (aliases shared, not expanded): the refusal should cost about one parse.
- Opening a cached deck (its signed header checked) and reading its first card (its line's hash
  and the deck rules checked), against reading the entry's first line and that card's line as
  plain JSON with no check at all.

    .venv/bin/python benchmarks/hostile_inputs.py [--cards N]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.decks import write_big_deck  # noqa: E402
from benchmarks.timing import best_times  # noqa: E402
from quizgen.deckio.gcpause import paused_gc  # noqa: E402

ALIASED_TEXT = 1_000_000
ALIASES = 200


def amplified_deck(path: Path) -> Path:
    """One text of 1 MB aliased 200 times: 200 MB of deck from a file of 1 MB."""
    cards = "".join(f"  - {{type: basic, front: Question {i}?, back: *big}}\n" for i in range(ALIASES))
    path.write_text(
        f'id: amplified\ntitle: Amplified\ndescription: &big "{"x" * ALIASED_TEXT}"\ncards:\n{cards}', encoding="utf-8"
    )
    return path


def refuse(path: Path) -> None:
    from quizgen.deckio.loader import check_file

    checked = check_file(path)
    assert checked.deck is None and checked.problems, "the amplified deck was accepted"


def bare_parse(path: Path) -> None:
    with paused_gc():
        yaml.load(path.read_bytes().decode("utf-8"), Loader=yaml.CSafeLoader)


def open_first_card(path: Path) -> None:
    from quizgen.deckio.cache import CachedDeck, open_cached

    found = open_cached(path)
    assert isinstance(found, CachedDeck), "the entry was not used"
    lines = found._lines
    assert lines is not None, "the entry's cards were not read"
    found.plain_card(next(iter(lines)))


def raw_entry(path: Path) -> None:
    """The floor: the entry's first line and its first card's line, parsed as JSON with no check."""
    from quizgen.deckio import cache, seen

    st = seen.stat_of(str(path))
    assert st is not None
    digest = seen.known_digest(str(path), st)
    assert digest is not None
    parts = cache._entry(digest).read_bytes().split(b"\n")
    json.loads(parts[0])
    json.loads(parts[cache._CARDS])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=10_000, help="cards in the cached deck (default 10,000)")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["QUIZGEN_CACHE"] = str(Path(tmp) / "cache")
        deck = amplified_deck(Path(tmp) / "amplified.yaml")
        best = best_times({"refuse": lambda: refuse(deck), "parse": lambda: bare_parse(deck)}, args.rounds)
        print(
            f"refuse 1 MB aliased {ALIASES}x: {best['refuse'] * 1000:8.1f} ms  "
            f"libyaml parse {best['parse'] * 1000:8.1f} ms  ratio {best['refuse'] / best['parse']:.2f}x"
        )
        folder = Path(tmp) / "decks"
        folder.mkdir()
        path = write_big_deck(folder, args.cards)
        os.utime(path, (1_000_000_000, 1_000_000_000))  # its stat vouches for it once hashed
        from quizgen.deckio.cache import open_cached

        open_cached(path)  # parse and write the entry
        open_cached(path)  # remember the file's hash
        best = best_times({"open": lambda: open_first_card(path), "raw": lambda: raw_entry(path)}, args.rounds)
        print(
            f"open cached deck of {args.cards:,} cards + first card: {best['open'] * 1000:8.2f} ms  "
            f"raw entry lines {best['raw'] * 1000:8.2f} ms  ratio {best['open'] / best['raw']:.2f}x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
