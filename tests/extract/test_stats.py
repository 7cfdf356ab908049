"""Map → reduce → score: the merge is associative and commutative, chunking changes nothing."""

from __future__ import annotations

import copy
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.extract import Analyzer, collect, extract_terms, merge, merge_all, rank
from glossary.extract.stats import OCCURRENCE_CAP, PartialStats, TermStats, merge_into

KEYS = ["lastenverdeling", "navo", "hybride dreiging", "dreiging"]


@st.composite
def partials(draw, letter: str) -> PartialStats:
    """A random partial of one letter (as the map step makes them)."""
    stats = PartialStats(words=draw(st.integers(1, 500)), documents=1)
    for key in draw(st.sets(st.sampled_from(KEYS), min_size=1)):
        ts = stats.term(key)
        n = draw(st.integers(1, 15))
        ts.freq = n
        ts.kinds["term"] = n
        ts.display[key] = n
        ts.forms[key] = n
        ts.generated.add(key + "en")
        for start in draw(st.lists(st.integers(0, 900), min_size=1, max_size=n)):
            ts.add_occurrence((letter, start, start + 5, f"zin {start}"))
        if draw(st.booleans()):
            ts.english["english"] = 1
        ts.df, ts.letters = 1, [letter]
    return stats


@settings(max_examples=60, deadline=None)
@given(partials("a"), partials("b"), partials("c"))
def test_merge_is_associative_and_commutative(a, b, c):
    assert merge(a, b) == merge(b, a)
    assert merge(merge(a, b), c) == merge(a, merge(b, c))
    assert merge_all([c, a, b]) == merge(merge(a, b), c)


@settings(max_examples=40, deadline=None)
@given(partials("a"), partials("b"))
def test_merge_into_equals_merge(a, b):
    expected = merge(a, b)
    total = merge_into(copy.deepcopy(a), copy.deepcopy(b))
    assert total == expected


@settings(max_examples=40, deadline=None)
@given(partials("a"), partials("b"))
def test_counts_stay_exact_and_samples_bounded(a, b):
    merged = merge(a, b)
    for key, ts in merged.terms.items():
        parts = [p.terms[key] for p in (a, b) if key in p.terms]
        assert ts.freq == sum(p.freq for p in parts)
        assert ts.df == len(parts)
        assert len(ts.occurrences) <= OCCURRENCE_CAP
        assert ts.occurrences == sorted(ts.occurrences)
    assert merged.words == a.words + b.words


def test_occurrence_sample_keeps_the_smallest():
    ts = TermStats()
    for start in range(100, 0, -1):
        ts.add_occurrence(("x", start, start + 1, ""))
    assert [o[1] for o in ts.occurrences] == list(range(1, OCCURRENCE_CAP + 1))


def test_letters_analysed_apart_and_merged_in_any_order_give_the_same_result(
    letters, nlp, resources, all_candidates
):
    parts = [collect([doc], nlp, resources) for doc in letters]
    forward = rank(merge(parts[0], parts[1]), resources, min_score=None)
    backward = rank(merge(parts[1], parts[0]), resources, min_score=None)
    key = [(c.term, c.kind, c.score, c.freq, c.occurrences, c.letters) for c in forward]
    assert key == [(c.term, c.kind, c.score, c.freq, c.occurrences, c.letters) for c in backward]
    assert key == [
        (c.term, c.kind, c.score, c.freq, c.occurrences, c.letters) for c in all_candidates
    ]


def test_analyze_letter_is_the_map_step(letter, nlp, resources):
    doc = letter("328")
    alone = Analyzer(resources).analyze_letter(doc, [(0, nlp(doc.clean))])
    assert alone.documents == 1 and alone.terms["lastenverdeling"].freq == 5
    assert alone == collect([doc], nlp, resources)


@pytest.fixture
def short_max_length(nlp):
    """The shared pipeline with a small ``max_length`` (restored afterwards)."""
    saved = nlp.max_length
    nlp.max_length = 4_000
    yield nlp
    nlp.max_length = saved


def test_long_text_is_chunked_below_max_length_and_still_extracted(
    letters, short_max_length, resources, all_candidates
):
    chunked = extract_terms(letters, short_max_length, resources, min_score=None)
    assert max(len(d.clean) for d in letters) > short_max_length.max_length
    same = {(c.term, c.kind) for c in chunked} & {(c.term, c.kind) for c in all_candidates}
    assert len(same) >= 0.97 * len(all_candidates)
    freq = {c.term: c.freq for c in chunked}
    for term in ("lastenverdeling", "afschrikking", "NAVO", "afschrikking en verdediging"):
        assert freq[term] == next(c.freq for c in all_candidates if c.term == term)


def test_kinds_are_mixed_and_counted(all_candidates):
    kinds = Counter(c.kind for c in all_candidates)
    assert kinds["term"] > kinds["entity"] > 0 and kinds["acronym"] >= 20


def test_pipe_batches_are_bounded_by_characters_not_count():
    from glossary.extract.chunks import BATCH_CHARS, batch_size_for, char_batches

    items = [("x" * 200_000, i) for i in range(20)] + [("kort", i) for i in range(20, 3000)]
    batches = list(char_batches(items))
    assert [c for b in batches for _, c in b] == list(range(3000))
    assert all(sum(len(t) for t, _ in b) <= BATCH_CHARS or len(b) == 1 for b in batches)
    assert max(len(b) for b in batches) == 1000
    assert batch_size_for(100_000) == 5 and batch_size_for(100) == 1000
