"""Every malformed input in tests/bad_inputs/cases.yaml, through the real command line.

Each case runs `python -m quizgen ...` in a subprocess and must give its exit code (1 bad
input, 2 usage), exactly one error line that names the file (or option) at fault, no
traceback, and no output file written or changed. The cases run in parallel, so the whole
corpus takes seconds.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import yaml
from pdf_maker import make_encrypted_pdf, make_scanned_pdf
from repo_paths import DATA, REPO

from quizgen.deckio.loader import load_deck
from quizgen.exchange.anki.export import export_decks

ROOT = REPO
INPUTS = ROOT / "tests" / "bad_inputs"
CASES: list[dict[str, Any]] = yaml.safe_load((INPUTS / "cases.yaml").read_text(encoding="utf-8"))
UNTOUCHED = "an output file that must stay as it is\n"


def _make_generated_inputs(tmp: Path) -> None:
    """The inputs too big to keep in the repository, a package cut short from a real export, and PDFs."""
    card = "  - {type: basic, front: What is the capital of France?, back: Paris}\n"
    with open(tmp / "huge_deck.yaml", "w", encoding="utf-8") as f:
        f.write("id: huge\ntitle: Huge\ncards:\n")
        f.write(card * (11 * 1024 * 1024 // len(card)))
    sentence = "The quick brown fox from Paris jumped over the lazy dog in 1999 "
    (tmp / "one_line.txt").write_text(sentence * (10 * 1024 * 1024 // len(sentence) + 1), encoding="utf-8")
    export_decks([load_deck(INPUTS / "decks" / "good.yaml")], str(tmp / "whole.apkg"))
    whole = (tmp / "whole.apkg").read_bytes()
    assert zipfile.is_zipfile(tmp / "whole.apkg")
    (tmp / "truncated.apkg").write_bytes(whole[: len(whole) // 2])
    (tmp / "empty_dir").mkdir()
    make_encrypted_pdf((DATA / "danube.md").read_text(encoding="utf-8"), tmp / "locked.pdf")
    make_scanned_pdf(tmp / "scanned.pdf")


def _fill(text: str, tmp: Path, out: Path) -> str:
    return text.replace("{in}", str(INPUTS)).replace("{tmp}", str(tmp)).replace("{out}", str(out))


def _run(case: dict[str, Any], tmp: Path) -> dict[str, Any]:
    out = tmp / "out" / case["id"]
    out.mkdir(parents=True)
    output = Path(_fill(case["output"], tmp, out)) if "output" in case else None
    if output is not None and case.get("existing"):
        output.write_text(UNTOUCHED, encoding="utf-8")
    env = {
        **os.environ,
        "QUIZGEN_STORE": str(out / "progress.db"),
        "QUIZGEN_CACHE": str(out / "cache"),
        "PYTHONPATH": str(ROOT),
    }
    args = [_fill(a, tmp, out) for a in case["args"]]
    proc = subprocess.run(
        [sys.executable, "-m", "quizgen", *args],
        cwd=out,
        env=env,
        input=case.get("stdin", ""),
        capture_output=True,
        text=True,
        timeout=120,
    )
    return {"proc": proc, "out": out, "output": output}


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
    if output is not None:
        if case.get("existing"):
            assert output.read_text(encoding="utf-8") == UNTOUCHED, shown
        else:
            assert not output.exists(), shown
    leftovers = [p.name for p in result["out"].rglob("*") if p.name.endswith(".tmp")]
    assert leftovers == [], shown
