"""Incremental builds after a change of the glossary file.

Sphinx does not look inside the JSON: it is a dependency of the glossary page only. Here the
glossary's per-entry fingerprints from the last build are compared with the current ones:

* a change of what matching depends on (forms, kind, an entry added, removed or crossing
  ``glossary_min_status``) re-reads the pages that used those entries, and the pages whose
  stored doctree contains an added form (``env-get-outdated``);
* a change of what pages show (the English, status, kind) rewrites the pages that use the
  entry without re-reading them (``env-updated``), as does a change of the glossary page's
  targets.
"""

from __future__ import annotations

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

from glossary.lookup.matcher import TermMatcher
from sphinx_ext.envdata import env_data
from sphinx_ext.loading import Runtime, runtime_for
from sphinx_ext.log import warn
from sphinx_ext.walk import Walker

_PENDING = "_nato_glossary_rewrite"
_OLD_TARGETS = "_nato_glossary_old_targets"


def on_env_get_outdated(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    """Pages to re-read because matching changed; remember pages to rewrite."""
    runtime = runtime_for(env)
    data = env_data(env)
    new = runtime.fingerprints()
    old = data.fingerprints
    # Kept off the environment while reading: parallel readers pickle it back per chunk.
    data.fingerprints = None
    runtime.new_fingerprints = new
    runtime.rewrite = set()
    runtime.old_targets = data.resolved_targets()
    if old is None:
        return []
    ids = set(old) | set(new)
    match_changed = {i for i in ids if old.get(i, ("", ""))[0] != new.get(i, ("", ""))[0]}
    shown_changed = {i for i in ids if i in old and i in new and old[i][1] != new[i][1]}
    reread = data.users_of(match_changed)
    new_forms = {i for i in match_changed if i in new}
    if new_forms and runtime.settings.autolink != "off":
        skip = reread | added | changed | removed | set(data.targets)
        reread |= _pages_containing(env, runtime, new_forms, skip)
    runtime.rewrite = data.users_of(shown_changed) - reread
    return sorted(reread)


def _pages_containing(
    env: BuildEnvironment, runtime: Runtime, entry_ids: set[str], skip: set[str]
) -> set[str]:
    """Pages whose stored doctree contains a form of ``entry_ids`` (scanned, not re-read)."""
    matcher = TermMatcher.from_glossary(
        runtime.glossary(),
        min_status=runtime.settings.min_status,
        side=runtime.settings.side,
        entry_ids=entry_ids,
    )
    if not len(matcher):
        return set()
    walker = Walker(runtime.settings.exclude)
    found: set[str] = set()
    for docname in sorted(env.all_docs):
        if docname in skip:
            continue
        doctree = env.get_doctree(docname)
        if any(matcher.find(text.astext()) for text in walker.texts(doctree)):
            found.add(docname)
    return found


def on_env_updated(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """Pages to rewrite: users of entries whose English or target changed."""
    runtime = runtime_for(env)
    data = env_data(env)
    if runtime.new_fingerprints is not None:
        data.fingerprints = runtime.new_fingerprints
        runtime.new_fingerprints = None
    targets = data.resolved_targets()
    runtime.targets = targets
    old_targets = runtime.old_targets
    rewrite = set(runtime.rewrite)
    if old_targets is not None and old_targets != targets:
        moved = {i for i in set(old_targets) | set(targets) if old_targets.get(i) != targets.get(i)}
        rewrite |= data.users_of(moved)
    return sorted(rewrite & env.found_docs)


def on_env_check_consistency(app: Sphinx, env: BuildEnvironment) -> None:
    """One warning when terms are linked but no page holds the glossary."""
    runtime = runtime_for(env)
    data = env_data(env)
    if runtime.error or data.targets or not data.usage:
        return
    warn(
        "no page holds the '.. nato-glossary::' directive, so glossary terms get their "
        "translation but no link; add a page (e.g. glossary.rst) with that directive and "
        "put it in a toctree",
        "no-page",
        once=True,
    )
