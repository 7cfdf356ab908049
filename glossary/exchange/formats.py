"""The one registry of exchange formats: export, import, check and format detection look here.

Each format module declares its formats as :class:`ExchangeFormat` values in a module-level
``FORMATS`` tuple: name, file suffixes, a one-line description, its writer (``Glossary`` +
selected entries → text, deterministic), its reader (file bytes → :class:`ImportBatch`) and a
content sniffer for files whose suffix does not tell (translate-toolkit's storage classes,
which declare ``Name`` and ``Extensions``, are the model). The ``glossary`` command takes its
``--format`` and ``--input-format`` choices from here.

Adding a format is one new module beside ``po.py`` that ends with ``FORMATS = (...)``, its
name added to :data:`MODULES` below, and its tests (``tests/exchange/test_formats.py`` already
round-trips every registered format through its writer, sniffer and reader). Format modules
are imported the first time the registry is asked; a module must import its heavy libraries
(polib, defusedxml) inside the functions that use them, so a format that is not used costs
nothing.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from glossary.errors import InputError, one_of
from glossary.exchange.common import read_bytes

if TYPE_CHECKING:
    from glossary.exchange.common import CatalogMessage, ImportBatch, Languages
    from glossary.model import Entry, Glossary

#: The format modules, in the order the CLI lists their formats and sniffing tries them.
MODULES = (
    "glossary.exchange.po",
    "glossary.exchange.tbx",
    "glossary.exchange.tbx3",
    "glossary.exchange.csvfile",
)

#: How many leading bytes of a file the sniffers see.
SNIFF_BYTES = 8192

Writer = Callable[["Glossary", list["Entry"]], str]
#: ``read(raw, path, languages)``: the file's items in the source and target language asked
#: for (a ``None`` side: whatever the file says; see :func:`~glossary.exchange.common.
#: choose_languages`).
Reader = Callable[[bytes, str, "Languages"], "ImportBatch"]
Sniffer = Callable[[bytes], bool]
MessageReader = Callable[[bytes, str], "list[CatalogMessage]"]


@dataclass(frozen=True)
class ExchangeFormat:
    """What one exchange format is and how it is written, read and recognised.

    ``label`` names the format in messages (``PO file not found``); ``aliases`` are further
    suffixes it is recognised by that messages do not list (``.xml`` for TBX). A variant
    (``pot``, the template of ``po``) is written by its own writer but read as the format it is
    a variant of, and is not offered as an input format. ``messages`` reads the translated
    units that ``glossary check`` checks, for formats that hold translated catalogs.
    """

    name: str
    label: str
    description: str
    suffixes: tuple[str, ...]
    write: Writer
    read: Reader
    sniff: Sniffer
    aliases: tuple[str, ...] = ()
    variant_of: str | None = None
    messages: MessageReader | None = None


class UnknownFormatError(InputError, ValueError):
    """A format name no module registers (also a ``ValueError``: a bad value for ``fmt``)."""


@cache
def all_formats() -> tuple[ExchangeFormat, ...]:
    """Every registered format, in :data:`MODULES` order."""
    found: list[ExchangeFormat] = []
    for module in MODULES:
        found.extend(import_module(module).FORMATS)
    return tuple(found)


def get(name: str) -> ExchangeFormat:
    """The format called ``name``; an unknown name is an error listing the known ones."""
    for fmt in all_formats():
        if fmt.name == name:
            return fmt
    raise UnknownFormatError(
        f"unknown exchange format {name!r}; one of {', '.join(f.name for f in all_formats())}"
    )


def export_names() -> tuple[str, ...]:
    """Names ``glossary export --format`` accepts: every format (po, pot, tbx, csv)."""
    return tuple(f.name for f in all_formats())


def import_names() -> tuple[str, ...]:
    """Names ``glossary import --input-format`` accepts: the formats that are no variant."""
    return tuple(f.name for f in all_formats() if f.variant_of is None)


def listed_suffixes(formats: Sequence[ExchangeFormat] | None = None) -> tuple[str, ...]:
    """The suffixes messages name (aliases left out), in registry order."""
    chosen = all_formats() if formats is None else formats
    return tuple(dict.fromkeys(s for f in chosen for s in f.suffixes))


def by_suffix(path: str | os.PathLike[str]) -> ExchangeFormat | None:
    """The format a file's suffix (or alias) belongs to, ``None`` when no format claims it."""
    suffix = Path(path).suffix.lower()
    for fmt in all_formats():
        if suffix in fmt.suffixes or suffix in fmt.aliases:
            return fmt
    return None


