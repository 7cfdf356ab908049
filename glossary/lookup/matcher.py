"""The one term matcher: every form of every entry in one Aho–Corasick automaton.

Used by ``glossary check`` and by the Sphinx extension. Matching cost depends on the length of the
text, not on the number of terms: the automaton is built once and scanned once per text.

Rules (``docs/design.rst`` has the reasoning):

* **Forms.** The Dutch side (the source side) matches an entry's lemma and all its
  ``forms``; the English side (``side="en"``, the target side, for translated builds) matches
  the preferred translation, the alternatives and their plurals.
* **Word boundaries** on both sides, Unicode-aware: a word character is a letter, digit or
  combining mark (``Oekraïne`` is one word); everything else (spaces, hyphens, apostrophes,
  punctuation, ``_``) is a boundary. So ``bondgenoot`` is not found inside ``bondgenootschap``,
  but ``NAVO`` is found in ``NAVO-top`` when ``NAVO-top`` itself is not an entry. Inside a form,
  each boundary character matches any one boundary character in the text (``NAVO-top`` also
  matches ``NAVO top``, ``2%-norm`` matches ``2%-norm``; a double space where the form has one
  does not match).
* **Case.** A form with a capital after its first character (acronyms such as ``NAVO``, names
  such as ``Noord-Atlantische Raad``, ``NAVO-top``) or of an entry of kind ``acronym`` matches
  case-exactly. Any other form matches with its first letter in either case and the rest exactly
  (``lastenverdeling`` and ``Lastenverdeling`` at a sentence start, not ``LASTENVERDELING``).
* **Overlaps.** Leftmost-longest, non-overlapping: ``afschrikking en verdediging`` wins over
  ``afschrikking``; when the longest candidate fails its case rule a shorter one still counts.
  When several entries share a form, the one whose form equals the text exactly wins, then the
  lowest entry id.

Technique: the text is lower-cased without changing its length, boundary characters become
spaces (one ``str.translate`` with a lazily filled table), and the automaton (keys
``' form '``) scans ``' text '``; every hit from ``iter()`` is checked against its case rule
and the leftmost-longest ones are chosen here (``iter_long()`` cannot fall back to a shorter
hit). The automaton's values are plain tuples of strings, which the garbage collector stops
tracking, so a large glossary does not slow down the rest of the program's collections.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import NamedTuple

import ahocorasick

from glossary.model import STATUS_RANK, Entry, Glossary, status_at_least

#: Boundary characters: anything that is not a letter, digit or combining mark; ``_`` too.
_NONWORD = re.compile(r"[^\w\u0300-\u036f]|_")
_WORD_CHAR = re.compile(r"[\w\u0300-\u036f]")

SIDES = ("nl", "en")


class Match(NamedTuple):
    """One term found in a text: ``text[start:end]`` is ``text``, a form of ``entry_id``."""

    start: int
    end: int
    entry_id: str
    text: str


class _NormalTable(dict):
    """``str.translate`` table: letters to lower case (one for one), boundaries to a space."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char != "_" and _WORD_CHAR.match(char):
            lower = char.lower()
            value = lower if len(lower) == 1 else char
        else:
            value = " "
        self[code] = value
        return value


_TABLE = _NormalTable()


def normalize(text: str) -> str:
    """Same length as ``text``: lower-cased, every boundary character replaced by a space."""
    return text.translate(_TABLE)


def _letters(text: str) -> str:
    """The word characters of ``text`` in order, case kept (what the case rules compare)."""
    return _NONWORD.sub("", text)


def is_case_exact(form: str, kind: str = "term") -> bool:
    """Acronyms and forms with a capital after their first character match case-exactly."""
    return kind == "acronym" or any(ch.isupper() for ch in form[1:])


def entry_forms(entry: Entry, side: str = "nl") -> list[str]:
    """The forms of ``entry`` the matcher looks for on ``side`` (``nl`` or ``en``), sorted."""
    if side == "nl":
        forms = [entry.lemma, *entry.forms]
    elif side == "en":
        renderings = [entry.translation, *entry.alternatives] if entry.translation else []
        forms = [f for t in renderings for f in (t.text, t.plural or "")]
    else:
        raise ValueError(f"side must be one of {SIDES}, not {side!r}")
    return sorted({unicodedata.normalize("NFC", f.strip()) for f in forms if f and f.strip()})


