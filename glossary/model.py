"""The glossary's data model: plain dataclasses, stable ids and the pure merge rules.

Everything else (extraction, translation, store, lookup, exchange, Sphinx) speaks these types.
The contracts are in ``docs/design.rst``: statuses are ordered, ids are frozen once assigned,
human decisions beat computed ones, and the same inputs give the same glossary.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any

#: Version of the glossary file format; older versions are upgraded on load
#: (:mod:`glossary.store.migrate`) and written back in this one.
SCHEMA_VERSION = 2

#: Statuses from weakest to strongest; ``glossary_min_status`` compares in this order.
STATUSES: tuple[str, ...] = ("missing", "machine", "proposed", "reviewed")
STATUS_RANK: dict[str, int] = {s: i for i, s in enumerate(STATUSES)}

#: Translation sources; machine translation is ``mt:<provider>``.
SOURCES: tuple[str, ...] = ("termbase", "translator", "manual", "letter", "compound", "cldr")
HUMAN_SOURCES = frozenset({"translator", "manual"})

KINDS: tuple[str, ...] = ("term", "acronym", "entity")

#: How many example occurrences an entry keeps (counts stay exact).
MAX_EXAMPLES = 5


def status_at_least(status: str, minimum: str) -> bool:
    """True when ``status`` ranks at or above ``minimum`` (``reviewed`` is the highest)."""
    return STATUS_RANK[status] >= STATUS_RANK[minimum]


def is_valid_source(source: str) -> bool:
    """A known source name, or ``mt:<provider>``."""
    return source in SOURCES or bool(re.fullmatch(r"mt:[a-z0-9_-]+", source))


def slugify(text: str) -> str:
    """ASCII slug of a Dutch lemma: ``Noord-Atlantische Raad`` → ``noord-atlantische-raad``."""
    norm = unicodedata.normalize("NFKD", text)
    ascii_text = norm.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    return slug or "term"


@dataclass(frozen=True, order=True)
class Occurrence:
    """One place a term was seen: letter id, character span in the original text, sentence."""

    letter: str
    start: int
    end: int
    sentence: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "letter": self.letter,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Occurrence:
        return cls(data["letter"], int(data["start"]), int(data["end"]), data.get("sentence", ""))


@dataclass(frozen=True)
class Translation:
    """One English rendering with where it came from and how sure we are (0–1)."""

    text: str
    source: str
    confidence: float = 1.0
    plural: str | None = None
    note: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "text": self.text,
            "source": self.source,
            "confidence": round(self.confidence, 4),
        }
        if self.plural:
            data["plural"] = self.plural
        if self.note:
            data["note"] = self.note
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Translation:
        return cls(
            data["text"],
            data["source"],
            float(data.get("confidence", 1.0)),
            data.get("plural"),
            data.get("note"),
        )


@dataclass(frozen=True)
class Decision:
    """A reviewer's decision on an entry: what, by whom, when, with details."""

    action: str
    by: str
    at: str
    detail: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "by": self.by,
            "at": self.at,
            "detail": dict(sorted(self.detail.items())),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Decision:
        return cls(data["action"], data["by"], data["at"], dict(data.get("detail", {})))


#: The zones of a letter. Only ``body`` and ``footnotes`` are term text; the facts of the
#: others become metadata (dossier, number, title, date, signatories) and their words are not
#: term candidates; ``furniture`` (web-page menus and metadata tables, running headers and
#: footers, page numbers) is dropped.
ZONES: tuple[str, ...] = (
    "masthead",
    "title",
    "address",
    "body",
    "signature",
    "footnotes",
    "furniture",
)
TERM_ZONES = frozenset({"body", "footnotes"})


