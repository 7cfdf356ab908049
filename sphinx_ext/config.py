"""The extension's configuration, declared once.

Every field of :class:`Settings` that carries an :class:`Option` is one ``glossary_<field>``
config value: its default (as written in ``conf.py``), the choices or types it accepts, how an
accepted value becomes the typed setting, and its help text. From that one declaration
:func:`register` adds the values to Sphinx in a loop, :func:`check_config` validates them at
``config-inited`` (a wrong value gives one warning naming the option and the default used,
never an error), :meth:`Settings.from_config` gives the typed view the extension reads, and
the documentation lists them (``docs/_ext/config_reference.py``).
"""

from __future__ import annotations

import copy
import dataclasses as dc
import os
from collections.abc import Callable, Iterator
from typing import Any

from sphinx.application import Sphinx
from sphinx.config import Config

from glossary.model import STATUSES
from sphinx_ext.log import warn

PREFIX = "glossary_"
AUTOLINK_MODES = ("all", "first-per-paragraph", "first-per-page", "off")
SHOW_MODES = ("tooltip", "inline", "none")
#: Which side of the glossary is matched: ``auto`` decides by ``language``.
MATCH_SIDES = ("auto", "source", "english")
#: Before Sphinx's own type check (800) and any other listener that reads the values.
CHECK_PRIORITY = 400


def _same(value: Any) -> Any:
    return value


@dc.dataclass(frozen=True)
class Option:
    """How one ``glossary_*`` value is declared (the metadata of a :class:`Settings` field)."""

    #: The value when ``conf.py`` does not set it, as ``conf.py`` would write it.
    default: Any
    #: One paragraph of reStructuredText for the extension's guide (its first sentence is
    #: the description Sphinx keeps).
    help: str
    #: The allowed values; empty when ``types`` decides.
    choices: tuple[str, ...] = ()
    #: The accepted Python types (when there are no choices).
    types: tuple[type, ...] = ()
    #: The type every item must have, for collections.
    items: type | None = None
    #: How warnings and the docs name the accepted types: ``"list of str"``.
    kind: str = ""
    #: Turns an accepted value into the setting's value (``"table"`` → ``{"table"}``).
    convert: Callable[[Any], Any] = _same

    def problem(self, value: Any) -> str | None:
        """Why ``value`` is not accepted, or None when it is."""
        if self.choices:
            if isinstance(value, str) and value in self.choices:
                return None
            return "is not one of " + ", ".join(self.choices)
        typed = isinstance(value, self.types)  # a collection type whenever ``items`` is set
        if typed and (self.items is None or all(isinstance(item, self.items) for item in value)):
            return None
        return f"is not a {self.kind}"

    def setting(self, value: Any) -> Any:
        """The typed setting of an accepted value, else of the default."""
        return self.convert(self.default if self.problem(value) else value)


def _option(option: Option) -> Any:
    """A :class:`Settings` field declaring ``option``; its default is the default setting."""
    return dc.field(default=option.setting(option.default), metadata={"option": option})


def _path(value: str | os.PathLike[str] | None) -> str | None:
    return os.fspath(value) if value else None


def _names(value: str | list[str] | tuple[str, ...] | set[str] | frozenset[str]) -> frozenset[str]:
    return frozenset([value] if isinstance(value, str) else value)


