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


#: Values whose items :attr:`Option.items` checks.
_COLLECTIONS = (list, tuple, set, frozenset)


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
    #: The type(s) every item must have when the value is a collection (list, tuple, set).
    items: type | tuple[type, ...] | None = None
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
        typed = isinstance(value, self.types)
        if typed and (
            self.items is None
            or not isinstance(value, _COLLECTIONS)
            or all(isinstance(item, self.items) for item in value)
        ):
            return None
        return f"is not a {self.kind}"

    def setting(self, value: Any) -> Any:
        """The typed setting of an accepted value, else of the default."""
        return self.convert(self.default if self.problem(value) else value)


def _option(option: Option) -> Any:
    """A :class:`Settings` field declaring ``option``; its default is the default setting."""
    return dc.field(default=option.setting(option.default), metadata={"option": option})


def _paths(
    value: str | os.PathLike[str] | list[str | os.PathLike[str]] | tuple[str, ...] | None,
) -> tuple[str, ...]:
    if not value:
        return ()
    if isinstance(value, (list, tuple)):
        return tuple(os.fspath(v) for v in value if v)
    return (os.fspath(value),)


def _language(value: str | None) -> str | None:
    return value.strip() or None if value else None


def _names(value: str | list[str] | tuple[str, ...] | set[str] | frozenset[str]) -> frozenset[str]:
    return frozenset([value] if isinstance(value, str) else value)


@dc.dataclass(frozen=True)
class Settings:
    """The validated configuration of one build, as the extension reads it."""

    file: tuple[str, ...] = _option(
        Option(
            None,
            "The glossary file, or a list of them merged in order, relative to ``conf.py``: "
            "the project's glossary JSON or a termbase in any format ``glossary import`` "
            "reads (TBX v2 or v3, Weblate CSV, PO/POT), told apart by suffix and content. "
            "Where two files give a term different renderings the first file's is used, "
            "with a warning naming both. When unset: ``$NATO_GLOSSARY``, else "
            "``terms/glossary.json`` next to ``conf.py``, else the glossary shipped with the "
            "package. A file that is missing or malformed gives one warning and the build "
            "continues without links.",
            types=(str, os.PathLike, list, tuple, type(None)),
            items=(str, os.PathLike),
            kind="str, path or list of them",
            convert=_paths,
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
    source_language: str | None = _option(
        Option(
            None,
            "The language of the glossary's terms (its source side). When unset, the file "
            "says (TBX ``xml:lang``, the PO header ``X-Source-Language``, a CSV header of "
            "language codes), else ``nl``; a glossary JSON is Dutch. Set it to pick one "
            "language of a multilingual termbase, or for a PO or Weblate CSV file whose "
            "terms are not Dutch.",
            types=(str, type(None)),
            kind="str",
            convert=_language,
        )
    )
    target_language: str | None = _option(
        Option(
            None,
            "The language of the renderings the tooltip shows (the target side). When "
            "unset, the file says (TBX ``xml:lang`` of the other language, English among "
            "several; the PO header ``Language``; a CSV header of language codes), else "
            "``en``.",
            types=(str, type(None)),
            kind="str",
            convert=_language,
        )
    )
    match: str = _option(
        Option(
            "auto",
            "Which side of the glossary is matched in the text. ``auto`` decides by Sphinx's "
            "``language``: the terms when it is the glossary's source language, else the "
            "renderings (a translated build, below). ``source`` always matches the terms (an "
            'English manual around Dutch letters, with ``language = "en"``); ``english`` '
            "always matches the renderings (the target side, English or another language).",
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

    def with_languages(self, source: str, target: str) -> Settings:
        """These settings with the glossary's language pair filled in (from the file where
        ``conf.py`` left it open)."""
        return dc.replace(
            self,
            source_language=self.source_language or source,
            target_language=self.target_language or target,
        )

    @property
    def source(self) -> str:
        """The glossary's source language (``nl`` until the file is read)."""
        return _lang(self.source_language) or "nl"

    @property
    def target(self) -> str:
        """The glossary's target language (``en`` until the file is read)."""
        return _lang(self.target_language) or "en"

    @property
    def translated(self) -> bool:
        """A translated build: the target side is matched and the tooltip shows the term.

        By default a build whose ``language`` differs from the glossary's source language;
        ``glossary_match`` = ``source`` or ``english`` decides explicitly (an English manual
        quoting Dutch letters matches the source side with ``language = "en"``).
        """
        if self.match != "auto":
            return self.match == "english"
        return _lang(self.language) != self.source

    @property
    def side(self) -> str:
        """The matched side: ``nl`` the terms (the source side), ``en`` the renderings."""
        return "en" if self.translated else "nl"

    @property
    def tip_language(self) -> str:
        """Language of what the tooltip shows: the target language, or the source language
        in a translated build."""
        return self.source if self.translated else self.target


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


def check_language(config: Config, settings: Settings) -> None:
    """One warning when Sphinx's default ``language`` makes a build match the renderings.

    Called once the glossary is loaded, so ``settings`` knows the glossary's languages.
    """
    if settings.translated and settings.match == "auto" and not _language_set(config):
        warn(
            f"language is not set in conf.py, so Sphinx uses {settings.language!r} and "
            f"sphinx_ext matches the {settings.target!r} side of the glossary (its "
            f"renderings); set language = {settings.source!r} for documents written in the "
            "glossary's source language",
            "language",
        )


def _language_set(config: Config) -> bool:
    """Whether ``language`` was given in ``conf.py`` or with ``-D``, not Sphinx's default.

    Sphinx has no public way to tell a value set in ``conf.py`` from the default, so this
    reads the namespace of ``conf.py`` that :class:`~sphinx.config.Config` keeps.
    """
    return "language" in config.overrides or "language" in getattr(config, "_raw_config", {})
