"""The extension's configuration values and their validated, typed view (:class:`Settings`)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from sphinx.application import Sphinx
from sphinx.config import ENUM, Config

from glossary.model import STATUSES
from sphinx_ext.log import warn

AUTOLINK_MODES = ("all", "first-per-paragraph", "first-per-page", "off")
SHOW_MODES = ("tooltip", "inline", "none")
#: Which side of the glossary is matched: ``auto`` decides by ``language``.
MATCH_SIDES = ("auto", "source", "english")
DEFAULT_AUTOLINK = "first-per-page"
DEFAULT_SHOW = "tooltip"
#: Everything with an English rendering; ``missing`` entries have nothing to show.
DEFAULT_MIN_STATUS = "machine"
DEFAULT_SOURCE_LANGUAGE = "nl"


def register(app: Sphinx) -> None:
    """Declare the config values; every one changes what is read, so ``rebuild="env"``."""
    app.add_config_value(
        "glossary_file",
        None,
        "env",
        frozenset({str, PurePath, type(None)}),
        "Glossary JSON (relative to conf.py); default $NATO_GLOSSARY, "
        "terms/glossary.json next to conf.py, else the shipped glossary.",
    )
    app.add_config_value(
        "glossary_autolink",
        DEFAULT_AUTOLINK,
        "env",
        ENUM(*AUTOLINK_MODES),
        "Which occurrences of a term are linked.",
    )
    app.add_config_value(
        "glossary_show",
        DEFAULT_SHOW,
        "env",
        ENUM(*SHOW_MODES),
        "How the translation is shown next to a linked term.",
    )
    app.add_config_value(
        "glossary_min_status",
        DEFAULT_MIN_STATUS,
        "env",
        ENUM(*STATUSES),
        "Weakest entry status that is linked and listed.",
    )
    app.add_config_value(
        "glossary_exclude",
        [],
        "env",
        frozenset({list, tuple, set, frozenset}),
        "Docutils node class names and CSS classes never linked.",
    )
    app.add_config_value(
        "glossary_source_language",
        DEFAULT_SOURCE_LANGUAGE,
        "env",
        frozenset({str}),
        "Language of the glossary's source side.",
    )
    app.add_config_value(
        "glossary_match",
        "auto",
        "env",
        ENUM(*MATCH_SIDES),
        "Side of the glossary to match: auto (by language), source, english.",
    )


@dataclass(frozen=True)
class Settings:
    """The validated configuration: bad values fall back to the default with a warning."""

    file: Path | None
    autolink: str
    show: str
    min_status: str
    exclude: frozenset[str]
    source_language: str
    language: str
    match: str = "auto"

    @property
    def translated(self) -> bool:
        """A translated build: the English side is matched and the tooltip shows the Dutch.

        By default a build whose ``language`` differs from ``glossary_source_language``;
        ``glossary_match`` = ``source`` or ``english`` decides explicitly (an English manual
        quoting Dutch letters matches the source side with ``language = "en"``).
        """
        if self.match != "auto":
            return self.match == "english"
        return _lang(self.language) != _lang(self.source_language)

    @property
    def side(self) -> str:
        return "en" if self.translated else "nl"

    @property
    def tip_language(self) -> str:
        """Language of the shown translation (``en``, or the source language when translated)."""
        return _lang(self.source_language) if self.translated else "en"


def _lang(code: str | None) -> str:
    return (code or "").replace("-", "_").split("_")[0].lower()


def _choice(config: Config, name: str, allowed: tuple[str, ...], default: str) -> str:
    value = getattr(config, name)
    if value in allowed:
        return value
    warn(f"{name} = {value!r} is not one of {', '.join(allowed)}; using {default!r}", "config")
    return default


def resolve_file(value: Any, confdir: Path) -> Path | None:
    """``glossary_file`` relative to conf.py, else $NATO_GLOSSARY, else ./terms next to conf.py."""
    if value:
        return (confdir / Path(value)).resolve()
    env = os.environ.get("NATO_GLOSSARY")
    if env:
        return Path(env).resolve()
    local = confdir / "terms" / "glossary.json"
    if local.is_file():
        return local.resolve()
    from glossary.paths import shipped_glossary

    shipped = shipped_glossary()
    return shipped if shipped.is_file() else None


def settings_from(config: Config, confdir: Path) -> Settings:
    """Read and validate the config values once per build."""
    exclude = config.glossary_exclude
    if isinstance(exclude, str):
        exclude = [exclude]
    source_language = str(config.glossary_source_language or DEFAULT_SOURCE_LANGUAGE)
    language = str(config.language or "en")
    settings = Settings(
        file=resolve_file(config.glossary_file, confdir),
        autolink=_choice(config, "glossary_autolink", AUTOLINK_MODES, DEFAULT_AUTOLINK),
        show=_choice(config, "glossary_show", SHOW_MODES, DEFAULT_SHOW),
        min_status=_choice(config, "glossary_min_status", STATUSES, DEFAULT_MIN_STATUS),
        exclude=frozenset(str(x) for x in exclude),
        source_language=source_language,
        language=language,
        match=_choice(config, "glossary_match", MATCH_SIDES, "auto"),
    )
    explicit = "language" in getattr(config, "_raw_config", {}) or "language" in getattr(
        config, "_overrides", {}
    )
    if settings.translated and settings.match == "auto" and not explicit:
        warn(
            f"language is not set in conf.py, so Sphinx uses {language!r} and sphinx_ext "
            "matches the English side of the glossary; set language = "
            f"{source_language!r} for documents written in that language",
            "language",
        )
    return settings
