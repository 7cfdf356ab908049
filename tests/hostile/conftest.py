"""Fixtures for the hostile-input tests: a working folder with the small glossary, the fake MT
provider on 127.0.0.1, and a small Sphinx project."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.translation.conftest import FakeProvider, serve_provider

from .helpers import write_glossary


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh working folder holding ``terms/glossary.json`` (the small glossary)."""
    write_glossary(tmp_path / "terms" / "glossary.json")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NATO_GLOSSARY_USER", "tester")
    monkeypatch.delenv("NATO_GLOSSARY", raising=False)
    monkeypatch.setenv("NATO_GLOSSARY_CACHE", str(tmp_path / "cache"))
    return tmp_path


@pytest.fixture(scope="session")
def mt_server() -> Iterator[FakeProvider]:
    """A LibreTranslate stand-in on 127.0.0.1 whose answers the test scripts."""
    with serve_provider() as provider:
        yield provider
