"""Any glossary file read as a :class:`~glossary.model.Glossary`: the project's JSON, or a
termbase in an exchange format (TBX v2 or v3, Weblate CSV, PO/POT) through the format registry.

A termbase becomes entries the way the project's own glossary has them, so everything that
reads a glossary (the Sphinx extension, lookup, export) reads it too: one entry per concept
with the slug id of its source term, the file's other source terms as ``forms``, its
rendering as the translation (source ``translator``) and further renderings as
``alternatives``; the status is ``reviewed`` where the file approves the rendering (TBX
preferred, PO without ``fuzzy``, CSV ``fuzzy=False``), else ``proposed``, and ``missing``
without one. Dutch terms also get their inflected forms from the Dutch word knowledge
(:mod:`glossary.nlp.dutch.inflection`); terms in other languages only have the forms the
file gives.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from glossary.exchange.common import PROJECT, ImportBatch, Languages, read_bytes
from glossary.model import Entry, Glossary, Translation

#: The format name of the project's own glossary JSON.
JSON = "json"
#: An all-capitals term (``NAVO``, ``G7``) is an acronym when the file does not say.
_ACRONYM_MIN = 2

Inflect = Callable[[str], list[str]]


@dataclass(frozen=True)
class GlossaryFile:
    """One glossary file read as a glossary, with its format and its language pair."""

    path: str
    format: str
    source_language: str
    target_language: str
    glossary: Glossary


def is_json(path: str | os.PathLike[str], raw: bytes) -> bool:
    """The project's glossary JSON: a ``.json`` file, or content that starts with ``{``."""
    if Path(path).suffix.lower() == ".json":
        return True
    from glossary.exchange import formats

    if formats.by_suffix(path) is not None:
        return False
    return raw.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def read_glossary_file(
    path: str | os.PathLike[str], languages: Languages | None = None
) -> GlossaryFile:
    """Read ``path`` in its format (from its suffix, else its content) as a glossary.

    ``languages`` names the source and target language wanted; a side left ``None`` comes
    from the file, else the project's Dutch and English. Bad input raises a one-line
    :class:`~glossary.errors.InputError` naming the file.
    """
    from glossary.exchange import formats
    from glossary.store import jsonfile as store

    wanted = languages or Languages()
    raw = read_bytes(path, "glossary")
    name = str(path)
    if is_json(path, raw):
        return GlossaryFile(
            name,
            JSON,
            wanted.source or PROJECT.source or "",
            wanted.target or PROJECT.target or "",
            store.load(path),
        )
    fmt = formats.detect(path, raw)
    batch = formats.parse_batch(raw, name, fmt.name, wanted)
    return GlossaryFile(
        name,
        batch.format,
        batch.source_language,
        batch.target_language,
        batch_glossary(batch, inflector(batch.source_language)),
    )


def inflector(language: str) -> Inflect | None:
    """The inflected forms of a term in ``language``: Dutch only (None for other languages)."""
    if language != "nl":
        return None
    from glossary.nlp.dutch.inflection import term_forms
    from glossary.nlp.resources import Resources

    resources = Resources.default()
    return lambda term: term_forms(term, resources)


def _kind(item_kind: str | None, lemma: str) -> str:
    if item_kind:
        return item_kind
    letters = [ch for ch in lemma if ch.isalpha()]
    if len(letters) >= _ACRONYM_MIN and all(ch.isupper() for ch in letters) and " " not in lemma:
        return "acronym"
    return "term"


def batch_glossary(batch: ImportBatch, inflect: Inflect | None = None) -> Glossary:
    """The glossary a termbase's items make, entries in file order (see the module doc)."""
    glossary = Glossary(generator=f"nato-glossary from {Path(batch.path).name}")
    for item in batch.items:
        lemma = item.lemma.strip()
        if not lemma:
            continue
        english = item.english.strip()
        translation = Translation(english, "translator", plural=item.plural) if english else None
        alternatives = [Translation(a, "translator") for a in item.alternatives if a != english]
        kind = _kind(item.kind, lemma)
        forms = {lemma, *item.forms}
        if inflect is not None and kind != "entity":
            forms.update(inflect(lemma))
        status = ("reviewed" if item.reviewed else "proposed") if translation else "missing"
        glossary.add(
            Entry(
                id=glossary.new_id(lemma),
                lemma=lemma,
                kind=kind,
                forms=sorted(forms),
                translation=translation,
                alternatives=alternatives,
                status=status,
                expansion=item.expansion,
                definition=item.definition,
            )
        )
    return glossary
