"""Look terms up in a glossary: exact, forgiving, reversible, with ranked suggestions.

A query is matched in two steps against every name of an entry (Dutch: lemma, id, surface
forms, acronym expansion; English with ``reverse``: preferred English, its plural,
alternatives, English expansion):

1. ``exact`` — the same text, case included (``NAVO`` finds ``NAVO``, not its homograph
   ``navo``); curly and straight apostrophes count as the same (``MCR's`` = ``MCR’s``). An
   entry id (``navo-2``) counts only when no lemma or form is exactly the query.
2. ``normalised`` — ignoring case, accents, apostrophes, hyphens and punctuation
   (``saceur``, ``Oekraine``, ``hybride-dreigingen``, ``burden-sharing``).

With no match, suggestions follow: completions of partial input (``prefix``: the query starts
a name or one of its later words), then similar names (``fuzzy``: trigram candidates from the
index, ranked by :func:`rapidfuzz.fuzz.ratio`). Everything comes from the derived SQLite index
of :mod:`glossary.lookup.index`, so a lookup never parses the whole JSON on a warm start.

JSON document (``glossary lookup --json``; schema ``1``; keys are stable, new keys may be
added but none removed or renamed without a new schema number)::

    {
      "schema": 1,
      "glossary": "<glossary file as given>",
      "direction": "nl-en" | "en-nl",
      "results": [                       # one per query, in input order
        {
          "query": "<query as given, stripped>",
          "found": true | false,
          "entries": [ENTRY, ...],       # best field first; empty when not found
          "suggestions": [SUGGESTION, ...]   # only when not found
        }
      ]
    }

    ENTRY = {
      "id": str, "lemma": str, "kind": "term" | "acronym" | "entity",
      "status": "reviewed" | "proposed" | "machine" | "missing",
      "english": str | null,             # preferred English
      "source": str | null,              # termbase, translator, manual, letter, compound, mt:<p>
      "alternatives": [{"text": str, "source": str}],
      "plural": str | null,              # English plural of the preferred rendering
      "expansion": str | null,           # acronyms: what the letters spell out
      "english_expansion": {"text": str, "source": str} | null,   # acronyms: English full form
      "definition": str | null, "note": str | null,
      "forms": [str], "count": int, "letters": [str], "stale": bool,
      "match": {"how": "exact" | "normalised", "field": FIELD, "text": str},
      "examples": [{"letter": str, "reference": str, "sentence": str, "start": int, "end": int}]
    }

    SUGGESTION = {
      "id": str, "lemma": str, "english": str | null,
      "text": str,                       # the name that was similar (a form, an English...)
      "field": FIELD, "how": "prefix" | "fuzzy",
      "score": float                     # similarity 0–1 (rapidfuzz ratio / 100)
    }

    FIELD = "lemma" | "id" | "form" | "expansion"                          (nl-en)
          | "english" | "plural" | "alternative" | "expansion"            (en-nl)
"""

from __future__ import annotations

import os
import sqlite3
import unicodedata
from array import array
from collections import Counter, namedtuple
from collections.abc import Callable

from glossary.lookup.index import (
    EN,
    EN_FIELDS,
    NL,
    NL_FIELDS,
    Index,
    StaleIndex,
    exact_key,
    loose_key,
    open_index,
    trigrams,
)

# ``typing`` for the type checker only: importing it would cost ``glossary lookup`` 2 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

JSON_SCHEMA = 1
#: Longer input is refused: no term is that long, and pasted paragraphs are a mistake.
MAX_QUERY = 200
DEFAULT_EXAMPLES = 3
DEFAULT_SUGGESTIONS = 5
#: Minimum similarity (rapidfuzz ratio, 0–100) for a fuzzy suggestion.
FUZZY_CUTOFF = 70.0
#: Trigram candidates scored per query; more only helps on pathological queries.
MAX_CANDIDATES = 400
#: Prefix matches kept per query (the shortest completions).
MAX_PREFIX_ROWS = 100


# The records below are ``collections.namedtuple`` classes with their fields' types
# declared for the type checker: ``typing.NamedTuple`` would import ``typing`` and compile
# every annotation, dataclasses cost more still (start-up time).


class Example(namedtuple("Example", "letter reference sentence start end")):
    """An example sentence and the letter it comes from."""

    __slots__ = ()
    letter: str
    reference: str
    sentence: str
    start: int
    end: int


class Match(namedtuple("Match", "entry how field text examples")):
    """An entry found for a query, how it matched and its examples."""

    __slots__ = ()
    entry: dict[str, Any]
    how: str
    field: str
    text: str
    examples: list[Example]


