"""Warnings of the extension, all with ``type="nato-glossary"`` so users can suppress them.

``suppress_warnings = ["nato-glossary"]`` silences all of them, ``["nato-glossary.load"]`` one
subtype: ``load`` (glossary file missing or malformed), ``entry`` (an entry that breaks the
glossary schema, left out), ``config`` (bad config value),
``no-page`` (no glossary page), ``language`` (Sphinx's default language used), ``missing-term``
(``:gl:`` to an unknown term), ``no-target`` (``:gl:`` to a term not on the glossary page),
``conflict`` (two glossary files give a term different renderings).
"""

from __future__ import annotations

from typing import Any

from sphinx.util import logging

WARNING_TYPE = "nato-glossary"

logger = logging.getLogger("sphinx_ext")


def warn(message: str, subtype: str, location: Any = None, once: bool = False) -> None:
    """Emit one warning of the extension's type with ``subtype``."""
    logger.warning(message, type=WARNING_TYPE, subtype=subtype, location=location, once=once)
