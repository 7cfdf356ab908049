"""Merge extracted candidates and their translations into a glossary: the rebuild rules.

Pure: :func:`merge` takes the old glossary, the candidates and what the resolver chain found,
and returns a new glossary plus a :class:`BuildReport`; it never touches the old object or the
disk. The rules (``docs/design.rst``, Contracts):

- ids are frozen: a candidate finds its old entry by lemma and kind, then by lemma, then
  ignoring case and accents, then by a shared surface form (the lemmatizer may change);
- an entry reviewed by a person is never changed, except that new forms are added, its
  occurrence data (count, letters, examples, score) follows the letters and an acronym's
  missing English expansion is filled in; where it disagrees with the term base the report
  lists a conflict;
- every other entry gets the chain's current answer, so term-base changes reach the entries
  that came from the term base; reviewer-owned fields (note, definition, forbidden renderings,
  history, an English expansion a person gave) are kept and forbidden renderings are never
  chosen;
- entries whose term is no longer seen get ``stale: true``; ``prune`` deletes them;
- rejected terms (:mod:`glossary.review.rejections`) are skipped and their entries dropped;
- one entry per exact lemma: the same string extracted as two kinds becomes one entry;
- one entry per term-base concept: the Dutch synonyms of one row become one entry, named by
  the one the letters use most (:func:`unify_synonyms`);
- timestamps change only when content changes (:func:`glossary.model.touch`), so the same
  inputs give a byte-identical file.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from glossary.model import (
    HUMAN_SOURCES,
    Candidate,
    Entry,
    Glossary,
    sample_examples,
    touch,
)
from glossary.text import fold
from glossary.translate.chain import Resolution

if TYPE_CHECKING:
    from glossary.translate.termbase import TermBase, TermBaseEntry

Key = tuple[str, str]


def candidate_key(candidate: Candidate) -> Key:
    """How resolutions are keyed: (term, kind)."""
    return (candidate.term, candidate.kind)


def is_protected(entry: Entry) -> bool:
    """Reviewed by a person (or translated by one): a build must not change its decisions.

    ``Entry.is_human`` plus two cases builds can never produce themselves: any ``reviewed``
    entry whose source is not the term base, and a translator's or manual rendering at any
    status.
    """
    if entry.is_human:
        return True
    if entry.status == "reviewed" and entry.source != "termbase":
        return True
    return entry.source in HUMAN_SOURCES


@dataclass(frozen=True)
class Conflict:
    """A person's translation that the term base renders differently."""

    id: str
    lemma: str
    english: str
    termbase: str

    def to_json(self) -> dict[str, str]:
        return {
            "id": self.id,
            "lemma": self.lemma,
            "english": self.english,
            "termbase": self.termbase,
        }


@dataclass
class BuildReport:
    """What a build did, for the summary and for tests."""

    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    revived: list[str] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    mt_failures: list[tuple[str, str]] = field(default_factory=list)
    #: Candidates nothing attests as terms (:mod:`glossary.build.admit`): not entered;
    #: in dictionary order (case and accents ignored), as a reader scans the list.
    held_back: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "new": sorted(self.new),
            "changed": sorted(self.changed),
            "unchanged": len(self.unchanged),
            "stale": sorted(self.stale),
            "revived": sorted(self.revived),
            "pruned": sorted(self.pruned),
            "rejected": sorted(self.rejected),
            "conflicts": [c.to_json() for c in self.conflicts],
            "mt_failures": [{"term": t, "error": e} for t, e in self.mt_failures],
            "held_back": self.held_back,
        }


KIND_PRIORITY = {"acronym": 0, "entity": 1, "term": 2}


def unify_candidates(candidates: Sequence[Candidate]) -> list[Candidate]:
    """One candidate per exact term: the same string found as ``term`` and as ``entity``
    (``OVSE-kader``) is one glossary entry, with the kind of its best-scored reading."""
    groups: dict[str, list[Candidate]] = {}
    for cand in candidates:
        groups.setdefault(cand.term, []).append(cand)
    out: list[Candidate] = []
    for term in sorted(groups):
        group = sorted(groups[term], key=lambda c: (-c.score, KIND_PRIORITY.get(c.kind, 9)))
        if len(group) == 1:
            out.append(group[0])
            continue
        # one string found twice: the same sightings, so the count is the larger one
        out.append(_pooled(group[0], group, freq=max(c.freq for c in group)))
    return out


def _pooled(best: Candidate, group: Sequence[Candidate], freq: int) -> Candidate:
    """``best`` carrying the forms, sightings, letters and evidence of its whole group."""
    return replace(
        best,
        freq=freq,
        forms=sorted({f for c in group for f in c.forms} | {c.term for c in group}),
        occurrences=sorted({o for c in group for o in c.occurrences}),
        letters=sorted({letter for c in group for letter in c.letters}),
        english_evidence=list(dict.fromkeys(t for c in group for t in c.english_evidence)),
        expansion=next((c.expansion for c in group if c.expansion), None),
        seeded_by=next((c.seeded_by for c in group if c.seeded_by), None),
    )


