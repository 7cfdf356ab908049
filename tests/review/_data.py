"""The review tests' fixture glossary, from the shared builder: every case a reviewer meets."""

from __future__ import annotations

from fixtures.glossaries import (
    LETTER_328,
    LETTER_467,
    afschrikking,
    english,
    entry,
    glossary,
    hybride_dreiging,
    lastenverdeling,
    luchtverdediging,
    navo,
    navo_homograph,
    oekraine,
)

from glossary.model import Glossary, Occurrence

SENTENCE = (
    "Nederland blijft zich inzetten voor een eerlijke lastenverdeling binnen de NAVO, "
    "zoals afgesproken tijdens de top in Wales en herbevestigd in Vilnius."
)


def fixture_glossary() -> Glossary:
    """A small glossary with every case the reviewer meets: each status, homographs, forms."""
    return glossary(
        lastenverdeling(
            translation=english("burden sharing", "letter", 0.8),
            alternatives=[english("burden-sharing", "compound", 0.5)],
            status="proposed",
            count=7,
            letters=[LETTER_328],
            examples=[Occurrence(LETTER_328, 120, 135, SENTENCE)],
            score=0.91,
        ),
        afschrikking(status="reviewed", count=12, letters=[LETTER_328, LETTER_467], score=0.95),
        navo(status="reviewed", count=40, letters=[LETTER_328, LETTER_467], score=0.99),
        navo_homograph(
            translation=english("nato", "mt:libre", 0.4),
            status="machine",
            count=1,
            letters=[LETTER_467],
            score=0.1,
        ),
        hybride_dreiging(
            translation=english("hybrid threat", "compound", 0.6),
            status="proposed",
            count=3,
            letters=[LETTER_467],
            score=0.72,
        ),
        entry(
            "bijeenkomst",
            translation=english("meeting", "mt:libre", 0.5),
            forms=["bijeenkomst", "bijeenkomsten"],
            status="machine",
            count=4,
            letters=[LETTER_328],
            score=0.2,
        ),
        luchtverdediging(count=2, letters=[LETTER_467], score=0.8),
        oekraine(status="proposed", count=9, letters=[LETTER_328], score=0.6),
        letters=[
            {"id": LETTER_328, "number": "328"},
            {"id": LETTER_467, "number": "467"},
        ],
        at="2025-01-01T00:00:00Z",
    )
