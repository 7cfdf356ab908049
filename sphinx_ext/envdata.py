"""What the build environment remembers between builds: which entries each page uses, where the
glossary page's targets are, and the glossary's fingerprints (for incremental builds).

Stored on the pickled environment, so it is small plain data; the glossary and the automaton
never are (see :mod:`sphinx_ext.loading`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

ATTR = "nato_glossary_data"


@dataclass
class GlossaryEnvData:
    """Per-document usage and targets, plus the fingerprints of the last build's glossary."""

    #: docname → ids of the entries the page links or would link.
    usage: dict[str, set[str]] = field(default_factory=dict)
    #: glossary page docname → entry id → anchor of its ``std:term`` target.
    targets: dict[str, dict[str, str]] = field(default_factory=dict)
    #: entry id → (match signature, display signature); None before the first build.
    fingerprints: dict[str, tuple[str, str]] | None = None

    def resolved_targets(self) -> dict[str, tuple[str, str]]:
        """entry id → (docname, anchor); the first glossary page by name wins."""
        out: dict[str, tuple[str, str]] = {}
        for docname in sorted(self.targets, reverse=True):
            for entry_id, anchor in self.targets[docname].items():
                out[entry_id] = (docname, anchor)
        return out

    def users_of(self, entry_ids: Iterable[str]) -> set[str]:
        """Documents that use any of ``entry_ids``."""
        wanted = set(entry_ids)
        if not wanted:
            return set()
        return {doc for doc, used in self.usage.items() if used & wanted}


def env_data(env: BuildEnvironment) -> GlossaryEnvData:
    """The environment's data, created on first use."""
    data = getattr(env, ATTR, None)
    if not isinstance(data, GlossaryEnvData):
        data = GlossaryEnvData()
        setattr(env, ATTR, data)
    return data


def purge_doc(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    """``env-purge-doc``: forget what a document contributed before it is re-read."""
    data = env_data(env)
    data.usage.pop(docname, None)
    data.targets.pop(docname, None)


def merge_info(
    app: Sphinx, env: BuildEnvironment, docnames: Iterable[str], other: BuildEnvironment
) -> None:
    """``env-merge-info``: take over what a parallel reader recorded for ``docnames``."""
    data, theirs = env_data(env), env_data(other)
    for docname in docnames:
        if docname in theirs.usage:
            data.usage[docname] = set(theirs.usage[docname])
        if docname in theirs.targets:
            data.targets[docname] = dict(theirs.targets[docname])


def summary(env: BuildEnvironment) -> dict[str, Any]:
    """Counts for debugging and tests."""
    data = env_data(env)
    return {"pages": len(data.usage), "glossary_pages": sorted(data.targets)}
