"""A fixture glossary built with the real data model: every case a reviewer meets."""

from __future__ import annotations

from glossary.model import Entry, Glossary, Occurrence, Translation

SENTENCE = (
    "Nederland blijft zich inzetten voor een eerlijke lastenverdeling binnen de NAVO, "
    "zoals afgesproken tijdens de top in Wales en herbevestigd in Vilnius."
)


def fixture_glossary() -> Glossary:
    """A small glossary with every case the reviewer meets: each status, homographs, forms."""
    g = Glossary()
    g.letters["kst-28676-328"] = {"id": "kst-28676-328", "number": "328"}
    g.letters["kst-28676-467"] = {"id": "kst-28676-467", "number": "467"}
    occ = Occurrence("kst-28676-328", 120, 135, SENTENCE)
    entries = [
        Entry(
            "lastenverdeling",
            "lastenverdeling",
            forms=["lastenverdeling"],
            translation=Translation("burden sharing", "letter", 0.8),
            alternatives=[Translation("burden-sharing", "compound", 0.5)],
            status="proposed",
            count=7,
            letters=["kst-28676-328"],
            examples=[occ],
            score=0.91,
        ),
        Entry(
            "afschrikking",
            "afschrikking",
            forms=["afschrikking"],
            translation=Translation("deterrence", "termbase", 1.0),
            status="reviewed",
            count=12,
            letters=["kst-28676-328", "kst-28676-467"],
            score=0.95,
        ),
        Entry(
            "navo",
            "NAVO",
            kind="acronym",
            forms=["NAVO"],
            translation=Translation("NATO", "termbase", 1.0),
            status="reviewed",
            expansion="Noord-Atlantische Verdragsorganisatie",
            count=40,
            letters=["kst-28676-328", "kst-28676-467"],
            score=0.99,
        ),
        Entry(
            "navo-2",
            "navo",
            kind="term",
            forms=["navo"],
            translation=Translation("nato", "mt:libre", 0.4),
            status="machine",
            count=1,
            letters=["kst-28676-467"],
            score=0.1,
        ),
        Entry(
            "hybride-dreiging",
            "hybride dreiging",
            forms=["hybride dreiging", "hybride dreigingen"],
            translation=Translation("hybrid threat", "compound", 0.6),
            status="proposed",
            count=3,
            letters=["kst-28676-467"],
            score=0.72,
        ),
        Entry(
            "bijeenkomst",
            "bijeenkomst",
            forms=["bijeenkomst", "bijeenkomsten"],
            translation=Translation("meeting", "mt:libre", 0.5),
            status="machine",
            count=4,
            letters=["kst-28676-328"],
            score=0.2,
        ),
        Entry(
            "luchtverdediging",
            "luchtverdediging",
            forms=["luchtverdediging"],
            status="missing",
            count=2,
            letters=["kst-28676-467"],
            score=0.8,
        ),
        Entry(
            "oekraine",
            "Oekraïne",
            kind="entity",
            forms=["Oekraïne"],
            translation=Translation("Ukraine", "termbase", 1.0),
            status="proposed",
            count=9,
            letters=["kst-28676-328"],
            score=0.6,
        ),
    ]
    for e in entries:
        e.created = e.updated = "2025-01-01T00:00:00Z"
        g.add(e)
    return g
