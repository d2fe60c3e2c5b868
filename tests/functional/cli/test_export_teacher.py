"""`quizgen export quiz|gift|markdown`, run as a teacher runs them."""

from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path

import pytest
from moodle_gift import readquestions
from repo_paths import DATA

from quizgen.cli import main
from quizgen.deckio.loader import load_deck
from quizgen.exchange.pdf import available_engines, chromium_path
from quizgen.model import cloze
from quizgen.model.cards import BasicCard, ClozeCard, TypedCard

DECK = str(DATA / "teacher_deck.yaml")


def key_order(page: str) -> list[str]:
    """The card ids of the answer key, in question order."""
    return re.findall(r'<span class="card-id">([^<]+)</span>', page)


def test_same_seed_same_file_and_different_seeds_different_orders(tmp_path: Path, capsys) -> None:
    files = {}
    for name, seed in [("a", "5"), ("b", "5"), ("c", "6")]:
        out = tmp_path / f"{name}.html"
        assert main(["export", "quiz", DECK, "-o", str(out), "--shuffle", "--seed", seed]) == 0
        files[name] = out.read_bytes()
    assert files["a"] == files["b"]
    assert files["a"] != files["c"]
    orders = [key_order(files[n].decode()) for n in "ac"]
    assert orders[0] != orders[1] and sorted(orders[0]) == sorted(orders[1])
    assert "repeat it with --seed 5" in capsys.readouterr().out


def test_shuffle_without_seed_reports_the_seed_that_repeats_it(tmp_path: Path, capsys) -> None:
    first, again = tmp_path / "1.html", tmp_path / "2.html"
    assert main(["export", "quiz", DECK, "-o", str(first), "--shuffle"]) == 0
    seed = re.search(r"--seed (\d+)", capsys.readouterr().out)
    assert seed
    assert main(["export", "quiz", DECK, "-o", str(again), "--seed", seed[1]]) == 0
    assert first.read_bytes() == again.read_bytes()


def test_count_picks_a_balance_of_types(tmp_path: Path) -> None:
    deck = load_deck(DECK)
    types = {c.uid: c.type for c in deck.cards}
    out = tmp_path / "q.html"
    assert main(["export", "quiz", DECK, "-o", str(out), "--count", "5", "--seed", "1"]) == 0
    picked = key_order(out.read_text())
    assert len(picked) == 5
    assert Counter(types[uid] for uid in picked) == Counter(["basic", "cloze", "choice", "truefalse", "typed"])


def test_several_decks_and_a_title(tmp_path: Path) -> None:
    out = tmp_path / "q.html"
    assert main(["export", "quiz", DECK, DECK, "-o", str(out), "--title", "Unit 3 & 4"]) == 0
    page = out.read_text()
    assert "<h1>Unit 3 &amp; 4</h1>" in page
    assert len(key_order(page)) == 2 * len(load_deck(DECK).cards)


def hidden_answers() -> list[str]:
    """The short answers a student must not see (long ones may wrap in the PDF's text)."""
    found = []
    for card in load_deck(DECK).cards:
        if isinstance(card, TypedCard):
            found.append(card.answer)
        elif isinstance(card, BasicCard) and len(card.back.split()) <= 3:
            found.append(card.back)
        elif isinstance(card, ClozeCard):
            found += [d.text for d in cloze.deletions(card.text)]
    return found


