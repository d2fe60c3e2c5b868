"""A real HTTP server on 127.0.0.1 for the URL tests: http.server, in a thread, on a free port.

It serves the files of a folder, and a few paths that misbehave as servers in the wild do:

- /redirect/NAME answers 302 to /NAME;
- /slow/NAME waits `slow` seconds before it answers (a client with a shorter timeout gives up);
- /declared-huge answers with a Content-Length over quizgen's limit (and sends nothing more);
- /endless streams text, without a Content-Length, until the client hangs up or `endless` bytes are sent;
- /image.png is a PNG, /data.bin an unnamed binary, /octet/NAME a file as application/octet-stream;
- any other missing path is a 404.

Every request's headers are kept in `requests`, to check what the client said of itself. The server
only listens on the loopback address and stops when its `with` block ends.
"""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TYPES = {".html": "text/html; charset=utf-8", ".pdf": "application/pdf", ".txt": "text/plain; charset=utf-8"}


@dataclass
class Server:
    """A running server: its base address, and the headers of every request it got."""

    base: str
    requests: list[dict[str, str]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return f"{self.base}/{path.lstrip('/')}"


@contextmanager
def serve(folder: Path, slow: float = 3.0, endless: int = 64 * 1024 * 1024) -> Iterator[Server]:
    """Serve `folder` on 127.0.0.1 for the length of the `with` block."""
    server = Server("")

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base class's name)
            pass  # quiet: the tests check what matters

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            server.requests.append(dict(self.headers.items()))
            path = self.path.split("?", 1)[0].lstrip("/")
            if path.startswith("redirect/"):
                self._answer(302, b"", "text/plain", {"Location": "/" + path.removeprefix("redirect/")})
            elif path.startswith("slow/"):
                time.sleep(slow)
                self._file(path.removeprefix("slow/"))
            elif path == "declared-huge":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(100 * 1024 * 1024))
                self.end_headers()
            elif path == "endless":
                self._endless()
            elif path == "image.png":
                self._answer(200, b"\x89PNG\r\n\x1a\n" + bytes(2000), "image/png")
            elif path == "data.bin":
                self._answer(200, bytes(range(256)) * 8, "application/octet-stream")
            elif path.startswith("octet/"):
                self._file(path.removeprefix("octet/"), "application/octet-stream")
            else:
                self._file(path)

        def _file(self, name: str, kind: str | None = None) -> None:
            target = (folder / name).resolve()
            if folder.resolve() not in target.parents or not target.is_file():
                self._answer(404, b"<html><body><h1>Not Found</h1></body></html>", "text/html")
                return
            self._answer(200, target.read_bytes(), kind or TYPES.get(target.suffix, "application/octet-stream"))

        def _answer(self, status: int, body: bytes, kind: str, headers: dict[str, str] | None = None) -> None:
            try:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True  # the client gave up waiting, as a client with a timeout does

        def _endless(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Connection", "close")
            self.end_headers()
            line = b"The Rhine flows for 1,233 kilometres from the Swiss Alps to the North Sea.\n" * 800
            sent = 0
            try:
                while sent < endless:
                    self.wfile.write(line)
                    sent += len(line)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped reading, as it should
            self.close_connection = True

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    server.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
