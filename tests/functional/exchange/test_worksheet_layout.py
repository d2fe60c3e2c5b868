"""Worksheets with words longer than a line stay inside the page: in Chromium's layout of the HTML,
and in the PDFs of both engines, rendered to PNG and looked at pixel by pixel."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from card_browser import CHROMIUM, dump_dom, result_of
from PIL import Image
from pypdf import PdfReader
from repo_paths import DATA

from quizgen.deckio.loader import load_deck
from quizgen.exchange.pdf import available_engines, write_pdf
from quizgen.exchange.quiz import build_quiz
from quizgen.exchange.worksheet import render_key, render_worksheet

DECK = load_deck(DATA / "long_words.yaml")
MM = 72 / 25.4
"""Points in a millimetre: the PDFs are rendered at 72 dpi, one pixel a point."""
MARGIN = {"top": 16 * MM, "right": 16 * MM, "bottom": 18 * MM, "left": 16 * MM}
"""The page margins of the worksheet's @page rule."""
A4_CONTENT_PX = round((210 - 32) * 96 / 25.4)
"""The width of an A4 page between its margins, in CSS pixels."""

SHEETS = {
    "worksheet": lambda hint: render_worksheet(build_quiz([DECK]), hint_length=hint),
    "shuffled": lambda hint: render_worksheet(build_quiz([DECK], seed=4), hint_length=hint),
    "key": lambda hint: render_key(build_quiz([DECK])),
}


OVERFLOW = """
<pre id="result"></pre>
<script>
const width = document.documentElement.clientWidth;
const out = [];
for (const element of document.querySelectorAll("main *")) {
  const box = element.getBoundingClientRect();
  if (box.width && (box.right > width + 0.5 || box.left < -0.5)) {
    out.push([element.tagName, element.className, Math.round(box.left), Math.round(box.right)]);
  }
}
document.getElementById("result").textContent = JSON.stringify(
  {width: width, scroll: document.documentElement.scrollWidth, outside: out});
</script>
"""


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed here")
@pytest.mark.parametrize("hint", [False, True], ids=["blanks", "hint-length"])
@pytest.mark.parametrize("sheet", list(SHEETS))
def test_chromium_lays_every_box_out_inside_an_a4_wide_window(sheet: str, hint: bool) -> None:
    page = SHEETS[sheet](hint).replace("</body>", OVERFLOW + "</body>")
    layout = result_of(dump_dom(page, width=A4_CONTENT_PX, height=1000))
    assert layout["outside"] == [], layout
    assert layout["scroll"] <= layout["width"]


def ink_outside_the_margins(png: Path) -> list[tuple[int, int]]:
    """Dark pixels in the left or right margin of a page (the footer in the bottom margin aside)."""
    image = Image.open(png).convert("L")
    width, height = image.size
    left, right = int(MARGIN["left"]) - 2, int(width - MARGIN["right"]) + 2
    top, bottom = int(MARGIN["top"]), int(height - MARGIN["bottom"])
    pixels = image.load()
    assert pixels is not None
    return [
        (x, y)
        for y in range(top, bottom)
        for x in [*range(0, left), *range(right, width)]
        if pixels[x, y] < 160  # type: ignore[operator]
    ]


def body_font_sizes(pdf: Path) -> set[float]:
    """The printed size of the 'Name:' line's text: 12 pt unless the engine shrank the page to fit."""
    sizes: set[float] = set()

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip().startswith("Name:"):
            scale = (cm[0] ** 2 + cm[1] ** 2) ** 0.5 * (tm[0] ** 2 + tm[1] ** 2) ** 0.5
            sizes.add(round(size * scale, 1))

    PdfReader(pdf).pages[0].extract_text(visitor_text=visit)
    return sizes


ENGINES = [engine for engine in ("weasyprint", "chromium") if engine in available_engines()]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed here")
@pytest.mark.parametrize("engine", ENGINES)
def test_no_text_reaches_the_margins_of_either_pdf(engine: str, tmp_path: Path) -> None:
    for sheet, render in SHEETS.items():
        html, pdf = tmp_path / f"{sheet}.html", tmp_path / f"{sheet}.pdf"
        html.write_text(render(True), encoding="utf-8")
        assert write_pdf(html, pdf, engine=engine) == engine
        subprocess.run(["pdftoppm", "-r", "72", "-gray", "-png", str(pdf), str(tmp_path / sheet)], check=True)
        pages = sorted(tmp_path.glob(f"{sheet}-*.png"))
        assert pages, f"{sheet}: no page rendered"
        for png in pages:
            assert ink_outside_the_margins(png) == [], f"{engine}: {png.name} has text in its margin"
        if sheet != "key":
            assert body_font_sizes(pdf) == {12.0}, f"{engine} shrank {sheet} to fit"
