"""Shared fixtures: the real shipped pipeline, letters and glossary; ../shared only for tests."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
LETTERS_DIR = ROOT / "terms" / "letters"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

#: Property tests: ``make test`` draws the same examples every run (``derandomize``), so a red
#: suite is reproducible and never depends on luck; ``make fuzz`` draws fresh random examples
#: (up to 400 where a test sets no count) to find cases worth pinning with ``@example``.
settings.register_profile("suite", derandomize=True)
settings.register_profile("explore", max_examples=400)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))

pytest_plugins = ["sphinx.testing.fixtures"]


def require_tool(name: str) -> str:
    """Path of an external tool; skip when absent locally, fail under CI (never a silent skip)."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} not installed (make install brings it via apt)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return path


def run_python(code: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """``code`` run by a fresh interpreter in the checkout (what a cold process imports), with
    ``env`` added to the environment; a non-zero exit fails the test."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **env},
        timeout=600,
        check=True,
    )


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory):
    """The suite never reads or writes the user's cache: a stale analysis cached by an earlier
    version must not answer a test, and a test run must not fill the user's cache folder."""
    from glossary.paths import CACHE_ENV

    before = os.environ.get(CACHE_ENV)
    os.environ[CACHE_ENV] = str(tmp_path_factory.mktemp("user-cache"))
    yield
    if before is None:
        os.environ.pop(CACHE_ENV, None)
    else:
        os.environ[CACHE_ENV] = before


@pytest.fixture(scope="session")
def rootdir() -> Path:
    """Roots for sphinx.testing projects (``tests/roots/test-*``)."""
    return ROOT / "tests" / "roots"


@pytest.fixture(scope="session")
def letters_dir() -> Path:
    return LETTERS_DIR


@pytest.fixture(scope="session")
def nlp():
    """The real shipped Dutch pipeline, loaded once per test process."""
    from glossary.nlp.load import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def resources():
    """General Dutch word frequencies and the lemma tables (:class:`Resources`), once per
    test process."""
    from glossary.nlp.resources import Resources

    return Resources.default()
