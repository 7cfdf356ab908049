"""Same letter, same terms: the shipped letters read from every published format give the terms
and the metadata of their text versions (the issue's measure: at least 98 % of the top 200)."""

from __future__ import annotations

import pytest

from glossary.corpus.letters import read_letters
from glossary.extract import extract_terms
from tests.formats.conftest import NUMBERS, example

FORMATS = ("xml", "html", "pdf", "docx", "odt")
TOP = 200


@pytest.fixture(scope="module")
def ranked(nlp, resources):
    """The top terms of the two letters, per format (the text files as ``txt``)."""

    def top(paths):
        letters = read_letters([str(p) for p in paths], resources.is_word)
        cands = extract_terms(letters, nlp, resources, min_score=None)
        return letters, [c.term for c in cands[:TOP]]

    from tests.formats.conftest import ROOT

    out = {"txt": top(ROOT / "terms" / "letters" / f"kst-28676-{n}.txt" for n in NUMBERS)}
    for fmt in FORMATS:
        out[fmt] = top(example(n, fmt) for n in NUMBERS)
    return out


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_gives_the_terms_and_metadata_of_the_text_version(ranked, fmt):
    letters, terms = ranked[fmt]
    text_letters, text_terms = ranked["txt"]
    assert len(text_terms) == TOP
    agreement = len(set(terms) & set(text_terms)) / TOP
    assert agreement >= 0.98, sorted(set(text_terms) ^ set(terms))
    assert [d.meta() for d in letters] == [d.meta() for d in text_letters]
