"""Translator exchange formats: PO/POT (polib), TBX-Basic v2 and Weblate glossary CSV.

Each format module has an exporter (``Glossary`` → text, deterministic) and a reader (file →
:class:`~glossary.exchange.common.ImportBatch`); :mod:`glossary.exchange.importing` applies a batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from glossary.model import Glossary

EXPORT_FORMATS: tuple[str, ...] = ("po", "pot", "tbx", "csv")


def export_text(
    glossary: Glossary,
    fmt: str,
    statuses: Sequence[str] | None = None,
    kinds: Sequence[str] | None = None,
) -> str:
    """The text of ``glossary`` in exchange format ``fmt`` (po, pot, tbx, csv), deterministic."""
    from glossary.exchange.common import select_entries

    entries = select_entries(glossary, statuses, kinds)
    if fmt in ("po", "pot"):
        from glossary.exchange.po import export_po

        return export_po(glossary, entries, template=fmt == "pot")
    if fmt == "tbx":
        from glossary.exchange.tbx import export_tbx

        return export_tbx(glossary, entries)
    if fmt == "csv":
        from glossary.exchange.csvfile import export_csv

        return export_csv(glossary, entries)
    raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(EXPORT_FORMATS)}")
