"""Real media files for tests: PNG pictures and WAV sounds written by the standard library."""

from __future__ import annotations

import struct
import wave
import zlib
from pathlib import Path


def png_bytes(width: int = 8, height: int = 6, colour: tuple[int, int, int] = (200, 40, 40)) -> bytes:
    """A real PNG of one colour, with a white diagonal so that it is not uniform."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            row += bytes((255, 255, 255) if x == y else colour)
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows)))
        + chunk(b"IEND", b"")
    )


def write_png(path: Path, **kwargs: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(png_bytes(**kwargs))  # type: ignore[arg-type]
    return path


def write_wav(path: Path, frames: int = 800) -> Path:
    """A real, short, silent WAV file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x00\x00" * frames)
    return path