def sniff(head: bytes) -> ExchangeFormat | None:
    """The first format (in registry order) whose sniffer recognises these leading bytes."""
    for fmt in all_formats():
        if fmt.variant_of is None and fmt.sniff(head):
            return fmt
    return None


def unknown_type(path: str) -> InputError:
    """The error for a file neither its suffix nor its content places, naming the known types."""
    return InputError(
        f"unknown file type; expected {one_of(listed_suffixes())} (or pass --input-format)",
        path,
    )


def detect(path: str | os.PathLike[str], raw: bytes | None = None) -> ExchangeFormat:
    """The format of a file: from its suffix, else by sniffing ``raw`` (its bytes)."""
    fmt = by_suffix(path)
    if fmt is None and raw is not None:
        fmt = sniff(raw[:SNIFF_BYTES])
    if fmt is None:
        raise unknown_type(str(path))
    return fmt


def parse_batch(raw: bytes, name: str, fmt: str, languages: Languages | None = None) -> ImportBatch:
    """Parse exchange-file bytes in the format called ``fmt``; ``name`` is for errors;
    ``languages`` as :data:`Reader` says (default: the project's Dutch and English)."""
    from glossary.exchange.common import PROJECT

    return get(fmt).read(raw, name, languages or PROJECT)


def read_batch(
    path: str | os.PathLike[str], fmt: str | None = None, languages: Languages | None = None
) -> ImportBatch:
    """Read an exchange file in its format (``fmt``, else from the suffix, else from the
    content); ``-`` reads standard input and needs ``fmt``. ``languages``: the source and
    target language wanted (default: the project's Dutch and English)."""
    if str(path) == "-":
        if not fmt:
            raise InputError(
                f"reading standard input needs --input-format {'|'.join(import_names())}", "-"
            )
        return parse_batch(_stdin(), "<stdin>", fmt, languages)
    if fmt:
        chosen = get(fmt)
        return parse_batch(read_bytes(path, chosen.label), str(path), fmt, languages)
    known = by_suffix(path)
    raw = read_bytes(path, known.label if known else "exchange")
    return parse_batch(raw, str(path), (known or detect(path, raw)).name, languages)


def _stdin() -> bytes:
    """Standard input, within the input size limit."""
    from glossary.files import read_stream
    from glossary.limits import INPUT_ENV, current

    return read_stream(sys.stdin.buffer, "input", current().input_bytes, limit_env=INPUT_ENV)


def catalog_formats() -> tuple[ExchangeFormat, ...]:
    """Formats ``glossary check`` can check (they declare ``messages``), variants left out."""
    return tuple(f for f in all_formats() if f.messages is not None and f.variant_of is None)


def read_catalog_messages(path: str | os.PathLike[str]) -> tuple[str, list[CatalogMessage]]:
    """The translated units of a catalog for ``glossary check``, and the name to report.

    The format comes from the suffix, else from the content; a file that neither places is
    read as the first catalog format (PO), whose parser then says what is wrong with it.
    ``-`` is standard input.
    """
    default = catalog_formats()[0]
    if str(path) == "-":
        raw, name = _stdin(), "<stdin>"
        fmt = sniff(raw[:SNIFF_BYTES]) or default
    else:
        name = str(path)
        known = by_suffix(path)
        raw = read_bytes(path, (known or default).label)
        fmt = known or sniff(raw[:SNIFF_BYTES]) or default
    if fmt.messages is None:
        readable = one_of(listed_suffixes(catalog_formats()))
        raise InputError(
            f"a {fmt.label} file is not a translated catalog; glossary check reads {readable}",
            name,
        )
    return name, fmt.messages(raw, name)
