"""Load the glossary once per build and keep what the build needs out of the environment.

The runtime (settings, automaton, tooltips, lookup table, builder) lives in a module-level map
keyed by the build environment: forked ``-j`` workers inherit it, and the pickled environment
never carries it. It is built in ``builder-inited``; a missing or malformed file gives one
warning and an empty glossary, so the build completes.

The parsed :class:`~glossary.model.Glossary` is not kept: tens of thousands of small objects
alive for the whole build make every garbage collection of Sphinx's large heap slower (a
measured +20 % build time at 500 pages). The runtime keeps the JSON text and flat tables of
strings, which the collector does not scan, and parses the text again where the full entries
are needed (the glossary page).
"""

from __future__ import annotations

import hashlib
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

from glossary import paths
from glossary.errors import GlossaryError
from glossary.lookup.matcher import TermMatcher, entry_forms
from glossary.model import Glossary, status_at_least
from glossary.store import jsonfile as store
from glossary.text import fold
from sphinx_ext.config import Settings
from sphinx_ext.log import warn


@dataclass
class Runtime:
    """Everything one build needs from the glossary, built once."""

    settings: Settings
    #: The glossary file (None when there is none at all).
    path: Path | None = None
    #: The glossary file's text ("" when it could not be loaded).
    text: str = ""
    error: str | None = None
    builder: Any = None
    #: entry id → what the tooltip shows; entry id → (match, display) digests.
    tips: dict[str, str] = field(default_factory=dict)
    fingerprint_map: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: entry id → (docname, anchor) after reading; set in ``env-updated``.
    targets: dict[str, tuple[str, str]] | None = None
    #: Targets before this build's reading, and pages to rewrite (``sphinx_ext.incremental``).
    old_targets: dict[str, tuple[str, str]] | None = None
    rewrite: set[str] = field(default_factory=set)
    new_fingerprints: dict[str, tuple[str, str]] | None = None
    _matcher: TermMatcher | None = field(default=None, repr=False)
    _lookup: dict[str, str] = field(default_factory=dict, repr=False)

    def glossary(self) -> Glossary:
        """A freshly parsed glossary; use it and let it go (see the module docstring)."""
        if not self.text:
            return Glossary()
        return store.parse(self.text, self.path or "<glossary>")

    def index(self, glossary: Glossary) -> None:
        """Build the flat tables (and the automaton) from a parsed glossary."""
        translated = self.settings.translated
        minimum = self.settings.min_status
        side = self.settings.side
        entries = glossary.sorted_entries()
        self.tips = {e.id: (e.lemma if translated else e.english or "") for e in entries}
        self.fingerprint_map = {}
        for entry in entries:
            if status_at_least(entry.status, minimum):
                match = "\x1f".join([entry.kind, *entry_forms(entry, side)])
                display = "\x1f".join([self.tips[entry.id], entry.status, entry.kind])
                self.fingerprint_map[entry.id] = (_digest(match), _digest(display))
        table: dict[str, str] = {e.id: e.id for e in entries}
        for entry in entries:
            table.setdefault("=" + entry.lemma, entry.id)
        for keys in (
            (lambda e: [e.lemma]),
            (lambda e: entry_forms(e, "nl")),
            (lambda e: entry_forms(e, "en")),
        ):
            for entry in entries:
                for key in keys(entry):
                    table.setdefault(fold(key), entry.id)
        self._lookup = table
        if self.settings.autolink != "off":
            self._matcher = self._build_matcher(glossary)

    def _build_matcher(self, glossary: Glossary) -> TermMatcher:
        return TermMatcher.from_glossary(
            glossary, min_status=self.settings.min_status, side=self.settings.side
        )

    @property
    def matcher(self) -> TermMatcher:
        """The automaton over the linked entries' forms on the build's side (built once)."""
        if self._matcher is None:
            self._matcher = self._build_matcher(self.glossary())
        return self._matcher

    def tip(self, entry_id: str) -> str:
        """What the tooltip shows: the English, or the Dutch term in a translated build."""
        return self.tips.get(entry_id, "")

    def lookup(self, name: str) -> str | None:
        """The entry a ``:gl:`` target names: its id, lemma or a form (case-insensitive)."""
        return (
            self._lookup.get(name) or self._lookup.get("=" + name) or self._lookup.get(fold(name))
        )

    def fingerprints(self) -> dict[str, tuple[str, str]]:
        """entry id → (what matching depends on, what pages show) as short digests."""
        return self.fingerprint_map


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


_RUNTIMES: weakref.WeakKeyDictionary[BuildEnvironment, Runtime] = weakref.WeakKeyDictionary()


def glossary_path(settings: Settings, confdir: str | Path) -> Path | None:
    """``glossary_file`` relative to conf.py, else what :mod:`glossary.paths` reads by default
    ($NATO_GLOSSARY, ``terms/glossary.json`` next to conf.py, the shipped glossary); None when
    there is none at all."""
    path = paths.default_glossary_for_reading(settings.file, base=confdir)
    if not settings.file and path == paths.shipped_glossary() and not path.is_file():
        return None
    return path.resolve()


def read_glossary(path: Path | None) -> tuple[str, Glossary, str | None]:
    """(text, parsed glossary, None), or ("", empty glossary, the one-line reason)."""
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
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            store.load(path)  # raises the store's one-line explanation
            raise
        if not text.strip():
            store.load(path)
        return text, store.parse(text, path), None
    except GlossaryError as exc:
        return "", Glossary(), str(exc)


def build_runtime(config: Any, confdir: Path) -> Runtime:
    """Validate the config, load the glossary; warn once when it cannot be used."""
    settings = Settings.from_config(config)
    path = glossary_path(settings, confdir)
    text, glossary, error = read_glossary(path)
    if error:
        warn(f"glossary not loaded, terms are not linked: {error}", "load")
    runtime = Runtime(settings=settings, path=path, text=text, error=error)
    runtime.index(glossary)
    return runtime


def on_builder_inited(app: Sphinx) -> None:
    """``builder-inited``: build this build's runtime."""
    runtime = build_runtime(app.config, app.confdir)
    runtime.builder = app.builder
    _RUNTIMES[app.env] = runtime


def runtime_for(env: BuildEnvironment) -> Runtime:
    """The runtime of ``env``'s build (built on demand if ``builder-inited`` was missed)."""
    runtime = _RUNTIMES.get(env)
    if runtime is None:
        runtime = build_runtime(env.config, Path(env.confdir))
        _RUNTIMES[env] = runtime
    return runtime
