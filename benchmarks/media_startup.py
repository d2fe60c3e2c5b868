"""Start-up of `quizgen study` on a deck whose every card has an image, next to the same deck without.

Both decks have the same cards; in one, each card names its own PNG file. The time is from
launching the process in a real terminal (tmux, 80x24) until the first card's text is on the
screen, cold (empty deck cache) and warm (cached): a deck with images should start as fast as
without them, since a card's image is read only when that card is shown. For information, the
time until the first card's image is drawn (half-blocks) is shown against the same floor.

Run: .venv/bin/python benchmarks/media_startup.py [--cards N] [--runs N]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.rows import Row, skipped, table  # noqa: E402
from benchmarks.study_startup import time_to_text, tmux_server, write_deck  # noqa: E402

CARDS = 1_000
RUNS = 5
COLD, WARM, DRAWN = (
    "1k-image deck, first card cold vs no images",
    "1k-image deck, first card warm vs no images",
    "1k-image deck, first image drawn vs no-image card",
)
TARGET = 1.2
HALF_BLOCK = "▀▀▀▀"


def _png(index: int) -> bytes:
    """A small real PNG (32x24), a colour of its own for each card."""
    import struct
    import zlib

    colour = bytes(((index * 37) % 256, (index * 91) % 256, (index * 53) % 256))
    rows = b"".join(b"\0" + colour * 32 for _ in range(24))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", 32, 24, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def write_decks(folder: Path, count: int) -> tuple[Path, Path, str]:
    """The same `count` cards twice in `folder`: plain, and each with its own image; and the first card's text."""
    from quizgen.deckio.dump import dumps_deck_data

    plain = folder / "plain" / "deck.yaml"
    plain.parent.mkdir(parents=True)
    first = write_deck(plain, count)
    data = yaml.safe_load(plain.read_text(encoding="utf-8"))
    (folder / "images" / "media").mkdir(parents=True)
    for i, card in enumerate(data["cards"]):
        (folder / "images" / "media" / f"card-{i}.png").write_bytes(_png(i))
        card["image"] = f"media/card-{i}.png"
    pictured = folder / "images" / "deck.yaml"
    pictured.write_text(dumps_deck_data(data), encoding="utf-8")
    return plain, pictured, first


def measure(cards: int = CARDS, runs: int = RUNS) -> list[Row]:
    """Rows of cold and warm start of the deck with images against the deck without (median of `runs`)."""
    if shutil.which("tmux") is None:
        reason = "tmux is not installed (apt-get install tmux)"
        rows = [skipped(bench, cards, "cards", reason, TARGET) for bench in (COLD, WARM)]
        return [*rows, skipped(DRAWN, cards, "cards", reason)]
    python = sys.executable
    env = {"TERM": "xterm-256color", "PYTHONDONTWRITEBYTECODE": "", "QUIZGEN_IMAGES": "halfblock"}
    results: dict[str, list[float]] = {name: [] for name in ("cold", "cold floor", "warm", "warm floor", "drawn")}
    with tempfile.TemporaryDirectory() as tmp, tmux_server():
        work = Path(tmp)
        plain, pictured, marker = write_decks(work, cards)
        for run in range(runs):
            for label, deck, kind in (
                ("cold floor", plain, "plain"),
                ("cold", pictured, "images"),
                ("warm floor", plain, "plain"),
                ("warm", pictured, "images"),
                ("drawn", pictured, "images"),
            ):
                command = f"{python} -m quizgen study {deck} --store {work / f'store-{kind}-{run}.sqlite3'}"
                run_env = {**env, "QUIZGEN_CACHE": str(work / f"cache-{kind}-{run}")}
                results[label].append(time_to_text(command, HALF_BLOCK if label == "drawn" else marker, run_env))
    median = {name: statistics.median(times) for name, times in results.items()}
    note = f"80x24 tmux, half-blocks, median of {runs} runs"
    return [
        Row(COLD, cards, "cards", median["cold"], median["cold floor"], TARGET, note),
        Row(WARM, cards, "cards", median["warm"], median["warm floor"], TARGET, note),
        Row(DRAWN, cards, "cards", median["drawn"], median["warm floor"], None, note + "; warm; for information"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--cards", type=int, default=CARDS, help=f"cards in the deck (default {CARDS})")
    parser.add_argument("--runs", type=int, default=RUNS, help=f"runs of each start (default {RUNS})")
    args = parser.parse_args(argv)
    print(table(measure(args.cards, args.runs)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
