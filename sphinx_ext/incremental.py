"""Incremental builds after a change of the glossary file.

Sphinx does not look inside the glossary files: they are dependencies of the glossary page
only. Here the
glossary's per-entry fingerprints from the last build are compared with the current ones:

* a change of what matching depends on (forms, kind, an entry added, removed or crossing
  ``glossary_min_status``) re-reads the pages that used those entries, and the pages whose
  stored doctree contains an added form (``env-get-outdated``);
* a change of what pages show (the English, status, kind) rewrites the pages that use the
  entry without re-reading them (``env-updated``), as does a change of the glossary page's
  targets.

What one build decides on the way (:class:`Plan`: the targets before and after reading, the
pages to rewrite) is this module's own per-build scratch, kept apart from the loaded glossary.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

from sphinx_ext.envdata import env_data
from sphinx_ext.loading import LoadedGlossary, build_matcher, loaded_glossary
from sphinx_ext.log import warn
from sphinx_ext.walk import Walker

#: entry id → (docname, anchor) of its target on the glossary page.
Targets = dict[str, tuple[str, str]]


@dataclass
class Plan:
    """One build's incremental plan, made in ``env-get-outdated``, finished in ``env-updated``.

    Never pickled; forked ``-j`` writers inherit it read-only.
    """

    #: Targets before this build's reading.
    old_targets: Targets | None = None
    #: The loaded glossary's fingerprints, stored on the environment after reading.
    new_fingerprints: dict[str, tuple[str, str]] | None = None
    #: Pages whose shown translations changed: rewritten without being re-read.
    rewrite: set[str] = field(default_factory=set)
    #: Targets after reading; what the links of this build point to.
    targets: Targets | None = None


_PLANS: weakref.WeakKeyDictionary[BuildEnvironment, Plan] = weakref.WeakKeyDictionary()


def plan_for(env: BuildEnvironment) -> Plan:
    """The plan of ``env``'s current build (an empty one before ``env-get-outdated``)."""
    plan = _PLANS.get(env)
    if plan is None:
        plan = _PLANS[env] = Plan()
    return plan


def targets(env: BuildEnvironment) -> Targets:
    """entry id → (docname, anchor) after this build's reading (computed once per build)."""
    plan = plan_for(env)
    if plan.targets is None:
        plan.targets = env_data(env).resolved_targets()
    return plan.targets


def on_env_get_outdated(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    """Pages to re-read because matching changed; remember pages to rewrite."""
    loaded = loaded_glossary(env)
    data = env_data(env)
    new = dict(loaded.fingerprints)
    old = data.fingerprints
    # Kept off the environment while reading: parallel readers pickle it back per chunk.
    data.fingerprints = None
    plan = _PLANS[env] = Plan(old_targets=data.resolved_targets(), new_fingerprints=new)
    if old is None:
        return []
    ids = set(old) | set(new)
    match_changed = {i for i in ids if old.get(i, ("", ""))[0] != new.get(i, ("", ""))[0]}
    shown_changed = {i for i in ids if i in old and i in new and old[i][1] != new[i][1]}
    reread = data.users_of(match_changed)
    new_forms = {i for i in match_changed if i in new}
    if new_forms and loaded.settings.autolink != "off":
        skip = reread | added | changed | removed | set(data.targets)
        reread |= _pages_containing(env, loaded, new_forms, skip)
    plan.rewrite = data.users_of(shown_changed) - reread
    return sorted(reread)


def _pages_containing(
    env: BuildEnvironment, loaded: LoadedGlossary, entry_ids: set[str], skip: set[str]
) -> set[str]:
    """Pages whose stored doctree contains a form of ``entry_ids`` (scanned, not re-read)."""
    matcher = build_matcher(loaded.settings, loaded.glossary(), entry_ids)
    if not len(matcher):
        return set()
    walker = Walker(loaded.settings.exclude)
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
    plan = plan_for(env)
    data = env_data(env)
    if plan.new_fingerprints is not None:
        data.fingerprints = plan.new_fingerprints
        plan.new_fingerprints = None
    now = plan.targets = data.resolved_targets()
    old = plan.old_targets
    rewrite = set(plan.rewrite)
    if old is not None and old != now:
        moved = {i for i in set(old) | set(now) if old.get(i) != now.get(i)}
        rewrite |= data.users_of(moved)
    return sorted(rewrite & env.found_docs)


def on_env_check_consistency(app: Sphinx, env: BuildEnvironment) -> None:
    """One warning when terms are linked but no page holds the glossary."""
    data = env_data(env)
    if loaded_glossary(env).error or data.targets or not data.usage:
        return
    warn(
        "no page holds the '.. nato-glossary::' directive, so glossary terms get their "
        "translation but no link; add a page (e.g. glossary.rst) with that directive and "
        "put it in a toctree",
        "no-page",
        once=True,
    )
