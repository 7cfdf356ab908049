"""The config values: declared once, registered from the declaration, validated at
``config-inited`` (a wrong value: one warning naming it and the default used, never an error)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from sphinx_ext.config import Option, Settings, options

#: One wrong value per option, of the wrong type or not among the choices.
WRONG = {
    "glossary_file": 5,
    "glossary_autolink": "sometimes",
    "glossary_show": ["tooltip"],
    "glossary_min_status": 5,
    "glossary_exclude": 5,
    "glossary_source_language": 5,
    "glossary_target_language": ["en"],
    "glossary_match": True,
}


def _config_warnings(warnings: str) -> list[str]:
    return [line for line in warnings.splitlines() if "[nato-glossary.config]" in line]


def test_every_settings_field_but_language_is_a_declared_option() -> None:
    names = [name for name, _ in options()]
    fields = [f.name for f in dataclasses.fields(Settings)]
    assert names == [f"glossary_{f}" for f in fields if f != "language"]
    assert sorted(names) == sorted(WRONG)


def test_default_settings_are_the_declared_defaults() -> None:
    assert Settings() == Settings(
        file=(),
        autolink="first-per-page",
        show="tooltip",
        min_status="machine",
        exclude=frozenset(),
        source_language=None,
        target_language=None,
        match="auto",
        language="en",
    )


def test_option_accepts_its_types_and_choices() -> None:
    exclude = dict(options())["glossary_exclude"]
    assert exclude.problem(["table", "strong"]) is None
    assert exclude.problem("table") is None
    assert exclude.setting("table") == frozenset({"table"})
    assert exclude.problem(["table", 5]) == "is not a list of str"
    assert exclude.setting(["table", 5]) == frozenset()
    choice = Option("a", "help", choices=("a", "b"))
    assert choice.problem("b") is None
    assert choice.problem(["b"]) == "is not one of a, b"
    path = dict(options())["glossary_file"]
    assert path.problem(Path("g.json")) is None and path.setting(Path("g.json")) == ("g.json",)
    assert path.setting("") == () and path.setting(None) == ()
    assert path.problem(["terms.tbx", Path("extra.csv")]) is None
    assert path.setting(["terms.tbx", Path("extra.csv")]) == ("terms.tbx", "extra.csv")
    assert path.problem(["terms.tbx", 5]) == "is not a str, path or list of them"
    language = dict(options())["glossary_target_language"]
    assert language.setting(None) is None and language.setting(" de ") == "de"


@pytest.mark.sphinx("html", testroot="gl-nopage", freshenv=True)
def test_options_are_registered_from_the_declaration(app) -> None:
    for name, option in options():
        registered = app.config.values[name]
        assert registered.default == option.default, name
        assert registered.rebuild == "env", name
        assert registered.description and option.help.startswith(
            registered.description.rstrip(".")
        ), name


@pytest.mark.parametrize(("name", "value"), sorted(WRONG.items()))
def test_wrong_value_warns_once_and_uses_the_default(make_app, project, name, value) -> None:
    src = project("gl-nopage", f"wrong-{name}")
    app = make_app("html", srcdir=src, freshenv=True, confoverrides={name: value})
    app.build()
    ours = _config_warnings(app.warning.getvalue())
    default = dict(options())[name].default
    assert len(ours) == 1, ours
    assert f"{name} = {value!r} is not " in ours[0]
    assert f"; using the default {default!r}" in ours[0]
    assert app.config[name] == default
    # Sphinx's own type check sees the default: no second warning about the same value.
    assert f"`{name}" not in app.warning.getvalue()
    assert (app.outdir / "index.html").is_file()


def test_glossary_file_as_path_and_exclude_as_string(make_app, project, links_of, body) -> None:
    src = project("gl-autolink", "path-and-string")
    app = make_app(
        "html",
        srcdir=src,
        freshenv=True,
        confoverrides={"glossary_file": src / "glossary.json", "glossary_exclude": "table"},
    )
    app.build()
    assert "[nato-glossary" not in app.warning.getvalue()
    assert "WARNING" not in app.warning.getvalue()
    page = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert links_of(body(page))
    table = page[page.index("<table") : page.index("</table>")]
    assert "nato-gl" not in table
