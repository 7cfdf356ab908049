"""Load the glossary once per build, as a read-only view the whole build shares.

:class:`LoadedGlossary` (settings, the glossary's text, the automaton and flat tables) is built
in ``builder-inited`` and never changed afterwards. It lives in a module-level map keyed by the
build environment: forked ``-j`` workers inherit it, and the pickled environment never carries
it. A missing or malformed file gives one warning and an empty glossary, so the build
completes. What a build computes as it goes (the incremental plan, the targets after reading)
is kept apart, in :mod:`sphinx_ext.incremental`.

``glossary_file`` may name the project's JSON or any termbase the exchange formats read (TBX,
Weblate CSV, PO), or a list of them; :func:`glossary.exchange.combined.load_combined` merges
them into one glossary text, converted once and cached by content hash, and says the language
pair, which fills in the settings (:meth:`~sphinx_ext.config.Settings.with_languages`).

The parsed :class:`~glossary.model.Glossary` is not kept: tens of thousands of small objects
alive for the whole build make every garbage collection of Sphinx's large heap slower (a
measured +20 % build time at 500 pages). The view keeps the glossary's JSON text and flat
tables of strings, which the collector does not scan, and parses the text again where the
full entries are needed (the glossary page).
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
from glossary.exchange.combined import Combined, load_combined
from glossary.exchange.common import Languages
from glossary.lookup.matcher import TermMatcher, entry_forms, normalize
from glossary.model import Entry, Glossary, status_at_least
from glossary.nlp.dutch.loanwords import english_plural
from glossary.sanitize import clean_line
from glossary.store import jsonfile as store
from glossary.text import fold
from sphinx_ext.config import Settings, check_language
from sphinx_ext.log import warn

#: How many disagreements between glossary files are warned about one by one.
DISAGREEMENTS_SHOWN = 10


@dataclass(frozen=True)
class LoadedGlossary:
    """Everything a build needs from the glossary, read-only once built."""

    #: The settings, with the glossary's language pair filled in.
    settings: Settings
    #: The glossary files, in merge order (empty when there is none at all).
    paths: tuple[Path, ...]
    #: The glossary's JSON text ("" when it could not be loaded) and why not.
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
    #: Matched keys that several linked entries share (translated builds: one English
    #: rendering of two Dutch terms) → those entries, and each such entry's source-side keys,
    #: for :mod:`sphinx_ext.senses` to tell them apart.
    shared: Mapping[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    source_keys: Mapping[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    #: Whether the glossary came converted from the cache (a termbase unchanged since a
    #: previous build).
    from_cache: bool = False

    @property
    def path(self) -> Path | None:
        """The first glossary file (None when there is none)."""
        return self.paths[0] if self.paths else None

    def glossary(self) -> Glossary:
        """A freshly parsed glossary; use it and let it go (see the module docstring)."""
        if not self.text:
            return Glossary()
        # Entries that break the schema were warned about when the glossary was loaded.
        return store.parse(self.text, self.path or "<glossary>", skip=_quietly)

    def tip(self, entry_id: str) -> str:
        """What the tooltip shows: the rendering, or the term in a translated build."""
        return self.tips.get(entry_id, "")

    def lookup(self, name: str) -> str | None:
        """The entry a ``:gl:`` target names: its id, lemma or a form (case-insensitive)."""
        return self.names.get(name) or self.names.get("=" + name) or self.names.get(fold(name))


def matched_forms(entry: Entry, settings: Settings) -> list[str]:
    """The forms of ``entry`` matched on the build's side: the term and its forms, or (a
    translated build) the renderings and their plurals, an English plural generated where
    the glossary gives none."""
    forms = entry_forms(entry, settings.side)
    if settings.side != "en" or settings.target != "en" or entry.kind != "term":
        return forms
    renderings = [entry.translation, *entry.alternatives] if entry.translation else []
    extra = [english_plural(t.text) for t in renderings if not t.plural and _pluralisable(t.text)]
    return sorted({*forms, *extra})


def _pluralisable(english: str) -> bool:
    """A rendering whose last word is an ordinary noun (``ally``, ``Ally``), not a name, an
    acronym or a plural already."""
    last = english.rsplit(" ", 1)[-1]
    return last.isalpha() and last[1:].islower() and not last.endswith("s")


def build_matcher(
    settings: Settings, glossary: Glossary, entry_ids: set[str] | None = None
) -> TermMatcher:
    """The automaton over the linked entries' :func:`matched_forms` (all, or ``entry_ids``)."""
    return TermMatcher(
        (entry.id, form, entry.kind)
        for entry in glossary.sorted_entries()
        if status_at_least(entry.status, settings.min_status)
        and (entry_ids is None or entry.id in entry_ids)
        for form in matched_forms(entry, settings)
    )


