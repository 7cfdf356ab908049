"""Several glossary files merged in order into one glossary; where they disagree, the first wins.

The first file's entries are taken as they are. An entry of a later file whose term (lemma)
no earlier entry has is added (keeping its id when it is free). One whose term an earlier
entry has is the same concept when their renderings agree (or one has none): its forms and
further renderings are added to the earlier entry, and its rendering fills an earlier entry
that had none. When the renderings differ, the earlier one is kept and the disagreement is
reported, naming both files.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from glossary.exchange.as_glossary import GlossaryFile
from glossary.model import Entry, Glossary


@dataclass(frozen=True)
class Disagreement:
    """Two files give different renderings of one term; the first file's is kept."""

    term: str
    kept_file: str
    kept: str
    other_file: str
    other: str

    def message(self) -> str:
        return (
            f"glossary files disagree on {self.term!r}: {self.kept_file} says {self.kept!r}, "
            f"{self.other_file} says {self.other!r}; using {self.kept_file}'s"
        )


def merge_files(files: Sequence[GlossaryFile]) -> tuple[Glossary, list[Disagreement]]:
    """The files' glossaries merged in order, and where they disagreed."""
    merged = Glossary()
    origin: dict[str, str] = {}
    by_term: dict[str, list[str]] = {}
    disagreements: list[Disagreement] = []
    for file in files:
        for entry in file.glossary.entries.values():
            same = [merged.entries[i] for i in by_term.get(entry.lemma, [])]
            if not same:
                entry_id = (
                    entry.id if entry.id not in merged.entries else merged.new_id(entry.lemma)
                )
                merged.add(replace(entry, id=entry_id))
                origin[entry_id] = file.path
                by_term.setdefault(entry.lemma, []).append(entry_id)
                continue
            match = next((e for e in same if _agree(e, entry)), None)
            if match is None:
                first = same[0]
                disagreements.append(
                    Disagreement(
                        entry.lemma,
                        origin[first.id],
                        first.english or "",
                        file.path,
                        entry.english or "",
                    )
                )
                continue
            merged.add(_combined(match, entry))
    return merged, disagreements


def _agree(kept: Entry, other: Entry) -> bool:
    return kept.english is None or other.english is None or kept.english == other.english


def _combined(kept: Entry, other: Entry) -> Entry:
    """``kept`` with ``other``'s forms and renderings added (its rendering if it had none)."""
    translation, status = kept.translation, kept.status
    if translation is None and other.translation is not None:
        translation, status = other.translation, other.status
    preferred = translation.text if translation else None
    alternatives = list(kept.alternatives)
    known = {t.text for t in alternatives} | {preferred}
    for alternative in ([other.translation] if other.translation else []) + other.alternatives:
        if alternative.text not in known:
            alternatives.append(alternative)
            known.add(alternative.text)
    return replace(
        kept,
        forms=sorted({*kept.forms, *other.forms}),
        translation=translation,
        status=status,
        alternatives=alternatives,
        expansion=kept.expansion or other.expansion,
        definition=kept.definition or other.definition,
    )
