"""Worksheets show a deck's images; GIFT and Markdown refer to its media by paths relative to the output."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from media_files import png_bytes, write_png, write_wav
from moodle_gift import readquestions
from pypdf import PdfReader

from quizgen.cli import main

DECK = """id: geo
title: Geography
cards:
  - id: france
    type: typed
    question: "Which country: {outline}?"
    answer: France
    image: media/france.png
    answer_audio: media/france.wav
  - id: seine
    type: cloze
    text: The {{c1::Seine}} flows through Paris.
    answer_image: media/seine.png
  - id: plain
    type: truefalse
    statement: Paris is in France.
    answer: true
"""


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    folder = tmp_path / "decks"
    write_png(folder / "media" / "france.png")
    write_png(folder / "media" / "seine.png", colour=(0, 0, 250))
    write_wav(folder / "media" / "france.wav")
    path = folder / "geo.yaml"
    path.write_text(DECK, encoding="utf-8")
    return path


def test_the_worksheet_inlines_the_prompt_image_and_the_key_the_answer_image(deck: Path, tmp_path: Path) -> None:
    sheet, key = tmp_path / "out" / "sheet.html", tmp_path / "out" / "key.html"
    sheet.parent.mkdir()
    assert main(["export", "quiz", str(deck), "-o", str(sheet), "--key", str(key)]) == 0
    france = "data:image/png;base64," + base64.b64encode(png_bytes()).decode()
    seine = "data:image/png;base64," + base64.b64encode(png_bytes(colour=(0, 0, 250))).decode()
    questions, answers = sheet.read_text(), key.read_text()
    assert questions.count("<img ") == 1 and f'<img src="{france}"' in questions
    assert answers.count("<img ") == 1 and f'<img src="{seine}"' in answers
    assert "france.wav" not in questions + answers  # sounds have no place on paper


def test_the_pdf_worksheet_holds_the_image(deck: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "sheet.pdf"
    assert main(["export", "quiz", str(deck), "-o", str(tmp_path / "sheet.html"), "--pdf", str(pdf)]) == 0
    images = [image for page in PdfReader(pdf).pages for image in page.images]
    assert len({image.data for image in images}) == 2  # france.png with its question, seine.png in the key
    assert {image.image.size for image in images} == {(8, 6)}


def test_markdown_links_media_relative_to_the_output(deck: Path, tmp_path: Path) -> None:
    out = tmp_path / "sheets" / "geo.md"
    out.parent.mkdir()
    assert main(["export", "markdown", str(deck), "-o", str(out)]) == 0
    text = out.read_text()
    assert "![](<../decks/media/france.png>)" in text
    assert "[Sound: media/france.wav](<../decks/media/france.wav>)" in text
    answer = text.split("## 2.")[1]
    assert answer.index("<details>") < answer.index("![](<../decks/media/seine.png>)")
    assert (out.parent / "../decks/media/france.png").resolve().read_bytes() == png_bytes()


def test_gift_names_media_relative_to_the_output_and_moodle_reads_the_image(deck: Path, tmp_path: Path) -> None:
    out = tmp_path / "geo.gift"
    assert main(["export", "gift", str(deck), "-o", str(out)]) == 0
    text = out.read_text()
    assert "// image: decks/media/france.png\n// answer audio: decks/media/france.wav\n" in text
    questions = {q.name: q for q in readquestions(text)}
    france = questions["france"]
    assert france.questiontextformat == "html"
    assert france.questiontext == 'Which country: {outline}?<br><img src="decks/media/france.png" alt="">'
    assert questions["plain"].questiontextformat == "plain"


def test_an_unusable_media_file_stops_every_export_at_its_line(deck: Path, tmp_path: Path, capsys) -> None:
    (deck.parent / "media" / "seine.png").write_text("not a picture")
    for fmt, out in (("quiz", "q.html"), ("gift", "q.gift"), ("markdown", "q.md"), ("anki", "q.apkg")):
        assert main(["export", fmt, str(deck), "-o", str(tmp_path / out)]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        line = DECK.splitlines().index("    answer_image: media/seine.png") + 1
        where = f"{deck}:{line}:19: [card seine] image file 'media/seine.png' is not a file type quizgen knows"
        assert len(err) == 1 and where in err[0]
        assert not (tmp_path / out).exists()
