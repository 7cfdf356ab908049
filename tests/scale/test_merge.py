"""The reduce step: merging partials in any order and grouping gives the same glossary."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.extract import merge, merge_all, rank
from glossary.extract.scale.codec import from_bytes, to_bytes
from glossary.extract.scale.executors import DocTask, analyze_batch, canonical
from glossary.extract.stats import PartialStats, merge_into
from glossary.nlp.resources import Resources
from tests.scale.strategies import document_partials


def tree_merge(parts: list[PartialStats], data: st.DataObject) -> PartialStats:
    """Merge ``parts`` along a random binary tree (any grouping)."""
    if len(parts) == 1:
        return parts[0]
    cut = data.draw(st.integers(min_value=1, max_value=len(parts) - 1))
    return merge(tree_merge(parts[:cut], data), tree_merge(parts[cut:], data))


def shuffled_tree(parts: list[PartialStats], data: st.DataObject) -> PartialStats:
    order = data.draw(st.permutations(range(len(parts))))
    return tree_merge([parts[i] for i in order], data)


def ranked(stats: PartialStats, resources: Resources) -> list[bytes]:
    """The full ranked candidate list, as comparable records."""
    return [repr(c).encode() for c in rank(canonical(stats), resources, min_score=None)]


@pytest.fixture(scope="module")
def real_partials(corpus, settings) -> list[PartialStats]:
    """Per-document partials of eight documents of the corpus, analysed for real."""
    from dataclasses import replace

    from glossary.extract.scale.cache import content_hash

    paths = sorted(corpus.glob("*.txt")) + sorted((corpus / "generated").glob("*.txt"))[:6]
    tasks = [
        DocTask(i, p.stem, str(p), str(p), p.read_bytes(), content_hash(p.read_bytes()))
        for i, p in enumerate(paths)
    ]
    output = analyze_batch(tasks, replace(settings, keep_payloads=True))
    assert all(r.error is None for r in output.results)
    return [from_bytes(r.payload) for r in output.results]


@pytest.fixture(scope="module")
def resources() -> Resources:
    return Resources.default()


@settings(max_examples=80, deadline=None)
@given(document_partials(), st.data())
def test_any_order_and_grouping_gives_the_same_statistics(parts, data):
    expected = canonical(merge_all(parts))
    got = canonical(shuffled_tree(parts, data))
    assert got == expected
    assert list(got.terms) == list(expected.terms)
    assert to_bytes(got) == to_bytes(expected)


@settings(max_examples=80, deadline=None)
@given(document_partials(), st.data())
def test_the_in_place_reducer_agrees_with_the_pure_merge(parts, data):
    """The client and the workers reduce with ``merge_into`` (in place, consuming its input),
    batch by batch: any batching and arrival order gives the pure merge's statistics."""
    order = data.draw(st.permutations(range(len(parts))))
    copies = [copy.deepcopy(parts[i]) for i in order]
    cut = data.draw(st.integers(min_value=0, max_value=len(copies)))
    batches = [PartialStats(), PartialStats()]
    for i, part in enumerate(copies):
        merge_into(batches[i >= cut], part)
    total = PartialStats()
    for batch in data.draw(st.permutations(batches)):
        merge_into(total, batch)
    assert to_bytes(canonical(total)) == to_bytes(canonical(merge_all(parts)))


@settings(max_examples=30, deadline=None)
@given(document_partials(max_docs=5), st.data())
def test_generated_partials_rank_the_same_in_any_grouping(parts, data):
    res = Resources.default()
    assert ranked(shuffled_tree(parts, data), res) == ranked(merge_all(parts), res)


@settings(max_examples=15, deadline=None)
@given(st.data())
def test_real_partials_rank_the_same_in_any_order_and_grouping(real_partials, resources, data):
    expected = ranked(merge_all(real_partials), resources)
    assert len(expected) > 500
    assert ranked(shuffled_tree(real_partials, data), resources) == expected


def test_merge_leaves_its_inputs_unchanged(real_partials):
    before = [to_bytes(p) for p in real_partials]
    merge_all(real_partials)
    merge(real_partials[0], real_partials[1])
    assert [to_bytes(p) for p in real_partials] == before


def test_the_batch_merge_equals_the_merge_of_its_documents(corpus, settings, real_partials):
    """A worker's per-batch merge is what the client would get from the single documents."""
    from dataclasses import replace

    from glossary.extract.scale.cache import content_hash

    paths = sorted(corpus.glob("*.txt")) + sorted((corpus / "generated").glob("*.txt"))[:6]
    tasks = [
        DocTask(i, p.stem, str(p), str(p), p.read_bytes(), content_hash(p.read_bytes()))
        for i, p in enumerate(paths)
    ]
    halves = [
        analyze_batch(tasks[:3], replace(settings, keep_payloads=False)),
        analyze_batch(tasks[3:], replace(settings, keep_payloads=False)),
    ]
    assert all(r.payload is None for h in halves for r in h.results)
    assert canonical(merge(halves[1].merged, halves[0].merged)) == canonical(
        merge_all(real_partials)
    )
