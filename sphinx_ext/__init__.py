"""Sphinx extension of nato-glossary: auto-link Dutch glossary terms and show their English.

Terms are matched at read time (to record which pages use which entries) and linked at write
time, as final references to the page holding ``.. nato-glossary::``. Never imports spaCy.

Configuration (``conf.py``)::

    extensions = ["sphinx_ext"]
    language = "nl"                        # the documents are Dutch
    glossary_file = "terms/glossary.json"  # relative to conf.py

Every ``glossary_*`` value is declared once, with its default, choices and help, in
:class:`sphinx_ext.config.Settings`; the extension's guide lists them from there.

Markup: ``.. nato-glossary::`` on the glossary page (options ``:kind:``, ``:min-status:``,
``:index:``); ``:gl:`lastenverdeling``` or ``:gl:`burden sharing <lastenverdeling>``` for one
explicit link; ``.. no-glossary::`` (or the ``no-glossary`` class) around a block that must
not be auto-linked. Warnings have type ``nato-glossary`` (see :mod:`sphinx_ext.log`).
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

from glossary import __version__
from sphinx_ext import assets, config, envdata, incremental, links, loading
from sphinx_ext.collect import RecordGlossaryUse
from sphinx_ext.directive import (
    NatoGlossaryDirective,
    RegisterGlossaryTerms,
    RenderGlossaryPage,
)
from sphinx_ext.no_glossary import NoGlossaryDirective
from sphinx_ext.nodes import (
    glossary_link,
    glossary_mark,
    glossary_page,
    glossary_pending,
    glossary_sense,
)
from sphinx_ext.role import GlossaryRole
from sphinx_ext.visitors import LINK_VISITORS, MARK_VISITORS, SENSE_VISITORS

#: Bump when the data stored on the environment changes shape.
ENV_VERSION = 1


def setup(app: Sphinx) -> dict[str, Any]:
    """Register config values, nodes, directives, role, transforms, events and assets."""
    config.register(app)
    app.add_node(glossary_pending)
    app.add_node(glossary_page)
    app.add_node(glossary_sense, **SENSE_VISITORS)
    app.add_node(glossary_link, **LINK_VISITORS)
    app.add_node(glossary_mark, **MARK_VISITORS)
    app.add_directive("nato-glossary", NatoGlossaryDirective)
    app.add_directive("no-glossary", NoGlossaryDirective)
    app.add_role("gl", GlossaryRole())
    app.add_transform(RegisterGlossaryTerms)
    app.add_transform(RecordGlossaryUse)
    app.add_post_transform(RenderGlossaryPage)
    app.add_post_transform(links.CreateGlossaryLinks)
    app.connect("builder-inited", loading.on_builder_inited)
    app.connect("builder-inited", links.on_builder_inited)
    app.connect("builder-inited", assets.add_static_path)
    app.connect("env-get-outdated", incremental.on_env_get_outdated)
    app.connect("env-purge-doc", envdata.purge_doc)
    app.connect("env-merge-info", envdata.merge_info)
    app.connect("env-updated", incremental.on_env_updated)
    app.connect("env-check-consistency", incremental.on_env_check_consistency)
    assets.register(app)
    return {
        "version": __version__,
        "env_version": ENV_VERSION,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
