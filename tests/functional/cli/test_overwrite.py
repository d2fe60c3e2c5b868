"""No import or export command overwrites a file unless --force is given; refused, it writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from repo_paths import DATA

from quizgen.cli import main

DECK = str(DATA / "teacher_deck.yaml")


def commands(tmp_path: Path) -> dict[str, tuple[list[str], list[Path]]]:
    csv = tmp_path / "words.csv"
    csv.write_text("hola,hello\n", encoding="utf-8")
    apkg = tmp_path / "deck.apkg"
    assert main(["export", "anki", DECK, "-o", str(apkg)]) == 0
    out = tmp_path / "out"
    out.mkdir()
    return {
        "export anki": (["export", "anki", DECK, "-o", str(out / "a.apkg")], [out / "a.apkg"]),
        "export gift": (["export", "gift", DECK, "-o", str(out / "q.gift")], [out / "q.gift"]),
        "export markdown": (["export", "markdown", DECK, "-o", str(out / "d.md")], [out / "d.md"]),
        "export quiz": (
            ["export", "quiz", DECK, "-o", str(out / "q.html"), "--key", str(out / "k.html")],
            [out / "q.html", out / "k.html"],
        ),
        "import anki": (["import", "anki", str(apkg), "-o", str(out / "anki")], [out / "anki" / "teacher-sample.yaml"]),
        "import csv": (["import", "csv", str(csv), "-o", str(out / "words.yaml")], [out / "words.yaml"]),
    }


@pytest.mark.parametrize(
    "name", ["export anki", "export gift", "export markdown", "export quiz", "import anki", "import csv"]
)
def test_an_existing_file_is_kept_unless_forced(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args, outputs = commands(tmp_path)[name]
    assert main(args) == 0
    last = outputs[-1]
    last.write_text("precious\n", encoding="utf-8")
    before = {path: path.read_bytes() for path in outputs}
    capsys.readouterr()
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.startswith("quizgen: ") and "already exists" in err and "--force" in err and len(err.splitlines()) == 1
    assert {path: path.read_bytes() for path in outputs} == before, "nothing is written, not even the first file"
    assert main([*args, "--force"]) == 0
    assert last.read_bytes() != b"precious\n"