class Suggestion(namedtuple("Suggestion", "id lemma english text field how score")):
    """An entry that might be what the user meant."""

    __slots__ = ()
    id: str
    lemma: str
    english: str | None
    text: str
    field: str
    how: str
    score: float


class Result(namedtuple("Result", "query direction matches suggestions")):
    """The answer to one query."""

    __slots__ = ()
    query: str
    direction: str
    matches: list[Match]
    suggestions: list[Suggestion]

    @property
    def found(self) -> bool:
        return bool(self.matches)


def check_query(text: str, where: str | None = None, line: int | None = None) -> str:
    """The stripped query, or :class:`~glossary.errors.InputError` saying what is wrong."""
    from glossary.errors import InputError

    query = text.strip()
    if not query:
        raise InputError("empty query; give a Dutch term (or English with --reverse)", where, line)
    if len(query) > MAX_QUERY:
        raise InputError(
            f"query too long ({len(query)} characters, at most {MAX_QUERY})", where, line
        )
    for ch in query:
        category = unicodedata.category(ch)
        if category == "Cs":
            raise InputError("query is not valid UTF-8", where, line)
        if category == "Cc":
            raise InputError(f"query contains control character U+{ord(ch):04X}", where, line)
    return query


class Lookup:
    """An open glossary ready for lookups (use as a context manager, or call :meth:`close`)."""

    def __init__(
        self,
        glossary: str | os.PathLike[str],
        rebuild: bool = False,
        on_build: Callable[[int], None] | None = None,
    ) -> None:
        self.path = os.fspath(glossary)
        self.on_build = on_build
        self.index: Index = open_index(self.path, rebuild, on_build)

    def __enter__(self) -> Lookup:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.index.close()

    def find(
        self,
        query: str,
        reverse: bool = False,
        examples: int = DEFAULT_EXAMPLES,
        suggestions: int = DEFAULT_SUGGESTIONS,
    ) -> Result:
        """Entries for ``query`` (Dutch, or English with ``reverse``), else suggestions."""
        query = check_query(query)
        try:
            return self._find(query, reverse, examples, suggestions)
        except (sqlite3.DatabaseError, StaleIndex):
            self.index.close()
            self.index = open_index(self.path, True, self.on_build)
            return self._find(query, reverse, examples, suggestions)

    def complete(self, prefix: str, reverse: bool = False, limit: int = 30) -> list[str]:
        """Names starting with ``prefix`` (normalised), shortest first: Tab completion."""
        loose = loose_key(prefix)
        if not loose:
            return []
        rows = self.index.connection.execute(
            "SELECT COALESCE(n.text, n.exact) FROM keys k JOIN names n ON n.k = k.k "
            "WHERE k.dir = ? AND k.key >= ? AND k.key < ? AND n.field != ? LIMIT ?",
            (
                EN if reverse else NL,
                loose,
                loose + "\U0010ffff",
                -1 if reverse else NL_FIELDS.index("id"),
                MAX_PREFIX_ROWS,
            ),
        ).fetchall()
        return sorted({text for (text,) in rows}, key=lambda t: (len(t), t))[:limit]

    def _find(self, query: str, reverse: bool, examples: int, suggestions: int) -> Result:
        con = self.index.connection
        direction = EN if reverse else NL
        fields = EN_FIELDS if reverse else NL_FIELDS
        loose = loose_key(query)
        how = "exact"
        rows = con.execute(
            "SELECT entry, field, COALESCE(text, exact) FROM names WHERE dir = ? AND exact = ?",
            (direction, exact_key(query)),
        ).fetchall()
        if not rows and loose:
            how = "normalised"
            rows = con.execute(
                "SELECT n.entry, n.field, COALESCE(n.text, n.exact) FROM keys k "
                "JOIN names n ON n.k = k.k WHERE k.dir = ? AND k.key = ?",
                (direction, loose),
            ).fetchall()
        id_field = fields.index("id") if "id" in fields else -1
        if any(field != id_field for _, field, _ in rows):
            rows = [row for row in rows if row[1] != id_field]
        best: dict[int, tuple[int, str]] = {}
        for entry, field, text in rows:
            if entry not in best or field < best[entry][0]:
                best[entry] = (field, text)
        matches: list[Match] = []
        if best:
            data = self.index.entries(list(best))
            references = self._references(data.values(), examples)
            for n, (field, text) in best.items():
                entry = data[n]
                matches.append(
                    Match(entry, how, fields[field], text, _examples(entry, references, examples))
                )
            matches.sort(key=lambda m: (fields.index(m.field), m.entry["lemma"], m.entry["id"]))
        found = [] if matches else self._suggest(direction, loose, suggestions)
        return Result(query, "en-nl" if reverse else "nl-en", matches, found)

    def _references(self, entries: Any, examples: int) -> dict[str, str]:
        ids = sorted({o["letter"] for e in entries for o in e.get("examples", [])[:examples]})
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        return dict(
            self.index.connection.execute(
                f"SELECT id, reference FROM letters WHERE id IN ({marks})", ids
            ).fetchall()
        )

    def _suggest(self, direction: int, loose: str, limit: int) -> list[Suggestion]:
        """Prefix completions (shortest first), then fuzzy matches (most similar first)."""
        if limit <= 0 or len(loose) < 2:
            return []
        from rapidfuzz import fuzz

        prefix = self._prefix(direction, loose)
        fuzzy = self._fuzzy(direction, loose) if len(loose) >= 3 else []
        ranked = [(k, key, "prefix", fuzz.ratio(loose, key) / 100) for k, key in prefix]
        ranked += [(k, key, "fuzzy", score / 100) for k, key, score in fuzzy]
        return self._suggestions(direction, ranked, limit)

    def _prefix(self, direction: int, loose: str) -> list[tuple[int, str]]:
        con = self.index.connection
        high = loose + "\U0010ffff"
        rows = con.execute(
            "SELECT k, key FROM keys WHERE dir = ? AND key >= ? AND key < ? "
            "ORDER BY length(key), key LIMIT ?",
            (direction, loose, high, MAX_PREFIX_ROWS),
        ).fetchall()
        rows += con.execute(
            "SELECT w.k, k.key FROM words w JOIN keys k ON k.k = w.k "
            "WHERE w.dir = ? AND w.word >= ? AND w.word < ? ORDER BY length(k.key), k.key "
            "LIMIT ?",
            (direction, loose, high, MAX_PREFIX_ROWS),
        ).fetchall()
        return sorted(dict(rows).items(), key=lambda kv: (len(kv[1]), kv[1]))

    def _fuzzy(self, direction: int, loose: str) -> list[tuple[int, str, float]]:
        """Keys sharing the most trigrams with the query, re-ranked by edit similarity."""
        from rapidfuzz import fuzz, process

        con = self.index.connection
        grams = sorted(trigrams(loose))
        marks = ",".join("?" * len(grams))
        counts: Counter[int] = Counter()
        for (blob,) in con.execute(
            f"SELECT postings FROM grams WHERE dir = ? AND gram IN ({marks})", [direction, *grams]
        ):
            postings = array("i")
            postings.frombytes(blob)
            counts.update(postings)
        need = max(1, len(grams) // 4)
        top = [k for k, c in counts.most_common(MAX_CANDIDATES) if c >= need]
        if not top:
            return []
        marks = ",".join("?" * len(top))
        keys = dict(con.execute(f"SELECT k, key FROM keys WHERE k IN ({marks})", top))
        scored = process.extract(
            loose, keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=None
        )
        scored.sort(key=lambda hit: (-hit[1], len(hit[0]), hit[0]))
        return [(k, key, score) for key, score, k in scored]

    def _suggestions(
        self, direction: int, ranked: list[tuple[int, str, str, float]], limit: int
    ) -> list[Suggestion]:
        """One suggestion per entry, in the order of ``ranked`` (key, how, score)."""
        if not ranked:
            return []
        fields = EN_FIELDS if direction == EN else NL_FIELDS
        con = self.index.connection
        ks = list(dict.fromkeys(k for k, *_ in ranked))
        marks = ",".join("?" * len(ks))
        names: dict[int, list[tuple[int, int, str, str, str, str | None]]] = {}
        for k, entry, field, text, eid, lemma, english in con.execute(
            "SELECT n.k, n.entry, n.field, COALESCE(n.text, n.exact), e.id, e.lemma, e.english "
            f"FROM names n JOIN entries e ON e.n = n.entry WHERE n.k IN ({marks})",
            ks,
        ):
            names.setdefault(k, []).append((field, entry, text, eid, lemma, english))
        out: list[Suggestion] = []
        seen: set[int] = set()
        for k, _key, how, score in ranked:
            for field, entry, text, eid, lemma, english in sorted(names.get(k, [])):
                if entry in seen:
                    continue
                seen.add(entry)
                out.append(
                    Suggestion(eid, lemma, english, text, fields[field], how, round(score, 4))
                )
                if len(out) >= limit:
                    return out
        return out


def _examples(entry: dict[str, Any], references: dict[str, str], limit: int) -> list[Example]:
    return [
        Example(
            o["letter"],
            references.get(o["letter"], o["letter"]),
            o.get("sentence", ""),
            int(o["start"]),
            int(o["end"]),
        )
        for o in entry.get("examples", [])[: max(limit, 0)]
    ]


def lookup(
    glossary: str | os.PathLike[str],
    queries: list[str],
    reverse: bool = False,
    examples: int = DEFAULT_EXAMPLES,
    suggestions: int = DEFAULT_SUGGESTIONS,
) -> list[Result]:
    """Look up several queries in one glossary (opens and closes the index)."""
    with Lookup(glossary) as book:
        return [book.find(q, reverse, examples, suggestions) for q in queries]


def entry_json(match: Match) -> dict[str, Any]:
    """The documented ENTRY object of the JSON schema for one match."""
    e = match.entry
    translation = e.get("translation") or {}
    return {
        "id": e["id"],
        "lemma": e["lemma"],
        "kind": e.get("kind", "term"),
        "status": e.get("status", "missing"),
        "english": translation.get("text"),
        "source": translation.get("source"),
        "plural": translation.get("plural"),
        "alternatives": [
            {"text": a["text"], "source": a["source"]} for a in e.get("alternatives", [])
        ],
        "expansion": e.get("expansion"),
        "english_expansion": _english_expansion(e),
        "definition": e.get("definition"),
        "note": e.get("note"),
        "forms": list(e.get("forms", [])),
        "count": e.get("count", 0),
        "letters": list(e.get("letters", [])),
        "stale": bool(e.get("stale", False)),
        "match": {"how": match.how, "field": match.field, "text": match.text},
        "examples": [ex._asdict() for ex in match.examples],
    }


def _english_expansion(entry: dict[str, Any]) -> dict[str, str] | None:
    full = entry.get("english_expansion")
    return {"text": full["text"], "source": full["source"]} if full else None


def result_json(result: Result) -> dict[str, Any]:
    """One element of ``results`` in the JSON document."""
    return {
        "query": result.query,
        "found": result.found,
        "entries": [entry_json(m) for m in result.matches],
        "suggestions": [s._asdict() for s in result.suggestions],
    }


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of the document; tests validate the CLI output against it."""
    text = {"type": "string"}
    maybe = {"type": ["string", "null"]}
    nl_fields = list(NL_FIELDS)
    en_fields = [f for f in EN_FIELDS if f not in NL_FIELDS]
    field = {"enum": nl_fields + en_fields}

    def strict(properties: dict[str, Any]) -> dict[str, Any]:
        return {"type": "object", "required": sorted(properties), "properties": properties}

    entry = strict(
        {
            "id": text,
            "lemma": text,
            "kind": {"enum": ["term", "acronym", "entity"]},
            "status": {"enum": ["reviewed", "proposed", "machine", "missing"]},
            "english": maybe,
            "source": maybe,
            "plural": maybe,
            "alternatives": {"type": "array", "items": strict({"text": text, "source": text})},
            "expansion": maybe,
            "english_expansion": {
                "oneOf": [strict({"text": text, "source": text}), {"type": "null"}]
            },
            "definition": maybe,
            "note": maybe,
            "forms": {"type": "array", "items": text},
            "count": {"type": "integer", "minimum": 0},
            "letters": {"type": "array", "items": text},
            "stale": {"type": "boolean"},
            "match": strict(
                {"how": {"enum": ["exact", "normalised"]}, "field": field, "text": text}
            ),
            "examples": {
                "type": "array",
                "items": strict(
                    {
                        "letter": text,
                        "reference": text,
                        "sentence": text,
                        "start": {"type": "integer"},
                        "end": {"type": "integer"},
                    }
                ),
            },
        }
    )
    suggestion = strict(
        {
            "id": text,
            "lemma": text,
            "english": maybe,
            "text": text,
            "field": field,
            "how": {"enum": ["prefix", "fuzzy"]},
            "score": {"type": "number", "minimum": 0, "maximum": 1},
        }
    )
    result = strict(
        {
            "query": text,
            "found": {"type": "boolean"},
            "entries": {"type": "array", "items": entry},
            "suggestions": {"type": "array", "items": suggestion},
        }
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "glossary lookup --json",
        **strict(
            {
                "schema": {"const": JSON_SCHEMA},
                "glossary": text,
                "direction": {"enum": ["nl-en", "en-nl"]},
                "results": {"type": "array", "items": result},
            }
        ),
    }


def document_json(glossary: str, results: list[Result], reverse: bool = False) -> dict[str, Any]:
    """The whole JSON document printed by ``glossary lookup --json``."""
    return {
        "schema": JSON_SCHEMA,
        "glossary": glossary,
        "direction": "en-nl" if reverse else "nl-en",
        "results": [result_json(r) for r in results],
    }