@pytest.mark.skipif(not available_engines(), reason="no PDF engine here (pip install weasyprint, or install Chromium)")
def test_pdf_from_a_real_engine_has_the_key_on_its_own_pages(tmp_path: Path, capsys) -> None:
    from pypdf import PdfReader

    html, pdf = tmp_path / "q.html", tmp_path / "q.pdf"
    assert main(["export", "quiz", DECK, "-o", str(html), "--pdf", str(pdf)]) == 0
    assert f"wrote {pdf} with {available_engines()[0]}" in capsys.readouterr().out
    assert pdf.read_bytes().startswith(b"%PDF-")
    pages = [" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages]
    first_key = next(i for i, text in enumerate(pages) if "Answer key" in text)
    assert first_key >= 1, "the key starts on a new page"
    assert pages[first_key].startswith("Answer key"), pages[first_key][:80]
    questions, key = " ".join(pages[:first_key]), " ".join(pages[first_key:])
    assert "Name:" in questions and "Date:" in questions
    for answer in hidden_answers():
        assert answer not in questions, answer
        assert answer in key, answer
    assert not list(tmp_path.glob(".*.tmp")), "no temporary file is left behind"


@pytest.mark.skipif(chromium_path() is None, reason="Chromium is not installed here")
def test_pdf_with_chromium(tmp_path: Path) -> None:
    html, pdf = tmp_path / "q.html", tmp_path / "q.pdf"
    assert main(["export", "quiz", DECK, "-o", str(html), "--pdf", str(pdf), "--pdf-engine", "chromium"]) == 0
    assert pdf.read_bytes().startswith(b"%PDF-")


def test_missing_pdf_engine_points_to_the_html(tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))  # no Chromium, whether or not this machine has one
    html, pdf = tmp_path / "q.html", tmp_path / "q.pdf"
    assert main(["export", "quiz", DECK, "-o", str(html), "--pdf", str(pdf), "--pdf-engine", "chromium"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("quizgen: ") and str(html) in err and "Chromium" in err
    assert len(err.strip().splitlines()) == 1
    assert html.exists() and not pdf.exists()


def test_gift_and_markdown_to_files_and_stdout(tmp_path: Path, capsys) -> None:
    gift, sheet = tmp_path / "quiz.gift", tmp_path / "deck.md"
    assert main(["export", "gift", DECK, "-o", str(gift)]) == 0
    assert main(["export", "markdown", DECK, "-o", str(sheet)]) == 0
    capsys.readouterr()
    assert main(["export", "gift", DECK]) == 0
    assert capsys.readouterr().out == gift.read_text(encoding="utf-8")
    assert main(["export", "markdown", DECK]) == 0
    assert capsys.readouterr().out == sheet.read_text(encoding="utf-8")
    assert gift.read_text(encoding="utf-8").count("::capital-choice::") == 1
    moodle = readquestions(gift.read_text(encoding="utf-8"))
    assert len([q for q in moodle if q.qtype != "category"]) == 11, "what Moodle's importer reads"
    assert "<details>" in sheet.read_text(encoding="utf-8")


def test_bad_deck_gives_one_line_and_writes_nothing(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "id: bad\ntitle: Bad\ncards:\n  - type: choice\n    question: Q\n    choices: [x, y]\n    answer: z\n"
    )
    for command in (["quiz", str(bad), "-o"], ["gift", str(bad), "-o"], ["markdown", str(bad), "-o"]):
        out = tmp_path / "out.txt"
        assert main(["export", *command, str(out)]) == 1
        err = capsys.readouterr().err
        assert err.startswith(f"quizgen: {bad}:") and len(err.strip().splitlines()) == 1
        assert not out.exists()


def test_unwritable_output_is_a_clear_error(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "no" / "such" / "quiz.html"
    assert main(["export", "quiz", DECK, "-o", str(missing)]) == 1
    assert f"cannot write {missing}" in capsys.readouterr().err
    assert main(["export", "gift", DECK, "-o", str(tmp_path)]) == 1
    assert "is a folder" in capsys.readouterr().err


def test_count_must_be_positive(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["export", "quiz", DECK, "-o", str(tmp_path / "q.html"), "--count", "0"])
    assert exc.value.code == 2


def test_the_key_in_a_file_of_its_own_so_the_questions_print_alone(tmp_path: Path, capsys) -> None:
    student, key = tmp_path / "quiz.html", tmp_path / "key.html"
    assert main(["export", "quiz", DECK, "-o", str(student), "--key", str(key), "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert f"wrote {student}: 9 questions, version 3" in out and f"wrote {key}: the answer key" in out
    questions, answers = student.read_text(encoding="utf-8"), key.read_text(encoding="utf-8")
    assert 'id="answer-key"' not in questions and 'id="questions"' not in answers
    for answer in hidden_answers():
        assert answer not in html.unescape(questions) and answer in html.unescape(answers), answer
    both = tmp_path / "both.html"
    assert main(["export", "quiz", DECK, "-o", str(both), "--seed", "3"]) == 0
    assert key_order(answers) == key_order(both.read_text(encoding="utf-8")), "the same version's key"


@pytest.mark.skipif(not available_engines(), reason="no PDF engine here (pip install weasyprint, or install Chromium)")
def test_key_pdf_and_question_pdf_are_separate(tmp_path: Path) -> None:
    from pypdf import PdfReader

    files = {name: tmp_path / name for name in ("q.html", "k.html", "q.pdf", "k.pdf")}
    args = ["-o", files["q.html"], "--key", files["k.html"], "--pdf", files["q.pdf"], "--key-pdf", files["k.pdf"]]
    assert main(["export", "quiz", DECK, *map(str, args)]) == 0
    questions = " ".join(page.extract_text() or "" for page in PdfReader(files["q.pdf"]).pages)
    key = " ".join(page.extract_text() or "" for page in PdfReader(files["k.pdf"]).pages)
    assert "Answer key" not in questions and "Name:" in questions
    assert key.lstrip().startswith("Answer key") and "Name:" not in key
    for answer in hidden_answers():
        assert answer not in " ".join(questions.split()), answer
        assert answer in " ".join(key.split()), answer


def test_key_options_that_cannot_work_are_usage_errors(tmp_path: Path, capsys) -> None:
    out = tmp_path / "q.html"
    assert main(["export", "quiz", DECK, "-o", str(out), "--key-pdf", str(tmp_path / "k.pdf")]) == 2
    assert "--key-pdf prints the key that --key writes" in capsys.readouterr().err
    assert main(["export", "quiz", DECK, "-o", str(out), "--key", str(out)]) == 2
    assert "names the same file as -o" in capsys.readouterr().err
    assert not out.exists()
