"""Per-document partials survive the byte form exactly (the cache and the workers rely on it)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from glossary.extract import merge_all
from glossary.extract.scale.codec import CodecError, from_bytes, to_bytes
from tests.scale.strategies import document_partials


def test_real_partials_round_trip_exactly(baseline):
    stats = baseline.stats
    again = from_bytes(to_bytes(stats))
    assert again == stats
    assert list(again.terms) == list(stats.terms)
    for key, ts in stats.terms.items():
        assert list(again.terms[key].display.items()) == list(ts.display.items())


@settings(max_examples=60, deadline=None)
@given(document_partials())
def test_generated_partials_round_trip(parts):
    for part in [*parts, merge_all(parts)]:
        assert from_bytes(to_bytes(part)) == part


@pytest.mark.parametrize(
    "blob",
    [
        b"",
        b"not zlib",
        __import__("zlib").compress(b"[1, 2]"),
        __import__("zlib").compress(b'{"format": 99}'),
    ],
)
def test_damaged_or_foreign_blobs_are_refused(blob):
    with pytest.raises(CodecError):
        from_bytes(blob)