def unify_synonyms(candidates: Sequence[Candidate], termbase: TermBase) -> list[Candidate]:
    """One candidate per term-base concept: the Dutch terms of one row (``afschrikking en
    verdediging`` and its variant ``afschrikking en defensie``) are one entry, as a
    concept-oriented term base (TBX) keeps synonyms under one concept, whichever kind
    extraction gave each (``hoofdkwartier van de NAVO``, a term by its shape, and
    ``NAVO-hoofdkwartier``, a name). The term the letters use most names the entry (on a tie,
    the row's order decides); the others become forms. The entry takes the row's kind when
    one of them has it."""
    rows: dict[int, TermBaseEntry] = {}
    groups: dict[int, list[Candidate]] = {}
    for cand in candidates:
        row = termbase.lookup(cand.term, cand.kind) if cand.kind != "acronym" else None
        if row is not None:
            rows[id(row)] = row
            groups.setdefault(id(row), []).append(cand)
    merged: dict[int, Candidate] = {}
    for row_id, group in groups.items():
        if len(group) > 1:
            row = rows[row_id]
            one = _synonyms(group, [fold(d) for d in row.dutch])
            if one.kind != row.kind and any(c.kind == row.kind for c in group):
                one = replace(one, kind=row.kind)
            merged.update((id(c), one) for c in group)
    out: list[Candidate] = []
    done: set[int] = set()
    for cand in candidates:
        one = merged.get(id(cand), cand)
        if id(one) not in done:
            done.add(id(one))
            out.append(one)
    return out


def _synonyms(group: list[Candidate], order: list[str]) -> Candidate:
    """The candidates of one concept as one, named by the most used (then by ``order``, the
    row's folded Dutch terms); sightings add up."""

    def rank(c: Candidate) -> int:
        folded = fold(c.term)
        return order.index(folded) if folded in order else len(order)

    best = min(group, key=lambda c: (-c.freq, rank(c), -c.score, c.term))
    pooled = _pooled(best, group, freq=sum(c.freq for c in group))
    return replace(
        pooled, score=max(c.score for c in group), free_head=all(c.free_head for c in group)
    )


def match_entries(old: Glossary, candidates: Sequence[Candidate]) -> dict[Key, Entry]:
    """Pair candidates with existing entries, strongest evidence first; each entry once."""
    free = {e.id: e for e in old.sorted_entries()}
    found: dict[Key, Entry] = {}
    ordered = sorted(candidates, key=candidate_key)

    def by_forms(c: Candidate, e: Entry) -> bool:
        forms = set(e.forms) | {e.lemma}
        return e.kind == c.kind and (c.term in forms or bool(forms & set(c.forms)))

    tiers: list[Callable[[Candidate, Entry], bool]] = [
        lambda c, e: e.lemma == c.term and e.kind == c.kind,
        lambda c, e: e.lemma == c.term,
        lambda c, e: fold(e.lemma) == fold(c.term) and e.kind == c.kind,
        by_forms,
    ]
    for tier in tiers:
        for cand in ordered:
            key = candidate_key(cand)
            if key in found:
                continue
            hit = next((e for e in free.values() if tier(cand, e)), None)
            if hit is not None:
                found[key] = hit
                del free[hit.id]
    return found


def _observed(entry: Entry, cand: Candidate) -> Entry:
    """The entry with occurrence data from this build's letters."""
    return replace(
        entry,
        count=cand.freq,
        letters=sorted(set(cand.letters)),
        examples=sample_examples(cand.occurrences),
        score=round(cand.score, 4),
        stale=False,
    )


def _computed(entry: Entry, cand: Candidate, res: Resolution) -> Entry:
    """A non-protected entry rebuilt from the candidate and the chain's answer."""
    res = res.without(entry.forbidden)
    translation, alternatives, status = res.translation, list(res.alternatives), res.status
    full = res.english_expansion
    old, old_full = entry.translation, entry.english_expansion
    if translation is None and old is not None and old.source.startswith("mt:"):
        # MT is opted into per build: a build without --mt keeps the earlier machine answer.
        translation, status = old, entry.status
        alternatives = [a for a in alternatives if a.text != old.text]
        if full is None and old_full is not None and old_full.source.startswith("mt:"):
            full = old_full
    if old_full is not None and old_full.source in HUMAN_SOURCES:
        full = old_full  # a person gave this English expansion
    return _observed(
        replace(
            entry,
            lemma=cand.term,
            kind=cand.kind,
            pos=cand.pos,
            forms=sorted(set(cand.forms) | {cand.term}),
            translation=translation,
            alternatives=alternatives,
            status=status,
            expansion=cand.expansion or res.expansion,
            english_expansion=full,
        ),
        cand,
    )


