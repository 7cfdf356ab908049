"""Text the extractor was not tuned on: UD treebank documents and a letter of another domain.

Not quality evidence: these check that nothing crashes and the output stays sensible.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary.corpus.letters import make_letter, read_letters
from glossary.extract import DEFAULT_MIN_SCORE, extract_terms
from glossary.nlp.training.conllu import documents
from glossary.text import fold
from tests.conftest import SHARED

HERE = Path(__file__).resolve().parent
FUNCTION_WORDS = {
    "de",
    "het",
    "een",
    "van",
    "en",
    "in",
    "op",
    "te",
    "dat",
    "die",
    "deze",
    "voor",
    "met",
    "zijn",
    "is",
    "niet",
    "ook",
    "als",
    "aan",
    "er",
    "om",
}


def ud_documents(limit: int) -> list[tuple[str, str]]:
    """Sentences of the UD Dutch treebanks joined back into their source documents."""
    files = sorted((SHARED / "ud").glob("*/*.conllu"))
    if not files:
        pytest.skip("../shared/ud not present")
    return documents(files, min_sentences=15)[:limit]


@pytest.fixture(scope="module")
def ud_run(nlp, resources):
    letters = [
        make_letter(text, f"ud{i}", name, resources.is_word)
        for i, (name, text) in enumerate(ud_documents(12))
    ]
    return letters, extract_terms(letters, nlp, resources, min_score=None)


def test_ud_documents_run_and_give_sensible_terms(ud_run):
    letters, cands = ud_run
    assert len(letters) >= 8
    kept = [c for c in cands if c.score >= DEFAULT_MIN_SCORE]
    assert len(kept) >= 50
    for cand in kept:
        words = cand.term.split()
        assert words[0] not in FUNCTION_WORDS and words[-1] not in FUNCTION_WORDS, cand.term
        assert any(ch.isalpha() for ch in cand.term)


def test_ud_spans_point_at_the_text(ud_run):
    letters, cands = ud_run
    by_id = {d.id: d for d in letters}
    for cand in cands[:200]:
        for occ in cand.occurrences:
            span = by_id[occ.letter].text[occ.start : occ.end]
            assert span.strip()
            assert span in occ.sentence or "-" in span or "\n" in span, (cand.term, span)


def test_ud_top_terms_are_specific_words_and_names(ud_run, resources):
    _, cands = ud_run
    top = cands[:40]
    specific = [c for c in top if resources.zipf(fold(c.term.split()[-1])) < 4.5]
    assert len(specific) >= 30, [c.term for c in top]
    assert not any(
        " en " in c.term
        and c.kind == "entity"
        and c.term[0].isupper()
        and c.term.split()[0] in {"Pieter", "Jan"}
        for c in top
    )


@pytest.fixture(scope="module")
def water(nlp, resources):
    (letter,) = read_letters([str(HERE / "waterbrief.md")], resources.is_word)
    return letter, {c.term: c for c in extract_terms([letter], nlp, resources, min_score=None)}


def test_own_letter_of_another_domain_metadata_and_cleaning(water):
    letter, _ = water
    assert (letter.dossier, letter.number, letter.date) == ("32 698", "87", "2025-03-12")
    assert letter.sender == "Minister van Infrastructuur en Waterstaat, B.V. Voorbeeld"
    assert "<sup>" not in letter.clean and "Waterwet. Door" in letter.clean
    assert letter.clean.endswith("\n\nZie Kamerstuk 32 698, nr. 80.")
    notes = [(n.number, n.text) for n in letter.footnotes]
    assert notes == [("1", "Zie Kamerstuk 32 698, nr. 80.")]
    assert "Voorbeeld" not in letter.clean and "Waterbeleid" not in letter.clean
    assert "\n\nWaterveiligheid\n\nDe waterschappen" in letter.clean


def test_own_letter_terms_acronyms_ellipsis_and_english(water):
    _, found = water
    for term in (
        "waterveiligheid",
        "dijkversterking",
        "kustversterking",
        "waterbeheer",
        "bodembeheer",
        "zoetwatervoorziening",
        "primaire waterkering",
        "verzilting",
    ):
        assert found[term].score >= DEFAULT_MIN_SCORE, term
    assert found["KNMI"].expansion == "Koninklijk Nederlands Meteorologisch Instituut"
    assert found["HWBP"].expansion == "Hoogwaterbeschermingsprogramma"
    assert found["RWS"].expansion == "Rijkswaterstaat"
    assert "resilience" in found["veerkracht"].english_evidence
    # the post is in the letter's title and signature only: metadata, not term text
    assert "Minister van Infrastructuur en Waterstaat" not in found
    assert "Voorbeeld" not in " ".join(found)
    assert "extrae middel" not in found and "melde" not in found
