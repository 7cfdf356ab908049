"""Where the glossary is read from: :func:`glossary.paths.glossary_to_read` (the string the CLI
prints, found without ``pathlib``) agrees with the ``Path`` of
:func:`~glossary.paths.default_glossary_for_reading`."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from glossary import paths

#: Path pieces built from the characters that pathlib treats specially.
PART = st.text(alphabet="/.a", max_size=6)


@given(st.lists(PART, max_size=4))
@example(["//a", "b"])
@example(["a", "///b/./c/"])
@example(["a/..", "."])
def test_as_path_shows_is_what_path_shows(parts: list[str]) -> None:
    assert paths._as_path_shows(*parts) == str(Path(*parts))


@pytest.mark.parametrize(
    "explicit, base",
    [
        ("g.json", None),
        ("./terms//g.json", None),
        ("../g.json/", None),
        ("g.json", "docs"),
        ("g.json", "docs/"),
        ("/abs/g.json", "docs"),
        ("//host/g.json", None),
    ],
)
def test_glossary_to_read_is_the_default_path_as_a_string(
    explicit: str, base: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert paths.glossary_to_read(explicit, base) == str(
        paths.default_glossary_for_reading(explicit, base)
    )


def test_glossary_to_read_follows_the_environment_then_terms_then_shipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(paths.GLOSSARY_ENV, "./env//g.json")
    assert paths.glossary_to_read() == "env/g.json"
    monkeypatch.delenv(paths.GLOSSARY_ENV)
    shipped = paths.glossary_to_read()
    assert shipped == str(paths.shipped_glossary())
    assert os.path.isabs(shipped)
    (tmp_path / "terms").mkdir()
    (tmp_path / "terms" / "glossary.json").write_text("{}", encoding="utf-8")
    assert paths.glossary_to_read() == "terms/glossary.json"
    assert paths.glossary_to_read(base=".") == "terms/glossary.json"
    assert paths.default_glossary_for_reading() == Path("terms/glossary.json")


def test_shipped_terms_dir_is_the_resolved_package_folder() -> None:
    package = Path(paths.__file__).resolve().parent
    assert package == paths.PACKAGE_DIR
    assert paths.shipped_terms_dir() in (package.parent / "terms", package / "data" / "terms")