def index(
    settings: Settings,
    glossary: Glossary,
    paths: tuple[Path, ...] = (),
    text: str = "",
    error: str | None = None,
    from_cache: bool = False,
) -> LoadedGlossary:
    """The read-only view of a parsed ``glossary`` under ``settings``."""
    translated = settings.translated
    entries = glossary.sorted_entries()
    # What pages show beside a term carries no control character or bidi override.
    tips = {
        e.id: clean_line(e.lemma if translated else e.english_with_expansion() or "")
        for e in entries
    }
    fingerprints: dict[str, tuple[str, str]] = {}
    by_key: dict[str, list[str]] = {}
    for entry in entries:
        if status_at_least(entry.status, settings.min_status):
            forms = matched_forms(entry, settings)
            match = "\x1f".join([entry.kind, *forms])
            display = "\x1f".join([tips[entry.id], entry.status, entry.kind])
            fingerprints[entry.id] = (_digest(match), _digest(display))
            if translated:
                for key in {_key(f) for f in forms}:
                    by_key.setdefault(key, []).append(entry.id)
    shared = {k: tuple(ids) for k, ids in by_key.items() if len(ids) > 1}
    sharing = {i for ids in shared.values() for i in ids}
    source_keys = {
        e.id: tuple(sorted({_key(f) for f in entry_forms(e, "nl")}))
        for e in entries
        if e.id in sharing
    }
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
        matcher = build_matcher(settings, glossary)
    return LoadedGlossary(
        settings=settings,
        paths=paths,
        text=text,
        error=error,
        tips=MappingProxyType(tips),
        fingerprints=MappingProxyType(fingerprints),
        matcher=matcher,
        names=MappingProxyType(names),
        shared=MappingProxyType(shared),
        source_keys=MappingProxyType(source_keys),
        from_cache=from_cache,
    )


def _key(form: str) -> str:
    """What the matcher compares a form by: lower case, boundaries as single spaces."""
    return " ".join(normalize(form).split())


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def glossary_paths(settings: Settings, confdir: str | Path) -> tuple[Path, ...]:
    """``glossary_file`` (one or more) relative to conf.py, else what :mod:`glossary.paths`
    reads by default ($NATO_GLOSSARY, ``terms/glossary.json`` next to conf.py, the shipped
    glossary); empty when there is none at all."""
    if settings.file:
        return tuple(
            paths.default_glossary_for_reading(f, base=confdir).resolve() for f in settings.file
        )
    path = paths.default_glossary_for_reading(None, base=confdir)
    if path == paths.shipped_glossary() and not path.is_file():
        return ()
    return (path.resolve(),)


def _quietly(message: str) -> None:
    pass


def _skipped(path: Path) -> store.Skip:
    """Warn once about each entry left out because it breaks the schema."""

    def skip(message: str) -> None:
        warn(f"{path}: {message}", "entry")

    return skip


def read_glossary(
    files: tuple[Path, ...], settings: Settings
) -> tuple[Combined | None, Glossary, str | None]:
    """(the files' combined text, parsed glossary, None), or (None, empty glossary, the
    one-line reason). Entries that break the schema are left out with one warning each; the
    rest is used."""
    if not files:
        return (
            None,
            Glossary(),
            (
                "no glossary file: set glossary_file in conf.py "
                "(or $NATO_GLOSSARY, or put one at terms/glossary.json)"
            ),
        )
    try:
        combined = load_combined(
            files, Languages(settings.source_language, settings.target_language)
        )
        return combined, store.parse(combined.text, files[0], skip=_skipped(files[0])), None
    except GlossaryError as exc:
        return None, Glossary(), str(exc)


def load(settings: Settings, confdir: str | Path) -> LoadedGlossary:
    """Find and read the glossary files, and index them; warn once when they cannot be used
    and once per term two files disagree on."""
    files = glossary_paths(settings, confdir)
    combined, glossary, error = read_glossary(files, settings)
    if error:
        warn(f"glossary not loaded, terms are not linked: {error}", "load")
    if combined is None:
        return index(settings, glossary, paths=files, error=error)
    disagreements = combined.disagreements
    for message in disagreements[:DISAGREEMENTS_SHOWN]:
        warn(message, "conflict")
    if len(disagreements) > DISAGREEMENTS_SHOWN:
        warn(
            f"glossary files disagree on {len(disagreements) - DISAGREEMENTS_SHOWN} more "
            "terms; the first file's rendering is used for each",
            "conflict",
        )
    settings = settings.with_languages(combined.source_language, combined.target_language)
    return index(settings, glossary, files, combined.text, from_cache=combined.cached)


_LOADED: weakref.WeakKeyDictionary[BuildEnvironment, LoadedGlossary] = weakref.WeakKeyDictionary()


def on_builder_inited(app: Sphinx) -> None:
    """``builder-inited``: load this build's glossary."""
    loaded = _LOADED[app.env] = load(Settings.from_config(app.config), app.confdir)
    check_language(app.config, loaded.settings)


def loaded_glossary(env: BuildEnvironment) -> LoadedGlossary:
    """The glossary of ``env``'s build (loaded on demand if ``builder-inited`` was missed)."""
    loaded = _LOADED.get(env)
    if loaded is None:
        # An environment has no confdir of its own; Sphinx 9 keeps its application as ``_app``.
        loaded = _LOADED[env] = load(Settings.from_config(env.config), env._app.confdir)
    return loaded
