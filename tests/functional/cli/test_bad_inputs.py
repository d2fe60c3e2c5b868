"""Every malformed input in tests/bad_inputs/cases.yaml, through the real command line.

Each case runs `python -m quizgen ...` in a subprocess and must give its exit code (1 bad
input, 2 usage), exactly one error line that names the file (or option) at fault, no
traceback, and no output file written or changed. The cases run in parallel, so the whole
corpus takes seconds.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import zipfile
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from anki_packages import package_of_notes, package_of_text
from media_files import png_bytes
from pdf_maker import make_encrypted_pdf, make_scanned_pdf
from repo_paths import DATA, REPO

from quizgen.deckio.loader import load_deck
from quizgen.exchange.anki.export import export_decks
from quizgen.study import Session, Store

ROOT = REPO
INPUTS = ROOT / "tests" / "bad_inputs"
CASES: list[dict[str, Any]] = yaml.safe_load((INPUTS / "cases.yaml").read_text(encoding="utf-8"))
UNTOUCHED = "an output file that must stay as it is\n"
KINDS = {"fifo": stat.S_ISFIFO, "device": stat.S_ISCHR, "link": stat.S_ISLNK, "file": stat.S_ISREG}
ROOT_ONLY = {"device"}
"""Inputs only root can make: cases that need them are skipped for other users."""


def _make_generated_inputs(tmp: Path) -> None:
    """The inputs too big to keep in the repository, a package cut short from a real export, and PDFs."""
    card = "  - {type: basic, front: What is the capital of France?, back: Paris}\n"
    with open(tmp / "huge_deck.yaml", "w", encoding="utf-8") as f:
        f.write("id: huge\ntitle: Huge\ncards:\n")
        f.write(card * (11 * 1024 * 1024 // len(card)))
    # One text of 1 MB aliased 200 times: 200 MB of deck from a file of 1 MB.
    cards = "".join(f"  - {{type: basic, front: Question {i}?, back: *big}}\n" for i in range(200))
    (tmp / "amplified.yaml").write_text(
        f'id: amplified\ntitle: Amplified\ndescription: &big "{"x" * 1_000_000}"\ncards:\n{cards}', encoding="utf-8"
    )
    sentence = "The quick brown fox from Paris jumped over the lazy dog in 1999 "
    (tmp / "one_line.txt").write_text(sentence * (10 * 1024 * 1024 // len(sentence) + 1), encoding="utf-8")
    export_decks([load_deck(INPUTS / "decks" / "good.yaml")], str(tmp / "whole.apkg"))
    whole = (tmp / "whole.apkg").read_bytes()
    assert zipfile.is_zipfile(tmp / "whole.apkg")
    (tmp / "truncated.apkg").write_bytes(whole[: len(whole) // 2])
    (tmp / "empty_dir").mkdir()
    make_encrypted_pdf((DATA / "danube.md").read_text(encoding="utf-8"), tmp / "locked.pdf")
    make_scanned_pdf(tmp / "scanned.pdf")
    # Paths an output must never replace: a FIFO, a link to a file, and (as root) a device like /dev/null.
    os.mkfifo(tmp / "fifo")
    (tmp / "link_target").write_text(UNTOUCHED, encoding="utf-8")
    (tmp / "link").symlink_to(tmp / "link_target")
    (tmp / "link.yaml").symlink_to(tmp / "link_target")
    if os.geteuid() == 0:
        os.mknod(tmp / "device", 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    shutil.copy(INPUTS / "csv" / "good.csv", tmp / "words.csv")
    head = (INPUTS / "decks" / "good.yaml").read_bytes()
    (tmp / "empty_file").touch()
    # Imports whose decks would be over the 10 MiB a deck file may hold, and a collection of 44 MB of text.
    (tmp / "big.csv").write_text("".join(f"front {i} {'f' * 140},back {i} {'b' * 140}\n" for i in range(40_000)))
    package_of_notes(tmp / "big.apkg", notes=36_000)
    package_of_text(tmp / "much_text.apkg", notes=12, chars_each=4_000_000)
    # A store with text where quizgen writes a number.
    with Store.open(tmp / "tampered.db") as store:
        session = Session.open(store, [load_deck(INPUTS / "decks" / "good.yaml")], now=datetime(2026, 3, 2, tzinfo=UTC))
        while (item := session.next()) is not None and item.is_new:
            session.answer(item, 3)
    with sqlite3.connect(tmp / "tampered.db") as conn:
        conn.execute("UPDATE items SET difficulty = 'abc' WHERE state IS NOT NULL")
    conn.close()
    # A file that is not a deck, with a secret in it, and a folder of decks with a link to it.
    (tmp / "secret.yaml").write_text("root:$6$SECRETHASH:19000:0:99999:7:::\nuser: SECRETHASH\n", encoding="utf-8")
    (tmp / "linked").mkdir()
    shutil.copy(INPUTS / "decks" / "answer_not_a_choice.yaml", tmp / "linked" / "broken.yaml")
    (tmp / "linked" / "a-link.yaml").symlink_to(tmp / "secret.yaml")
    (tmp / "limit_plus_one.yaml").write_bytes(head + b"#" * (10 * 1024 * 1024 + 1 - len(head)))
    # Decks whose image is one byte over the limit, and a link out of the deck's folder to the secret.
    media_deck = "id: media\ntitle: Media\ncards:\n  - type: basic\n    front: F\n    back: B\n    image: {}\n"
    for folder, name in (("media_big", "big.png"), ("media_link", "secret.png")):
        (tmp / folder).mkdir()
        (tmp / folder / "deck.yaml").write_text(media_deck.format(name), encoding="utf-8")
    (tmp / "media_big" / "big.png").write_bytes(png_bytes().ljust(20 * 1024 * 1024 + 1, b"\0"))
    (tmp / "media_link" / "secret.png").symlink_to(tmp / "secret.yaml")


def _fill(text: str, tmp: Path, out: Path) -> str:
    return text.replace("{in}", str(INPUTS)).replace("{tmp}", str(tmp)).replace("{out}", str(out))


def _run(case: dict[str, Any], tmp: Path) -> dict[str, Any]:
    out = tmp / "out" / case["id"]
    out.mkdir(parents=True)
    if any(name in case.get("needs", []) for name in ROOT_ONLY) and os.geteuid() != 0:
        return {"skip": f"needs root to make {case['needs']}"}
    output = Path(_fill(case["output"], tmp, out)) if "output" in case else None
    existing = case.get("existing")
    if output is not None and existing is True:
        output.write_text(UNTOUCHED, encoding="utf-8")
    elif output is not None and existing:
        shutil.copy(_fill(existing, tmp, out), output)  # a real file, such as a hand-written deck
    before = output.read_bytes() if output is not None and existing else None
    env = {
        **os.environ,
        "QUIZGEN_STORE": str(out / "progress.db"),
        "QUIZGEN_CACHE": str(out / "cache"),
        "PYTHONPATH": str(ROOT),
    }
    args = [_fill(a, tmp, out) for a in case["args"]]
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "quizgen", *args],
            cwd=out,
            env=env,
            input=case.get("stdin", ""),
            capture_output=True,
            text=True,
            timeout=120,
        )
    except subprocess.TimeoutExpired:
        return {"timeout": f"{' '.join(args)} did not end within 120 s (blocked?)"}
    return {"proc": proc, "out": out, "output": output, "before": before, "tmp": tmp}


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("bad_inputs")
    _make_generated_inputs(tmp)
    with ThreadPoolExecutor(max_workers=max(2, min(8, os.cpu_count() or 2))) as pool:
        futures = {case["id"]: pool.submit(_run, case, tmp) for case in CASES}
        return {name: future.result() for name, future in futures.items()}


def test_the_corpus_is_large_and_covers_every_command() -> None:
    assert len(CASES) >= 40
    assert len({case["id"] for case in CASES}) == len(CASES)
    commands = {" ".join(c["args"][:2]) if c["args"][0] in ("export", "import") else c["args"][0] for c in CASES}
    for command in ("validate", "show", "new", "generate", "study", "review", "stats"):
        assert command in commands
    for group in ("export anki", "export quiz", "export gift", "export markdown", "import anki", "import csv"):
        assert group in commands


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_bad_input_gives_one_clear_line(case: dict[str, Any], results: dict[str, dict[str, Any]]) -> None:
    result = results[case["id"]]
    if "skip" in result:
        pytest.skip(result["skip"])
    assert "timeout" not in result, result.get("timeout")
    proc: subprocess.CompletedProcess[str] = result["proc"]
    shown = f"stdout:\n{proc.stdout}\nstderr:\n{proc.stderr}"
    assert "Traceback" not in proc.stdout + proc.stderr, shown
    assert proc.returncode == case["exit"], shown
    if case.get("stream") == "stdout":
        # validate reports every problem as one PATH:LINE:COL line; the first names the file.
        lines = proc.stdout.splitlines()
        assert lines and case["message"] in lines[0], shown
    elif case["exit"] == 2:
        errors = [line for line in proc.stderr.splitlines() if ": error: " in line]
        assert len(errors) == 1 and case["message"] in errors[0], shown
    else:
        errors = [line for line in proc.stderr.splitlines() if line.startswith("quizgen: ")]
        assert len(errors) == 1 and case["message"] in errors[0], shown
        assert len(errors[0]) < 400, shown
    output = result["output"]
    if output is not None and "kind" in case:
        assert KINDS[case["kind"]](output.lstat().st_mode), f"{output} is no longer a {case['kind']}\n{shown}"
        if case["kind"] == "link":
            assert output.resolve().read_text(encoding="utf-8") == UNTOUCHED, shown
    elif output is not None:
        if case.get("existing"):
            assert output.read_bytes() == result["before"], shown
        else:
            assert not output.exists(), shown
    # Whatever the input holds, nothing the terminal would obey is written: no ESC, no C1 control.
    raw = [c for c in proc.stdout + proc.stderr if c == "\x1b" or "\x80" <= c <= "\x9f"]
    assert raw == [], shown
    for text in case.get("never", []):
        assert text not in proc.stdout + proc.stderr, shown
    for path in case.get("absent", []):
        assert not Path(_fill(path, result["tmp"], result["out"])).exists(), f"{path} was created\n{shown}"
    leftovers = [p.name for p in result["out"].rglob("*") if p.name.endswith(".tmp")]
    assert leftovers == [], shown
