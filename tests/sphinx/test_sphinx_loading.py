"""The loaded glossary: found through glossary.paths, read-only for the whole build, and kept
apart from the incremental plan a build makes on the way."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from glossary import paths
from sphinx_ext import incremental, loading
from sphinx_ext.config import Settings
from sphinx_ext.loading import glossary_paths, loaded_glossary


def test_glossary_file_is_relative_to_conf_py(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(paths.GLOSSARY_ENV, str(tmp_path / "from-env.json"))
    settings = Settings(file=("../terms/g.json",))
    assert glossary_paths(settings, tmp_path / "docs") == (tmp_path / "terms" / "g.json",)
    several = Settings(file=("../terms/g.json", "extra.csv"))
    assert glossary_paths(several, tmp_path / "docs") == (
        tmp_path / "terms" / "g.json",
        tmp_path / "docs" / "extra.csv",
    )


def test_without_glossary_file_env_then_terms_next_to_conf_py(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    confdir = tmp_path / "docs"
    (confdir / "terms").mkdir(parents=True)
    local = confdir / "terms" / "glossary.json"
    local.write_text("{}", encoding="utf-8")
    monkeypatch.setenv(paths.GLOSSARY_ENV, "elsewhere.json")
    assert glossary_paths(Settings(), confdir) == (tmp_path / "elsewhere.json",)
    monkeypatch.delenv(paths.GLOSSARY_ENV)
    assert glossary_paths(Settings(), confdir) == (local,)
    local.unlink()
    assert glossary_paths(Settings(), confdir) == (paths.shipped_glossary(),)


def test_cli_default_is_unchanged_without_base(tmp_path: Path, monkeypatch) -> None:
    """The CLI's default stays relative to the working directory, as it prints it."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(paths.GLOSSARY_ENV, raising=False)
    (tmp_path / "terms").mkdir()
    (tmp_path / "terms" / "glossary.json").write_text("{}", encoding="utf-8")
    assert str(paths.default_glossary_for_reading()) == "terms/glossary.json"
    assert str(paths.default_glossary_for_reading("g.json")) == "g.json"
    assert paths.default_glossary_for_reading("g.json", base="docs") == Path("docs/g.json")


@pytest.mark.sphinx("html", testroot="gl-match", freshenv=True)
def test_loaded_glossary_is_read_only(app) -> None:
    loaded = loaded_glossary(app.env)
    with pytest.raises(dataclasses.FrozenInstanceError):
        loaded.text = ""  # type: ignore[misc]
    with pytest.raises(TypeError):
        loaded.tips["navo"] = "changed"  # type: ignore[index]
    with pytest.raises(TypeError):
        loaded.names["x"] = "navo"  # type: ignore[index]
    assert loaded.tip("navo") == "NATO" and loaded.lookup("NAVO") == "navo"


@pytest.mark.sphinx("html", testroot="gl-match", freshenv=True)
def test_build_leaves_the_loaded_glossary_as_loaded(app) -> None:
    loaded = loaded_glossary(app.env)
    tips, fingerprints = dict(loaded.tips), dict(loaded.fingerprints)
    app.build()
    assert loaded_glossary(app.env) is loaded
    assert dict(loaded.tips) == tips and dict(loaded.fingerprints) == fingerprints


@pytest.mark.sphinx("html", testroot="gl-match", freshenv=True)
def test_incremental_plan_is_kept_apart_from_the_loaded_glossary(app) -> None:
    app.build()
    plan = incremental.plan_for(app.env)
    assert plan.targets is not None and plan.targets["navo"] == ("glossary", "term-NAVO")
    assert plan.old_targets == {}  # a fresh build: nothing before reading
    assert plan.rewrite == set() and plan.new_fingerprints is None
    assert incremental.targets(app.env) is plan.targets
    loaded_fields = {f.name for f in dataclasses.fields(loaded_glossary(app.env))}
    assert not loaded_fields & {f.name for f in dataclasses.fields(plan)}


@pytest.mark.sphinx("html", testroot="gl-match", freshenv=True)
def test_glossary_is_loaded_on_demand_if_builder_inited_was_missed(app) -> None:
    first = loaded_glossary(app.env)
    del loading._LOADED[app.env]
    again = loaded_glossary(app.env)
    assert again is not first and again.path == first.path
    assert dict(again.tips) == dict(first.tips)
