"""Letters in every published format: the shipped letters' fixtures in ``examples/letters``
(made by ``scripts/make_letter_formats.py``) and small files written by the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary.corpus.letters import read_letters

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "letters"
NUMBERS = ("328", "467")


@pytest.fixture(scope="session")
def text_letters():
    """The shipped text letters, read once: what every format must agree with."""
    return {
        n: read_letters([str(ROOT / "terms" / "letters" / f"kst-28676-{n}.txt")])[0]
        for n in NUMBERS
    }


def example(number: str, suffix: str) -> Path:
    return EXAMPLES / f"kst-28676-{number}.{suffix}"


def read_one(path: Path | str):
    (letter,) = read_letters([str(path)])
    return letter
