"""Print a worksheet to PDF with a real layout engine: WeasyPrint, else headless Chromium."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from quizgen.atomic import replacing
from quizgen.errors import ExportError

"""The engines tried by `auto`, in order."""
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM_TIMEOUT = 120
"""Seconds a headless Chromium may take to print one worksheet."""


class PdfEngineError(ExportError):
    """No PDF engine could print the worksheet."""


def weasyprint_available() -> bool:
    """Whether WeasyPrint and the Pango library it needs can be loaded."""
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError):
        return False
    return True


def chromium_path() -> str | None:
    """The path of a Chromium (or Chrome) executable on PATH, or None."""
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def available_engines() -> list[str]:
    """The engines that can run here, in the order `auto` tries them."""
    found = []
    if weasyprint_available():
        found.append("weasyprint")
    if chromium_path():
        found.append("chromium")
    return found


def write_pdf(html_path: str | os.PathLike[str], pdf_path: str | os.PathLike[str], engine: str = "auto") -> str:
    """Print the HTML file `html_path` to `pdf_path`; returns the engine used.

    The PDF is written to a temporary file and renamed, so a failed run leaves nothing
    half-written. PdfEngineError, naming the HTML file, when no engine is available.
    """
    html_file = Path(html_path)
    candidates = available_engines() if engine == "auto" else [e for e in available_engines() if e == engine]
    if not candidates:
        if engine == "weasyprint":
            wanted = "WeasyPrint is not installed; install it with pip install 'quizgen[pdf]'"
        elif engine == "chromium":
            wanted = "Chromium is not installed; install it (Debian: apt install chromium)"
        else:
            wanted = "no PDF engine is installed; install WeasyPrint (pip install 'quizgen[pdf]') or Chromium"
        raise PdfEngineError(f"{wanted}, or open {html_file} in a browser and print it to PDF")
    with replacing(pdf_path) as tmp:
        if candidates[0] == "weasyprint":
            _weasyprint(html_file, Path(tmp))
        else:
            _chromium(html_file, Path(tmp))
    return candidates[0]


def _weasyprint(html_file: Path, out: Path) -> None:
    import weasyprint

    weasyprint.HTML(filename=str(html_file), encoding="utf-8").write_pdf(str(out))


def _chromium(html_file: Path, out: Path) -> None:
    binary = chromium_path()
    assert binary is not None
    with tempfile.TemporaryDirectory(prefix="quizgen-chromium-") as profile:
        command = [
            binary,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--no-pdf-header-footer",
            f"--user-data-dir={profile}",
            f"--print-to-pdf={out}",
            html_file.resolve().as_uri(),
        ]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=CHROMIUM_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise PdfEngineError(f"Chromium took over {CHROMIUM_TIMEOUT} s to print {html_file}") from None
    if done.returncode != 0 or out.stat().st_size == 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise PdfEngineError(f"Chromium could not print {html_file} ({last}); open it in a browser and print it")
