"""Acronym pairs: the English acronym as the entry's English, the English expansion apart."""

from __future__ import annotations

import pytest

from glossary.model import Candidate, Translation
from glossary.paths import shipped_terms_dir
from glossary.translate.chain import Chain, build_chain
from glossary.translate.lexicon import Lexicon, load_lexicon
from glossary.translate.termbase import load_termbase, parse_termbase

from .test_chain import Fixed

HEADER = "nl\ten\ten_alt\tkind\texpansion\ten_expansion\tcategory\tauthority\tinclude\tnote\n"
ROWS = [
    "Noord-Atlantische Raad\tNorth Atlantic Council\tNAC\tentity\t\t\t\tNATO\t\t",
    "NAR\tNAC\t\tacronym\tNoord-Atlantische Raad\tNorth Atlantic Council\t\tNATO\t\t",
    "Europese Defensieraad\tEuropean Defence Council\t\tentity\t\t\t\t"
    "project translation — needs review\t\t",
    "snelle reactiemacht\trapid reaction force\t\tterm\t\t\t\tNATO\t\t",
]


@pytest.fixture(scope="module")
def shipped() -> Chain:
    terms = shipped_terms_dir()
    return build_chain(load_termbase(terms / "termbase.tsv"), load_lexicon(terms / "lexicon.tsv"))


@pytest.fixture(scope="module")
def small() -> Chain:
    return build_chain(parse_termbase(HEADER + "\n".join(ROWS) + "\n"), Lexicon())


def acronym(term: str, expansion: str | None = None, english: bool = False) -> Candidate:
    evidence = [expansion] if english and expansion else []
    return Candidate(
        term, "acronym", 1.0, 1, forms=[term], expansion=expansion, english_evidence=evidence
    )


def shown(res) -> tuple:
    full = res.english_expansion
    return (
        res.translation.text if res.translation else None,
        res.status,
        full.text if full else None,
        full.source if full else None,
    )


@pytest.mark.parametrize(
    ("term", "english", "expansion"),
    [
        ("GVDB", "CSDP", "Common Security and Defence Policy"),
        ("SACEUR", "SACEUR", "Supreme Allied Commander Europe"),
        ("EDA", "EDA", "European Defence Agency"),
        ("NAR", "NAC", "North Atlantic Council"),
        ("OVSE", "OSCE", "Organization for Security and Co-operation in Europe"),
    ],
)
def test_term_base_pairs_keep_acronym_and_expansion_apart(shipped, term, english, expansion):
    res = shipped.resolve(acronym(term))
    assert shown(res) == (english, "reviewed", expansion, "termbase")
    assert expansion not in [a.text for a in res.alternatives]


def test_an_english_acronym_spelled_out_in_the_letters_keeps_itself(small):
    res = small.resolve(acronym("QRF", "Quick Reaction Force", english=True))
    assert shown(res) == ("QRF", "proposed", "Quick Reaction Force", "letter")
    assert res.alternatives == ()


def test_a_dutch_expansion_is_translated_and_gives_the_english_acronym(small):
    res = small.resolve(acronym("NAR-2", "Noord-Atlantische Raad"))
    assert shown(res) == ("NAC", "proposed", "North Atlantic Council", "termbase")
    assert res.translation.source == "termbase" and res.translation.confidence < 1.0


def test_without_an_english_acronym_the_english_expansion_is_the_english(small):
    res = small.resolve(acronym("EDR", "Europese Defensieraad"))
    assert shown(res) == (
        "European Defence Council",
        "proposed",
        "European Defence Council",
        "termbase",
    )
    official = small.resolve(acronym("SRM", "snelle reactiemacht"))
    assert shown(official) == (
        "rapid reaction force",
        "proposed",
        "rapid reaction force",
        "termbase",
    )


def test_an_unknown_acronym_stays_missing(small):
    assert shown(small.resolve(acronym("XQZ"))) == (None, "missing", None, None)
    assert shown(small.resolve(acronym("XQZ", "Onbekende Werkgroep Zuid"))) == (
        None,
        "missing",
        None,
        None,
    )


@pytest.mark.parametrize("code", ["MH17", "COVID-19", "F-35", "A400M", "G7"])
def test_a_code_of_capitals_and_digits_is_written_the_same_in_english(small, code):
    """A designator is no Dutch word: its English is itself, proposed for review."""
    res = small.resolve(acronym(code))
    assert shown(res) == (code, "proposed", None, None)
    assert res.translation.source == "compound"


def test_a_code_built_on_a_dutch_acronym_is_not_copied(shipped):
    """``NAVO2040``: NAVO is NATO in English, so the code is not the same in English."""
    assert shipped.resolve(acronym("NAVO2040")).translation is None


def test_machine_translation_of_an_acronym_is_its_english_expansion():
    mt = Fixed("mt:fake", Translation("Royal Military Police", "mt:fake", 0.5), lazy=True)
    res = Chain([mt]).resolve(acronym("KMar", "Koninklijke Marechaussee"))
    assert shown(res) == ("Royal Military Police", "machine", "Royal Military Police", "mt:fake")
    assert shown(
        Chain([mt]).resolve(acronym("KMar", "Koninklijke Marechaussee"), offline=True)
    ) == (
        None,
        "missing",
        None,
        None,
    )


def test_a_forbidden_english_expansion_is_dropped(shipped):
    res = shipped.resolve(acronym("NAR")).without(["North Atlantic Council"])
    assert (res.translation.text, res.english_expansion) == ("NAC", None)


def test_other_kinds_get_no_english_expansion(shipped):
    res = shipped.resolve(Candidate("Noord-Atlantische Raad", "entity", 1.0, 1))
    assert res.translation.text == "North Atlantic Council" and res.english_expansion is None
