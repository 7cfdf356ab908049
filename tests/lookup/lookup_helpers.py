"""Helpers for the lookup tests: the realistic fixture glossary and running the real CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from fixtures.glossaries import (
    LETTER_328,
    LETTER_467,
    LETTERS,
    afschrikking,
    afschrikking_en_verdediging,
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

ROOT = Path(__file__).resolve().parents[2]
#: As in ``tests/conftest.py``: under CI a missing prerequisite fails instead of skipping.
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
sys.path.insert(0, str(ROOT / "benchmarks"))

#: Entries of the generated large glossary (the benchmark uses 100,000; this keeps tests fast).
LARGE = 20_000

L328, L467 = LETTER_328, LETTER_467
SENTENCES = {
    "afschrikking": (
        L328,
        "In het licht van de veranderde veiligheidscontext, onder meer door "
        "de toegenomen assertiviteit van Rusland, is geloofwaardige afschrikking "
        "cruciaal.",
    ),
    "geloofwaardige afschrikking": (
        L328,
        "De lasten die samengaan met deze geloofwaardige "
        "afschrikking vragen om een evenredige lastenverdeling.",
    ),
    "afschrikking en verdediging": (
        L467,
        "hebben genomen om de afschrikking en verdediging van het bondgenootschap te versterken.",
    ),
    "lastenverdeling": (
        L328,
        "De lastenverdeling binnen het bondgenootschap zal een belangrijk "
        "onderwerp zijn tijdens de Leaders» Meeting in december.",
    ),
    "hybride dreigingen": (
        L328,
        "In dat kader wil Nederland de verdere samenwerking op het vlak "
        "van met name cyber, hybride dreigingen, oefeningen, militaire "
        "mobiliteit, capaciteitsopbouw in derde landen en operaties, blijven "
        "stimuleren.",
    ),
    "MCR’s": (
        L467,
        "De MCR’s omvatten de aanvullende capaciteiten die nodig zijn voor de "
        "uitvoerbaarheid van de nieuwe militaire verdedigingsplannen.",
    ),
    "SACEUR": (
        L467,
        "Tegelijkertijd wijst SACEUR op de aanzienlijke risico’s bij de uitvoering van de plannen.",
    ),
    "Oekraïne": (
        L467,
        "De Oekraïense behoefte aan luchtverdedigingsmiddelen blijft groot; de "
        "steun aan Oekraïne gaat onverminderd door.",
    ),
    "NAVO": (
        L328,
        "De ministeriële NAVO-bijeenkomst in Brussel bestaat uit een werksessie en een werkdiner.",
    ),
    "defensie-uitgaven": (
        L328,
        "Op verzoek van de secretaris-generaal hebben alle bondgenoten "
        "hun nationale plannen geactualiseerd met daarin de voorziene "
        "defensie-uitgaven in de periode tot 2024.",
    ),
    "Noord-Atlantische Raad": (
        L467,
        "Het is de eerste keer dat de NAVO-Ministers van Defensie "
        "gezamenlijk met de IP4-partners in een formele sessie van de "
        "Noord-Atlantische Raad (NAR) bijeen komen.",
    ),
}


def example(form: str, base: int = 1000) -> Occurrence:
    letter, sentence = SENTENCES[form]
    at = sentence.index(form)
    return Occurrence(letter, base + at, base + at + len(form), sentence)


def fixture_glossary() -> Glossary:
    """Realistic entries: forms, acronyms, homographs, a missing and a stale one."""
    return glossary(
        afschrikking(
            status="reviewed",
            count=5,
            letters=[L328, L467],
            examples=[
                example("afschrikking"),
                example("geloofwaardige afschrikking", 5000),
                example("afschrikking en verdediging", 9000),
            ],
        ),
        entry(
            "afschrikkingsbeleid",
            translation=english("deterrence policy", "compound"),
            status="proposed",
            count=1,
        ),
        afschrikking_en_verdediging(
            status="reviewed",
            count=3,
            letters=[L467],
            examples=[example("afschrikking en verdediging")],
        ),
        lastenverdeling(
            alternatives=[english("burden-sharing", "letter")],
            status="reviewed",
            count=4,
            letters=[L328],
            examples=[example("lastenverdeling")],
        ),
        hybride_dreiging(
            translation=english("hybrid threat", plural="hybrid threats"),
            status="reviewed",
            count=2,
            letters=[L328],
            examples=[example("hybride dreigingen")],
        ),
        entry(
            "MCR",
            kind="acronym",
            forms=["MCR", "MCR’s"],
            translation=english("MCR", "letter"),
            alternatives=[english("Minimum Capability Requirement", "letter")],
            expansion="Minimum Capability Requirements",
            status="proposed",
            count=2,
            letters=[L467],
            examples=[example("MCR’s")],
        ),
        entry(
            "SACEUR",
            "SACEUR",
            kind="acronym",
            expansion="Supreme Allied Commander Europe",
            status="reviewed",
            count=2,
            letters=[L467],
            examples=[example("SACEUR")],
        ),
        oekraine(
            status="reviewed",
            pos="properNoun",
            count=6,
            letters=[L328, L467],
            examples=[example("Oekraïne")],
        ),
        navo(status="reviewed", count=40, letters=[L328, L467], examples=[example("NAVO")]),
        navo_homograph(
            translation=english("NATO", "manual"),
            note="lower-case spelling in running text",
            status="reviewed",
            count=1,
        ),
        entry(
            "Noord-Atlantische Raad",
            "North Atlantic Council",
            kind="entity",
            status="reviewed",
            pos="properNoun",
            count=1,
            letters=[L467],
            examples=[example("Noord-Atlantische Raad")],
        ),
        entry(
            "NAR",
            translation=english("NAC", "letter"),
            kind="acronym",
            expansion="Noord-Atlantische Raad",
            english_expansion=english("North Atlantic Council"),
            status="proposed",
            count=1,
            letters=[L467],
        ),
        entry(
            "defensie-uitgaven",
            translation=english("defence expenditure", "compound"),
            status="proposed",
            count=2,
            letters=[L328],
            examples=[example("defensie-uitgaven")],
            stale=True,
        ),
        luchtverdediging(count=1, letters=[L467]),
        letters=[LETTERS[L328], LETTERS[L467]],
        at="2024-10-03T00:00:00Z",
    )


def run_lookup(
    *args: str,
    stdin: str | bytes | None = None,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """``glossary lookup ARGS`` in a fresh interpreter (the real CLI, as a user runs it)."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("PYTHONWARNINGS", None)
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    proc = subprocess.run(
        [sys.executable, "-m", "glossary", "lookup", *args],
        input=data,
        capture_output=True,
        cwd=cwd or ROOT,
        env=full_env,
        timeout=300,
    )
    return subprocess.CompletedProcess(
        proc.args,
        proc.returncode,
        proc.stdout.decode("utf-8", "replace"),
        proc.stderr.decode("utf-8", "replace"),
    )


def assert_clean_error(proc: subprocess.CompletedProcess[str], code: int = 2) -> str:
    """A one-line error on stderr, the given exit code, and no traceback; returns the line."""
    assert proc.returncode == code, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    return lines[0]
