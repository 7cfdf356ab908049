"""The shared term matcher: word boundaries, longest match, case rules, sides, scale."""

from __future__ import annotations

from glossary.lookup.matcher import TermMatcher, entry_forms, normalize
from glossary.model import Entry, Glossary, Translation


def _glossary() -> Glossary:
    g = Glossary()
    for e in [
        Entry(
            "afschrikking",
            "afschrikking",
            translation=Translation("deterrence", "termbase"),
            status="reviewed",
        ),
        Entry(
            "afschrikking-en-verdediging",
            "afschrikking en verdediging",
            translation=Translation("deterrence and defence", "termbase"),
            status="reviewed",
        ),
        Entry(
            "bondgenoot",
            "bondgenoot",
            forms=["bondgenoten"],
            translation=Translation("ally", "termbase", plural="allies"),
            status="proposed",
        ),
        Entry(
            "navo",
            "NAVO",
            kind="acronym",
            translation=Translation("NATO", "termbase"),
            status="reviewed",
        ),
        Entry(
            "oekraine",
            "Oekraïne",
            kind="entity",
            translation=Translation("Ukraine", "letter"),
            status="proposed",
        ),
        Entry(
            "lastenverdeling",
            "lastenverdeling",
            translation=Translation("burden sharing", "termbase"),
            status="machine",
        ),
        Entry("weerbaarheid", "weerbaarheid", status="missing"),
    ]:
        g.add(e)
    return g


def _found(matcher: TermMatcher, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entry_id) for m in matcher.find(text)]


def test_longest_match_wins_and_shorter_elsewhere() -> None:
    m = TermMatcher.from_glossary(_glossary())
    text = "Afschrikking en verdediging blijft kern; afschrikking alleen niet."
    assert _found(m, text) == [
        ("Afschrikking en verdediging", "afschrikking-en-verdediging"),
        ("afschrikking", "afschrikking"),
    ]
    first = m.find(text)[0]
    assert text[first.start : first.end] == first.text


def test_unicode_word_boundaries() -> None:
    m = TermMatcher.from_glossary(_glossary())
    assert _found(m, "steun aan Oekraïne.") == [("Oekraïne", "oekraine")]
    assert _found(m, "het bondgenootschap") == []
    assert _found(m, "onze bondgenoten, elke bondgenoot") == [
        ("bondgenoten", "bondgenoot"),
        ("bondgenoot", "bondgenoot"),
    ]
    assert _found(m, "NAVO-bondgenoot") == [("NAVO", "navo"), ("bondgenoot", "bondgenoot")]
    assert _found(m, "xNAVO NAVOx NAVO2") == []


def test_case_rules() -> None:
    m = TermMatcher.from_glossary(_glossary())
    assert _found(m, "navo Navo NAVO") == [("NAVO", "navo")]
    assert _found(m, "Lastenverdeling en lastenverdeling") == [
        ("Lastenverdeling", "lastenverdeling"),
        ("lastenverdeling", "lastenverdeling"),
    ]
    assert _found(m, "LASTENVERDELING") == []
    assert _found(m, "oekraïne") == [("oekraïne", "oekraine")]


def test_shorter_hit_when_longest_fails_case_rule() -> None:
    m = TermMatcher.from_forms([("a", "afschrikking"), ("x", "afschrikking NU", "term")])
    assert _found(m, "afschrikking nu") == [("afschrikking", "a")]
    assert _found(m, "afschrikking NU") == [("afschrikking NU", "x")]


def test_homographs_prefer_exact_spelling() -> None:
    m = TermMatcher.from_forms([("navo", "NAVO", "acronym"), ("navo-2", "navo")])
    assert _found(m, "NAVO en navo") == [("NAVO", "navo"), ("navo", "navo-2")]


def test_min_status_and_english_side() -> None:
    g = _glossary()
    m = TermMatcher.from_glossary(g, min_status="proposed")
    assert "lastenverdeling" not in m.entry_ids and "weerbaarheid" not in m.entry_ids
    en = TermMatcher.from_glossary(g, side="en")
    assert _found(en, "Deterrence and defence of our allies and NATO") == [
        ("Deterrence and defence", "afschrikking-en-verdediging"),
        ("allies", "bondgenoot"),
        ("NATO", "navo"),
    ]
    assert entry_forms(g.entries["bondgenoot"], "en") == ["allies", "ally"]
    assert entry_forms(g.entries["weerbaarheid"], "en") == []


def test_normalize_keeps_length() -> None:
    text = "İstanbul, Oekraïne’s NAVO-top"
    assert len(normalize(text)) == len(text)
    m = TermMatcher.from_forms([("i", "afschrikking")])
    assert _found(m, "İ afschrikking") == [("afschrikking", "i")]


def test_punctuation_and_newlines_are_boundaries() -> None:
    m = TermMatcher.from_glossary(_glossary())
    assert _found(m, "(afschrikking\nen verdediging)") == [
        ("afschrikking\nen verdediging", "afschrikking-en-verdediging")
    ]


def test_forms_with_adjacent_boundary_characters() -> None:
    m = TermMatcher.from_forms([("norm", "2%-norm"), ("navo-top", "NAVO-top"), ("mcr", "MCR’s")])
    assert _found(m, "De 2%-norm en de NAVO top, MCR's.") == [
        ("2%-norm", "norm"),
        ("NAVO top", "navo-top"),
        ("MCR's", "mcr"),
    ]
    assert _found(m, "de 2% norm") == [("2% norm", "norm")]
    assert _found(m, "de 2 norm, NAVO  top") == []


def test_empty_matcher_and_text() -> None:
    assert TermMatcher.from_forms([]).find("NAVO") == []
    assert TermMatcher.from_glossary(_glossary()).find("") == []


def test_many_terms_same_answer() -> None:
    forms = [(f"t{i}", f"term{i}woord") for i in range(20000)]
    forms.append(("navo", "NAVO", "acronym"))
    m = TermMatcher.from_forms(forms)
    assert len(m) == 20001
    assert _found(m, "de NAVO en term19999woord") == [
        ("NAVO", "navo"),
        ("term19999woord", "t19999"),
    ]
