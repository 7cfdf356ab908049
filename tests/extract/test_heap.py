"""The settled heap: objects alive on entry stay out of GC scans until the outermost block."""

from __future__ import annotations

import gc

from glossary.extract.heap import settle, settled_heap


def test_nested_blocks_freeze_once_and_unfreeze_at_the_outermost() -> None:
    assert gc.get_freeze_count() == 0
    with settled_heap():
        frozen = gc.get_freeze_count()  # frozen objects may die meanwhile: counts only fall
        assert frozen > 0
        born = [[n] for n in range(1000)]
        with settled_heap():
            assert gc.get_freeze_count() < frozen + len(born)  # no second freeze
        # the inner block (the ranking inside an extraction) leaves the heap frozen
        assert gc.get_freeze_count() > frozen // 2
    assert gc.get_freeze_count() == 0


def test_the_heap_is_unfrozen_when_the_block_raises() -> None:
    try:
        with settled_heap():
            raise ValueError("analysis failed")
    except ValueError:
        pass
    assert gc.get_freeze_count() == 0


def test_settle_freezes_the_survivors_only_inside_a_settled_block() -> None:
    settle()
    assert gc.get_freeze_count() == 0  # outside: nothing stays frozen behind the caller's back
    with settled_heap():
        before = gc.get_freeze_count()
        kept = [[n] for n in range(1000)]  # what a chunk's analysis keeps
        settle()
        assert gc.get_freeze_count() >= before + len(kept)
    assert gc.get_freeze_count() == 0
