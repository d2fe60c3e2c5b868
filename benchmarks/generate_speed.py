"""`quizgen generate` on the seed article, as a whole process, next to a bare tagging process (target: 1.5x).

The floor is a bare Python process that imports syntok, textblob's PatternTagger and wordfreq,
splits the same article into sentences with syntok and tags each with the PatternTagger: the
least any generator built on these libraries pays. Both run as subprocesses of the same Python,
in turns (floor, generate, floor, ...), after one warm-up run each; the medians are compared.
Each generate run writes a new deck file, so no earlier deck is read back.

The size of a fresh install is measured on request (--install-size; it takes a few minutes):
a new virtual environment, `pip install` of the project (not editable, no extras), and the size
of its site-packages, against the 200 MB target; then the same with each optional extra (web,
pdf, images), for information.

    .venv/bin/python benchmarks/generate_speed.py [--quick] [--rounds N] [--install-size]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.rows import Row, table  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "central-asia-us-election.txt"
BENCH = "generate process vs bare tagging"
TARGET = 1.5
INSTALL_TARGET_MB = 200.0
EXTRAS = ("web", "pdf", "images")
"""The optional extras whose size --install-size reports too: reading web pages, PDFs in and out, images."""

FLOOR = """\
import sys

import syntok.segmenter as segmenter
import wordfreq  # noqa: F401
from textblob.en.taggers import PatternTagger

with open(sys.argv[1], encoding="utf-8") as f:
    text = f.read()
tagger = PatternTagger()
tagged = [
    tagger.tag(" ".join(token.value for token in sentence), tokenize=False)
    for paragraph in segmenter.analyze(text)
    for sentence in paragraph
]
print(sum(len(tags) for tags in tagged), "words tagged")
"""


def _env() -> dict[str, str]:
    """The environment of both processes: bytecode may be cached, as in an installed program."""
    return {**os.environ, "PYTHONDONTWRITEBYTECODE": ""}


def _run(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)
    took = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}): {done.stderr[-2000:]}")
    return took


def measure(rounds: int = 7, article: Path = SEED) -> list[Row]:
    """The row of `quizgen generate ARTICLE -o DECK` next to the bare tagging floor (medians of `rounds`)."""
    env = _env()
    times: dict[str, list[float]] = {"generate": [], "floor": []}
    with tempfile.TemporaryDirectory() as tmp:
        floor = Path(tmp) / "floor.py"
        floor.write_text(FLOOR, encoding="utf-8")
        for run in range(rounds + 1):  # the first run of each warms caches and is not counted
            floor_time = _run([sys.executable, str(floor), str(article)], env)
            deck = Path(tmp) / f"deck-{run}.yaml"
            generate_time = _run([sys.executable, "-m", "quizgen", "generate", str(article), "-o", str(deck)], env)
            if run:
                times["floor"].append(floor_time)
                times["generate"].append(generate_time)
    words = len(article.read_text(encoding="utf-8").split())
    median = {name: statistics.median(found) for name, found in times.items()}
    note = f"{article.name}, whole processes, median of {rounds} alternating runs"
    return [Row(BENCH, words, "words", median["generate"], median["floor"], TARGET, note)]


def folder_bytes(folder: Path) -> int:
    """The size of every file under `folder` (symbolic links not followed)."""
    total = 0
    for parent, _, files in os.walk(folder):
        for name in files:
            path = Path(parent) / name
            if not path.is_symlink():
                total += path.stat().st_size
    return total


def install_size(project: Path = ROOT, extras: str = "") -> float:
    """Megabytes of site-packages after `pip install` of `project` (not editable, with the `extras` named,
    none by default) in a new venv."""
    with tempfile.TemporaryDirectory() as tmp:
        env_dir = Path(tmp) / "venv"
        venv.EnvBuilder(with_pip=True).create(env_dir)
        python = env_dir / ("Scripts" if os.name == "nt" else "bin") / "python"
        command = [str(python), "-m", "pip", "install", "--quiet", "--no-input", "--disable-pip-version-check"]
        done = subprocess.run(
            [*command, f"{project}[{extras}]" if extras else str(project)], capture_output=True, text=True
        )
        if done.returncode != 0:
            raise RuntimeError(f"pip install failed ({done.returncode}): {done.stderr[-2000:]}")
        where = [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]
        site = Path(subprocess.run(where, capture_output=True, text=True, check=True).stdout.strip())
        return folder_bytes(site) / 1e6


def install_line(megabytes: float) -> str:
    """One printed line: the fresh install's size against the target."""
    verdict = "ok" if megabytes <= INSTALL_TARGET_MB else "OVER"
    return f"fresh install (site-packages): {megabytes:.1f} MB  target <= {INSTALL_TARGET_MB:g} MB  {verdict}"


def extra_line(extra: str, megabytes: float, base: float) -> str:
    """One printed line: what installing an optional extra adds (outside the target, which is the core's)."""
    return f"  with quizgen[{extra}]: {megabytes:.1f} MB (+{megabytes - base:.1f} MB, optional)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="three rounds, for CI")
    parser.add_argument("--rounds", type=int, default=7, help="runs of each process (the median is reported)")
    parser.add_argument("--install-size", action="store_true", help="also measure a fresh install (slow)")
    args = parser.parse_args(argv)
    print(table(measure(rounds=3 if args.quick else args.rounds)))
    if args.install_size:
        base = install_size()
        print(install_line(base))
        for extra in EXTRAS:
            print(extra_line(extra, install_size(extras=extra), base))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
