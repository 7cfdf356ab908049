"""A fake translation provider on 127.0.0.1: LibreTranslate, DeepL, Google, MyMemory, Microsoft.

Tests script its answers (status, body, delay) and count the requests it received; nothing
leaves the machine. Without a script it translates with a small dictionary, word by word, as
each provider's API would answer.
"""

from __future__ import annotations

import html
import json
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

DICTIONARY = {
    "navo": "NATO",
    "lastenverdeling": "burden sharing",
    "afschrikking": "deterrence",
    "top": "summit",
    "munitievoorraad": "ammunition stock",
    "weerbaarheid": "resilience",
    "voortzettingsvermogen": "sustainability",
}


def fake_translate(text: str) -> str:
    """Word-by-word dictionary translation that keeps punctuation (``NAVO: x`` → ``NATO: y``)."""
    return re.sub(r"[^\W\d_]+", lambda m: DICTIONARY.get(m.group(0).lower(), m.group(0)), text)


@dataclass
class Reply:
    status: int = 200
    body: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, list[str]]
    body: bytes


class FakeProvider:
    """State shared with the handler: what to answer next, what was asked."""

    def __init__(self) -> None:
        self.mode = "libre"
        self.script: list[Reply] = []
        self.seen: list[Seen] = []
        self.lock = threading.Lock()
        self.url = ""

    def reset(self, mode: str = "libre") -> None:
        with self.lock:
            self.mode = mode
            self.script = []
            self.seen = []

    @property
    def requests(self) -> int:
        return len(self.seen)

    def default_reply(self, seen: Seen) -> Reply:
        query = {k: v[0] for k, v in seen.query.items()}
        if self.mode == "libre":
            return Reply(body=json.dumps({"translatedText": fake_translate(query["q"])}))
        if self.mode == "marking":  # LibreTranslate that marks every term: "NATO: en(x)"
            head, _, term = query["q"].rpartition("NAVO: ")
            return Reply(body=json.dumps({"translatedText": f"{head}NATO: en({term})"}))
        if self.mode == "deepl":
            return Reply(
                body=json.dumps(
                    {
                        "translations": [
                            {
                                "detected_source_language": "NL",
                                "text": fake_translate(query["text"]),
                            }
                        ]
                    }
                )
            )
        if self.mode == "mymemory":
            return Reply(
                body=json.dumps(
                    {"responseData": {"translatedText": fake_translate(query["q"])}, "matches": []}
                )
            )
        if self.mode == "microsoft":
            text = json.loads(seen.body)[0]["text"]
            return Reply(
                body=json.dumps([{"translations": [{"text": fake_translate(text), "to": "en"}]}])
            )
        if self.mode == "google":
            page = (
                f'<html><body><div class="result-container">'
                f"{html.escape(fake_translate(query['q']))}</div></body></html>"
            )
            return Reply(body=page, headers={"Content-Type": "text/html; charset=utf-8"})
        raise AssertionError(self.mode)


class _Handler(BaseHTTPRequestHandler):
    provider: FakeProvider

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def _handle(self, method: str) -> None:
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        query = parse_qs(parts.query)
        if body and self.headers.get("Content-Type", "").startswith(
            "application/x-www-form-urlencoded"
        ):
            query.update(parse_qs(body.decode()))
        seen = Seen(method, parts.path, query, body)
        with self.provider.lock:
            self.provider.seen.append(seen)
            reply = self.provider.script.pop(0) if self.provider.script else None
        if reply is None:
            reply = self.provider.default_reply(seen)
        elif reply.body is None:
            reply.body = self.provider.default_reply(seen).body
        if reply.delay:
            time.sleep(reply.delay)
        data = reply.body.encode()
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.headers.get("Content-Type", "application/json"))
            for name, value in reply.headers.items():
                if name != "Content-Type":
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (time-out test)

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")


@contextmanager
def serve_provider() -> Iterator[FakeProvider]:
    """A fake provider answering on 127.0.0.1 (its ``url`` set) until the block ends."""
    provider = FakeProvider()
    handler = type("Handler", (_Handler,), {"provider": provider})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    provider.url = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        yield provider
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def provider_server() -> Iterator[FakeProvider]:
    with serve_provider() as provider:
        yield provider


@pytest.fixture
def provider(provider_server: FakeProvider, tmp_path, monkeypatch) -> FakeProvider:
    """The fake provider, reset, with the MT cache in a fresh temporary directory."""
    monkeypatch.setenv("NATO_GLOSSARY_CACHE", str(tmp_path / "cache"))
    provider_server.reset()
    return provider_server
