"""Find the entry a user means: by id, by lemma, or by any surface form.

``id:<id>`` names an entry by id only. Otherwise tiers are tried in order and the first tier
with a hit decides: exact id or exact lemma, lemma ignoring case and accents, surface form
ignoring case and accents, slug of the input. Two or more hits in the deciding tier raise
:class:`AmbiguousTerm` listing ``id:<id>`` for each: homographs such as ``Defensie`` (the
ministry, id ``defensie``) and ``defensie`` (defence, id ``defensie-2``), where even the
plain ``defensie`` is both an id and a lemma. No hit raises :class:`TermNotFound` (exit 1)
with the closest lemmas as suggestions.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable

from glossary.errors import GlossaryError, InputError
from glossary.model import Entry, Glossary, slugify
from glossary.review.rejections import ID_PREFIX
from glossary.text import fold


class TermNotFound(GlossaryError):
    """No entry matches: a negative answer (exit 1), not a usage error."""

    exit_code = 1


class AmbiguousTerm(InputError):
    """Several entries match (homographs): the user must name one by id (exit 2)."""

    def __init__(self, query: str, entries: Iterable[Entry], path: str | None = None) -> None:
        self.query = query
        self.entries = list(entries)
        listing = ", ".join(
            f"{ID_PREFIX}{e.id} ({e.lemma}, {e.kind}{', ' + e.english if e.english else ''})"
            for e in self.entries
        )
        super().__init__(
            f"'{query}' is ambiguous, it matches {len(self.entries)} entries: "
            f"{listing}; use one of these id:<id> names instead",
            path,
        )


def _tiers(query: str) -> list[Callable[[Entry], bool]]:
    q = query.strip()
    if q.startswith(ID_PREFIX):
        wanted = q[len(ID_PREFIX) :].strip()
        return [lambda e: e.id == wanted]
    key = fold(q)
    slug = slugify(q)
    return [
        lambda e: e.id == q or e.lemma == q,
        lambda e: fold(e.lemma) == key,
        lambda e: any(fold(f) == key for f in e.forms),
        lambda e: e.id == slug,
    ]


def candidates(glossary: Glossary, query: str) -> list[Entry]:
    """Every entry of the first tier that matches ``query`` (empty when none does)."""
    if not query.strip():
        return []
    entries = glossary.sorted_entries()
    for test in _tiers(query):
        hits = [e for e in entries if test(e)]
        if hits:
            return hits
    return []


def suggestions(glossary: Glossary, query: str, limit: int = 3) -> list[str]:
    """The lemmas closest to ``query`` (for a helpful not-found message)."""
    by_key = {fold(e.lemma): e.lemma for e in glossary.sorted_entries()}
    close = difflib.get_close_matches(fold(query), list(by_key), n=limit, cutoff=0.75)
    return [by_key[k] for k in close]


def resolve(glossary: Glossary, query: str, path: str | None = None) -> Entry:
    """The one entry ``query`` names, or :class:`TermNotFound` / :class:`AmbiguousTerm`."""
    hits = candidates(glossary, query)
    if len(hits) == 1:
        return hits[0]
    if hits:
        raise AmbiguousTerm(query, hits, path)
    near = suggestions(glossary, query)
    hint = f"; did you mean {', '.join(repr(s) for s in near)}?" if near else ""
    raise TermNotFound(f"no entry '{query}' (searched ids, lemmas and forms){hint}", path)


def resolve_all(glossary: Glossary, queries: Iterable[str], path: str | None = None) -> list[Entry]:
    """Resolve every query first, so a typo in the last one changes nothing at all."""
    out: dict[str, Entry] = {}
    for q in queries:
        entry = resolve(glossary, q, path)
        out.setdefault(entry.id, entry)
    return list(out.values())
