"""Fixtures for the exchange tests (the fixture glossary is built in ``helpers.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary.model import Glossary

from .helpers import sample_glossary, write_glossary


@pytest.fixture
def glossary() -> Glossary:
    return sample_glossary()


@pytest.fixture
def glossary_file(tmp_path: Path) -> Path:
    return write_glossary(tmp_path / "glossary.json")