class TermMatcher:
    """Finds glossary terms in text; build it once, then call :meth:`find` per text.

    ``TermMatcher.from_glossary(glossary, min_status="proposed")`` for the Dutch side,
    ``side="en"`` for the English side; ``TermMatcher.from_forms([(entry_id, form, kind)])``
    for any list of forms.
    """

    def __init__(self, forms: Iterable[tuple[str, str, str]]) -> None:
        """Index ``(entry_id, form, kind)`` triples; ``kind`` only decides the case rule."""
        # key → candidates (entry_id, form, case-exact, letters): plain tuples, see above.
        by_key: dict[str, set[tuple[str, str, bool, str]]] = {}
        ids: set[str] = set()
        for entry_id, raw_form, kind in forms:
            form = unicodedata.normalize("NFC", raw_form.strip())
            letters = _letters(form)
            if not letters:
                continue
            key = " " + normalize(form).strip() + " "
            by_key.setdefault(key, set()).add((entry_id, form, is_case_exact(form, kind), letters))
            ids.add(entry_id)
        self._automaton = ahocorasick.Automaton()
        for key, candidates in by_key.items():
            self._automaton.add_word(key, (len(key), tuple(sorted(candidates))))
        self._size = len(by_key)
        if self._size:
            self._automaton.make_automaton()
        self._ids = frozenset(ids)

    @classmethod
    def from_glossary(
        cls,
        glossary: Glossary,
        min_status: str | None = None,
        side: str = "nl",
        kinds: Iterable[str] | None = None,
        entry_ids: Iterable[str] | None = None,
    ) -> TermMatcher:
        """A matcher over ``glossary``'s entries on ``side`` (``nl`` Dutch, ``en`` English).

        ``min_status`` keeps entries at or above that status (``reviewed`` > ``proposed`` >
        ``machine`` > ``missing``); ``kinds`` and ``entry_ids`` restrict further.
        """
        if min_status is not None and min_status not in STATUS_RANK:
            raise ValueError(f"unknown status {min_status!r}; one of {', '.join(STATUS_RANK)}")
        kind_set = set(kinds) if kinds is not None else None
        id_set = set(entry_ids) if entry_ids is not None else None
        triples: list[tuple[str, str, str]] = []
        for entry in glossary.sorted_entries():
            if min_status is not None and not status_at_least(entry.status, min_status):
                continue
            if kind_set is not None and entry.kind not in kind_set:
                continue
            if id_set is not None and entry.id not in id_set:
                continue
            triples.extend((entry.id, f, entry.kind) for f in entry_forms(entry, side))
        return cls(triples)

    @classmethod
    def from_forms(cls, forms: Iterable[tuple[str, str] | tuple[str, str, str]]) -> TermMatcher:
        """A matcher over ``(entry_id, form)`` or ``(entry_id, form, kind)`` tuples."""
        return cls((f[0], f[1], f[2] if len(f) > 2 else "term") for f in forms)

    @property
    def entry_ids(self) -> frozenset[str]:
        """Ids of the entries this matcher can find."""
        return self._ids

    def __len__(self) -> int:
        """Number of distinct keys (normalised forms) in the automaton."""
        return self._size

    def find(self, text: str) -> list[Match]:
        """All terms in ``text``: leftmost-longest, non-overlapping, in text order."""
        if not self._size or not text:
            return []
        padded = " " + normalize(text) + " "
        hits: list[tuple[int, int, str]] = []
        for last, (key_len, candidates) in self._automaton.iter(padded):
            start = last - key_len + 1
            end = start + key_len - 2
            entry_id = _pick(candidates, text[start:end])
            if entry_id is not None:
                hits.append((start, end, entry_id))
        if not hits:
            return []
        hits.sort(key=lambda h: (h[0], h[0] - h[1]))
        out: list[Match] = []
        pos = 0
        for start, end, entry_id in hits:
            if start >= pos:
                out.append(Match(start, end, entry_id, text[start:end]))
                pos = end
        return out

    def entries_in(self, text: str) -> set[str]:
        """The ids of the entries found in ``text``."""
        return {m.entry_id for m in self.find(text)}


def _pick(candidates: tuple[tuple[str, str, bool, str], ...], segment: str) -> str | None:
    """The entry whose form fits ``segment`` under its case rule (exact spelling first)."""
    for entry_id, form, _, _ in candidates:
        if segment == form:
            return entry_id
    letters = _letters(segment)
    fallback: str | None = None
    for entry_id, _, exact, form_letters in candidates:
        if letters == form_letters:
            return entry_id
        if fallback is None and not exact and letters[1:] == form_letters[1:]:
            fallback = entry_id
    return fallback
