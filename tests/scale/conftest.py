"""Fixtures for the scale tests: a generated corpus (shipped letters plus ~200 KB of
generated letters), the analysis settings and the serial result every executor must match."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import LETTERS_DIR
from tests.scale.corpus import generate

#: Generated letters (on top of the two shipped ones) and their length in words.
GENERATED = 24
WORDS_PER_LETTER = 800


def make_corpus(
    target: Path, letters: int = GENERATED, words: int = WORDS_PER_LETTER, seed: int = 7
) -> Path:
    """The shipped letters plus ``letters`` generated ones in ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(LETTERS_DIR.glob("*.txt")):
        shutil.copy(path, target / path.name)
    generate(target / "generated", letters, words, LETTERS_DIR, seed=seed)
    return target


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Path:
    """A read-only corpus shared by the tests of this folder (copy it before changing it)."""
    return make_corpus(tmp_path_factory.mktemp("scale") / "corpus")


@pytest.fixture(scope="session")
def settings():
    from glossary.extract.scale.executors import make_settings

    return make_settings()


@pytest.fixture(scope="session")
def baseline(corpus, settings):
    """The serial, uncached run over the corpus: what every other run must reproduce."""
    from glossary.corpus.sources import iter_sources
    from glossary.extract.scale.executors import SerialExecutor, run_map

    result = run_map(iter_sources([str(corpus)]), settings, SerialExecutor())
    assert not result.summary.failed
    return result