@dc.dataclass(frozen=True)
class Settings:
    """The validated configuration of one build, as the extension reads it."""

    file: str | None = _option(
        Option(
            None,
            "The glossary JSON, relative to ``conf.py``. When unset: ``$NATO_GLOSSARY``, else "
            "``terms/glossary.json`` next to ``conf.py``, else the glossary shipped with the "
            "package. A file that is missing or malformed gives one warning and the build "
            "continues without links.",
            types=(str, os.PathLike, type(None)),
            kind="str or path",
            convert=_path,
        )
    )
    autolink: str = _option(
        Option(
            "first-per-page",
            "Which occurrences of a term are linked: every one, the first in each paragraph, "
            "the first on each page, or none (only ``:gl:`` roles are linked).",
            choices=AUTOLINK_MODES,
        )
    )
    show: str = _option(
        Option(
            "tooltip",
            "How the translation is shown next to a linked term in HTML: a tooltip, a "
            "parenthesis after the term (``lastenverdeling (en: burden sharing)``), or not at "
            "all (a plain link). Other builders show it at the first use of a term on each page "
            'unless the value is ``"none"`` (see the builders below).',
            choices=SHOW_MODES,
        )
    )
    min_status: str = _option(
        Option(
            # Everything with an English rendering; ``missing`` entries have nothing to show.
            "machine",
            "The weakest status that is linked and listed on the glossary page (``reviewed`` "
            "> ``proposed`` > ``machine`` > ``missing``; :doc:`/guide/translation`). The default "
            'links every entry that has English; ``"reviewed"`` shows only English a person '
            "vouches for.",
            choices=STATUSES,
        )
    )
    exclude: frozenset[str] = _option(
        Option(
            [],
            'Docutils node class names (``"table"``, ``"emphasis"``, ``"admonition"``, '
            "subclasses included) and CSS classes whose text is never auto-linked. The class "
            "``no-glossary`` is always excluded. A single name may be given as a string.",
            types=(list, tuple, set, frozenset, str),
            items=str,
            kind="list of str",
            convert=_names,
        )
    )
    source_language: str = _option(
        Option(
            "nl",
            "The language of the glossary's source side (Dutch).",
            types=(str,),
            kind="str",
        )
    )
    match: str = _option(
        Option(
            "auto",
            "Which side of the glossary is matched in the text. ``auto`` decides by Sphinx's "
            "``language``: the Dutch terms when it equals ``glossary_source_language``, else "
            "the English (a translated build, below). ``source`` always matches the Dutch (an "
            'English manual around Dutch letters, with ``language = "en"``); ``english`` '
            "always matches the English.",
            choices=MATCH_SIDES,
        )
    )
    #: Sphinx's own ``language`` (not an option of the extension).
    language: str = "en"

    @classmethod
    def from_config(cls, config: Config) -> Settings:
        """The settings of ``config``; a value :func:`check_config` refused is its default."""
        values = {name[len(PREFIX) :]: option.setting(config[name]) for name, option in options()}
        return cls(**values, language=str(config.language or "en"))

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


def options() -> Iterator[tuple[str, Option]]:
    """(config name, option) of every value, in declaration order."""
    for field in dc.fields(Settings):
        option = field.metadata.get("option")
        if option is not None:
            yield PREFIX + field.name, option


def register(app: Sphinx) -> None:
    """Declare the config values and validate them at ``config-inited``.

    Every value changes what is read, so ``rebuild="env"``. Sphinx is told any type is fine:
    :func:`check_config` does the checking, so a wrong value gives one warning, not two.
    """
    for name, option in options():
        default = copy.copy(option.default)
        app.add_config_value(name, default, "env", Any, _first_sentence(option.help))
    app.connect("config-inited", check_config, priority=CHECK_PRIORITY)


def _first_sentence(text: str) -> str:
    return text.split(". ", 1)[0].rstrip(".") + "."


def _shown(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def check_config(app: Sphinx | None, config: Config) -> None:
    """``config-inited``: replace each refused value by its default, with one warning each."""
    for name, option in options():
        value = config[name]
        problem = option.problem(value)
        if problem:
            warn(
                f"{name} = {_shown(value)} {problem}; using the default {option.default!r}",
                "config",
            )
            config[name] = copy.copy(option.default)
    settings = Settings.from_config(config)
    if settings.translated and settings.match == "auto" and not _language_set(config):
        warn(
            f"language is not set in conf.py, so Sphinx uses {settings.language!r} and "
            "sphinx_ext matches the English side of the glossary; set language = "
            f"{settings.source_language!r} for documents written in that language",
            "language",
        )


def _language_set(config: Config) -> bool:
    """Whether ``language`` was given in ``conf.py`` or with ``-D``, not Sphinx's default.

    Sphinx has no public way to tell a value set in ``conf.py`` from the default, so this
    reads the namespace of ``conf.py`` that :class:`~sphinx.config.Config` keeps.
    """
    return "language" in config.overrides or "language" in getattr(config, "_raw_config", {})
