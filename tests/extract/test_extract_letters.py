"""Term extraction on the two shipped letters with the real pipeline."""

from __future__ import annotations

import pytest

from glossary.extract import DEFAULT_MIN_SCORE
from glossary.model import KINDS
from glossary.text import fold

SINGLE_TERMS = [
    "lastenverdeling",
    "afschrikking",
    "wapenbeheersing",
    "luchtverdediging",
    "bondgenootschap",
    "verdragsgebied",
    "capaciteitsdoelstelling",
    "kruisvluchtwapen",
    "navigatiesatelliet",
    "communicatiesatelliet",
]
MULTI_WORD = [
    ("collectieve verdediging", "term"),
    ("hybride dreiging", "term"),
    ("militaire mobiliteit", "term"),
    ("afschrikking en verdediging", "term"),
    ("Noord-Atlantische Raad", "entity"),
    ("Weens Document", "entity"),
    ("INF-verdrag", "term"),
]
ACRONYMS = ["SACEUR", "IP4", "NAVO", "DMM", "NSATU", "MCR"]


def above_cut(found, term):
    cand = found.get(term)
    assert cand is not None, f"{term!r} not extracted"
    assert cand.score >= DEFAULT_MIN_SCORE, f"{term!r} scores {cand.score}, below the cut"
    return cand


@pytest.mark.parametrize("term", SINGLE_TERMS)
def test_domain_nouns_and_compounds_are_found(found, term):
    assert above_cut(found, term).kind == "term"


@pytest.mark.parametrize(("term", "kind"), MULTI_WORD)
def test_multi_word_terms_and_names_are_found(found, term, kind):
    assert above_cut(found, term).kind == kind


@pytest.mark.parametrize("term", ACRONYMS)
def test_acronyms_are_found(found, term):
    assert above_cut(found, term).kind == "acronym"


def test_possessive_plural_of_an_acronym_is_one_acronym(found):
    mcr = found["MCR"]
    assert "MCR’s" in mcr.forms and "MCR's" in mcr.forms
    assert mcr.expansion == "Minimum Capability Requirements"


@pytest.mark.parametrize(
    ("acronym", "expansion"),
    [
        ("NRI", "NATO Readiness Initiative"),
        ("NAR", "Noord-Atlantische Raad"),
        ("NSATU", "NATO Security Assistance and Training for Ukraine"),
        ("KFOR", "Kosovo Force"),
        ("IP4", "Indo-Pacific 4"),
        ("NDPP", "NATO Defence Planning Process"),
    ],
)
def test_acronym_expansions_in_either_language(found, acronym, expansion):
    assert found[acronym].expansion == expansion


def test_english_expansion_is_english_evidence(found):
    assert "NATO Security Assistance and Training for Ukraine" in found["NSATU"].english_evidence
    assert "Noord-Atlantische Raad" not in found["NAR"].english_evidence


@pytest.mark.parametrize(
    ("term", "english"),
    [
        ("ondersteuning", "enablement"),
        ("Kosovaarse autoriteit", "first responder"),
        ("capability", "capabilities"),
        ("NATO Readiness Initiative", "NATO Readiness Initiative"),
    ],
)
def test_english_in_brackets_guillemets_and_italics_is_evidence(found, term, english):
    assert english in found[term].english_evidence


def test_glossed_term_is_kept_above_the_cut(found):
    assert found["ondersteuning"].score >= DEFAULT_MIN_SCORE


def test_coordination_ellipsis_yields_every_compound(found):
    for term in (
        "navigatiesatelliet",
        "communicatiesatelliet",
        "luchtverdedigingscoalitie",
        "ontmijningscoalitie",
        "productiezekerheid",
        "leveringszekerheid",
        "cyberdomein",
    ):
        assert term in found, term
    assert "navigatiesatellieten" in found["navigatiesatelliet"].forms


def test_canonical_forms_are_singular_lemmas_with_forms_kept(found):
    assert "hybride dreigingen" in found["hybride dreiging"].forms
    assert {"NAVO-top", "NAVO-toppen"} <= set(found["NAVO-top"].forms)
    assert {"bondgenoot", "bondgenoten"} <= set(found["bondgenoot"].forms)
    assert "militaire verdedigingsplannen" in found["militair verdedigingsplan"].forms
    assert "hybride dreigingen" not in found and "bondgenoten" not in found


def test_every_candidate_is_complete(all_candidates, letters):
    ids = {doc.id for doc in letters}
    for cand in all_candidates:
        assert cand.kind in KINDS
        assert cand.freq >= 1 and cand.forms and cand.term in cand.forms
        assert cand.occurrences and set(cand.letters) <= ids
        assert cand.score == round(cand.score, 4)
        if cand.expansion:
            assert cand.kind == "acronym"


