"""Every command that prints text from a deck, an article, a package, a CSV file or the store, fed escapes.

Each test runs the real command line in a subprocess (on a pipe, and where the output differs, on
a real pseudo-terminal) and checks the bytes it wrote: no escape sequence or control character a
terminal would obey, and in messages no bidirectional or zero-width character either.
"""

from __future__ import annotations

import html
import json
import os
import pty
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import genanki
import yaml
from hostile import HIDDEN, PAYLOAD, SHOWN, hidden, hostile, hostile_deck_data, obeyed, write_hostile_deck
from repo_paths import DATA, REPO

from quizgen.deckio.loader import load_deck
from quizgen.study import SchedulerSettings, Session, Store


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QUIZGEN_CACHE": str(cwd / "cache")}
    return subprocess.run(
        [sys.executable, "-m", "quizgen", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


def run_on_terminal(*args: str, cwd: Path) -> str:
    """What the command writes to a real pseudo-terminal (standard output and error together)."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "QUIZGEN_CACHE": str(cwd / "cache"), "TERM": "xterm-256color"}
    main, secondary = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "quizgen", *args], cwd=cwd, env=env, stdout=secondary, stderr=secondary
    )
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the other side closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(main)
    proc.wait(timeout=120)
    return b"".join(chunks).decode("utf-8", "replace")


def clean(result: subprocess.CompletedProcess[str], messages: str = "stderr") -> None:
    """Nothing a terminal obeys in either stream; nothing hidden in the stream of messages."""
    shown = f"stdout:\n{result.stdout!r}\nstderr:\n{result.stderr!r}"
    assert "Traceback" not in result.stderr, shown
    assert obeyed(result.stdout) == [] and obeyed(result.stderr) == [], shown
    assert hidden(getattr(result, messages)) == [], shown


def test_show_prints_every_text_visibly(tmp_path: Path) -> None:
    deck = write_hostile_deck(tmp_path / "hostile.yaml")
    result = run("show", str(deck), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    clean(result)
    assert result.stdout.count(SHOWN) >= 15  # title, description and every field of every card
    on_terminal = run_on_terminal("show", str(deck), cwd=tmp_path)
    assert SHOWN in on_terminal.replace("\r\n", "").replace("\n", "")
    assert obeyed(on_terminal, own=True) == []


def test_validate_messages_and_json_are_visible(tmp_path: Path) -> None:
    deck = tmp_path / "broken.yaml"
    bad = PAYLOAD.encode("unicode_escape").decode().replace("\\x1b", "\\e")
    deck.write_text(
        f'id: broken\ntitle: Broken\n"key {bad}\u202e": 1\ncards:\n'
        f'  - {{type: choice, question: Q, choices: [a, b], answer: "{bad}\u202e"}}\n',
        encoding="utf-8",
    )
    result = run("validate", str(deck), cwd=tmp_path)
    assert result.returncode == 1
    clean(result, "stdout")
    assert "\\x1b" in result.stdout and "\\u202e" in result.stdout
    as_json = run("validate", "--json", str(deck), cwd=tmp_path)
    clean(as_json, "stdout")
    messages = [p["message"] for p in json.loads(as_json.stdout)["problems"]]
    assert any(PAYLOAD in m for m in messages), messages  # the JSON still carries the exact text


def _study_hostile_store(tmp_path: Path) -> Path:
    deck = load_deck(write_hostile_deck(tmp_path / "hostile.yaml"))
    store = tmp_path / "progress.sqlite3"
    with Store.open(store) as opened:
        for days_ago in (4, 3, 2, 1):  # a card is among the hardest once it has a few reviews
            when = datetime.now(timezone.utc) - timedelta(days=days_ago)
            session = Session.open(opened, [deck], settings=SchedulerSettings(fuzz=False), now=when)
            answered: set[int] = set()
            while (item := session.next()) is not None and item.item_id not in answered:
                answered.add(item.item_id)
                session.answer(item, 1)
    conn = sqlite3.connect(store)  # the store is a file anyone may hand over: its ids can hold anything too
    conn.execute("UPDATE items SET card_uid = ? WHERE card_uid = 'basic'", (hostile("uid"),))
    conn.commit()
    conn.close()
    return store


def test_stats_text_and_json_are_visible(tmp_path: Path) -> None:
    store = _study_hostile_store(tmp_path)
    result = run("stats", "--store", str(store), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    clean(result, "stdout")
    assert "hardest cards:" in result.stdout and "\\x1b]52" in result.stdout
    as_json = run("stats", "--store", str(store), "--json", cwd=tmp_path)
    assert as_json.returncode == 0, as_json.stderr
    clean(as_json, "stdout")
    cards = {card["card"] for card in json.loads(as_json.stdout)["hardest"]}
    assert hostile("uid") in cards


def _hostile_package(path: Path) -> Path:
    """A package written by genanki whose deck, note type, field names and fields all carry the payload."""
    model = genanki.Model(
        1_607_392_319,
        hostile("Vocabulary"),
        fields=[{"name": hostile("Word")}, {"name": hostile("Meaning")}],
        templates=[{"name": "Card 1", "qfmt": "{{Word}}", "afmt": "{{Meaning}}"}],
    )
    deck = genanki.Deck(2_059_400_110, hostile("Words"))
    deck.add_note(genanki.Note(model=model, fields=[hostile("salem"), hostile("hello")], guid="g1"))
    deck.add_note(genanki.Note(model=model, fields=["", hostile("skipped")], guid="g2"))
    genanki.Package(deck).write_to_file(str(path))
    return path


def test_import_anki_reports_mapping_warnings_and_written_decks_visibly(tmp_path: Path) -> None:
    package = _hostile_package(tmp_path / "hostile.apkg")
    result = run("import", "anki", str(package), "-o", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    clean(result)
    assert "became basic cards" in result.stderr and "skipped" in result.stderr
    assert "wrote" in result.stdout and "\\x1b]52" in result.stdout
    assert hidden(result.stdout) == []


def test_import_csv_reports_a_hostile_file_name_visibly(tmp_path: Path) -> None:
    source = tmp_path / f"words{PAYLOAD}.csv"
    source.write_text("salem,hello\nrahmet,\n", encoding="utf-8")
    result = run("import", "csv", str(source), "--id", "words", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    clean(result)
    clean(result, "stdout")
    assert "wrote" in result.stdout and "\\x1b]0;HIJACKED" in result.stdout


def test_generate_explain_quotes_article_sentences_visibly(tmp_path: Path) -> None:
    text = (DATA / "danube.md").read_text(encoding="utf-8")
    first = text.index(". ") + 1
    article = tmp_path / "danube.md"
    article.write_text(text[:first] + f" {PAYLOAD}\u202e" + text[first:], encoding="utf-8")
    for target in ([], ["-o", str(tmp_path / "deck.yaml")]):
        result = run("generate", str(article), "--explain", *target, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        explained = result.stdout if target else result.stderr
        assert "\\x1b]52" in explained, explained
        assert obeyed(result.stdout) == [] and obeyed(result.stderr) == []
        assert hidden(explained) == []


def test_exports_to_a_terminal_show_escapes_and_files_keep_the_text(tmp_path: Path) -> None:
    deck = write_hostile_deck(tmp_path / "hostile.yaml")
    for fmt in ("gift", "markdown"):
        shown = run_on_terminal("export", fmt, str(deck), cwd=tmp_path)
        assert "\\x1b" in shown and "SElKQUNLRUQ=" in shown, shown  # Markdown escapes the brackets too
        assert obeyed(shown) == [], fmt
        out = tmp_path / f"out.{fmt}"
        result = run("export", fmt, str(deck), "-o", str(out), cwd=tmp_path)
        clean(result)
        assert "\x1b" in out.read_text(encoding="utf-8")  # a file keeps the deck's text as it is


def test_an_error_quoting_a_hostile_name_is_one_visible_line(tmp_path: Path) -> None:
    result = run("show", str(tmp_path / f"missing{PAYLOAD}\u202e.yaml"), cwd=tmp_path)
    assert result.returncode == 1
    clean(result)
    errors = [line for line in result.stderr.splitlines() if line.startswith("quizgen: ")]
    assert len(errors) == 1 and "\\x1b]0;HIJACKED" in errors[0]


def test_import_anki_quotes_only_an_excerpt_of_long_names(tmp_path: Path) -> None:
    long = "N" * 10_000
    model = genanki.Model(
        1_607_392_320,
        long,
        fields=[{"name": "W" * 10_000}, {"name": "M" * 10_000}],
        templates=[{"name": "Card 1", "qfmt": "{{" + "W" * 10_000 + "}}", "afmt": "x"}],
    )
    deck = genanki.Deck(2_059_400_111, "D" * 10_000)
    deck.add_note(genanki.Note(model=model, fields=["salem", "hello"], guid="G" * 10_000))
    deck.add_note(genanki.Note(model=model, fields=["", "skipped"], guid="H" * 10_000))
    package = tmp_path / "long.apkg"
    genanki.Package(deck).write_to_file(str(package))
    result = run("import", "anki", str(package), "-o", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines() + result.stdout.splitlines()
    assert len(lines) >= 3 and "became basic cards" in result.stderr
    assert all(len(line) < 400 + len(str(tmp_path)) * 2 for line in lines), lines


def test_show_prints_a_generated_decks_origin_visibly(tmp_path: Path) -> None:
    data = hostile_deck_data()
    data["source"] = {"title": hostile("Article"), "author": hostile("Author"), "url": hostile("https://example.org/a")}
    deck = tmp_path / "generated.yaml"
    deck.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = run("show", str(deck), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    clean(result)
    start = result.stdout.index("from https://example.org/a")
    origin = result.stdout[start : result.stdout.index("\n\n", start)]  # wrapped over a few lines
    assert SHOWN in origin.replace("\n", "") and hidden(origin) == []  # a line of its own: hidden characters shown


def test_generate_from_a_web_page_and_standard_input_quotes_their_text_visibly(tmp_path: Path) -> None:
    text = (DATA / "danube.md").read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n\n") if p.strip() and not p.startswith("#")]
    paragraphs[0] += f" {PAYLOAD}{HIDDEN}"
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
    page = tmp_path / f"danube{PAYLOAD}.html"
    title = html.escape(hostile("The Danube"))
    page.write_text(f"<html><head><title>{title}</title></head><body><article>{body}</article></body></html>")
    deck = tmp_path / f"deck{PAYLOAD}.yaml"
    result = run("generate", str(page), "--explain", "-o", str(deck), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    clean(result)
    assert obeyed(result.stdout) == [] and hidden(result.stdout) == []
    assert "extracted the text of the web page" in result.stdout  # (the extractor drops control characters)
    assert "wrote" in result.stderr and "\\x1b]0;HIJACKED" in result.stderr
    piped = subprocess.run(
        [sys.executable, "-m", "quizgen", "generate", "-", "--explain"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(REPO), "QUIZGEN_CACHE": str(tmp_path / "cache")},
        input="\n\n".join(paragraphs),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert piped.returncode == 0, piped.stderr
    clean(piped)
    assert "\\x1b]52" in piped.stderr  # the explanation goes to standard error beside the deck on standard output


def test_export_quiz_reports_its_files_visibly(tmp_path: Path) -> None:
    deck = write_hostile_deck(tmp_path / "hostile.yaml")
    questions, key = tmp_path / f"quiz{PAYLOAD}.html", tmp_path / f"key{HIDDEN}.html"
    result = run("export", "quiz", str(deck), "-o", str(questions), "--key", str(key), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    clean(result)
    clean(result, "stdout")
    assert result.stdout.count("wrote") == 2 and "\\x1b]0;HIJACKED" in result.stdout and "\\u202e" in result.stdout


def test_import_csv_of_anki_notes_reports_its_mapping_visibly(tmp_path: Path) -> None:
    source = tmp_path / "notes.txt"
    note_type = hostile("Vocabulary")
    source.write_text(
        f"#separator:tab\n#html:false\n#notetype column:1\n#deck column:2\n"
        f"{note_type}\t{hostile('Words')}\tsalem\thello\tkazakh\n",
        encoding="utf-8",
    )
    result = run("import", "csv", str(source), "-o", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    clean(result)
    clean(result, "stdout")
    assert "\\x1b]52" in result.stderr + result.stdout
