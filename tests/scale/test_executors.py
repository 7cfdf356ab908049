"""Serial, ``--jobs 2`` and ``--dask local`` builds of the same letters write byte-identical
glossaries, report the same failed document, and a cached rebuild matches them too."""

from __future__ import annotations

import json
import shutil

import pytest

from glossary.cli import main


@pytest.fixture(scope="module")
def letters(tmp_path_factory, corpus):
    """The shared corpus plus one letter that cannot be decoded."""
    target = tmp_path_factory.mktemp("executors") / "letters"
    shutil.copytree(corpus, target)
    (target / "generated" / "kapot.txt").write_bytes(b"De NAVO \xff\xfe in Brussel.\n")
    return target


def build(tmp_path, letters, name: str, *options: str, capsys) -> tuple[bytes, dict]:
    out = tmp_path / f"{name}.json"
    code = main(
        ["build", "--letters", str(letters), "--out", str(out), "--format", "json", *options]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return out.read_bytes(), json.loads(captured.out)


@pytest.mark.slow
def test_serial_processes_dask_and_cache_build_the_same_glossary(
    tmp_path, letters, capsys, monkeypatch
):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    cache = ["--cache-dir", str(tmp_path / "cache")]
    runs = {
        "serial": build(tmp_path, letters, "serial", *cache, capsys=capsys),
        "processes": build(tmp_path, letters, "jobs2", "--jobs", "2", "--no-cache", capsys=capsys),
        "dask": build(
            tmp_path, letters, "dask", "--dask", "local", "--jobs", "2", "--no-cache", capsys=capsys
        ),
        "cached": build(tmp_path, letters, "cached", *cache, capsys=capsys),
    }
    serial_bytes, serial_summary = runs["serial"]
    assert len(json.loads(serial_bytes)["entries"]) > 300
    for name, (data, summary) in runs.items():
        assert data == serial_bytes, f"{name} glossary differs from the serial one"
        docs = summary["documents"]
        assert docs["executor"] == {"cached": "serial"}.get(name, name)
        assert (docs["documents"], docs["failed"]) == (27, 1)
        assert docs["failures"][0]["file"].endswith("kapot.txt")
        assert "not UTF-8" in docs["failures"][0]["reason"]
        assert docs["words"] == serial_summary["documents"]["words"]
    assert runs["serial"][1]["documents"]["analysed"] == 26
    assert runs["cached"][1]["documents"]["from_cache"] == 26
    assert runs["cached"][1]["documents"]["analysed"] == 0
