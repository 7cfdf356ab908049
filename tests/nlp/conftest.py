"""Fixtures for the pipeline tests: the shipped letters analysed once per session."""

from __future__ import annotations

from pathlib import Path

import pytest


def paragraphs(path: Path) -> list[str]:
    """Non-empty blank-line-separated paragraphs of a shipped letter."""
    text = path.read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


@pytest.fixture(scope="session")
def letter_docs(nlp, letters_dir: Path) -> list:
    """Every paragraph of every shipped letter, analysed by the shipped pipeline."""
    texts = [p for path in sorted(letters_dir.glob("*.txt")) for p in paragraphs(path)]
    return list(nlp.pipe(texts))
