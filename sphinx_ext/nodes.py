"""The extension's doctree nodes; each falls back to its docutils base in unknown writers."""

from __future__ import annotations

from docutils import nodes


class glossary_pending(nodes.inline):
    """A ``:gl:`` role before resolution: ``entry_id`` names the entry (read time)."""


class glossary_link(nodes.reference):
    """A final link to a term on the glossary page, with the translation to show.

    Attributes: ``refuri``/``refid``, ``gl_tip`` (the translation), ``gl_lang`` (its language),
    ``gl_tipid`` (unique, deterministic tooltip id), ``gl_show`` (``tooltip``/``inline``/``none``)
    and ``gl_note`` (first use in its document: annotate in print and text builders).
    """


class glossary_mark(nodes.inline):
    """A term with its translation but no link (the project has no glossary page)."""


class glossary_page(nodes.General, nodes.Element):
    """Where ``.. nato-glossary::`` stands until :class:`ExpandGlossaryPage` renders it.

    Attributes: ``kinds`` (list), ``min_status``, ``index`` (bool).
    """


class glossary_sense(nodes.paragraph):
    """One sense on the glossary page: plain text child, parts as attributes.

    Attributes: ``lemma`` (shown only for numbered senses), ``english``, ``english_expansion``
    (an acronym's English full form), ``also``, ``meta`` (kind · status · expansion),
    ``example``. Writers without a visitor show the plain text.
    """
