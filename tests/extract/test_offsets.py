"""The segment offset map behaves exactly like a plain list of original positions."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from glossary.corpus.offsets import OffsetMap, identity_map

steps = st.lists(st.tuples(st.booleans(), st.integers(0, 5), st.integers(0, 4)), max_size=30)


def build(ops: list[tuple[bool, int, int]]) -> tuple[OffsetMap, list[int]]:
    """Apply copy/constant steps to an OffsetMap and to a plain list, walking forward."""
    m, plain, pos = OffsetMap(), [], 0
    for copy, gap, length in ops:
        pos += gap
        if copy:
            m.add_copy(pos, length)
            plain += range(pos, pos + length)
            pos += length
        else:
            m.add_constant(pos, length)
            plain += [pos] * length
    return m, plain


@given(steps)
def test_map_equals_the_plain_list(ops):
    m, plain = build(ops)
    assert len(m) == len(plain)
    assert list(m) == plain
    assert [m[i] for i in range(len(plain))] == plain
    if plain:
        assert m[-1] == plain[-1]
        assert m[1:3] == plain[1:3]


@given(steps, st.integers(0, 60))
def test_clean_index_is_the_first_position_at_or_after(ops, orig):
    m, plain = build(ops)
    expected = next((i for i, o in enumerate(plain) if o >= orig), len(plain))
    assert m.clean_index(orig) == expected


def test_adjacent_copies_share_one_segment():
    m = OffsetMap()
    m.add_copy(0, 5)
    m.add_copy(5, 5)
    m.add_copy(12, 3)
    assert m.segments == 2 and len(m) == 13 and m[10] == 12


def test_identity_map():
    assert list(identity_map(4)) == [0, 1, 2, 3]
