"""A polite HTTP client: one request at a time, a pause between requests, bounded retries with
backoff on 429, 5xx, time-outs and dropped connections, and one error type for the rest.

Only ``GET`` requests to the URLs the services give are made; nothing about the user or the
letters is sent. The pause and the sleep function are parameters, so tests run without waiting.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field

from glossary.errors import GlossaryError

USER_AGENT = "nato-glossary-fetch (+https://example.invalid/nato-glossary)"
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
#: At most this many bytes per download (a Kamerstuk PDF with annexes stays far below).
MAX_BYTES = 200 * 1024 * 1024


class FetchError(GlossaryError):
    """A request that failed for good (after its retries), or an answer that is not usable."""


@dataclass
class Client:
    """Sequential GETs with a ``delay`` between them and ``retries`` with backoff."""

    delay: float = 1.0
    retries: int = 3
    timeout: float = 30.0
    backoff: float = 2.0
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    #: Every URL requested, in order (for the summary and the tests).
    requested: list[str] = field(default_factory=list)
    _last: float | None = None

    def _pause(self) -> None:
        if self._last is not None and self.delay > 0:
            wait = self.delay - (self.clock() - self._last)
            if wait > 0:
                self.sleep(wait)

    def get(self, url: str) -> tuple[int, bytes, str]:
        """``(status, body, content type)``; 404 is returned, other failures raise."""
        attempt = 0
        while True:
            self._pause()
            self.requested.append(url)
            request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                    body = answer.read(MAX_BYTES + 1)
                    self._last = self.clock()
                    if len(body) > MAX_BYTES:
                        raise FetchError(f"answer larger than {MAX_BYTES:,} bytes: {url}")
                    return answer.status, body, answer.headers.get("Content-Type", "")
            except urllib.error.HTTPError as exc:
                self._last = self.clock()
                if exc.code == 404:
                    return 404, b"", ""
                if exc.code not in RETRY_STATUS or attempt >= self.retries:
                    raise FetchError(f"HTTP {exc.code} from {url}") from None
                wait = _retry_after(exc.headers.get("Retry-After")) or self.backoff**attempt
            except (TimeoutError, urllib.error.URLError, ConnectionError) as exc:
                self._last = self.clock()
                reason = getattr(exc, "reason", exc)
                if attempt >= self.retries:
                    raise FetchError(f"no answer from {url} ({reason})") from None
                wait = self.backoff**attempt
            attempt += 1
            self.sleep(min(wait, 120.0))


def _retry_after(value: str | None) -> float | None:
    if value and value.strip().isdigit():
        return float(value.strip())
    return None
