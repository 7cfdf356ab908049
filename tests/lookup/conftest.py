"""Fixtures for the lookup tests: a realistic small glossary, a generated large one, a cache."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lookup_helpers import LARGE, fixture_glossary

from glossary.store.jsonfile import save


@pytest.fixture(scope="session")
def small_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("small") / "glossary.json"
    save(fixture_glossary(), path)
    return path


@pytest.fixture(scope="session")
def large_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from synthetic import make_glossary

    path = tmp_path_factory.mktemp("large") / "glossary.json"
    save(make_glossary(LARGE, seed=0), path)
    return path


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache dir for tests that do not test caching (indexes are built once)."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, shared_cache: Path) -> None:
    """Never touch the user's cache or glossary; no colour unless a test asks for it."""
    monkeypatch.setenv("NATO_GLOSSARY_CACHE", str(shared_cache))
    monkeypatch.delenv("NATO_GLOSSARY", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
