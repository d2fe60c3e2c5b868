"""Extracting an article from a web page or a PDF, next to the bare extractor on the same file (target: 1.5x).

- Web pages: `quizgen.generate.sources.html.html_article` (trafilatura's main-text extraction, the page's
  title, author and date, its blocks made lines with the headings marked, the page's text counted for
  --explain) next to `trafilatura.extract` alone, with its defaults, on the same bytes. The pages are
  tests/data/pages: the news and blog pages as they are, and the Wikipedia-style page with its article
  written 1, 8 and 32 times over (a long Wikipedia article is 100 to 300 kB of HTML).
- PDFs: `quizgen.generate.sources.pdf.pdf_article` (every line and its box, running headers, footers and
  page numbers dropped, paragraphs rebuilt, hyphenated words made whole) next to pypdfium2 alone: open
  the document and read each page's text. The PDF is made by WeasyPrint (a test extra) from the Danube
  article written over and over: a handout in two columns, with running headers and footers, justified
  and hyphenated.

Both contenders run in one process, after the libraries are imported and a first run, in turns; each
one's best time is kept. Importing trafilatura (about 0.3 s) or pypdfium2 (0.1 s) is left out: both
contenders pay it.

    .venv/bin/python benchmarks/extract_speed.py [--quick]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "support"))

from benchmarks.rows import Row, skipped, table  # noqa: E402
from benchmarks.timing import best_times  # noqa: E402

PAGES = ROOT / "tests" / "data" / "pages"
DANUBE = ROOT / "tests" / "data" / "danube.md"
TARGET = 1.5
HTML_BENCH = "web page text vs trafilatura.extract"
PDF_BENCH = "PDF text vs bare pypdfium2"
HANDOUT = """
    @page {
        size: A4; margin: 2.5cm 2cm;
        @top-center { content: "Rivers of Europe: a handout"; font-size: 8pt; }
        @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; }
    }
    .body { column-count: 2; column-gap: 1cm; }
    p { text-align: justify; hyphens: auto; }
"""
"""A handout as teachers print them: two columns, running header and footer, justified and hyphenated."""


def long_page(times: int) -> bytes:
    """The Wikipedia-style page with its article's paragraphs and sections written `times` times."""
    page = (PAGES / "wiki.html").read_text(encoding="utf-8")
    start = page.index("<p><b>Trajan's Bridge</b>")
    end = page.index('<div class="mw-heading mw-heading2"><h2 id="References">')
    return (page[:start] + page[start:end] * times + page[end:]).encode()


def measure_html(quick: bool = False, rounds: int = 7) -> list[Row]:
    """The web-page rows: our extraction next to trafilatura.extract on the same bytes."""
    try:
        import trafilatura

        from quizgen.generate.sources.html import html_article
    except ImportError:
        return [skipped(HTML_BENCH, 0, "kB", "trafilatura is not installed (pip install 'quizgen[web]')", TARGET)]
    pages = [("news page", (PAGES / "news.html").read_bytes()), ("blog page", (PAGES / "blog.html").read_bytes())]
    pages += [(f"Wikipedia-style page, article x{n}", long_page(n)) for n in ((1, 8) if quick else (1, 8, 32))]
    rows = []
    for name, data in pages:
        best = best_times(
            {
                "ours": lambda data=data: html_article(data, "page.html"),
                "bare": lambda data=data: trafilatura.extract(data),
            },
            rounds=rounds,
        )
        bench = HTML_BENCH if name.startswith("Wikipedia") else f"{HTML_BENCH}, {name}"
        rows.append(
            Row(
                bench,
                round(len(data) / 1000),
                "kB",
                best["ours"],
                best["bare"],
                TARGET,
                name if bench == HTML_BENCH else "",
            )
        )
    return rows


def handout(path: Path, times: int) -> Path:
    """The Danube article written `times` times over, laid out as a handout."""
    import weasyprint
    from pdf_maker import COMMON, paragraphs_of

    title, paragraphs = paragraphs_of(DANUBE.read_text(encoding="utf-8"))
    body = "".join(f"<p>{p}</p>" for p in paragraphs * times)
    html = (
        f'<html lang="en"><head><style>{COMMON}{HANDOUT}</style></head>'
        f'<body><h1>{title}</h1><div class="body">{body}</div></body></html>'
    )
    weasyprint.HTML(string=html).write_pdf(path)
    return path


def measure_pdf(quick: bool = False, rounds: int = 7) -> list[Row]:
    """The PDF rows: our extraction next to reading every page's text with pypdfium2."""
    try:
        import pypdfium2 as pdfium
        import weasyprint  # noqa: F401 (makes the PDFs)

        from quizgen.generate.sources.pdf import pdf_article
    except ImportError:
        return [skipped(PDF_BENCH, 0, "pages", "pypdfium2 or WeasyPrint is not installed (pip install 'quizgen[pdf]')")]

    def bare(data: bytes) -> list[str]:
        document = pdfium.PdfDocument(data)
        try:
            return [document[number].get_textpage().get_text_range() for number in range(len(document))]
        finally:
            document.close()

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for times in (1, 4) if quick else (1, 4, 16):
            data = handout(Path(tmp) / f"handout-{times}.pdf", times).read_bytes()
            pages = len(bare(data))
            best = best_times(
                {"ours": lambda data=data: pdf_article(data, "handout.pdf"), "bare": lambda data=data: bare(data)},
                rounds=rounds,
            )
            rows.append(
                Row(
                    PDF_BENCH,
                    pages,
                    "pages",
                    best["ours"],
                    best["bare"],
                    TARGET,
                    "two columns, running header and footer, hyphenated",
                )
            )
    return rows


def measure(quick: bool = False) -> list[Row]:
    """Every row: web pages, then PDFs."""
    rounds = 5 if quick else 15
    return measure_html(quick, rounds) + measure_pdf(quick, rounds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=re.sub(r"\s+", " ", (__doc__ or "").split("\n\n")[0]))
    parser.add_argument("--quick", action="store_true", help="fewer sizes and rounds")
    args = parser.parse_args(argv)
    print(table(measure(args.quick)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