def _human(entry: Entry, cand: Candidate, res: Resolution) -> Entry:
    """A protected entry: decisions kept, forms only added, occurrences follow the letters;
    an English expansion is filled in where the entry has none (it adds, like a form)."""
    full = entry.english_expansion or res.without(entry.forbidden).english_expansion
    forms = sorted(set(entry.forms) | set(cand.forms))
    return _observed(replace(entry, forms=forms, english_expansion=full), cand)


def merge(
    old: Glossary,
    candidates: Sequence[Candidate],
    resolutions: Mapping[Key, Resolution],
    *,
    now: str,
    letters: Mapping[str, Mapping[str, str | None]] | None = None,
    prune: bool = False,
    rejected: Callable[[str], bool] | None = None,
    termbase_renderings: Callable[[Entry], list[str]] | None = None,
    rejected_id: Callable[[str], bool] | None = None,
) -> tuple[Glossary, BuildReport]:
    """The new glossary and a report of what changed (see the module docstring for rules).

    ``rejected`` tests a Dutch term, ``rejected_id`` an entry id (one sense of a homograph on
    the reject list, :meth:`glossary.review.rejections.Rejections.is_rejected_id`): such an entry is
    dropped and its id never minted again.
    """
    report = BuildReport()
    is_rejected = rejected or (lambda _term: False)
    is_rejected_id = rejected_id or (lambda _id: False)
    previous = copy.deepcopy(old)
    kept: list[Candidate] = []
    for cand in unify_candidates(candidates):
        if is_rejected(cand.term):
            report.rejected.append(cand.term)
        else:
            kept.append(cand)
    matches = match_entries(previous, kept)
    claimed = {e.id for e in matches.values()}
    out = Glossary(generator=previous.generator)
    for entry in previous.sorted_entries():
        out.entries[entry.id] = entry  # reserve every old id before new ones are minted

    for cand in sorted(kept, key=candidate_key):
        key = candidate_key(cand)
        res = resolutions.get(key, Resolution())
        before = matches.get(key)
        if is_rejected_id(before.id if before is not None else out.new_id(cand.term)):
            if before is not None:
                del out.entries[before.id]
            report.rejected.append(cand.term)
            continue
        if before is None:
            base = Entry(id=out.new_id(cand.term), lemma=cand.term)
            new = _computed(base, cand, res)
            out.entries[new.id] = touch(None, new, now)
            report.new.append(new.id)
            continue
        new = _human(before, cand, res) if is_protected(before) else _computed(before, cand, res)
        out.entries[new.id] = touch(before, new, now)
        if before.stale:
            report.revived.append(new.id)
        if before.content_key() == new.content_key():
            report.unchanged.append(new.id)
        else:
            report.changed.append(new.id)

    for entry in previous.sorted_entries():
        if entry.id in claimed:
            continue
        if is_rejected(entry.lemma) or is_rejected(entry.id) or is_rejected_id(entry.id):
            del out.entries[entry.id]
            if entry.lemma not in report.rejected:
                report.rejected.append(entry.lemma)
            continue
        if prune:
            del out.entries[entry.id]
            report.pruned.append(entry.id)
            continue
        stale = replace(entry, stale=True)
        out.entries[entry.id] = touch(entry, stale, now)
        if not entry.stale:
            report.stale.append(entry.id)

    if termbase_renderings is not None:
        report.conflicts = find_conflicts(out.sorted_entries(), termbase_renderings)
    out.letters = _letters(previous, out, letters or {})
    return out, report


def find_conflicts(
    entries: Iterable[Entry], renderings: Callable[[Entry], list[str]]
) -> list[Conflict]:
    """Protected entries whose English the term base does not accept."""
    out: list[Conflict] = []
    for entry in entries:
        if not is_protected(entry) or entry.translation is None:
            continue
        accepted = renderings(entry)
        if accepted and fold(entry.translation.text) not in {fold(a) for a in accepted}:
            out.append(Conflict(entry.id, entry.lemma, entry.translation.text, accepted[0]))
    return out


def _letters(
    old: Glossary, new: Glossary, current: Mapping[str, Mapping[str, str | None]]
) -> dict[str, dict[str, str | None]]:
    """Metadata of this build's letters plus older letters still cited by an entry."""
    cited = {letter for e in new.entries.values() for letter in e.letters}
    out = {k: dict(v) for k, v in old.letters.items() if k in cited}
    out.update({k: dict(v) for k, v in current.items()})
    return dict(sorted(out.items()))
