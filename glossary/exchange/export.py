"""Export: the glossary's selected entries written in one of the registered exchange formats.

The formats (PO/POT with polib, TBX-Basic v2, Weblate glossary CSV) and their writers are in
:mod:`glossary.exchange.formats`; :mod:`glossary.exchange.importing` applies what a reader
reads back.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from glossary.model import Glossary


def export_text(
    glossary: Glossary,
    fmt: str,
    statuses: Sequence[str] | None = None,
    kinds: Sequence[str] | None = None,
) -> str:
    """The text of ``glossary`` in the exchange format called ``fmt`` (po, pot, tbx, csv),
    deterministic; an unknown name raises :class:`~glossary.exchange.formats.UnknownFormatError`
    (a ``ValueError``). Control characters and bidi overrides a glossary edited by hand may
    hold are left out (:func:`glossary.sanitize.clean`), so no export carries them."""
    from glossary.exchange import formats
    from glossary.exchange.common import select_entries
    from glossary.sanitize import clean

    writer = formats.get(fmt).write
    return clean(writer(glossary, select_entries(glossary, statuses, kinds)))
