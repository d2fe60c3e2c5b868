"""Images in the terminal, through textual-image: loaded only when a card with an image is shown.

textual-image draws with the Kitty graphics protocol or Sixel where a terminal has them, and with
Unicode half-blocks everywhere else (tmux, SSH, a terminal that says nothing). Its own detection
asks the terminal and reads the answer from standard input, which a running Textual app owns; so
the protocol is chosen here from the environment (`QUIZGEN_IMAGES=kitty|sixel|halfblock` decides),
the cell size is read with an ioctl, and textual-image is imported with its terminal queries off.
"""

from __future__ import annotations

import io
import os
import sys
from typing import Any

from textual.widget import Widget

INSTALL_HINT = "images need the images extra: pip install 'quizgen[images]'"
"""What the app says where an image would be when textual-image is not installed."""

_SIXEL_TERMINALS = ("foot", "mlterm", "contour", "yaft")


def protocol(environ: dict[str, str] | os._Environ[str] = os.environ) -> str:
    """'kitty', 'sixel' or 'halfblock': how this terminal can draw an image, told from its environment."""
    chosen = environ.get("QUIZGEN_IMAGES", "").strip().lower()
    if chosen in ("kitty", "sixel", "halfblock"):
        return chosen
    if environ.get("TMUX") or environ.get("STY"):
        return "halfblock"  # a multiplexer passes neither protocol through by default
    term = environ.get("TERM", "")
    if term == "xterm-kitty" or environ.get("KITTY_WINDOW_ID"):
        return "kitty"
    if environ.get("KONSOLE_VERSION") or environ.get("TERM_PROGRAM") in ("WezTerm", "iTerm.app"):
        return "sixel"
    if any(term.startswith(name) for name in _SIXEL_TERMINALS):
        return "sixel"
    return "halfblock"


class _NotATerminal:
    """Standard output as textual-image sees it while it is imported: not a terminal, so it asks nothing."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def isatty(self) -> bool:
        return False

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


_widgets: dict[str, type[Widget]] | None = None


def _load() -> dict[str, type[Widget]] | None:
    """textual-image's widget classes by protocol; None when it is not installed."""
    global _widgets
    if _widgets is not None:
        return _widgets
    try:
        from textual_image import _terminal
    except ImportError:
        return None
    if not hasattr(_terminal.get_cell_size, "_result"):
        _terminal.get_cell_size._result = _cell_size()  # type: ignore[attr-defined]
    real = sys.__stdout__
    sys.__stdout__ = _NotATerminal(real)  # type: ignore[misc,assignment]
    try:
        from textual_image import widget
    finally:
        sys.__stdout__ = real  # type: ignore[misc]
    _widgets = {"kitty": widget.TGPImage, "sixel": widget.SixelImage, "halfblock": widget.HalfcellImage}
    return _widgets


def _cell_size() -> Any:
    """The terminal's cell size in pixels from an ioctl (10x20 when it says nothing), never by asking the terminal."""
    from textual_image._terminal import CellSize

    try:
        import fcntl
        import struct
        import termios

        packed = fcntl.ioctl(sys.__stdout__.fileno(), termios.TIOCGWINSZ, b"\0" * 8)  # type: ignore[union-attr]
        rows, columns, width, height = struct.unpack("HHHH", packed)
        if rows and columns and width and height:
            return CellSize(width // columns, height // rows)
    except (OSError, AttributeError, ValueError, ImportError):
        pass
    return CellSize(10, 20)


def available() -> bool:
    """Whether textual-image is installed, so that images can be drawn."""
    return _load() is not None


def image_widget(data: bytes, classes: str = "") -> Widget | None:
    """A widget drawing the image in `data` (PNG, JPEG, GIF or WebP); None when textual-image is missing.

    `ValueError` when the bytes cannot be read as an image.
    """
    widgets = _load()
    if widgets is None:
        return None
    from PIL import Image, UnidentifiedImageError

    try:
        picture = Image.open(io.BytesIO(data))
        picture.load()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise ValueError(str(exc) or "unreadable image") from None
    maker: Any = widgets[protocol()]
    return maker(picture, classes=classes)  # type: ignore[no-any-return]
