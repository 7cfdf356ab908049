"""Read time: record which glossary entries each document uses; the doctree is not changed.

Creating link nodes here would cost ~0.3 ms each later (smart quotes, pickling, resolution,
writing); the links are made at write time by :mod:`sphinx_ext.links`. What is recorded here
drives incremental builds (which pages to rewrite when an entry's English changes).
"""

from __future__ import annotations

from typing import Any

from sphinx.transforms import SphinxTransform

from sphinx_ext.envdata import env_data
from sphinx_ext.loading import loaded_glossary
from sphinx_ext.senses import entry_for
from sphinx_ext.walk import Walker

#: Joins a document's text nodes for one scan: more boundary characters than any form holds.
SEPARATOR = "\n" * 8


class RecordGlossaryUse(SphinxTransform):
    """Match the document's linkable text and store the ids of the entries found."""

    #: After i18n (20) replaced translated messages and smart quotes (750) ran.
    default_priority = 880

    def apply(self, **kwargs: Any) -> None:
        env = self.env
        loaded = loaded_glossary(env)
        data = env_data(env)
        docname = env.docname
        texts, roles = Walker(loaded.settings.exclude).scan(self.document)
        used = {node["entry_id"] for node in roles}
        matcher = loaded.matcher if docname not in data.targets else None
        if matcher is not None and texts and len(matcher) and loaded.shared:
            # A translated build with renderings shared by several entries: each text's
            # own paragraph tells which entry it stands for (:mod:`sphinx_ext.senses`).
            used.update(entry_for(loaded, m, t) for t in texts for m in matcher.find(t.astext()))
        elif matcher is not None and texts and len(matcher):
            # One scan of all linkable text; no form spans the separator, so the result is
            # the union of what each text node gives (what the links will be made from).
            used.update(matcher.entries_in(SEPARATOR.join(t.astext() for t in texts)))
        if used:
            data.usage[docname] = used
        else:
            data.usage.pop(docname, None)
