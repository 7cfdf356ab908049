"""Fixtures for the review tests: a fixture glossary on disk, a fixed reviewer name."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary.store import jsonfile as store

from ._data import fixture_glossary


@pytest.fixture
def glossary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The fixture glossary written to a fresh ``terms/glossary.json`` under ``tmp_path``."""
    path = tmp_path / "terms" / "glossary.json"
    path.parent.mkdir()
    store.save(fixture_glossary(), path)
    monkeypatch.setenv("NATO_GLOSSARY_USER", "tester")
    monkeypatch.delenv("NATO_GLOSSARY", raising=False)
    return path