def test_occurrence_spans_point_at_the_surface_form_in_the_original(all_candidates, letters):
    by_id = {doc.id: doc for doc in letters}
    exact = cleaned = 0
    for cand in all_candidates:
        forms = set(cand.forms)
        for occ in cand.occurrences:
            doc = by_id[occ.letter]
            original = doc.text[occ.start : occ.end]
            if original in forms:
                exact += 1
                continue
            a, b = doc.offsets.clean_index(occ.start), doc.offsets.clean_index(occ.end)
            surface = " ".join(doc.clean[a:b].split())
            coordinated = " en " in surface or "," in surface or " als " in surface
            assert surface in forms or coordinated, (cand.term, original)
            cleaned += 1
    assert exact > 20 * cleaned


def test_spans_of_repaired_words_cover_the_original_spelling(found, letter):
    doc = letter("328")
    spans = [
        doc.text[o.start : o.end]
        for o in found["wapenbeheersing"].occurrences
        if o.letter == doc.id
    ]
    assert "wapen-beheersing" in spans and "wapenbeheersing" in spans
    meeting = found["Leaders Meeting"].occurrences[0]
    assert doc.text[meeting.start : meeting.end] == "Leaders» Meeting"


def test_occurrence_sentences_do_not_swallow_headings(found):
    sentences = [o.sentence for o in found["lastenverdeling"].occurrences]
    assert "Lastenverdeling" in sentences
    assert all(not s.startswith("Lastenverdeling De") for s in sentences)


def test_common_words_rank_below_domain_terms(all_candidates, found):
    rank = {c.term: i for i, c in enumerate(all_candidates)}
    worst_term = max(rank[t] for t in [*SINGLE_TERMS[:8], "collectieve verdediging"])
    assert rank["bijeenkomst"] > worst_term
    assert found["voorstel"].score < DEFAULT_MIN_SCORE


def test_default_cut_gives_a_few_hundred_rows(all_candidates):
    kept = [c for c in all_candidates if c.score >= DEFAULT_MIN_SCORE]
    assert 100 <= len(kept) <= 500 < len(all_candidates)


def test_no_candidate_is_a_function_word_or_a_verb_form(all_candidates, resources):
    for cand in all_candidates:
        first, last = fold(cand.term.split()[0]), fold(cand.term.split()[-1])
        assert first not in {"de", "het", "een", "van", "en", "deze", "die", "alle"}, cand.term
        assert last not in {"de", "het", "een", "van", "en", "te"}, cand.term
        if cand.score >= DEFAULT_MIN_SCORE:
            assert resources.zipf(cand.term.lower()) < 6.0, cand.term


def test_extraction_is_deterministic(letters, nlp, resources, all_candidates):
    from glossary.extract import extract_terms

    again = extract_terms(letters, nlp, resources, min_score=None)
    assert [(c.term, c.kind, c.score, c.freq, c.forms, c.occurrences) for c in again] == [
        (c.term, c.kind, c.score, c.freq, c.forms, c.occurrences) for c in all_candidates
    ]


def test_seeded_term_is_marked_and_must_still_be_over_represented(letters, nlp):
    """Seeds are found and marked; the term base attests a domain sense, so a seed is not
    damped as an everyday word, but it must still be over-represented in the letters to
    enter the default output; only lifted seeds (names whose English differs, rows marked
    include=always) enter however they score."""
    from glossary.extract import extract_terms
    from glossary.nlp.resources import Resources

    seeds = ["afschrikking en verdediging", "jaar"]
    res = Resources.default(seeds=seeds)
    cands = {c.term: c for c in extract_terms(letters, nlp, res)}
    assert cands["afschrikking en verdediging"].seeded_by == "termbase"
    assert "jaar" not in cands
    assert cands["lastenverdeling"].seeded_by is None
    lifted = Resources.default(seeds=seeds, lift=["jaar"])
    cands = {c.term: c for c in extract_terms(letters, nlp, lifted)}
    assert cands["jaar"].seeded_by == "termbase"


def test_a_cut_spares_only_the_shape_questions_of_terms_below_it(nlp, resources):
    """With a cut, a term scoring below it keeps its raw score (it is cut either way, so the
    ranking does not ask whether its shape zeroes it); at or above the cut the shape rules
    apply as without one. ``inzetmogelijkheid`` is a compound headed by a shell noun."""
    from glossary.corpus.letters import make_letter
    from glossary.extract import collect
    from glossary.extract.score import c_values, nesting, score_parts

    text = (
        "De inzetmogelijkheden van de krijgsmacht zijn beperkt. Nieuwe inzetmogelijkheden "
        "worden onderzocht. De inzetmogelijkheid van fregatten blijft."
    )
    stats = collect([make_letter(text, "x", "x", resources.is_word)], nlp, resources)
    ts = stats.terms["inzetmogelijkheid"]
    cvalue = c_values(stats, nesting(stats))["inzetmogelijkheid"]
    _, _, scored = score_parts(ts, cvalue, stats.words, resources)
    _, _, raw = score_parts(ts, cvalue, stats.words, resources, cut=1e9)
    _, _, above = score_parts(ts, cvalue, stats.words, resources, cut=DEFAULT_MIN_SCORE)
    assert scored == 0.0
    assert raw > DEFAULT_MIN_SCORE
    assert above == 0.0
