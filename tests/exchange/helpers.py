"""Helpers for the exchange tests: a small glossary built with ``glossary.model`` that has
every case an exchange format must carry (homographs, acronym + expansion, English plural,
reviewed / proposed / machine / missing, special characters, quotes, formula-like cells)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from glossary.model import Decision, Entry, Glossary, Occurrence, Translation
from glossary.store import jsonfile as store

LETTER = "kst-28676-328"
TESTS_DIR = Path(__file__).resolve().parent.parent


def sample_glossary() -> Glossary:
    """A fresh copy of the fixture glossary (tests may change it)."""
    g = Glossary()
    g.letters[LETTER] = {
        "id": LETTER,
        "dossier": "28676",
        "number": "328",
        "date": None,
        "sender": None,
        "title": None,
    }
    g.add(
        Entry(
            id="lastenverdeling",
            lemma="lastenverdeling",
            forms=["lastenverdeling"],
            translation=Translation("burden sharing", "termbase"),
            alternatives=[Translation("burden-sharing", "letter", 0.8)],
            status="reviewed",
            definition="Verdeling van de\ndefensielasten over de bondgenoten.",
            count=7,
            letters=[LETTER, "kst-28676-467"],
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
        )
    )
    g.add(
        Entry(
            id="raad",
            lemma="raad",
            forms=["raad", "raden"],
            translation=Translation("council", "manual"),
            status="reviewed",
            pos="noun",
            note="het bestuursorgaan",
            created="2025-01-01T08:00:00Z",
            updated="2025-01-02T08:00:00Z",
        )
    )
    g.add(
        Entry(
            id="raad-2",
            lemma="raad",
            forms=["raad"],
            translation=Translation("advice", "compound", 0.6),
            status="proposed",
            note="het advies",
            created="2025-01-01T08:00:00Z",
            updated="2025-01-02T08:00:00Z",
        )
    )
    g.add(
        Entry(
            id="navo",
            lemma="NAVO",
            kind="acronym",
            forms=["NAVO"],
            pos="properNoun",
            expansion="Noord-Atlantische Verdragsorganisatie",
            translation=Translation("NATO", "termbase"),
            status="reviewed",
            count=40,
            letters=[LETTER],
            created="2025-01-01T08:00:00Z",
            updated="2025-01-01T08:00:00Z",
        )
    )
    g.add(
        Entry(
            id="dreiging",
            lemma="dreiging",
            forms=["dreiging", "dreigingen"],
            translation=Translation("threat", "compound", 0.7, plural="threats"),
            status="proposed",
            created="2025-01-01T08:00:00Z",
            updated="2025-01-03T08:00:00Z",
        )
    )
    g.add(
        Entry(
            id="afschrikking",
            lemma="afschrikking",
            forms=["afschrikking"],
            translation=Translation("deterrence", "mt:deepl", 0.5),
            status="machine",
            created="2025-01-01T08:00:00Z",
            updated="2025-01-01T08:00:00Z",
        )
    )
    g.add(
        Entry(
            id="weerbaarheid",
            lemma="weerbaarheid",
            forms=["weerbaarheid"],
            status="missing",
            created="2025-01-01T08:00:00Z",
            updated="2025-01-01T08:00:00Z",
        )
    )
    g.add(
        Entry(
            id="oekraine",
            lemma="Oekraïne",
            forms=["Oekraïne"],
            kind="entity",
            pos="properNoun",
            translation=Translation("Ukraine", "termbase"),
            status="reviewed",
            created="2025-01-01T08:00:00Z",
            updated="2025-01-01T08:00:00Z",
        )
    )
    g.add(
        Entry(
            id="ondersteuning",
            lemma="ondersteuning",
            forms=["ondersteuning"],
            translation=Translation('support ("enablement")', "letter", 0.9),
            status="proposed",
            examples=[
                Occurrence(
                    LETTER, 300, 312, "Nederland levert ondersteuning («enablement») aan de missie."
                )
            ],
            created="2025-01-01T08:00:00Z",
            updated="2025-01-01T08:00:00Z",
        )
    )
    g.add(
        Entry(
            id="2-procentnorm",
            lemma="2%-norm",
            forms=["2%-norm"],
            translation=Translation("2% guideline", "termbase"),
            status="reviewed",
            created="2025-01-01T08:00:00Z",
            updated="2025-01-01T08:00:00Z",
        )
    )
    g.add(
        Entry(
            id="plus-een",
            lemma="+1 procent",
            forms=["+1 procent"],
            translation=Translation('=1 percent "plus", @once', "manual"),
            status="proposed",
            note="-niet vertalen- \\ backslash",
            created="2025-01-01T08:00:00Z",
            updated="2025-01-01T08:00:00Z",
        )
    )
    return g


def write_glossary(path: Path, glossary: Glossary | None = None) -> Path:
    store.save(glossary or sample_glossary(), path)
    return path


def checksum(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
