"""Load the glossary once per build and keep it, with its matcher, out of the environment.

The runtime (glossary, automaton, settings, builder) lives in a module-level map keyed by the
build environment: forked ``-j`` workers inherit it, and the pickled environment never carries
it. It is built in ``builder-inited``; a missing or malformed file gives one warning and an
empty glossary, so the build completes.
"""

from __future__ import annotations

import hashlib
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

from glossary import store
from glossary.errors import GlossaryError
from glossary.matcher import TermMatcher, entry_forms
from glossary.model import Entry, Glossary, fold, status_at_least
from sphinx_ext.config import Settings, settings_from
from sphinx_ext.log import warn


@dataclass
class Runtime:
    """Everything one build needs from the glossary, built once."""

    settings: Settings
    glossary: Glossary
    error: str | None = None
    builder: Any = None
    #: entry id → (docname, anchor) after reading; set in ``env-updated``.
    targets: dict[str, tuple[str, str]] | None = None
    #: Targets before this build's reading, and pages to rewrite (``sphinx_ext.incremental``).
    old_targets: dict[str, tuple[str, str]] | None = None
    rewrite: set[str] = field(default_factory=set)
    new_fingerprints: dict[str, tuple[str, str]] | None = None
    _matcher: TermMatcher | None = field(default=None, repr=False)
    _lookup: dict[str, str] | None = field(default=None, repr=False)
    _tips: dict[str, str] | None = field(default=None, repr=False)

    @property
    def path(self) -> Path | None:
        return self.settings.file

    def linked_entries(self) -> list[Entry]:
        """Entries at or above ``glossary_min_status``: these are matched and listed."""
        minimum = self.settings.min_status
        return [e for e in self.glossary.sorted_entries() if status_at_least(e.status, minimum)]

    @property
    def matcher(self) -> TermMatcher:
        """The automaton over the linked entries' forms on the build's side (built once)."""
        if self._matcher is None:
            self._matcher = TermMatcher.from_glossary(
                self.glossary, min_status=self.settings.min_status, side=self.settings.side)
        return self._matcher

    def tip(self, entry_id: str) -> str:
        """What the tooltip shows: the English, or the Dutch term in a translated build."""
        if self._tips is None:
            translated = self.settings.translated
            self._tips = {e.id: (e.lemma if translated else e.english or "")
                          for e in self.glossary.entries.values()}
        return self._tips.get(entry_id, "")

    def lookup(self, name: str) -> str | None:
        """The entry a ``:gl:`` target names: its id, lemma or a form (case-insensitive)."""
        if self._lookup is None:
            table: dict[str, str] = {}
            entries = self.glossary.sorted_entries()
            for entry in entries:
                table.setdefault("=" + entry.lemma, entry.id)
            for keys in ((lambda e: [e.lemma]), (lambda e: entry_forms(e, "nl")),
                         (lambda e: entry_forms(e, "en"))):
                for entry in entries:
                    for key in keys(entry):
                        table.setdefault(fold(key), entry.id)
            self._lookup = table
        if name in self.glossary.entries:
            return name
        return self._lookup.get("=" + name) or self._lookup.get(fold(name))

    def fingerprints(self) -> dict[str, tuple[str, str]]:
        """entry id → (what matching depends on, what pages show) as short digests."""
        out: dict[str, tuple[str, str]] = {}
        side = self.settings.side
        for entry in self.linked_entries():
            match = "\x1f".join([entry.kind, *entry_forms(entry, side)])
            display = "\x1f".join([self.tip(entry.id), entry.status, entry.kind])
            out[entry.id] = (_digest(match), _digest(display))
        return out


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


_RUNTIMES: weakref.WeakKeyDictionary[BuildEnvironment, Runtime] = weakref.WeakKeyDictionary()


def load_glossary(path: Path | None) -> tuple[Glossary, str | None]:
    """The glossary at ``path``, or an empty one and the one-line reason it could not load."""
    if path is None:
        return Glossary(), ("no glossary file: set glossary_file in conf.py "
                            "(or $NATO_GLOSSARY, or put one at terms/glossary.json)")
    try:
        return store.load(path), None
    except GlossaryError as exc:
        return Glossary(), str(exc)


def build_runtime(config: Any, confdir: Path) -> Runtime:
    """Validate the config, load the glossary; warn once when it cannot be used."""
    settings = settings_from(config, Path(confdir))
    glossary, error = load_glossary(settings.file)
    if error:
        warn(f"glossary not loaded, terms are not linked: {error}", "load")
    return Runtime(settings=settings, glossary=glossary, error=error)


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
