"""Translated builds: which entry a rendering shared by several entries stands for.

In a translated build the renderings are matched (``deterrence and defence``), and two Dutch
terms may share one (``afschrikking en verdediging``, ``afschrikking en defensie``). Sphinx
keeps the source text of a translated paragraph as the paragraph's ``rawsource`` (its
``translated`` flag set), so the entry meant is the one whose Dutch term occurs in the
paragraph it was translated from; when none or several do, the matcher's own choice (the
exact spelling, then the lowest id) stands.
"""

from __future__ import annotations

from docutils import nodes

from glossary.lookup.matcher import Match, normalize
from sphinx_ext.loading import LoadedGlossary


def original_text(node: nodes.Node) -> str:
    """The source text of the translated paragraph (or title, ...) ``node`` is in, or ""."""
    current: nodes.Node | None = node
    while current is not None:
        if isinstance(current, nodes.Element) and current.get("translated"):
            return current.rawsource or ""
        current = current.parent
    return ""


def entry_for(loaded: LoadedGlossary, match: Match, node: nodes.Node) -> str:
    """The entry ``match`` (found in the text of ``node``) stands for."""
    candidates = loaded.shared.get(" ".join(normalize(match.text).split()))
    if not candidates:
        return match.entry_id
    source = original_text(node)
    if not source:
        return match.entry_id
    padded = " " + " ".join(normalize(source).split()) + " "
    present = [
        entry_id
        for entry_id in candidates
        if any(f" {key} " in padded for key in loaded.source_keys.get(entry_id, ()))
    ]
    if not present or match.entry_id in present:
        return match.entry_id
    return present[0]
