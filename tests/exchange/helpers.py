"""Helpers for the exchange tests: a small glossary, from the shared builder, that has
every case an exchange format must carry (homographs, acronym + expansion and English
expansion, English plural, reviewed / proposed / machine / missing, special characters,
quotes, formula-like cells)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from fixtures.glossaries import (
    LETTER_328,
    LETTER_467,
    afschrikking,
    english,
    entry,
    glossary,
    lastenverdeling,
    navo,
    oekraine,
    weerbaarheid,
)

from glossary.model import Decision, Glossary, Occurrence
from glossary.store import jsonfile as store

LETTER = LETTER_328
TESTS_DIR = Path(__file__).resolve().parent.parent


def sample_glossary() -> Glossary:
    """A fresh copy of the fixture glossary (tests may change it)."""
    return glossary(
        lastenverdeling(
            alternatives=[english("burden-sharing", "letter", 0.8)],
            status="reviewed",
            definition="Verdeling van de\ndefensielasten over de bondgenoten.",
            count=7,
            letters=[LETTER, LETTER_467],
            examples=[
                Occurrence(
                    LETTER, 120, 135, "Over de lastenverdeling binnen de NAVO\nis lang gesproken."
                )
            ],
            forbidden=["burden shifting"],
            score=0.91,
            history=[Decision("approve", "reviewer", "2025-01-10T09:00:00Z")],
            created="2025-01-01T08:00:00Z",
            updated="2025-01-10T09:00:00Z",
        ),
        # Homographs: the governing body and advice.
        entry(
            "raad",
            translation=english("council", "manual"),
            forms=["raad", "raden"],
            status="reviewed",
            pos="noun",
            note="het bestuursorgaan",
            created="2025-01-01T08:00:00Z",
            updated="2025-01-02T08:00:00Z",
        ),
        entry(
            "raad",
            id="raad-2",
            translation=english("advice", "compound", 0.6),
            status="proposed",
            note="het advies",
            created="2025-01-01T08:00:00Z",
            updated="2025-01-02T08:00:00Z",
        ),
        navo(
            pos="properNoun",
            english_expansion=english("North Atlantic Treaty Organization"),
            status="reviewed",
            count=40,
            letters=[LETTER],
            created="2025-01-01T08:00:00Z",
            updated="2025-01-01T08:00:00Z",
        ),
        entry(
            "dreiging",
            translation=english("threat", "compound", 0.7, plural="threats"),
            forms=["dreiging", "dreigingen"],
            status="proposed",
            created="2025-01-01T08:00:00Z",
            updated="2025-01-03T08:00:00Z",
        ),
        afschrikking(
            translation=english("deterrence", "mt:deepl", 0.5),
            status="machine",
            created="2025-01-01T08:00:00Z",
            updated="2025-01-01T08:00:00Z",
        ),
        weerbaarheid(
            translation=None,
            status="missing",
            created="2025-01-01T08:00:00Z",
            updated="2025-01-01T08:00:00Z",
        ),
        oekraine(
            pos="properNoun",
            status="reviewed",
            created="2025-01-01T08:00:00Z",
            updated="2025-01-01T08:00:00Z",
        ),
        # Quotes and guillemets in the English and the example.
        entry(
            "ondersteuning",
            translation=english('support ("enablement")', "letter", 0.9),
            status="proposed",
            examples=[
                Occurrence(
                    LETTER, 300, 312, "Nederland levert ondersteuning («enablement») aan de missie."
                )
            ],
            created="2025-01-01T08:00:00Z",
            updated="2025-01-01T08:00:00Z",
        ),
        entry(
            "2%-norm",
            "2% guideline",
            id="2-procentnorm",
            status="reviewed",
            created="2025-01-01T08:00:00Z",
            updated="2025-01-01T08:00:00Z",
        ),
        # Cells a spreadsheet would take for formulas, and a backslash.
        entry(
            "+1 procent",
            id="plus-een",
            translation=english('=1 percent "plus", @once', "manual"),
            status="proposed",
            note="-niet vertalen- \\ backslash",
            created="2025-01-01T08:00:00Z",
            updated="2025-01-01T08:00:00Z",
        ),
        letters=[
            {
                "id": LETTER,
                "dossier": "28676",
                "number": "328",
                "date": None,
                "sender": None,
                "title": None,
            }
        ],
    )


def write_glossary(path: Path, glossary: Glossary | None = None) -> Path:
    store.save(glossary or sample_glossary(), path)
    return path


def checksum(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
