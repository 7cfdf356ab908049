"""Load the glossary once per build, as a read-only view the whole build shares.

:class:`LoadedGlossary` (settings, the file's text, the automaton and flat tables) is built in
``builder-inited`` and never changed afterwards. It lives in a module-level map keyed by the
build environment: forked ``-j`` workers inherit it, and the pickled environment never carries
it. A missing or malformed file gives one warning and an empty glossary, so the build
completes. What a build computes as it goes (the incremental plan, the targets after reading)
is kept apart, in :mod:`sphinx_ext.incremental`.

The parsed :class:`~glossary.model.Glossary` is not kept: tens of thousands of small objects
alive for the whole build make every garbage collection of Sphinx's large heap slower (a
measured +20 % build time at 500 pages). The view keeps the JSON text and flat tables of
strings, which the collector does not scan, and parses the text again where the full entries
are needed (the glossary page).
"""

from __future__ import annotations

import hashlib
import weakref
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

from glossary import paths
from glossary.errors import GlossaryError
from glossary.lookup.matcher import TermMatcher, entry_forms
from glossary.model import Glossary, status_at_least
from glossary.sanitize import clean_line
from glossary.store import jsonfile as store
from glossary.text import fold
from sphinx_ext.config import Settings
from sphinx_ext.log import warn


@dataclass(frozen=True)
class LoadedGlossary:
    """Everything a build needs from the glossary, read-only once built."""

    settings: Settings
    #: The glossary file (None when there is none at all).
    path: Path | None
    #: The file's text ("" when it could not be loaded) and why not.
    text: str
    error: str | None
    #: entry id → what the tooltip shows (an acronym's English with its English expansion).
    tips: Mapping[str, str]
    #: entry id → (what matching depends on, what pages show) as short digests, for the
    #: linked entries (see :mod:`sphinx_ext.incremental`).
    fingerprints: Mapping[str, tuple[str, str]]
    #: id, "=" + lemma, and folded lemma and forms → entry id (for ``:gl:`` targets).
    names: Mapping[str, str] = field(repr=False)
    #: The automaton over the linked entries' forms on the build's side; None with autolink off.
    matcher: TermMatcher | None = field(repr=False)

    def glossary(self) -> Glossary:
        """A freshly parsed glossary; use it and let it go (see the module docstring)."""
        if not self.text:
            return Glossary()
        # Entries that break the schema were warned about when the glossary was loaded.
        return store.parse(self.text, self.path or "<glossary>", skip=_quietly)

    def tip(self, entry_id: str) -> str:
        """What the tooltip shows: the English, or the Dutch term in a translated build."""
        return self.tips.get(entry_id, "")

    def lookup(self, name: str) -> str | None:
        """The entry a ``:gl:`` target names: its id, lemma or a form (case-insensitive)."""
        return self.names.get(name) or self.names.get("=" + name) or self.names.get(fold(name))


def index(
    settings: Settings,
    glossary: Glossary,
    path: Path | None = None,
    text: str = "",
    error: str | None = None,
) -> LoadedGlossary:
    """The read-only view of a parsed ``glossary`` under ``settings``."""
    translated = settings.translated
    side = settings.side
    entries = glossary.sorted_entries()
    # What pages show beside a term carries no control character or bidi override.
    tips = {
        e.id: clean_line(e.lemma if translated else e.english_with_expansion() or "")
        for e in entries
    }
    fingerprints: dict[str, tuple[str, str]] = {}
    for entry in entries:
        if status_at_least(entry.status, settings.min_status):
            match = "\x1f".join([entry.kind, *entry_forms(entry, side)])
            display = "\x1f".join([tips[entry.id], entry.status, entry.kind])
            fingerprints[entry.id] = (_digest(match), _digest(display))
    names: dict[str, str] = {e.id: e.id for e in entries}
    for entry in entries:
        names.setdefault("=" + entry.lemma, entry.id)
    for keys in (
        (lambda e: [e.lemma]),
        (lambda e: entry_forms(e, "nl")),
        (lambda e: entry_forms(e, "en")),
    ):
        for entry in entries:
            for key in keys(entry):
                names.setdefault(fold(key), entry.id)
    matcher = None
    if settings.autolink != "off":
        matcher = TermMatcher.from_glossary(glossary, min_status=settings.min_status, side=side)
    return LoadedGlossary(
        settings=settings,
        path=path,
        text=text,
        error=error,
        tips=MappingProxyType(tips),
        fingerprints=MappingProxyType(fingerprints),
        matcher=matcher,
        names=MappingProxyType(names),
    )


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def glossary_path(settings: Settings, confdir: str | Path) -> Path | None:
    """``glossary_file`` relative to conf.py, else what :mod:`glossary.paths` reads by default
    ($NATO_GLOSSARY, ``terms/glossary.json`` next to conf.py, the shipped glossary); None when
    there is none at all."""
    path = paths.default_glossary_for_reading(settings.file, base=confdir)
    if not settings.file and path == paths.shipped_glossary() and not path.is_file():
        return None
    return path.resolve()


def _quietly(message: str) -> None:
    pass


def _skipped(path: Path) -> store.Skip:
    """Warn once about each entry left out because it breaks the schema."""

    def skip(message: str) -> None:
        warn(f"{path}: {message}", "entry")

    return skip


def read_glossary(path: Path | None) -> tuple[str, Glossary, str | None]:
    """(text, parsed glossary, None), or ("", empty glossary, the one-line reason). Entries
    that break the schema are left out with one warning each; the rest is used."""
    if path is None:
        return (
            "",
            Glossary(),
            (
                "no glossary file: set glossary_file in conf.py "
                "(or $NATO_GLOSSARY, or put one at terms/glossary.json)"
            ),
        )
    try:
        text = store.read_text(path)  # a regular file within the size limit, UTF-8
        return text, store.parse(text, path, skip=_skipped(path)), None
    except GlossaryError as exc:
        return "", Glossary(), str(exc)


def load(settings: Settings, confdir: str | Path) -> LoadedGlossary:
    """Find and read the glossary, and index it; warn once when it cannot be used."""
    path = glossary_path(settings, confdir)
    text, glossary, error = read_glossary(path)
    if error:
        warn(f"glossary not loaded, terms are not linked: {error}", "load")
    return index(settings, glossary, path=path, text=text, error=error)


_LOADED: weakref.WeakKeyDictionary[BuildEnvironment, LoadedGlossary] = weakref.WeakKeyDictionary()


def on_builder_inited(app: Sphinx) -> None:
    """``builder-inited``: load this build's glossary."""
    _LOADED[app.env] = load(Settings.from_config(app.config), app.confdir)


def loaded_glossary(env: BuildEnvironment) -> LoadedGlossary:
    """The glossary of ``env``'s build (loaded on demand if ``builder-inited`` was missed)."""
    loaded = _LOADED.get(env)
    if loaded is None:
        # An environment has no confdir of its own; Sphinx 9 keeps its application as ``_app``.
        loaded = _LOADED[env] = load(Settings.from_config(env.config), env._app.confdir)
    return loaded
