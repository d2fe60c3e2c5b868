"""Fetch an article from an http:// or https:// address: with a time limit, a size limit and a user agent
that says who is asking. Every failure is a one-line GenerateError naming the address."""

from __future__ import annotations

import datetime as dt
import http.client
import socket
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message

from quizgen import __version__
from quizgen.errors import GenerateError

TIMEOUT = 30.0
"""Seconds a fetch may take, from connecting to the last byte (--timeout changes it)."""
MAX_BYTES = 20_000_000
"""The most a fetch reads: a long web page is 2 MB, a PDF handout with pictures 10."""
USER_AGENT = f"quizgen/{__version__} (makes flashcards from articles; +https://pypi.org/project/quizgen/)"
ACCEPT = "text/html, application/xhtml+xml, application/pdf, text/plain;q=0.9, text/markdown;q=0.9, */*;q=0.1"
KINDS = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/pdf": "pdf",
    "application/x-pdf": "pdf",
    "text/plain": "text",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
}
"""The content types quizgen reads, and the kind of article each is."""
UNTYPED = ("application/octet-stream", "binary/octet-stream", "")
"""Content types that say nothing: the body's first bytes tell whether it is a PDF or a web page."""
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Fetched:
    """What an address gave."""

    url: str
    """The address the body came from, after any redirects."""
    data: bytes
    content_type: str
    """The media type, lowercase, without parameters: 'text/html'."""
    charset: str | None
    """The charset the server named, if any."""
    fetched: str
    """When it was fetched: UTC, ISO 8601, to the second ('2024-05-01T09:30:00Z')."""


def is_url(where: str) -> bool:
    """Whether an article argument is a web address rather than a file."""
    return where.lower().startswith(("http://", "https://"))


class _HttpOnly(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http and https addresses only (urllib would follow one to ftp)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if not is_url(newurl):
            raise GenerateError(f"{req.full_url}: redirects to {newurl}, which is not a web address")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(
    url: str,
    timeout: float = TIMEOUT,
    limit: int = MAX_BYTES,
    progress: Callable[[int, int | None], None] | None = None,
) -> Fetched:
    """The body of `url`, when it is a web page, a PDF or text within `limit` bytes and `timeout` seconds.

    `progress(read, total)` is called as the body arrives (total is None when the server does not say).
    """
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": ACCEPT})
    opener = urllib.request.build_opener(_HttpOnly)
    when = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    try:
        with opener.open(request, timeout=timeout) as response:
            headers: Message = response.headers
            content_type = headers.get_content_type() if headers.get("Content-Type") else ""
            if content_type not in KINDS and content_type not in UNTYPED:
                raise GenerateError(
                    f"{url}: is {content_type}, not a web page, a PDF or text; give the address of an article"
                )
            length = headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
            if total is not None and total > limit:
                raise GenerateError(f"{url}: is {total / 1_000_000:.1f} MB; {_too_big(limit)}")
            data = _read(response, url, deadline, timeout, limit, total, progress)
            data = _decoded(data, (headers.get("Content-Encoding") or "").strip().lower(), url, limit)
            final = response.geturl()
            charset = headers.get_content_charset()
    except GenerateError:
        raise
    except urllib.error.HTTPError as exc:
        raise GenerateError(f"{url}: the server answered {exc.code} {exc.reason}; check the address") from None
    except urllib.error.URLError as exc:
        raise GenerateError(_network_message(url, exc.reason, timeout)) from None
    except (TimeoutError, socket.timeout):
        raise GenerateError(_timed_out(url, timeout)) from None
    except (OSError, http.client.HTTPException, ValueError) as exc:
        raise GenerateError(_network_message(url, exc, timeout)) from None
    return Fetched(final, data, content_type, charset, when)


def _read(
    response: http.client.HTTPResponse,
    url: str,
    deadline: float,
    timeout: float,
    limit: int,
    total: int | None,
    progress: Callable[[int, int | None], None] | None,
) -> bytes:
    """The body, chunk by chunk, stopping at the limit or the deadline."""
    chunks: list[bytes] = []
    read = 0
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise GenerateError(_timed_out(url, timeout))
        _wait_at_most(response, left)
        chunk = response.read1(min(_CHUNK, limit + 1 - read))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        read += len(chunk)
        if read > limit:
            raise GenerateError(f"{url}: is over {limit / 1_000_000:g} MB; {_too_big(limit)}")
        if progress is not None:
            progress(read, total)


def _wait_at_most(response: http.client.HTTPResponse, seconds: float) -> None:
    """Let the next read of the body wait no longer than the time left (urllib's timeout is per read)."""
    raw = getattr(response.fp, "raw", None)  # the socket file of CPython's http.client
    sock = getattr(raw, "_sock", None)
    if isinstance(sock, socket.socket):
        sock.settimeout(seconds)


def _decoded(data: bytes, encoding: str, url: str, limit: int) -> bytes:
    """The body without the compression a server applied although quizgen asked for none."""
    if encoding in ("", "identity"):
        return data
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise GenerateError(f"{url}: the server sent it compressed as '{encoding}', which quizgen cannot read")
    try:
        inflate = zlib.decompressobj(zlib.MAX_WBITS | 32)  # a gzip or zlib header, told apart by zlib
        out = inflate.decompress(data, limit + 1)
    except zlib.error as exc:
        raise GenerateError(f"{url}: the server sent a broken compressed body ({exc})") from None
    if len(out) > limit:
        raise GenerateError(f"{url}: is over {limit / 1_000_000:g} MB uncompressed; {_too_big(limit)}")
    return out


def _too_big(limit: int) -> str:
    return f"quizgen fetches articles of at most {limit / 1_000_000:g} MB; save the text you need as a .txt file"


def _timed_out(url: str, timeout: float) -> str:
    return f"{url}: no complete answer within {timeout:g} s; try again later, or allow longer with --timeout"


def _network_message(url: str, reason: object, timeout: float) -> str:
    """A one-line message for a failed connection."""
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return _timed_out(url, timeout)
    if isinstance(reason, socket.gaierror):
        return f"{url}: cannot find the server ({reason.strerror or reason}); check the address and the network"
    if isinstance(reason, ValueError):
        return f"{url}: is not a valid web address ({reason})"
    text = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
    return f"{url}: cannot fetch the page ({text}); check the address and the network"