@dataclass(frozen=True)
class Zone:
    """A span ``[start, end)`` of the letter's ``text`` and what it is (one of :data:`ZONES`)."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Footnote:
    """A footnote: its number, its cleaned text, where its text is in the letter's ``text`` and
    where its marker stood there (``None`` when the marker was not found)."""

    number: str
    text: str
    start: int
    end: int
    marker: int | None = None


@dataclass
class Letter:
    """A letter read from a file: its text, the term text with offsets back, zones, footnotes
    and metadata.

    ``text`` is the file itself for text, XML and HTML letters and the text layer the reader
    extracted for PDF, DOCX and ODT; every offset points into it. ``clean`` is the term text:
    the body, then each footnote's text, cleaned (markup, markers, hyphenation repaired).
    """

    id: str
    path: str
    text: str
    clean: str = ""
    #: ``offsets[i]`` is the index in ``text`` of character ``i`` of ``clean``.
    offsets: Sequence[int] = field(default_factory=list)
    dossier: str | None = None
    number: str | None = None
    date: str | None = None
    sender: str | None = None
    title: str | None = None
    #: Italic spans ``(start, end)`` in ``clean`` (markdown ``*...*``): evidence for English.
    emphasis: list[tuple[int, int]] = field(default_factory=list)
    #: ``Post, Name`` of each person who signed, in order.
    signatories: list[str] = field(default_factory=list)
    #: The reader that read the file (``text``, ``xml``, ``html``, ``pdf``, ``docx``, ``odt``).
    source_format: str = "text"
    zones: list[Zone] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    #: What the reader noticed and the user should know (unknown elements, text kept).
    warnings: list[str] = field(default_factory=list)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the cleaned text back to the original text."""
        if not self.offsets:
            return start, end
        last = len(self.offsets) - 1
        s = self.offsets[min(start, last)]
        e = self.offsets[min(max(end - 1, start), last)] + 1
        return s, e

    def meta(self) -> dict[str, str | None]:
        return {
            "id": self.id,
            "dossier": self.dossier,
            "number": self.number,
            "date": self.date,
            "sender": self.sender,
            "title": self.title,
        }


@dataclass
class Candidate:
    """A term candidate from extraction, before translation."""

    term: str
    kind: str
    score: float
    freq: int
    forms: list[str] = field(default_factory=list)
    occurrences: list[Occurrence] = field(default_factory=list)
    expansion: str | None = None
    letters: list[str] = field(default_factory=list)
    #: English seen next to the Dutch in the letters (``ondersteuning («enablement»)``).
    english_evidence: list[str] = field(default_factory=list)
    #: Part of speech of the head in TBX terms: noun, properNoun, adjective, other.
    pos: str = "noun"
    #: Set when the term base seeded or boosted this candidate.
    seeded_by: str | None = None
    #: A modifier + noun whose head the letters mostly use without it (``militaire operatie``
    #: beside ``operatie``): loosely bound, a unit only if something else attests it.
    free_head: bool = False


@dataclass
class Entry:
    """One glossary entry: a Dutch term, its English and everything a translator needs."""

    id: str
    lemma: str
    kind: str = "term"
    forms: list[str] = field(default_factory=list)
    translation: Translation | None = None
    alternatives: list[Translation] = field(default_factory=list)
    status: str = "missing"
    #: An acronym's full form as the Dutch text writes it: Dutch for a Dutch acronym
    #: (``Gemeenschappelijk Veiligheids- en Defensiebeleid``), English for an English one.
    expansion: str | None = None
    #: An acronym's English full form (``Common Security and Defence Policy``) with its source;
    #: ``translation`` holds the English acronym (``CSDP``) where one exists.
    english_expansion: Translation | None = None
    definition: str | None = None
    note: str | None = None
    pos: str = "noun"
    count: int = 0
    letters: list[str] = field(default_factory=list)
    examples: list[Occurrence] = field(default_factory=list)
    score: float = 0.0
    stale: bool = False
    #: Renderings a reviewer forbade; ``glossary check`` flags them.
    forbidden: list[str] = field(default_factory=list)
    history: list[Decision] = field(default_factory=list)
    created: str = ""
    updated: str = ""

    @property
    def english(self) -> str | None:
        return self.translation.text if self.translation else None

    @property
    def source(self) -> str | None:
        return self.translation.source if self.translation else None

    @property
    def is_human(self) -> bool:
        """Reviewed by a person (translator import or manual edit): builds never change it."""
        return self.status == "reviewed" and self.source in HUMAN_SOURCES

    def english_with_expansion(self) -> str | None:
        """The English with the English expansion after a dash where it says more:
        ``CSDP — Common Security and Defence Policy`` (tooltips, the glossary page)."""
        english = self.english
        full = self.english_expansion.text if self.english_expansion else None
        if english is None or not full or full.casefold() == english.casefold():
            return english
        return f"{english} — {full}"

    def all_english(self) -> list[str]:
        """Preferred English first, then the alternatives, without duplicates."""
        out: list[str] = []
        for t in ([self.translation] if self.translation else []) + self.alternatives:
            if t.text not in out:
                out.append(t.text)
        return out

    def content_key(self) -> dict[str, Any]:
        """Everything but the timestamps: two entries with equal keys need no new timestamp."""
        data = self.to_json()
        data.pop("created", None)
        data.pop("updated", None)
        return data

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "lemma": self.lemma,
            "kind": self.kind,
            "forms": sorted(set(self.forms)),
            "translation": self.translation.to_json() if self.translation else None,
            "alternatives": [t.to_json() for t in self.alternatives],
            "status": self.status,
            "expansion": self.expansion,
            "english_expansion": (
                self.english_expansion.to_json() if self.english_expansion else None
            ),
            "definition": self.definition,
            "note": self.note,
            "pos": self.pos,
            "count": self.count,
            "letters": sorted(set(self.letters)),
            "examples": [o.to_json() for o in self.examples],
            "score": round(self.score, 4),
            "stale": self.stale,
            "forbidden": list(self.forbidden),
            "history": [d.to_json() for d in self.history],
            "created": self.created,
            "updated": self.updated,
        }
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Entry:
        names = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in names}
        kwargs["translation"] = (
            Translation.from_json(data["translation"]) if data.get("translation") else None
        )
        kwargs["alternatives"] = [Translation.from_json(t) for t in data.get("alternatives", [])]
        kwargs["english_expansion"] = (
            Translation.from_json(data["english_expansion"])
            if data.get("english_expansion")
            else None
        )
        kwargs["examples"] = [Occurrence.from_json(o) for o in data.get("examples", [])]
        kwargs["history"] = [Decision.from_json(d) for d in data.get("history", [])]
        return cls(**kwargs)


