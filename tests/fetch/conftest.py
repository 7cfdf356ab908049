"""A local HTTP server on 127.0.0.1 answering with recorded responses of the search service,
the repository and the Tweede Kamer's open data: nothing leaves the machine."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

HERE = Path(__file__).resolve().parent
RECORDED = HERE / "recorded"
EXAMPLES = HERE.parents[1] / "examples" / "letters"


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


class Service:
    """Routes (path, or path + ``?startRecord=N``) to answers, used in order (the last one
    repeats); every request is logged."""

    def __init__(self) -> None:
        self.routes: dict[str, list[Answer]] = {}
        self.log: list[str] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def on(self, route: str, *answers: Answer) -> None:
        self.routes[route] = list(answers)

    def recorded(self, name: str) -> bytes:
        return (
            (RECORDED / name).read_text(encoding="utf-8").replace("{port}", str(self.port)).encode()
        )

    def _handler(self):
        service = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                parsed = urlparse(self.path)
                service.log.append(self.path)
                start = parse_qs(parsed.query).get("startRecord", [None])[0]
                keys = [f"{parsed.path}?startRecord={start}"] if start else []
                keys.append(parsed.path)
                answers = next((service.routes[k] for k in keys if k in service.routes), None)
                answer = (
                    (answers.pop(0) if len(answers) > 1 else answers[0]) if answers else Answer(404)
                )
                if answer.delay:
                    time.sleep(answer.delay)
                try:
                    self.send_response(answer.status)
                    for key, value in answer.headers.items():
                        self.send_header(key, value)
                    self.send_header("Content-Length", str(len(answer.body)))
                    self.end_headers()
                    self.wfile.write(answer.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args: object) -> None:
                pass

        return Handler

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


SRU = "/sru"
REPO = "/frbr/officielepublicaties/kst/28676"


def document(ident: str, manifestation: str) -> str:
    suffix = "xml" if manifestation == "metadata" else manifestation
    return f"{REPO}/{ident}/1/{manifestation}/{ident}.{suffix}"


@pytest.fixture
def service():
    """The dossier as recorded: three Kamerstukken over two search pages; kst-28676-467 has
    no XML (its PDF is there), kst-28676-999 is served another publication's files."""
    s = Service()
    s.on(f"{SRU}?startRecord=1", Answer(body=s.recorded("sru-page-1.xml")))
    s.on(f"{SRU}?startRecord=3", Answer(body=s.recorded("sru-page-2.xml")))
    for n in ("328", "467"):
        ident = f"kst-28676-{n}"
        s.on(
            document(ident, "metadata"),
            Answer(body=(EXAMPLES / f"{ident}.metadata.xml").read_bytes()),
        )
        s.on(document(ident, "pdf"), Answer(body=(EXAMPLES / f"{ident}.pdf").read_bytes()))
    s.on(
        document("kst-28676-328", "xml"), Answer(body=(EXAMPLES / "kst-28676-328.xml").read_bytes())
    )
    s.on(
        document("kst-28676-467", "xml"),
        Answer(
            200, b"<html><body>Document niet gevonden</body></html>", {"Content-Type": "text/html"}
        ),
    )
    s.on(
        document("kst-28676-999", "xml"), Answer(body=(EXAMPLES / "kst-28676-328.xml").read_bytes())
    )
    yield s
    s.close()
