"""``glossary fetch`` against recorded answers served on 127.0.0.1: paging, the XML or the PDF,
metadata, identity checks, diagnostics, 429 and time-outs with retries, resuming, open data."""

from __future__ import annotations

import json

import pytest

from glossary.cli import main
from glossary.corpus.letters import read_letters
from glossary.fetch.http import Client
from glossary.fetch.run import FetchOptions, fetch
from tests.fetch.conftest import SRU, Answer, document


class Sleeps(list):
    """A sleep that only records how long it was asked to wait."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def options(service, out, **kw) -> FetchOptions:
    return FetchOptions(
        dossier="28676",
        out=str(out),
        sru_url=service.url + SRU,
        odata_url=service.url + "/OData/v4/2.0",
        page_size=2,
        **kw,
    )


def client(**kw) -> Client:
    return Client(delay=kw.pop("delay", 0.0), sleep=kw.pop("sleep", Sleeps()), **kw)


def test_pages_xml_pdf_fallback_metadata_and_a_mismatching_identifier(service, tmp_path):
    out = tmp_path / "brieven"
    summary = fetch(options(service, out), client())
    searches = [p for p in service.log if p.startswith(SRU)]
    assert len(searches) == 2 and "startRecord=1" in searches[0] and "startRecord=3" in searches[1]
    assert "w.dossiernummer%3D%3D28676" in searches[0] and "maximumRecords=2" in searches[0]
    assert (summary.found, summary.downloaded, summary.fallbacks) == (
        3,
        ["kst-28676-328", "kst-28676-467"],
        ["kst-28676-467"],
    )
    (failed,) = summary.failed
    assert failed[0] == "kst-28676-999" and "not kst-28676-999" in failed[1]
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "kst-28676-328.metadata.xml",
        "kst-28676-328.xml",
        "kst-28676-467.metadata.xml",
        "kst-28676-467.pdf",
    ]
    letters = read_letters([str(out)])  # the folder reads as it is
    assert [(d.id, d.source_format, d.number) for d in letters] == [
        ("kst-28676-328", "xml", "328"),
        ("kst-28676-467", "pdf", "467"),
    ]


def test_a_429_and_a_time_out_are_retried_with_backoff(service, tmp_path):
    xml = document("kst-28676-328", "xml")
    good = service.routes[xml][0]
    service.on(xml, Answer(429, b"", {"Retry-After": "7"}), Answer(503), good)
    pdf = document("kst-28676-467", "pdf")
    service.on(pdf, Answer(body=b"", delay=1.0), service.routes[pdf][0])
    sleeps = Sleeps()
    summary = fetch(options(service, tmp_path), client(sleep=sleeps, timeout=0.4, retries=3))
    assert "kst-28676-328" in summary.downloaded and "kst-28676-467" in summary.downloaded
    assert service.log.count(xml) == 3 and service.log.count(pdf) == 2
    assert 7.0 in sleeps and 2.0 in sleeps  # Retry-After, then the backoff


def test_retries_are_bounded(service, tmp_path):
    service.on(document("kst-28676-328", "xml"), Answer(500))
    summary = fetch(options(service, tmp_path), client(retries=2))
    assert (
        "kst-28676-328",
        f"HTTP 500 from {service.url}{document('kst-28676-328', 'xml')}",
    ) in summary.failed
    assert service.log.count(document("kst-28676-328", "xml")) == 3


def test_an_interrupted_run_resumes_without_downloading_twice(service, tmp_path):
    def stop_after_first(done, total, ident, note):
        if done == 1:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        fetch(options(service, tmp_path), client(), stop_after_first)
    assert (tmp_path / "kst-28676-328.xml").is_file()
    service.log.clear()
    summary = fetch(options(service, tmp_path), client())
    assert summary.skipped == ["kst-28676-328"] and summary.downloaded == ["kst-28676-467"]
    assert not any("kst-28676-328" in p for p in service.log)
    assert not list(tmp_path.glob("*.part"))


def test_the_open_data_api_adds_what_the_search_lacks(service, tmp_path):
    odata = "/OData/v4/2.0/Document"
    service.on(odata, Answer(body=service.recorded("odata-page-1.json")))
    service.log.clear()
    page2 = service.recorded("odata-page-2.json")
    service.routes[odata] = [service.routes[odata][0], Answer(body=page2)]
    from tests.fetch.conftest import EXAMPLES

    service.on(
        "/OData/v4/2.0/Document(0d5a3f2e-bbbb-4c1e-9d2b-000000000470)/resource",
        Answer(body=(EXAMPLES / "kst-28676-467.docx").read_bytes()),
    )
    summary = fetch(options(service, tmp_path, tk=True), client())
    assert summary.from_tk == ["kst-28676-470"]
    assert (tmp_path / "kst-28676-470.docx").is_file()
    assert not any("000000000328" in p for p in service.log)  # the search had it


def test_the_command_prints_a_summary_and_exits_1_when_some_failed(
    service, tmp_path, monkeypatch, capsys
):
    monkeypatch.setenv("NATO_GLOSSARY_SRU_URL", service.url + SRU)
    code = main(["fetch", "--dossier", "28676", "--out", str(tmp_path), "--delay", "0", "--json"])
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert code == 1 and data["downloaded"] == ["kst-28676-328", "kst-28676-467"]
    assert data["pdf_instead_of_xml"] == ["kst-28676-467"] and len(data["failed"]) == 1
    code = main(["fetch", "--dossier", "28676", "--out", str(tmp_path), "--delay", "0"])
    out, err = capsys.readouterr()
    assert code == 1 and "3 Kamerstukken found: 0 downloaded" in out and "2 already in" in out
    assert "failed: kst-28676-999: " in err


def test_diagnostics_answered_with_http_200_are_an_error(service, tmp_path, monkeypatch, capsys):
    service.on(f"{SRU}?startRecord=1", Answer(body=service.recorded("sru-diagnostics.xml")))
    monkeypatch.setenv("NATO_GLOSSARY_SRU_URL", service.url + SRU)
    code = main(["fetch", "--dossier", "28676", "--out", str(tmp_path), "--delay", "0"])
    _, err = capsys.readouterr()
    assert code == 2 and "Traceback" not in err
    assert "the search service refused the query: Query syntax error" in err
    assert len([ln for ln in err.splitlines() if ln.strip()]) == 1