@dataclass
class Glossary:
    """All entries by id, plus the letters they were built from."""

    entries: dict[str, Entry] = field(default_factory=dict)
    letters: dict[str, dict[str, str | None]] = field(default_factory=dict)
    generator: str = "nato-glossary"

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.sorted_entries())

    def sorted_entries(self) -> list[Entry]:
        return [self.entries[k] for k in sorted(self.entries)]

    def get(self, entry_id: str) -> Entry | None:
        return self.entries.get(entry_id)

    def by_lemma(self, lemma: str) -> list[Entry]:
        """Entries whose lemma equals ``lemma`` exactly (homographs give more than one)."""
        return [e for e in self.sorted_entries() if e.lemma == lemma]

    def add(self, entry: Entry) -> Entry:
        self.entries[entry.id] = entry
        return entry

    def new_id(self, lemma: str) -> str:
        """A fresh id for ``lemma``: its slug, or ``slug-2``, ``slug-3`` on a collision."""
        base = slugify(lemma)
        if base not in self.entries:
            return base
        n = 2
        while f"{base}-{n}" in self.entries:
            n += 1
        return f"{base}-{n}"

    def to_json(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "generator": self.generator,
            "letters": [self.letters[k] for k in sorted(self.letters)],
            "entries": [e.to_json() for e in self.sorted_entries()],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Glossary:
        g = cls(generator=data.get("generator", "nato-glossary"))
        for meta in data.get("letters", []):
            g.letters[str(meta["id"])] = dict(meta)
        for raw in data.get("entries", []):
            e = Entry.from_json(raw)
            g.entries[e.id] = e
        return g


def sample_examples(occurrences: Iterable[Occurrence], cap: int = MAX_EXAMPLES) -> list[Occurrence]:
    """A deterministic, capped sample: the first ``cap`` by (letter, position), one per sentence."""
    seen: set[tuple[str, str]] = set()
    out: list[Occurrence] = []
    for occ in sorted(set(occurrences)):
        key = (occ.letter, occ.sentence)
        if key in seen:
            continue
        seen.add(key)
        out.append(occ)
        if len(out) >= cap:
            break
    return out


def touch(old: Entry | None, new: Entry, now: str) -> Entry:
    """Set ``created``/``updated`` so timestamps change only when the content changed."""
    if old is None:
        return replace(new, created=new.created or now, updated=now)
    created = old.created or now
    if old.content_key() == new.content_key():
        return replace(new, created=created, updated=old.updated or now)
    return replace(new, created=created, updated=now)
