"""PDFs made by WeasyPrint in three layouts give the cards their text gives as plain text.

Each article is laid out as a handout is: in two columns; on small pages with running headers, footers
and page numbers; justified and hyphenated across lines. The PDF reader must give back its paragraphs
(the headers, footers and page numbers gone, the hyphenated words whole), so that the deck made from
the PDF has the cards of the deck made from the same text as a .txt file.
"""

from __future__ import annotations

import pytest
from pdf_maker import make_encrypted_pdf, make_pdf, make_scanned_pdf, plain_text
from repo_paths import REPO

from quizgen.errors import GenerateError
from quizgen.generate import explain, generate_deck
from quizgen.generate.sources import read_source
from quizgen.generate.sources.pdf import _join
from quizgen.generate.text import article_from_text

TEXTS = {
    "danube": (REPO / "tests" / "data" / "danube.md").read_text(encoding="utf-8"),
    "seed": "Central Asia watches the US election\n"
    + (REPO / "seeds" / "central-asia-us-election.txt").read_text(encoding="utf-8"),
}
LAYOUTS = ("two_columns", "headers_and_footers", "hyphenated")
RUNNING = ("Geography handout", "Year 9, spring term", "Riverside School, 2024", "Page 1 of", "Page 2 of")


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], str]:
    folder = tmp_path_factory.mktemp("pdfs")
    return {
        (name, layout): str(make_pdf(text, folder / f"{name}-{layout}.pdf", layout, title="River handout"))
        for name, text in TEXTS.items()
        for layout in LAYOUTS
    }


def _raw_text(path: str) -> list[str]:
    """Each page's text as PDFium gives it, before the reader: to check that a layout is what it claims."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(path)
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def _cards(article) -> list[tuple[dict, str]]:
    """The deck's cards, each without its offsets, and the sentence it was made from."""
    found = []
    for card in generate_deck(article).data["cards"]:
        card = dict(card)
        found.append((card, card.pop("source")["sentence"]))
    return found


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("name", sorted(TEXTS))
def test_the_pdf_gives_the_cards_of_its_text(pdfs, name, layout):
    from_pdf = read_source(pdfs[name, layout])
    from_text = article_from_text(plain_text(TEXTS[name]), f"{name}.txt")
    assert _cards(from_pdf) == _cards(from_text)
    for card in generate_deck(from_pdf).data["cards"]:  # and the offsets point into the extracted text
        assert from_pdf.text[card["source"]["start"] : card["source"]["end"]] == card["source"]["sentence"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_paragraphs_come_back_exactly(pdfs, layout):
    """The Danube's paragraphs do not end at a column's or page's foot: its text comes back to the letter."""
    article = read_source(pdfs["danube", layout])
    assert article.text == plain_text(TEXTS["danube"])
    assert generate_deck(article).data["cards"] == generate_deck(article_from_text(article.text, "d.txt")).data["cards"]


def test_two_columns_are_read_one_after_the_other(pdfs):
    import pypdfium2 as pdfium

    path = pdfs["danube", "two_columns"]
    page = pdfium.PdfDocument(path)[0].get_textpage()
    lefts = {
        round(page.get_charbox(i)[0], -1)
        for i in range(page.count_chars())
        if i == 0 or page.get_text_range(i - 1, 1) == "\n"
    }
    assert len([x for x in lefts if x > 150]) and len([x for x in lefts if x < 100])  # there are two columns
    text = read_source(path).text
    assert text.index("Four capital cities") < text.index("Johann Strauss II") < text.index("The Iron Gates gorge")


def test_running_headers_footers_and_page_numbers_are_dropped(pdfs):
    path = pdfs["danube", "headers_and_footers"]
    raw = _raw_text(path)
    assert len(raw) >= 3 and all("Geography handout" in page and "Page" in page for page in raw)
    article = read_source(path)
    for running in RUNNING:
        assert running not in article.text
    lines = explain(article, generate_deck(article))
    assert lines[0].startswith("extracted the text of the PDF with pypdfium2 ")
    removed = article.extraction.found - article.extraction.kept
    assert removed > 100 and f"removed {removed:,} characters of boilerplate" in lines[0]


def test_words_hyphenated_across_lines_are_made_whole(pdfs):
    path = pdfs["danube", "hyphenated"]
    assert sum(page.count("\u2010\r\n") for page in _raw_text(path)) >= 3  # WeasyPrint did hyphenate
    article = read_source(path)
    assert "\u2010" not in article.text and "second-longest" in article.text and "Rhine-Main-Danube" in article.text
    assert any(note.startswith("rejoined ") for note in article.extraction.notes)


@pytest.mark.parametrize(
    ("line", "after", "joined"),
    [
        ("flows for about 2,850 kilo\u2010", "metres to the sea.", "flows for about 2,850 kilometres to the sea."),
        (
            "seat of the Habsburg mon-",
            "archy in the 13th century.",
            "seat of the Habsburg monarchy in the 13th century.",
        ),
        ("the capital, Bratis\u00ad", "lava, stands", "the capital, Bratislava, stands"),
        ("the Danube is the second-", "longest river", "the Danube is the second-longest river"),
        ("lost five seconds in eighty-", "one days", "lost five seconds in eighty-one days"),
        ("it was a well-", "known story", "it was a well-known story"),
        ("the Rhine-", "Main-Danube Canal", "the Rhine-Main-Danube Canal"),
        ("from 1914 to", "1918 it was", "from 1914 to 1918 it was"),
        ("a river -", "the longest", "a river - the longest"),
    ],
)
def test_a_line_end_hyphen_joins_a_word_or_keeps_a_compound(line, after, joined):
    assert _join(line, after, set())[0] == joined


def test_a_compound_the_document_writes_elsewhere_keeps_its_hyphen():
    assert _join("a co-", "operative farm", {"co-operative"})[0] == "a co-operative farm"
    assert _join("a co-", "operative farm", set())[0] == "a cooperative farm"


def test_the_pdf_gives_its_title_and_author(tmp_path):
    path = make_pdf(TEXTS["danube"], tmp_path / "handout.pdf", "two_columns", title="The Danube", author="Ana Petrović")
    data = generate_deck(read_source(str(path))).data
    assert data["title"] == "The Danube" and data["source"]["author"] == "Ana Petrović"
    assert data["source"]["file"] == "handout.pdf" and data["id"] == "handout"


def test_a_scanned_pdf_is_refused_in_one_line(tmp_path):
    path = make_scanned_pdf(tmp_path / "scan.pdf")
    with pytest.raises(GenerateError, match=r"scan\.pdf: is a scanned PDF with no text layer \(2 pages") as caught:
        read_source(str(path))
    assert "\n" not in str(caught.value)


def test_an_encrypted_pdf_is_refused_in_one_line(tmp_path):
    path = make_encrypted_pdf(TEXTS["danube"], tmp_path / "locked.pdf")
    with pytest.raises(GenerateError, match=r"locked\.pdf: is locked with a password"):
        read_source(str(path))


def test_a_broken_pdf_is_refused_in_one_line(pdfs, tmp_path):
    whole = open(pdfs["danube", "two_columns"], "rb").read()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(whole[: len(whole) // 3])
    not_pdf = tmp_path / "notes.pdf"
    not_pdf.write_text("These are my notes, not a PDF at all.", encoding="utf-8")
    for path in (cut, not_pdf):
        with pytest.raises(
            GenerateError,
            match=rf"{path.name}: is not a readable PDF \(PDFium: [^()]+\); check that the file is whole$",
        ):
            read_source(str(path))
