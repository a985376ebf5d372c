"""Garbage collection around a build's work (kg.memory)."""

import gc

from kg.memory import collections_paused, older_objects_frozen


def _make_objects() -> list[list[int]]:
    return [[n] for n in range(5_000)]  # lists: objects the collector tracks


def test_a_paused_piece_of_work_leaves_no_collection_due_within_a_frozen_block():
    with older_objects_frozen():
        with collections_paused():
            made = _make_objects()
            assert gc.get_count()[0] > 4_000  # counted while paused
        # its objects joined the frozen ones: the next allocation starts no walk over them
        assert gc.get_count()[0] < 10
        assert gc.isenabled()
        del made
    assert gc.get_freeze_count() == 0  # all handed back to the collector at the block's end


def test_outside_a_frozen_block_nothing_is_frozen():
    with collections_paused():
        made = _make_objects()
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()
    del made


def test_a_cycle_made_while_paused_is_collected_once_the_block_ends():
    with older_objects_frozen(), collections_paused():
        node: dict = {}
        node["self"] = node
        marker = id(node)
        del node
    gc.collect()
    assert all(id(o) != marker for o in gc.get_objects())
