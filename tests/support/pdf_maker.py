"""Real PDFs for the PDF reader's tests, laid out by WeasyPrint from an article's paragraphs.

Each layout is one a handout has in the wild: two columns, running headers and footers with page
numbers, justified text hyphenated across lines. A scanned PDF is a page with only a picture on it,
and an encrypted one is locked with a password by pypdf.
"""

from __future__ import annotations

import base64
import html
import struct
import zlib
from pathlib import Path

LAYOUTS = {
    "two_columns": """
        @page { size: A5; margin: 2cm 1.5cm; }
        .body { column-count: 2; column-gap: 1cm; }
        p { text-align: left; }
    """,
    "headers_and_footers": """
        @page {
            size: A6; margin: 2.2cm 1.4cm;
            @top-left { content: "Geography handout"; font-size: 7pt; }
            @top-right { content: "Year 9, spring term"; font-size: 7pt; }
            @bottom-left { content: "Riverside School, 2024"; font-size: 7pt; }
            @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 7pt; }
        }
    """,
    "hyphenated": """
        @page { size: A5; margin: 2cm 3.5cm; }
        p { text-align: justify; hyphens: auto; }
    """,
}
"""Page CSS of each layout, on top of the common style."""
COMMON = """
    body { font-family: serif; font-size: 10pt; line-height: 1.25; }
    h1 { font-size: 16pt; margin: 0 0 0.8em 0; }
    p { margin: 0 0 0.7em 0; }
"""


def paragraphs_of(text: str) -> tuple[str, list[str]]:
    """An article's headline and paragraphs: its non-blank lines, the first the headline."""
    blocks = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    return blocks[0].lstrip("# "), blocks[1:]


def plain_text(text: str) -> str:
    """The article as the PDF reader should give it back: headline and paragraphs, a blank line apart."""
    title, paragraphs = paragraphs_of(text)
    return "\n\n".join([title, *paragraphs]) + "\n"


def make_pdf(text: str, path: Path, layout: str, title: str | None = None, author: str | None = None) -> Path:
    """`text` (headline, blank line, paragraphs) laid out as `layout`, written to `path`."""
    import weasyprint

    headline, paragraphs = paragraphs_of(text)
    meta = f"<title>{html.escape(title)}</title>" if title else ""
    meta += f'<meta name="author" content="{html.escape(author)}">' if author else ""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    page = (
        f'<html lang="en"><head>{meta}<style>{COMMON}{LAYOUTS[layout]}</style></head>'
        f'<body><h1>{html.escape(headline)}</h1><div class="body">{body}</div></body></html>'
    )
    weasyprint.HTML(string=page).write_pdf(path)
    return path


def make_scanned_pdf(path: Path) -> Path:
    """A PDF of two pages that are only pictures, as a scanner makes them: no text layer."""
    import weasyprint

    image = "data:image/png;base64," + base64.b64encode(_png(200, 260)).decode()
    page = f'<html><body><img src="{image}" style="width:100%"><img src="{image}" style="width:100%;break-before:page"></body></html>'
    weasyprint.HTML(string=page).write_pdf(path)
    return path


def make_encrypted_pdf(text: str, path: Path, password: str = "secret") -> Path:
    """A PDF of `text` that opens only with `password`."""
    from pypdf import PdfReader, PdfWriter

    plain = make_pdf(text, path.with_name(path.stem + "-open.pdf"), "two_columns")
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="RC4-128")
    with open(path, "wb") as out:
        writer.write(out)
    plain.unlink()
    return path


def _png(width: int, height: int) -> bytes:
    """A grey picture with a darker band, as PNG bytes."""
    rows = b"".join(b"\x00" + bytes([90 if 40 < y < 60 else 200] * width) for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")
